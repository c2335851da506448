import { describe, expect, it } from 'vitest';
import { domainError, formatError, LOCALES } from '../../src/shared/index';
import {
  assessmentAlreadyRecorded,
  attendanceAlreadyRecorded,
  careerRungUnknown,
  certificationAlreadyRevoked,
  indicatorNotInScorecard,
  indicatorValueMissing,
  invalidTransition,
  scorecardWeightsInvalid,
  type TrainingError,
  trainingMessages,
  trainingSessionNotHeld,
  trainingSessionNotYetHeld,
} from '../../src/training/index';

const samples: TrainingError[] = [
  invalidTransition('trs_1', 'held', 'cancel'),
  trainingSessionNotHeld('trs_1', 'scheduled'),
  trainingSessionNotYetHeld('trs_1', '2026-04-10'),
  attendanceAlreadyRecorded('trs_1', 'emp_1'),
  certificationAlreadyRevoked('crt_1'),
  scorecardWeightsInvalid('0.9'),
  indicatorValueMissing('service-quality'),
  indicatorNotInScorecard('service-attitude'),
  assessmentAlreadyRecorded('emp_1', 'quarterly', '2026-Q1'),
  careerRungUnknown('pilot'),
];

describe('trainingMessages', () => {
  it('§2.2.6 every code has a zh-CN and an en message naming ids and codes only', () => {
    const codes = new Set(samples.map((e) => e.code));
    expect([...codes].sort()).toEqual(Object.keys(trainingMessages).sort());
    for (const error of samples) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, trainingMessages);
        expect(text).not.toMatch(/undefined|Operation failed|操作失败/);
        if (error.clause) expect(text).toContain(error.clause);
      }
    }
    expect(formatError(scorecardWeightsInvalid('0.9'), 'zh-CN', trainingMessages)).toBe(
      '考核指标权重之和须恰好为 1，当前为 0.9（§8.3.2）',
    );
  });

  it('§2.2.6 another module’s invalid_transition with other data still renders', () => {
    const foreign = domainError('invalid_transition', { from: 'open', to: 'closed' });
    expect(formatError(foreign, 'en', trainingMessages)).toContain('not allowed');
  });
});
