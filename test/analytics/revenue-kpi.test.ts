import { describe, expect, it } from 'vitest';
import { computeRevenuePerOrder } from '../../src/analytics/index';
import { orderWithTotal, repairOrder } from './fixtures';

describe('computeRevenuePerOrder', () => {
  it('§11.2.2 settled totals ÷ delivered orders, as decimal money rounded half-up', () => {
    const orders = [
      orderWithTotal('ro_1', '100.00'),
      orderWithTotal('ro_2', '100.00'),
      orderWithTotal('ro_3', '100.01'),
    ];
    const report = computeRevenuePerOrder(orders, { granularity: 'month' })._unsafeUnwrap();
    expect(report.series[0]).toMatchObject({ kpi: 'revenue-per-order', unit: 'CNY' });
    expect(report.series[0]?.points).toEqual([
      { period: '2026-03', numerator: '300.01', denominator: '3', value: '100.00' },
    ]);
  });

  it('§11.2.1 undelivered, unsettled and foreign-currency orders are listed with reasons', () => {
    const orders = [
      repairOrder({ id: 'ro_1', deliveredAt: null, status: 'ready-for-delivery' }),
      repairOrder({ id: 'ro_2', settlement: null }),
      orderWithTotal('ro_3', '10.00', 'USD'),
      orderWithTotal('ro_4', '620.00'),
    ];
    const report = computeRevenuePerOrder(orders, {
      granularity: 'year',
      by: 'advisor',
    })._unsafeUnwrap();
    expect(report.used).toEqual({ orders: 1 });
    expect(report.rejected.map((r) => [r.id, r.reasons[0], r.detail])).toEqual([
      ['ro_1', 'out_of_scope', 'not_delivered'],
      ['ro_2', 'out_of_scope', 'not_settled'],
      ['ro_3', 'currency_mismatch', null],
    ]);
    expect(report.series[0]?.points).toEqual([
      {
        period: '2026',
        dimension: 'emp_sa',
        numerator: '620.00',
        denominator: '1',
        value: '620.00',
      },
    ]);
  });
});
