import { describe, expect, it } from 'vitest';
import {
  addMoney,
  multiplyMoney,
  negateMoney,
  percentageOf,
  subtractMoney,
} from '../../../src/shared/money/arithmetic';
import { money } from './helpers';

const MAX = '9999999999999999999999.999999999999';

describe('addMoney and subtractMoney', () => {
  it('add and subtract exactly, without rounding', () => {
    expect(addMoney(money('12.50'), money('0.125'))._unsafeUnwrap().amount).toBe('12.625');
    expect(addMoney(money('0.1'), money('0.2'))._unsafeUnwrap().amount).toBe('0.30');
    expect(subtractMoney(money('100'), money('113'))._unsafeUnwrap().amount).toBe('-13.00');
    expect(subtractMoney(money('5.10'), money('5.1'))._unsafeUnwrap().amount).toBe('0.00');
  });

  it('returns currency_mismatch as an error value instead of throwing', () => {
    const cny = money('1.00');
    const usd = money('1.00', 'USD');
    expect(() => addMoney(cny, usd)).not.toThrow();
    expect(addMoney(cny, usd)._unsafeUnwrapErr()).toEqual({
      code: 'currency_mismatch',
      data: { left: 'CNY', right: 'USD' },
    });
    expect(subtractMoney(usd, cny)._unsafeUnwrapErr().data).toEqual({ left: 'USD', right: 'CNY' });
  });

  it('reports results beyond ±10^22 as money_out_of_range', () => {
    expect(addMoney(money(MAX), money(MAX))._unsafeUnwrapErr()).toEqual({
      code: 'money_out_of_range',
      data: { limit: '10000000000000000000000' },
    });
    expect(subtractMoney(money(`-${MAX}`), money('1'))._unsafeUnwrapErr().code).toBe(
      'money_out_of_range',
    );
  });

  it('keeps the largest sums exact', () => {
    expect(addMoney(money(MAX), money('0.000000000001'))._unsafeUnwrap().amount).toBe(
      '10000000000000000000000.00',
    );
  });

  it('does not mutate its inputs', () => {
    const left = money('1.00');
    const right = { amount: '2.00', currency: 'CNY' } as const;
    addMoney(left, right);
    expect(left).toEqual({ amount: '1.00', currency: 'CNY' });
    expect(right).toEqual({ amount: '2.00', currency: 'CNY' });
  });
});

describe('multiplyMoney', () => {
  it('multiplies by a quantity or a rate without rounding', () => {
    expect(multiplyMoney(money('160.00'), '1.5')._unsafeUnwrap().amount).toBe('240.00');
    expect(multiplyMoney(money('19.99'), 3)._unsafeUnwrap().amount).toBe('59.97');
    expect(multiplyMoney(money('12.50'), '0.13')._unsafeUnwrap().amount).toBe('1.625');
    expect(multiplyMoney(money('10.00'), -2n)._unsafeUnwrap().amount).toBe('-20.00');
    expect(multiplyMoney(money('10.00'), '0')._unsafeUnwrap().amount).toBe('0.00');
  });

  it('keeps 12 decimals, rounding half-even only beyond them', () => {
    const tiny = multiplyMoney(money('0.000000000001'), '0.5')._unsafeUnwrap();
    expect(tiny.amount).toBe('0.00');
    const three = multiplyMoney(money('0.000000000003'), '0.5')._unsafeUnwrap();
    expect(three.amount).toBe('0.000000000002');
  });

  it.each([
    [Number.NaN, 'not_finite'],
    [Number.POSITIVE_INFINITY, 'not_finite'],
    ['1e3', 'not_decimal'],
    ['', 'not_decimal'],
    [' 2', 'not_decimal'],
    [null, 'wrong_type'],
    [{}, 'wrong_type'],
  ])('rejects the factor %s with money_invalid_factor (%s)', (factor, reason) => {
    expect(multiplyMoney(money('1'), factor as string)._unsafeUnwrapErr()).toEqual({
      code: 'money_invalid_factor',
      data: { argument: 'factor', reason },
    });
  });

  it('reports products beyond ±10^22 as money_out_of_range', () => {
    expect(multiplyMoney(money(MAX), 2)._unsafeUnwrapErr().code).toBe('money_out_of_range');
  });
});

describe('percentageOf', () => {
  it('takes a percentage without rounding', () => {
    expect(percentageOf(money('80.00'), '12.5')._unsafeUnwrap().amount).toBe('10.00');
    expect(percentageOf(money('99.99'), 15)._unsafeUnwrap().amount).toBe('14.9985');
    expect(percentageOf(money('50', 'JPY'), '3')._unsafeUnwrap()).toEqual({
      amount: '1.5',
      currency: 'JPY',
    });
  });

  it('rejects a bad percentage naming the argument', () => {
    expect(percentageOf(money('1'), 'ten')._unsafeUnwrapErr().data).toEqual({
      argument: 'percent',
      reason: 'not_decimal',
    });
  });
});

describe('negateMoney', () => {
  it('negates, and zero never becomes -0.00', () => {
    expect(negateMoney(money('5.20')).amount).toBe('-5.20');
    expect(negateMoney(money('-5.20')).amount).toBe('5.20');
    expect(negateMoney(money('0')).amount).toBe('0.00');
  });
});
