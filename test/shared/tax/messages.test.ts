import { describe, expect, it } from 'vitest';
import { formatError, LOCALES } from '../../../src/shared/i18n';
import {
  type VatError,
  vatAmountNotRounded,
  vatConfigInvalid,
} from '../../../src/shared/tax/errors';
import { vatMessages } from '../../../src/shared/tax/messages';

const samples: readonly VatError[] = [
  vatAmountNotRounded('CNY'),
  vatConfigInvalid('rate'),
  vatConfigInvalid('rounding'),
  vatConfigInvalid('pricesIncludeVat'),
];

describe('vatMessages', () => {
  it('REG-7 has zh-CN and en messages for every VAT error code', () => {
    expect(Object.keys(vatMessages).sort()).toEqual([
      'vat_amount_not_rounded',
      'vat_config_invalid',
    ]);
    for (const error of samples) {
      for (const locale of LOCALES) {
        expect(formatError(error, locale, vatMessages)).not.toMatch(
          /Operation failed|操作失败|undefined/,
        );
      }
    }
  });

  it('REG-7 renders the field and the clause', () => {
    expect(formatError(vatConfigInvalid('rate'), 'en', vatMessages)).toBe(
      'Invalid VAT configuration: rate (REG-7)',
    );
    expect(formatError(vatConfigInvalid('rate'), 'zh-CN', vatMessages)).toBe(
      '增值税配置无效：税率（REG-7）',
    );
    expect(formatError(vatAmountNotRounded('CNY'), 'zh-CN', vatMessages)).toBe(
      '计税金额须先舍入到 2 位小数（CNY）（REG-7）',
    );
  });
});
