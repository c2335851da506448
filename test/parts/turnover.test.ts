import { describe, expect, it } from 'vitest';
import {
  computeCostOfIssues,
  computeInventoryTurnover,
  computeInventoryValue,
} from '../../src/parts/index';
import { dayAt, issue, oil, post, receipt } from './fixtures';

const cny = (amount: string) => ({ amount, currency: 'CNY' as const });

describe('inventory turnover', () => {
  const ledger = post([
    receipt({ quantity: '10', at: dayAt(0) }),
    receipt({
      partId: oil.id,
      unit: 'litre',
      quantity: '7.5',
      unitCost: cny('45.50'),
      at: dayAt(0),
    }),
    issue({ quantity: '4', at: dayAt(3) }),
    issue({ type: 'return', quantity: '1', at: dayAt(4) }),
    issue({ partId: oil.id, unit: 'litre', quantity: '1.5', at: dayAt(5) }),
  ]);

  it('§6.2.4 §2.2.4(3) inventory value is on-hand at moving-average cost, per part rounded', () => {
    // filter 7 × 38.00 = 266.00; oil 6 × 45.50 = 273.00
    expect(computeInventoryValue(ledger)._unsafeUnwrap()).toEqual(cny('539.00'));
  });

  it('§6.2.4 §2.2.4(3) cost of issues nets out returns within the range', () => {
    // 4 × 38 − 1 × 38 + 1.5 × 45.50 = 182.25
    expect(computeCostOfIssues(ledger, { from: dayAt(0), to: dayAt(30) })._unsafeUnwrap()).toEqual(
      cny('182.25'),
    );
    expect(computeCostOfIssues(ledger, { from: dayAt(4), to: dayAt(5) })._unsafeUnwrap()).toEqual(
      cny('-38.00'),
    );
  });

  it('§6.2.4 §2.2.4(3) turnover = cost of issues ÷ average inventory; days of inventory', () => {
    const turnover = computeInventoryTurnover({
      costOfIssues: cny('1200000.00'),
      inventoryValues: [cny('180000.00'), cny('220000.00')],
      periodDays: 365,
    })._unsafeUnwrap();
    expect(turnover).toEqual({
      averageInventoryValue: cny('200000.00'),
      turnover: '6.00',
      daysOfInventory: '60.8',
    });
  });

  it('§6.2.4 §2.2.4(3) zero divisors give null, mixed currencies an error', () => {
    expect(
      computeInventoryTurnover({
        costOfIssues: cny('0.00'),
        inventoryValues: [],
        periodDays: 30,
      })._unsafeUnwrap(),
    ).toEqual({ averageInventoryValue: cny('0.00'), turnover: null, daysOfInventory: null });
    expect(
      computeInventoryTurnover({
        costOfIssues: cny('1.00'),
        inventoryValues: [{ amount: '1.00', currency: 'USD' }],
        periodDays: 30,
      })._unsafeUnwrapErr().code,
    ).toBe('currency_mismatch');
  });
});
