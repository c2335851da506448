import { describe, expect, it } from 'vitest';
import {
  defaultVatConfig,
  parseVatConfig,
  VatConfigSchema,
  VatRateSchema,
} from '../../../src/shared/tax/vat-config';

describe('VAT configuration', () => {
  it('REG-7 defaults to 13 %, tax-inclusive prices and half-up rounding', () => {
    expect(defaultVatConfig).toEqual({ rate: '0.13', pricesIncludeVat: true, rounding: 'half-up' });
    expect(parseVatConfig({})._unsafeUnwrap()).toEqual(defaultVatConfig);
    expect(Object.isFrozen(defaultVatConfig)).toBe(true);
  });

  it('REG-7 lets a dealer configure the rate, the basis and the rounding', () => {
    expect(
      parseVatConfig({
        rate: '0.06',
        pricesIncludeVat: false,
        rounding: 'half-even',
      })._unsafeUnwrap(),
    ).toEqual({ rate: '0.06', pricesIncludeVat: false, rounding: 'half-even' });
    expect(parseVatConfig({ rate: '0.09', extra: 1 })._unsafeUnwrap()).toEqual({
      ...defaultVatConfig,
      rate: '0.09',
    });
  });

  it.each([
    ['a numeric rate', { rate: 0.13 }],
    ['a percentage', { rate: '13' }],
    ['a rate of 100 %', { rate: '1' }],
    ['a rate above 1', { rate: '1.13' }],
    ['a negative rate', { rate: '-0.13' }],
    ['an exponent', { rate: '1.3e-1' }],
    ['a huge rate string', { rate: `0.${'1'.repeat(1_000_000)}` }],
    ['a non-boolean basis', { pricesIncludeVat: 'true' }],
    ['an unknown rounding mode', { rounding: 'bankers' }],
    ['null', null],
    ['an array', []],
    ['a symbol', Symbol('config')],
  ])('REG-7 rejects %s with validation_failed, never throwing', (_, input) => {
    const error = parseVatConfig(input)._unsafeUnwrapErr();
    expect(error.code).toBe('validation_failed');
    expect(error.clause).toBe('REG-7');
  });

  it('REG-7 accepts rates in [0, 1) with up to 12 decimals', () => {
    for (const rate of ['0', '0.13', '0.065', '0.999999999999']) {
      expect(VatRateSchema.safeParse(rate).success).toBe(true);
    }
    expect(VatRateSchema.safeParse('0.1234567890123').success).toBe(false);
    expect(VatConfigSchema.safeParse({ rate: '.13' }).success).toBe(false);
  });
});
