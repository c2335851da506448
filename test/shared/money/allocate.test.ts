import { describe, expect, it } from 'vitest';
import { allocateMoney } from '../../../src/shared/money/allocate';
import { money } from './helpers';

const amounts = (total: string, weights: readonly (string | number)[], currency?: 'JPY') =>
  allocateMoney(money(total, currency), weights)
    ._unsafeUnwrap()
    .map((share) => share.amount);

describe('allocateMoney', () => {
  it('§3.5(2) splits 100.00 over [1, 1, 1] into 33.34, 33.33, 33.33', () => {
    expect(amounts('100.00', [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
  });

  it('§3.5(2) splits proportionally to decimal weights given as strings or numbers', () => {
    expect(amounts('10.00', ['0.7', '0.3'])).toEqual(['7.00', '3.00']);
    expect(amounts('10.00', [0.7, 0.3])).toEqual(['7.00', '3.00']);
    expect(amounts('1000', [1, 2, 3, 4], 'JPY')).toEqual(['100', '200', '300', '400']);
  });

  it('§3.5(2) gives leftover units to the largest remainders first', () => {
    // 1.00 × 1/3 = 0.333… (remainder ⅓), 1.00 × 2/3 = 0.666… (remainder ⅔): the cent goes to index 1.
    expect(amounts('1.00', [1, 2])).toEqual(['0.33', '0.67']);
    expect(amounts('1.00', [2, 1])).toEqual(['0.67', '0.33']);
  });

  it('§3.5(2) breaks remainder ties by the lower index, deterministically', () => {
    expect(amounts('0.01', [1, 1])).toEqual(['0.01', '0.00']);
    expect(amounts('0.02', [1, 1, 1])).toEqual(['0.01', '0.01', '0.00']);
    expect(amounts('0.02', [0, 1, 1, 1])).toEqual(['0.00', '0.01', '0.01', '0.00']);
    const first = amounts('100.00', [3, 1, 1, 1, 3, 1]);
    for (let run = 0; run < 5; run += 1)
      expect(amounts('100.00', [3, 1, 1, 1, 3, 1])).toEqual(first);
    expect(first).toEqual(['30.00', '10.00', '10.00', '10.00', '30.00', '10.00']);
    expect(amounts('0.05', [1, 1, 1, 1, 1, 1, 1])).toEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.01',
      '0.01',
      '0.00',
      '0.00',
    ]);
  });

  it('§3.5(2) gives zero weights nothing and keeps negative totals mirrored', () => {
    expect(amounts('5.00', [0, 1, 0])).toEqual(['0.00', '5.00', '0.00']);
    expect(amounts('-100.00', [1, 1, 1])).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(amounts('0.00', [1, 2])).toEqual(['0.00', '0.00']);
    expect(amounts('-0.01', [1, 1])).toEqual(['-0.01', '0.00']);
  });

  it('§3.5(2) handles the largest totals and many weights exactly', () => {
    const limit = { amount: '10000000000000000000000.00', currency: 'CNY' } as const;
    const top = allocateMoney(limit, [1, 1, 1])._unsafeUnwrap();
    expect(top.map((share) => share.amount)).toEqual([
      '3333333333333333333333.34',
      '3333333333333333333333.33',
      '3333333333333333333333.33',
    ]);
    const shares = amounts(
      '1.00',
      Array.from({ length: 1000 }, () => 1),
    );
    expect(shares.filter((share) => share === '0.01')).toHaveLength(100);
    expect(shares.slice(0, 100).every((share) => share === '0.01')).toBe(true);
  });

  it('§3.5(2) refuses a total with more decimals than the minor units', () => {
    expect(allocateMoney(money('10.005'), [1, 1])._unsafeUnwrapErr()).toEqual({
      code: 'allocation_total_not_rounded',
      clause: '§3.5(2)',
      data: { currency: 'CNY', minorUnits: 2 },
    });
    expect(allocateMoney(money('10.5', 'JPY'), [1])._unsafeUnwrapErr().data).toEqual({
      currency: 'JPY',
      minorUnits: 0,
    });
  });

  it.each([
    [[], { reason: 'empty' }],
    [[0, '0', '0.00'], { reason: 'all_zero' }],
    [[1, -1], { reason: 'negative', index: 1 }],
    [['1', '-0.01'], { reason: 'negative', index: 1 }],
    [[1, Number.NaN], { reason: 'not_finite', index: 1 }],
    [[Number.POSITIVE_INFINITY], { reason: 'not_finite', index: 0 }],
    [['1', '1e3'], { reason: 'not_decimal', index: 1 }],
    [['', 1], { reason: 'not_decimal', index: 0 }],
    [[1, 2, null], { reason: 'wrong_type', index: 2 }],
  ])('§3.5(2) rejects the weights %j with allocation_weights_invalid', (weights, data) => {
    const error = allocateMoney(money('1.00'), weights as (string | number)[])._unsafeUnwrapErr();
    expect(error).toEqual({ code: 'allocation_weights_invalid', clause: '§3.5(2)', data });
  });

  it('accepts a negative zero weight as zero', () => {
    expect(amounts('1.00', ['-0', 1])).toEqual(['0.00', '1.00']);
  });

  it('does not mutate the weights', () => {
    const weights = Object.freeze([3, 1]);
    expect(amounts('1.00', weights)).toEqual(['0.75', '0.25']);
  });
});
