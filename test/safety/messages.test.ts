import { describe, expect, it } from 'vitest';
import {
  correctiveActionInvalid,
  correctiveActionsOpen,
  drillPlanUnavailable,
  hazardDueBeforeReport,
  hazardNotOwner,
  hazardVerifierIsOwner,
  incidentCorrectiveActionRequired,
  incidentRootCauseRequired,
  inspectionChecklistIncomplete,
  inspectionHazardRequired,
  invalidTransition,
  type SafetyError,
  safetyMessages,
  safetyRecordAmountInvalid,
} from '../../src/safety/index';
import { domainError, formatError, LOCALES } from '../../src/shared/index';

const samples: SafetyError[] = [
  invalidTransition('incident', 'inc_1', 'reported', 'close', '§9.3.1'),
  hazardNotOwner('hz_1', 'emp_t'),
  hazardVerifierIsOwner('hz_1', 'emp_ws'),
  hazardDueBeforeReport('hz_1', '2026-03-01', '2026-03-02'),
  inspectionChecklistIncomplete('workshop', ['lifts'], ['roof']),
  inspectionHazardRequired('workshop', ['lifts']),
  incidentRootCauseRequired('inc_1'),
  incidentCorrectiveActionRequired('inc_1'),
  correctiveActionsOpen('drill', 'drl_1', ['ca_1', 'ca_2'], '§9.3.3'),
  correctiveActionInvalid('incident', 'inc_1', 'ca_9', 'unknown', '§9.3.1'),
  correctiveActionInvalid('drill', 'drl_1', 'ca_1', 'completed', '§9.3.3'),
  drillPlanUnavailable('drl_1', 'plan_x', 'retired'),
  drillPlanUnavailable('drl_1', 'plan_x', 'unknown'),
  safetyRecordAmountInvalid('srd_1', 'not_positive'),
  safetyRecordAmountInvalid('srd_1', 'currency'),
];

describe('safetyMessages', () => {
  it('§9.1.2 §9.3.1 every code has a zh-CN and an en message citing its clause', () => {
    const codes = new Set(samples.map((e) => e.code));
    expect([...codes].sort()).toEqual(Object.keys(safetyMessages).sort());
    for (const error of samples) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, safetyMessages);
        expect(text).not.toMatch(/undefined|Operation failed|操作失败/);
        expect(text).toContain(error.clause ?? '');
      }
    }
    expect(formatError(samples[6] as SafetyError, 'zh-CN', safetyMessages)).toBe(
      '事故 inc_1 须先查明根本原因（§9.3.1）',
    );
    expect(formatError(samples[8] as SafetyError, 'en', safetyMessages)).toContain(
      'Drill drl_1 still has open corrective actions [ca_1, ca_2]',
    );
  });

  it('§9.1.2 another module’s invalid_transition with other data still renders', () => {
    const foreign = domainError('invalid_transition', { from: 'open', to: 'closed' });
    expect(formatError(foreign, 'en', safetyMessages)).toContain('not allowed');
    expect(formatError(foreign, 'zh-CN', safetyMessages)).toContain('不能执行');
  });
});
