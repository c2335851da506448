import { describe, expect, it } from 'vitest';
import {
  isRoundedMoney,
  ROUNDING_MODES,
  RoundingModeSchema,
  roundDown,
  roundHalfEven,
  roundHalfUp,
  roundMoney,
  roundUp,
} from '../../../src/shared/money/rounding';
import { money } from './helpers';

describe('rounding modes', () => {
  it('§3.5(2) half-up (default) and half-even differ on 2.345 but agree on 2.355', () => {
    expect(roundHalfUp(money('2.345')).amount).toBe('2.35');
    expect(roundHalfEven(money('2.345')).amount).toBe('2.34');
    expect(roundHalfUp(money('2.355')).amount).toBe('2.36');
    expect(roundHalfEven(money('2.355')).amount).toBe('2.36');
    expect(roundMoney(money('2.345')).amount).toBe('2.35');
    expect(roundMoney(money('2.345'), 'half-even').amount).toBe('2.34');
  });

  it('§3.5(2) rounds negative amounts symmetrically about zero', () => {
    expect(roundHalfUp(money('-2.345')).amount).toBe('-2.35');
    expect(roundHalfEven(money('-2.345')).amount).toBe('-2.34');
    expect(roundUp(money('-2.341')).amount).toBe('-2.35');
    expect(roundDown(money('-2.349')).amount).toBe('-2.34');
    expect(roundHalfUp(money('-0.004')).amount).toBe('0.00');
  });

  it('§3.5(2) up rounds away from zero and down truncates', () => {
    expect(roundUp(money('2.341')).amount).toBe('2.35');
    expect(roundDown(money('2.349')).amount).toBe('2.34');
    expect(roundUp(money('2.34')).amount).toBe('2.34');
  });

  it('§3.5(2) rounds to the currency minor units by default, or to given decimals', () => {
    expect(roundMoney(money('2.5', 'JPY')).amount).toBe('3');
    expect(roundHalfEven(money('2.5', 'JPY')).amount).toBe('2');
    expect(roundMoney(money('12.60'), 'half-up', 0).amount).toBe('13.00');
    expect(roundMoney(money('1.23456'), 'down', 3).amount).toBe('1.234');
  });

  it('never leaves the money range when carrying into a new digit', () => {
    const top = money('9999999999999999999999.999');
    expect(roundUp(top, 0).amount).toBe('10000000000000000000000.00');
  });

  it('throws RangeError for programmer errors: bad decimals or an unknown mode', () => {
    expect(() => roundMoney(money('1'), 'half-up', -1)).toThrow(RangeError);
    expect(() => roundMoney(money('1'), 'half-up', 1.5)).toThrow(RangeError);
    expect(() => roundMoney(money('1'), 'half-up', 13)).toThrow(RangeError);
    expect(() => roundMoney(money('1'), 'nearest' as 'up')).toThrow(RangeError);
    expect(() => isRoundedMoney(money('1'), Number.NaN)).toThrow(RangeError);
  });

  it('does not mutate its input', () => {
    const input = money('2.345');
    roundMoney(input);
    expect(input.amount).toBe('2.345');
  });
});

describe('isRoundedMoney', () => {
  it('§3.5(2) tells whether an amount is already at the minor units', () => {
    expect(isRoundedMoney(money('12.50'))).toBe(true);
    expect(isRoundedMoney(money('12.505'))).toBe(false);
    expect(isRoundedMoney(money('12.5', 'JPY'))).toBe(false);
    expect(isRoundedMoney(money('12.505'), 3)).toBe(true);
  });
});

describe('RoundingModeSchema', () => {
  it('accepts exactly the four modes', () => {
    for (const mode of ROUNDING_MODES)
      expect(RoundingModeSchema.safeParse(mode).success).toBe(true);
    for (const mode of ['HALF_UP', 'ceil', '', null]) {
      expect(RoundingModeSchema.safeParse(mode).success).toBe(false);
    }
  });
});
