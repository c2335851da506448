import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeQualityKpis,
  computeRevenuePerOrder,
  computeShowRateKpi,
  type KpiReport,
  type KpiSeries,
} from '../../src/analytics/index';
import { appointment, orderWithTotal, qualityRow } from './fixtures';

const START = Date.parse('2025-01-01T00:00:00.000Z');
const SPAN = 3 * 365 * 24 * 60 * 60_000;

const instantArb = fc
  .integer({ min: 0, max: SPAN })
  .map((offset) => new Date(START + offset).toISOString());

const rowArb = fc.record({
  deliveredAt: instantArb,
  team: fc.constantFrom<string | null>('team_m1', 'team_m2', 'team_q1', null),
  inspectionPassed: fc.boolean(),
  reworkCount: fc.integer({ min: 0, max: 3 }),
  comesBack: fc.boolean(),
  comebackDays: fc.integer({ min: 0, max: 60 }),
  invalid: fc.boolean(),
});

type RowSpec = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function toRow(spec: RowSpec, index: number): unknown {
  const comebackAt = new Date(Date.parse(spec.deliveredAt) + spec.comebackDays * 86_400_000);
  return qualityRow({
    repairOrderId: `ro_${index}`,
    deliveredAt: spec.invalid ? 'not-an-instant' : spec.deliveredAt,
    teamIds: spec.team === null ? [] : [spec.team],
    inspectionPassed: spec.inspectionPassed,
    reworkCount: spec.reworkCount,
    comebacks: spec.comesBack ? [{ at: comebackAt.toISOString(), odometerKm: 45100 }] : [],
  });
}

const granularityArb = fc.constantFrom('month' as const, 'quarter' as const, 'year' as const);

function denominatorsByPeriod(series: KpiSeries): Map<string, Decimal> {
  const totals = new Map<string, Decimal>();
  for (const point of series.points) {
    totals.set(point.period, (totals.get(point.period) ?? new Decimal(0)).plus(point.denominator));
  }
  return totals;
}

function expectPartition(overall: KpiReport, split: KpiReport, field: 'denominator' | 'numerator') {
  overall.series.forEach((series, i) => {
    const parts = split.series[i] as KpiSeries;
    const sums = new Map<string, Decimal>();
    for (const point of parts.points) {
      sums.set(point.period, (sums.get(point.period) ?? new Decimal(0)).plus(point[field]));
    }
    for (const point of series.points) {
      expect(sums.get(point.period)?.toFixed()).toBe(new Decimal(point[field]).toFixed());
    }
    expect([...denominatorsByPeriod(parts).keys()].sort()).toEqual(
      series.points.map((p) => p.period),
    );
  });
}

