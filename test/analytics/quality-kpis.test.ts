import { describe, expect, it } from 'vitest';
import { computeQualityKpis } from '../../src/analytics/index';
import { hostileRecords, qualityRow } from './fixtures';

const rows = [
  qualityRow({ repairOrderId: 'ro_1' }),
  qualityRow({ repairOrderId: 'ro_2', reworkCount: 1, teamIds: ['team_m2'] }),
  qualityRow({
    repairOrderId: 'ro_3',
    comebacks: [{ at: '2026-03-20T02:00:00.000Z', odometerKm: 45500 }],
  }),
  // 00:30 on April 1st in Shanghai: an April delivery.
  qualityRow({ repairOrderId: 'ro_4', deliveredAt: '2026-03-31T16:30:00.000Z', teamIds: [] }),
];

describe('computeQualityKpis', () => {
  it('§11.2.2 first-time-fix, rework and comeback rates by dealer month, with their counts', () => {
    const report = computeQualityKpis(rows, { granularity: 'month' })._unsafeUnwrap();
    const [fixed, reworked, cameBack] = report.series;
    expect(fixed?.kpi).toBe('first-time-fix-rate');
    expect(fixed?.points).toEqual([
      { period: '2026-03', numerator: '1', denominator: '3', value: '0.3333' },
      { period: '2026-04', numerator: '1', denominator: '1', value: '1.0000' },
    ]);
    expect(reworked?.points[0]).toMatchObject({ numerator: '1', denominator: '3' });
    expect(cameBack?.points[0]).toMatchObject({ numerator: '1', denominator: '3' });
    expect(report.used).toEqual({ orders: 4 });
    expect(report.rejected).toEqual([]);
  });

  it('§11.2.2 by team, an order without a team counts under unassigned', () => {
    const report = computeQualityKpis(rows, { granularity: 'quarter', by: 'team' })._unsafeUnwrap();
    expect(report.series[1]).toMatchObject({ kpi: 'rework-rate', by: 'team' });
    expect(report.series[1]?.points).toEqual([
      {
        period: '2026-Q1',
        dimension: 'team_m1',
        numerator: '0',
        denominator: '2',
        value: '0.0000',
      },
      {
        period: '2026-Q1',
        dimension: 'team_m2',
        numerator: '1',
        denominator: '1',
        value: '1.0000',
      },
      {
        period: '2026-Q2',
        dimension: 'unassigned',
        numerator: '0',
        denominator: '1',
        value: '0.0000',
      },
    ]);
  });

  it('§11.2.1 invalid rows are listed with index, id and fields, never dropped or echoed', () => {
    const bad = qualityRow({ repairOrderId: 'ro_9', deliveredAt: '13800138000' });
    const report = computeQualityKpis([rows[0], bad, ...hostileRecords], {
      granularity: 'year',
    })._unsafeUnwrap();
    expect(report.used).toEqual({ orders: 1 });
    expect(report.rejected).toHaveLength(1 + hostileRecords.length);
    expect(report.rejected[0]).toEqual({
      collection: 'orders',
      index: 1,
      id: 'ro_9',
      reasons: ['validation_failed'],
      fields: ['deliveredAt'],
      detail: null,
    });
    expect(JSON.stringify(report)).not.toContain('13800138000');
  });

  it('§11.2.1 options and lists that do not parse are validation_failed, never a throw', () => {
    expect(computeQualityKpis(rows, { granularity: 'week' } as never)._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
    expect(computeQualityKpis('rows' as never, { granularity: 'year' }).isErr()).toBe(true);
  });

  it('§11.2.3 results survive JSON unchanged', () => {
    const report = computeQualityKpis(rows, {
      granularity: 'month',
      by: 'technician',
    })._unsafeUnwrap();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
