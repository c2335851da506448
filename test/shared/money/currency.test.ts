import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  CURRENCY_CODES,
  CurrencyCodeSchema,
  isCurrencyCode,
  minorUnits,
} from '../../../src/shared/money/currency';

describe('currencies', () => {
  it('lists CNY, HKD, MOP, TWD, USD, EUR and JPY with their minor units', () => {
    expect([...CURRENCY_CODES].sort()).toEqual(Object.keys(CURRENCIES).sort());
    expect(CURRENCY_CODES.map((code) => [code, minorUnits(code)])).toEqual([
      ['CNY', 2],
      ['HKD', 2],
      ['MOP', 2],
      ['TWD', 2],
      ['USD', 2],
      ['EUR', 2],
      ['JPY', 0],
    ]);
  });

  it('accepts only known upper-case codes', () => {
    expect(CurrencyCodeSchema.safeParse('CNY').success).toBe(true);
    for (const value of ['cny', 'RMB', '', 'CNY ', null, 156, {}]) {
      expect(CurrencyCodeSchema.safeParse(value).success).toBe(false);
      expect(isCurrencyCode(value)).toBe(false);
    }
  });

  it('does not treat inherited object keys as currencies', () => {
    expect(isCurrencyCode('toString')).toBe(false);
    expect(isCurrencyCode('__proto__')).toBe(false);
  });

  it('is frozen, so no host can change the minor units', () => {
    expect(Object.isFrozen(CURRENCIES)).toBe(true);
    expect(Object.isFrozen(CURRENCIES.CNY)).toBe(true);
  });
});