function expectSorted(series: KpiSeries) {
  const keys = series.points.map((p) => `${p.period}\u0000${p.dimension ?? ''}`);
  expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe('analytics properties', () => {
  it('§11.2.2 rates stay within [0, 1], numerator ≤ denominator, value null only for a zero denominator', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), granularityArb, (specs, granularity) => {
        const report = computeQualityKpis(specs.map(toRow), {
          granularity,
          by: 'team',
        })._unsafeUnwrap();
        for (const series of report.series) {
          for (const point of series.points) {
            const n = new Decimal(point.numerator);
            const d = new Decimal(point.denominator);
            expect(n.lte(d)).toBe(true);
            expect(point.value === null).toBe(d.isZero());
            if (point.value !== null) {
              expect(Number(point.value)).toBeGreaterThanOrEqual(0);
              expect(Number(point.value)).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
    );
  });

  it('§11.2.3 series are the same, in (period, dimension) order, whatever order the input came in', () => {
    fc.assert(
      fc.property(
        fc
          .array(rowArb, { maxLength: 30 })
          .chain((specs) =>
            fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs, { minLength: specs.length })),
          ),
        granularityArb,
        ([specs, shuffled], granularity) => {
          // Ids follow the record, not its position, so the shuffled input is the same data.
          const ids = new Map(specs.map((spec, i) => [spec, i]));
          const rows = (list: RowSpec[]) => list.map((spec) => toRow(spec, ids.get(spec) ?? -1));
          const a = computeQualityKpis(rows(specs), { granularity, by: 'team' })._unsafeUnwrap();
          const b = computeQualityKpis(rows(shuffled), { granularity, by: 'team' })._unsafeUnwrap();
          expect(b.series).toEqual(a.series);
          expect(b.used).toEqual(a.used);
          a.series.forEach(expectSorted);
        },
      ),
    );
  });

  it('§11.2.2 splitting by team partitions the orders: team denominators add up to the overall one', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), granularityArb, (specs, granularity) => {
        const rows = specs.map(toRow);
        const overall = computeQualityKpis(rows, { granularity })._unsafeUnwrap();
        const byTeam = computeQualityKpis(rows, { granularity, by: 'team' })._unsafeUnwrap();
        expectPartition(overall, byTeam, 'denominator');
        expectPartition(overall, byTeam, 'numerator');
      }),
    );
  });

  it('§11.2.1 nothing is skipped silently: used + rejected = input, per collection', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (specs) => {
        const report = computeQualityKpis(specs.map(toRow), {
          granularity: 'month',
        })._unsafeUnwrap();
        expect((report.used.orders ?? 0) + report.rejected.length).toBe(specs.length);
        expect(report.rejected.map((r) => r.index)).toEqual(
          specs.flatMap((spec, i) => (spec.invalid ? [i] : [])),
        );
      }),
    );
  });

  it('§11.2.2 show-rate advisors partition the decided appointments', () => {
    const appointmentArb = fc.record({
      outcome: fc.constantFrom('shown' as const, 'no-show' as const, 'open' as const),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      advisor: fc.constantFrom<string | null>('emp_a1', 'emp_a2', null),
    });
    fc.assert(
      fc.property(
        fc.array(appointmentArb, { maxLength: 25 }),
        granularityArb,
        (specs, granularity) => {
          const list = specs.map((s, i) =>
            appointment(
              `apt_${i}`,
              s.outcome,
              `2026-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`,
              s.advisor,
            ),
          );
          const overall = computeShowRateKpi(list, { granularity })._unsafeUnwrap();
          const split = computeShowRateKpi(list, { granularity, by: 'advisor' })._unsafeUnwrap();
          expectPartition(overall, split, 'denominator');
          expect((overall.used.appointments ?? 0) + overall.rejected.length).toBe(specs.length);
        },
      ),
    );
  });

  it('§11.2.2 revenue per order: totals are exact to the cent and add up across advisors', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('emp_a', 'emp_b')),
          {
            maxLength: 20,
          },
        ),
        (lines) => {
          const orders = lines.map(([cents, advisorId], i) => ({
            ...orderWithTotal(`ro_${i}`, new Decimal(cents).dividedBy(100).toFixed(2)),
            advisorId,
          }));
          const overall = computeRevenuePerOrder(orders, { granularity: 'year' })._unsafeUnwrap();
          const split = computeRevenuePerOrder(orders, {
            granularity: 'year',
            by: 'advisor',
          })._unsafeUnwrap();
          expectPartition(overall, split, 'numerator');
          const total = lines.reduce((sum, [cents]) => sum + cents, 0);
          if (lines.length > 0) {
            expect(overall.series[0]?.points[0]?.numerator).toBe(
              new Decimal(total).dividedBy(100).toFixed(2),
            );
          }
        },
      ),
    );
  });
});

describe('analytics purity', () => {
  it('§11.2.1 KPI functions never mutate their input', () => {
    const freeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        for (const child of Object.values(value)) freeze(child);
        Object.freeze(value);
      }
      return value;
    };
    const rows = freeze([qualityRow(), qualityRow({ repairOrderId: 'ro_2', teamIds: [] })]);
    const before = JSON.stringify(rows);
    const report = computeQualityKpis(rows, freeze({ granularity: 'month', by: 'team' }));
    expect(report.isOk()).toBe(true);
    expect(JSON.stringify(rows)).toBe(before);
    const orders = freeze([orderWithTotal('ro_1', '10.00')]);
    expect(computeRevenuePerOrder(orders, { granularity: 'year' }).isOk()).toBe(true);
  });
});
