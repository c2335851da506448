import { describe, expect, it } from 'vitest';
import {
  type CrmError,
  complaintFeedbackRequired,
  crmMessages,
  deliveryVehicleMismatch,
  invalidTransition,
  odometerInconsistent,
  surveyAnswerInvalid,
  surveyChannelNotOffered,
  surveyNotPublished,
  surveyRecorderRequired,
  surveyResponseMismatch,
} from '../../src/crm/index';
import { domainError, formatError, LOCALES } from '../../src/shared/index';

const samples: CrmError[] = [
  invalidTransition('complaint', 'cmp_1', 'received', 'close', '§7.3.2'),
  complaintFeedbackRequired('cmp_1'),
  odometerInconsistent('veh_1', 'lower_than_previous', 15000, 9000),
  odometerInconsistent('veh_1', 'earlier_than_previous', 15000, 16000),
  deliveryVehicleMismatch('veh_1', 'ro_9'),
  surveyNotPublished('svy_1', 'draft'),
  surveyChannelNotOffered('svy_1', 'paper'),
  surveyAnswerInvalid('svy_1', 'q1', 'out_of_range'),
  surveyRecorderRequired('svy_1', 'phone'),
  surveyResponseMismatch('svy_1', 'rsp_7'),
];

describe('crmMessages', () => {
  it('§1.2(7) every code has a zh-CN and an en message naming ids only', () => {
    const codes = new Set(samples.map((e) => e.code));
    expect([...codes].sort()).toEqual(Object.keys(crmMessages).sort());
    for (const error of samples) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, crmMessages);
        expect(text).not.toMatch(/undefined|Operation failed|操作失败/);
        if (error.clause) expect(text).toContain(error.clause);
      }
    }
    expect(formatError(samples[7] as CrmError, 'zh-CN', crmMessages)).toBe(
      '问卷 svy_1 的第「q1」题分值超出范围（§7.2.2）',
    );
  });

  it('§1.2(7) another module’s invalid_transition with other data still renders', () => {
    const foreign = domainError('invalid_transition', { from: 'open', to: 'closed' });
    expect(formatError(foreign, 'en', crmMessages)).toContain('not allowed');
  });
});
