import { describe, expect, it } from 'vitest';
import { roundMoney } from '../../../src/shared/money/rounding';
import { sumMoney } from '../../../src/shared/money/sum';
import { money } from './helpers';

describe('sumMoney', () => {
  it('§3.5(2) sums exactly; an empty list is zero in the requested currency', () => {
    expect(sumMoney([money('480.00'), money('35.50'), money('-15.5')])._unsafeUnwrap().amount).toBe(
      '500.00',
    );
    expect(sumMoney([])._unsafeUnwrap()).toEqual({ amount: '0.00', currency: 'CNY' });
    expect(sumMoney([], 'JPY')._unsafeUnwrap()).toEqual({ amount: '0', currency: 'JPY' });
  });

  it('§3.5(2) a total of rounded lines reconciles to the cent (never re-rounded)', () => {
    const lines = ['10.005', '10.005', '10.005'].map((amount) => roundMoney(money(amount)));
    expect(lines.map((line) => line.amount)).toEqual(['10.01', '10.01', '10.01']);
    expect(sumMoney(lines)._unsafeUnwrap().amount).toBe('30.03');
  });

  it('returns currency_mismatch naming the expected and the offending currency', () => {
    const result = sumMoney([money('1'), money('2', 'USD')]);
    expect(result._unsafeUnwrapErr()).toEqual({
      code: 'currency_mismatch',
      data: { left: 'CNY', right: 'USD' },
    });
    expect(sumMoney([money('1', 'USD')], 'USD').isOk()).toBe(true);
    expect(sumMoney([money('1', 'USD')]).isErr()).toBe(true);
  });

  it('reports totals beyond ±10^22 as money_out_of_range', () => {
    const big = money('6000000000000000000000');
    expect(sumMoney([big, big])._unsafeUnwrapErr().code).toBe('money_out_of_range');
    expect(sumMoney([big, big, money('-6000000000000000000000')])._unsafeUnwrap().amount).toBe(
      '6000000000000000000000.00',
    );
  });

  it('stays exact on long lists of small amounts', () => {
    const cents = Array.from({ length: 10_000 }, () => money('0.01'));
    expect(sumMoney(cents)._unsafeUnwrap().amount).toBe('100.00');
  });
});
