import { describe, expect, it } from 'vitest';
import { computeInventoryTurnoverKpi, computePartsFillRateKpi } from '../../src/analytics/index';
import { lostSale, movement } from './fixtures';

describe('computePartsFillRateKpi', () => {
  const movements = [
    movement('mv_1'),
    movement('mv_2', { type: 'counter-sale', reference: { kind: 'sales-order', id: 'so_1' } }),
    movement('mv_3', { type: 'receipt', reference: { kind: 'goods-receipt', id: 'gr_1' } }),
    movement('mv_4', { fromBackorder: true }),
    movement('mv_5', { at: '2026-04-01T02:00:00.000Z' }),
  ];
  const lostSales = [lostSale('ls_1')];

  it('§11.2.2 §2.2.4(3) lines served from stock ÷ lines requested, per month', () => {
    const report = computePartsFillRateKpi(movements, lostSales, {
      granularity: 'month',
    })._unsafeUnwrap();
    expect(report.series[0]?.points).toEqual([
      { period: '2026-03', numerator: '2', denominator: '3', value: '0.6667' },
      { period: '2026-04', numerator: '1', denominator: '1', value: '1.0000' },
    ]);
  });

  it('§11.2.1 movements that are no demand line are listed, per collection', () => {
    const report = computePartsFillRateKpi(movements, [...lostSales, { id: 'ls_bad' }], {
      granularity: 'month',
    })._unsafeUnwrap();
    expect(report.used).toEqual({ movements: 3, lostSales: 1 });
    expect(report.rejected.map((r) => [r.collection, r.id, r.detail ?? r.reasons[0]])).toEqual([
      ['lostSales', 'ls_bad', 'validation_failed'],
      ['movements', 'mv_3', 'not_a_demand_line'],
      ['movements', 'mv_4', 'not_a_demand_line'],
    ]);
  });
});

describe('computeInventoryTurnoverKpi', () => {
  const snapshot = (id: string, atText: string, amount: string, currency = 'CNY') => ({
    id,
    at: atText,
    value: { amount, currency },
  });

  it('§11.2.2 §6.2.4 cost of issues ÷ average inventory value per period, exact amounts', () => {
    const movements = [
      movement('mv_1', { quantity: '10', unitCost: { amount: '30.00', currency: 'CNY' } }),
      movement('mv_2', {
        type: 'return',
        quantity: '2',
        unitCost: { amount: '30.00', currency: 'CNY' },
        reference: { kind: 'repair-order', id: 'ro_1' },
      }),
      movement('mv_3', { type: 'receipt', reference: { kind: 'goods-receipt', id: 'gr_1' } }),
    ];
    const snapshots = [
      snapshot('inv_1', '2026-03-01T00:00:00.000Z', '100.00'),
      snapshot('inv_2', '2026-03-31T15:00:00.000Z', '140.00'),
      snapshot('inv_3', '2026-04-30T15:00:00.000Z', '150.00'),
      snapshot('inv_4', '2026-04-30T15:00:00.000Z', '150.00', 'USD'),
    ];
    const report = computeInventoryTurnoverKpi(movements, snapshots, {
      granularity: 'month',
    })._unsafeUnwrap();
    expect(report.series[0]).toMatchObject({ kpi: 'inventory-turnover', unit: 'times' });
    expect(report.series[0]?.points).toEqual([
      { period: '2026-03', numerator: '240', denominator: '120', value: '2.00' },
      { period: '2026-04', numerator: '0', denominator: '150', value: '0.00' },
    ]);
    expect(report.rejected.map((r) => [r.id, r.reasons[0], r.detail])).toEqual([
      ['inv_4', 'currency_mismatch', null],
      ['mv_3', 'out_of_scope', 'not_usage'],
    ]);
    expect(report.used).toEqual({ movements: 2, snapshots: 3 });
  });

  it('§11.2.2 a period with usage but no inventory sample has no value (null, never NaN)', () => {
    const report = computeInventoryTurnoverKpi([movement('mv_1')], [], {
      granularity: 'year',
    })._unsafeUnwrap();
    expect(report.series[0]?.points).toEqual([
      { period: '2026', numerator: '38', denominator: '0', value: null },
    ]);
  });
});
