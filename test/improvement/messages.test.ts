import { describe, expect, it } from 'vitest';
import {
  actionVerifierIsOwner,
  awardAboveCap,
  dueDateBeforeOpening,
  duplicateImprovementTrigger,
  type ImprovementError,
  improvementAmountNotPositive,
  improvementMessages,
  improvementTriggerRequired,
  innovationFundInsufficient,
  invalidImprovementTransition,
  proposalEvaluatorIsSubmitter,
} from '../../src/improvement/index';
import { domainError, formatError, LOCALES } from '../../src/shared/index';

const samples: ImprovementError[] = [
  invalidImprovementTransition('improvement-action', 'ia_1', 'open', 'close'),
  invalidImprovementTransition('improvement-proposal', 'ip_1', 'rejected', 'accept'),
  duplicateImprovementTrigger('ia_1', 'complaint|cmp_1|complaint_closed'),
  improvementTriggerRequired(),
  actionVerifierIsOwner('ia_1', 'emp_7'),
  proposalEvaluatorIsSubmitter('ip_1', 'emp_3'),
  dueDateBeforeOpening('ia_1', '2026-02-01', '2026-03-02'),
  improvementAmountNotPositive('fund_1', '0.00', 'CNY'),
  innovationFundInsufficient('fund_1', '300.00', '500.00', 'CNY'),
  awardAboveCap('ip_1', '8000.00', '5000.00', 'CNY'),
];

describe('improvementMessages', () => {
  it('§12.1.1–§12.1.3 §12.2.1–§12.2.3 every code has a zh-CN and an en message', () => {
    const codes = new Set(samples.map((e) => e.code));
    expect([...codes].sort()).toEqual(Object.keys(improvementMessages).sort());
    for (const error of samples) {
      expect(error.clause).toMatch(/^§12\.[12]\.1–§12\.[12]\.3$/);
      for (const locale of LOCALES) {
        const text = formatError(error, locale, improvementMessages);
        expect(text).not.toMatch(/undefined|Operation failed|操作失败/);
        expect(text).toContain(error.clause as string);
      }
    }
    expect(formatError(samples[4] as ImprovementError, 'zh-CN', improvementMessages)).toBe(
      '改进措施 ia_1 的责任人 emp_7 不能验证自己措施的有效性（§12.1.1–§12.1.3）',
    );
    expect(formatError(samples[8] as ImprovementError, 'en', improvementMessages)).toBe(
      'Innovation fund fund_1 holds 300.00 CNY, less than the 500.00 CNY requested (§12.2.1–§12.2.3)',
    );
  });

  it('§12.1.1–§12.1.3 another module’s invalid_transition with other data still renders', () => {
    const foreign = domainError('invalid_transition', { from: 'open', to: 'closed' });
    expect(formatError(foreign, 'en', improvementMessages)).toContain('not allowed');
  });
});
