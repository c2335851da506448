import { describe, expect, it } from 'vitest';
import {
  compareMoney,
  isNegativeMoney,
  isPositiveMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  moneyEquals,
} from '../../../src/shared/money/compare';
import { money } from './helpers';

describe('compareMoney', () => {
  it('orders by value, not by text', () => {
    expect(compareMoney(money('9.99'), money('10.00'))._unsafeUnwrap()).toBe(-1);
    expect(compareMoney(money('10.00'), money('9.99'))._unsafeUnwrap()).toBe(1);
    expect(compareMoney(money('-2'), money('-10'))._unsafeUnwrap()).toBe(1);
    const loose = { amount: '1.500', currency: 'CNY' } as const;
    expect(compareMoney(money('1.5'), loose)._unsafeUnwrap()).toBe(0);
  });

  it('returns currency_mismatch as a value for different currencies', () => {
    expect(() => compareMoney(money('1'), money('1', 'EUR'))).not.toThrow();
    expect(compareMoney(money('1'), money('1', 'EUR'))._unsafeUnwrapErr().code).toBe(
      'currency_mismatch',
    );
    expect(moneyEquals(money('1'), money('1', 'EUR')).isErr()).toBe(true);
    expect(minMoney(money('1'), money('1', 'EUR')).isErr()).toBe(true);
    expect(maxMoney(money('1'), money('1', 'EUR')).isErr()).toBe(true);
  });
});

describe('moneyEquals, minMoney, maxMoney', () => {
  it('compare values of one currency', () => {
    expect(moneyEquals(money('3'), money('3.00'))._unsafeUnwrap()).toBe(true);
    expect(moneyEquals(money('3'), money('3.01'))._unsafeUnwrap()).toBe(false);
    expect(minMoney(money('5'), money('3'))._unsafeUnwrap().amount).toBe('3.00');
    expect(maxMoney(money('5'), money('3'))._unsafeUnwrap().amount).toBe('5.00');
  });

  it('return the left operand on a tie', () => {
    const left = money('2');
    const right = money('2');
    expect(minMoney(left, right)._unsafeUnwrap()).toBe(left);
    expect(maxMoney(left, right)._unsafeUnwrap()).toBe(left);
  });
});

describe('sign predicates', () => {
  it('classify zero, negative and positive amounts', () => {
    expect([isZeroMoney(money('0')), isZeroMoney(money('-0')), isZeroMoney(money('0.01'))]).toEqual(
      [true, true, false],
    );
    expect([isNegativeMoney(money('-0.01')), isNegativeMoney(money('0'))]).toEqual([true, false]);
    expect([isPositiveMoney(money('0.01')), isPositiveMoney(money('0'))]).toEqual([true, false]);
  });
});
