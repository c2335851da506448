import { describe, expect, it } from 'vitest';
import { computeSatisfactionIndexKpi } from '../../src/analytics/index';
import { response, survey } from './fixtures';

describe('computeSatisfactionIndexKpi', () => {
  it('§11.2.2 §7.2.2 the mean of the responses’ overall indexes, per period', () => {
    const responses = [
      response('rsp_1', 5), // 100
      response('rsp_2', 4), // 75
      response('rsp_3', 3, '2026-04-02T02:00:00.000Z'), // 50
    ];
    const report = computeSatisfactionIndexKpi(responses, [survey], {
      granularity: 'month',
    })._unsafeUnwrap();
    expect(report.series[0]).toMatchObject({ kpi: 'satisfaction-index', unit: 'index' });
    expect(report.series[0]?.points).toEqual([
      { period: '2026-03', numerator: '175', denominator: '2', value: '87.5' },
      { period: '2026-04', numerator: '50', denominator: '1', value: '50.0' },
    ]);
    expect(report.used).toEqual({ responses: 3, surveys: 1 });
  });

  it('§11.2.1 a response whose survey is missing, or with no scale answer, is listed', () => {
    const orphan = { ...response('rsp_4', 5), surveyId: 'svy_other' };
    const textOnly = { ...response('rsp_5', 5), answers: [] };
    const report = computeSatisfactionIndexKpi([orphan, textOnly], [survey], {
      granularity: 'year',
    })._unsafeUnwrap();
    expect(report.rejected.map((r) => [r.id, r.reasons[0], r.detail])).toEqual([
      ['rsp_4', 'unknown_reference', 'survey_not_supplied'],
      ['rsp_5', 'out_of_scope', 'no_scale_answer'],
    ]);
    expect(report.used).toEqual({ responses: 0, surveys: 1 });
  });

  it('§11.2.2 by survey and by channel', () => {
    const report = computeSatisfactionIndexKpi(
      [response('rsp_1', 5), { ...response('rsp_2', 1), channel: 'phone', recordedBy: 'emp_cs1' }],
      [survey],
      { granularity: 'year', by: 'channel' },
    )._unsafeUnwrap();
    expect(report.series[0]?.points).toEqual([
      { period: '2026', dimension: 'online', numerator: '100', denominator: '1', value: '100.0' },
      { period: '2026', dimension: 'phone', numerator: '0', denominator: '1', value: '0.0' },
    ]);
  });
});
