import { describe, expect, it } from 'vitest';
import {
  type AnalyticsOwnError,
  analyticsMessages,
  computeQualityKpis,
  recordRejected,
} from '../../src/analytics/index';
import { domainError, formatError, LOCALES } from '../../src/shared/index';
import { qualityRow } from './fixtures';

const rejection = computeQualityKpis([qualityRow({ repairOrderId: 'ro_9', deliveredAt: 'x' })], {
  granularity: 'month',
})._unsafeUnwrap().rejected[0];

const samples: AnalyticsOwnError[] = [
  recordRejected(rejection as NonNullable<typeof rejection>),
  recordRejected({
    collection: 'orders',
    index: 2,
    id: 'ro_2',
    part: 'job_3',
    reasons: ['out_of_scope'],
    fields: [],
    detail: 'no_clocked_time',
  }),
];

describe('analyticsMessages', () => {
  it('§11.2.1 every code has a zh-CN and an en message naming ids and codes only', () => {
    expect([...new Set(samples.map((e) => e.code))].sort()).toEqual(
      Object.keys(analyticsMessages).sort(),
    );
    for (const error of samples) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, analyticsMessages);
        expect(text).not.toMatch(/undefined|Operation failed|操作失败/);
        expect(text).toContain('§11.2.1');
      }
    }
    expect(formatError(samples[0] as AnalyticsOwnError, 'en', analyticsMessages)).toBe(
      'Record orders[0] ro_9 was not counted: does not parse (deliveredAt) (§11.2.1)',
    );
    expect(formatError(samples[1] as AnalyticsOwnError, 'zh-CN', analyticsMessages)).toContain(
      '记录 orders[2] ro_2/job_3 未计入指标：不在该指标统计范围内',
    );
  });

  it('§11.2.1 a rejection with foreign or missing data still renders', () => {
    const foreign = domainError('record_rejected', { reasons: ['other_reason'] });
    expect(formatError(foreign, 'en', analyticsMessages)).toContain('other_reason');
  });
});
