import { describe, expect, it } from 'vitest';
import { computeBalance, orderCurrency } from '../../src/repair-order/compute-balance';
import { cny, delivered, opened, settled } from './fixtures';

describe('computeBalance', () => {
  it('§3.5(3) before settlement nothing is due; deposits count as paid', () => {
    const order = {
      ...opened(),
      payments: [
        {
          id: 'dep_1',
          kind: 'deposit',
          method: 'cash',
          amount: cny('100.00'),
          at: opened().createdAt,
          recordedBy: 'emp_sa',
        },
      ],
    } as ReturnType<typeof opened>;
    expect(computeBalance(order)).toEqual({
      currency: 'CNY',
      due: cny('0.00'),
      paid: cny('100.00'),
      balance: cny('-100.00'),
      credit: cny('0.00'),
    });
  });

  it('§3.5(3) the balance is the statement total less payments net of refunds', () => {
    expect(computeBalance(settled()).balance).toEqual(cny('620.00'));
    expect(computeBalance(delivered()).balance).toEqual(cny('0.00'));
    expect(orderCurrency(delivered())).toBe('CNY');
  });
});
