import { describe, expect, it } from 'vitest';
import {
  fitsUnit,
  PositiveQuantitySchema,
  type Quantity,
  QuantitySchema,
  UNITS,
  unitDecimals,
} from '../../src/parts/index';

describe('quantities', () => {
  it('§6.2.2 quantities are canonical decimal strings', () => {
    expect(QuantitySchema.parse('007.50')).toBe('7.5');
    expect(QuantitySchema.parse('-0')).toBe('0');
    expect(QuantitySchema.parse('12')).toBe('12');
    for (const bad of ['1e3', '1.2345', ' 1', '+1', '', 5, null]) {
      expect(QuantitySchema.safeParse(bad).success).toBe(false);
    }
  });

  it('§6.2.2 command quantities must be positive (a negative receipt is refused)', () => {
    expect(PositiveQuantitySchema.safeParse('-3').success).toBe(false);
    expect(PositiveQuantitySchema.safeParse('0').success).toBe(false);
    expect(PositiveQuantitySchema.safeParse('0.001').success).toBe(true);
  });

  it('§6.2.2 countable units hold whole quantities, measured units up to three decimals', () => {
    expect(UNITS.filter((unit) => unitDecimals(unit) > 0)).toEqual(['litre', 'kilogram', 'metre']);
    expect(fitsUnit('2' as Quantity, 'piece')).toBe(true);
    expect(fitsUnit('1.5' as Quantity, 'piece')).toBe(false);
    expect(fitsUnit('1.5' as Quantity, 'litre')).toBe(true);
    expect(fitsUnit('1.125' as Quantity, 'metre')).toBe(true);
  });
});
