import { describe, expect, it } from 'vitest';
import { formatError, LOCALES } from '../../../src/shared/i18n';
import {
  allocationTotalNotRounded,
  allocationWeightsInvalid,
  currencyMismatch,
  type MoneyError,
  moneyInvalidAmount,
  moneyInvalidFactor,
  moneyOutOfRange,
  moneyUnknownCurrency,
} from '../../../src/shared/money/errors';
import { moneyMessages } from '../../../src/shared/money/messages';

const samples: readonly MoneyError[] = [
  moneyInvalidAmount('not_finite'),
  moneyUnknownCurrency('XYZ'),
  moneyUnknownCurrency(Symbol('x')),
  currencyMismatch('CNY', 'USD'),
  moneyInvalidFactor('percent', 'not_decimal'),
  moneyOutOfRange(),
  allocationTotalNotRounded('JPY'),
  allocationWeightsInvalid('empty'),
  allocationWeightsInvalid('all_zero'),
  allocationWeightsInvalid('negative', 3),
  allocationWeightsInvalid('wrong_type', 0),
];

describe('moneyMessages', () => {
  it('has zh-CN and en messages for every code', () => {
    const codes = new Set(samples.map((sample) => sample.code));
    expect(Object.keys(moneyMessages).sort()).toEqual([...codes].sort());
    for (const error of samples) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, moneyMessages);
        expect(text).not.toMatch(/Operation failed|操作失败|undefined/);
      }
      expect(formatError(error, 'zh-CN', moneyMessages)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('renders the data that explains the error', () => {
    expect(formatError(currencyMismatch('CNY', 'USD'), 'zh-CN', moneyMessages)).toBe(
      '币种不一致：CNY 与 USD',
    );
    expect(formatError(currencyMismatch('CNY', 'USD'), 'en', moneyMessages)).toBe(
      'Currency mismatch: CNY and USD',
    );
    expect(formatError(allocationWeightsInvalid('negative', 3), 'en', moneyMessages)).toBe(
      'The allocation weight at index 3 must not be negative (§3.5(2))',
    );
    expect(formatError(allocationTotalNotRounded('CNY'), 'zh-CN', moneyMessages)).toBe(
      '待分摊金额须先舍入到 2 位小数（CNY）（§3.5(2)）',
    );
    expect(formatError(moneyUnknownCurrency(42), 'en', moneyMessages)).toBe(
      'The currency is missing or not a string',
    );
  });

  it('builds frozen, JSON-safe errors', () => {
    for (const error of samples) {
      expect(Object.isFrozen(error)).toBe(true);
      expect(JSON.parse(JSON.stringify(error))).toEqual(error);
    }
  });
});
