import { describe, expect, it } from 'vitest';
import { repairOrderMessages } from '../../src/repair-order/messages';
import {
  balanceOutstanding,
  comebackNotEligible,
  inspectionReportInvalid,
} from '../../src/repair-order/settlement-errors';
import {
  invalidTransition,
  offPlanWork,
  technicianNotCertified,
} from '../../src/repair-order/work-errors';
import { formatError, LOCALES, sharedMessages } from '../../src/shared/index';

describe('repair-order messages', () => {
  it('§4.3(1)–(6) every error code has a zh-CN and an en message', () => {
    for (const [code, template] of Object.entries(repairOrderMessages)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      for (const locale of LOCALES) expect(typeof template[locale]).toBe('function');
    }
    expect(Object.keys(repairOrderMessages)).toHaveLength(36);
  });

  it('§3.5(3) renders errors with their clause in both locales', () => {
    const error = balanceOutstanding({ amount: '120.00', currency: 'CNY' });
    expect(formatError(error, 'zh-CN', repairOrderMessages)).toBe(
      '尚有余额 120.00 CNY 未结清，且无经批准的挂账（§3.5(3)）',
    );
    expect(formatError(error, 'en', repairOrderMessages)).toBe(
      'A balance of 120.00 CNY is outstanding and no credit covers it (§3.5(3))',
    );
  });

  it('§3.3(3) messages name codes and ids only, never customer data', () => {
    const samples = [
      offPlanWork('job_1', { opCodes: ['OP-X'], partNumbers: ['P-Y'], feeCodes: [] }),
      technicianNotCertified('emp_t1', 'EV-HV'),
      invalidTransition('delivered', 'dispatch-job'),
      inspectionReportInvalid('jobs-missing', ['job_2']),
      inspectionReportInvalid('not-passed', []),
      inspectionReportInvalid('other-order', []),
      comebackNotEligible('guarantee-expired', 'ro_1'),
    ];
    for (const error of samples) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, repairOrderMessages, sharedMessages);
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toContain('undefined');
      }
    }
    expect(formatError(samples[0] as never, 'en', repairOrderMessages)).toContain('OP-X, P-Y');
  });
});
