import { Decimal } from '../_lib/decimal';
import { roundDivision } from '../_lib/money-decimal';
import { minorUnits } from '../shared/index';
import type { KpiName, KpiPoint, KpiSeries, KpiUnit, PeriodGranularity } from './kpi';

/** The dimension value of a record that has no team, technician, advisor… */
export const UNASSIGNED = 'unassigned';

/** One record's share of a KPI point: its period, its dimension values, and its figures. */
export interface Contribution {
  readonly period: string;
  /** One entry per dimension value the record counts under; `[undefined]` when not split. */
  readonly dimensions: readonly (string | undefined)[];
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

/** What a series is: its KPI, unit, period granularity and split. */
export interface SeriesSpec {
  readonly kpi: KpiName;
  readonly unit: KpiUnit;
  readonly granularity: PeriodGranularity;
  readonly by: string | null;
}

const DECIMALS: Readonly<Record<string, number>> = { rate: 4, ratio: 2, index: 1, times: 2 };

function decimalsOf(unit: KpiUnit): number {
  return DECIMALS[unit] ?? minorUnits(unit as Parameters<typeof minorUnits>[0]);
}

/** `numerator ÷ denominator` rounded half-up for the unit, or `null` for a zero denominator. */
export function formatValue(
  unit: KpiUnit,
  numerator: Decimal,
  denominator: Decimal,
): string | null {
  if (denominator.isZero()) return null;
  const places = decimalsOf(unit);
  return roundDivision(numerator, denominator, places, 'half-up').toFixed(places);
}

/** Code-point order, the same in every runtime and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts points by period, then dimension (absent first). */
export function comparePoints(a: KpiPoint, b: KpiPoint): number {
  return compareText(a.period, b.period) || compareText(a.dimension ?? '', b.dimension ?? '');
}

/**
 * Sums contributions per period and dimension into a sorted series: the
 * grouping is the only thing analytics adds; what each record contributes
 * comes from the owning module.
 */
export function buildSeries(spec: SeriesSpec, contributions: readonly Contribution[]): KpiSeries {
  const sums = new Map<string, { period: string; dimension?: string; n: Decimal; d: Decimal }>();
  for (const contribution of contributions) {
    for (const dimension of contribution.dimensions) {
      const key = JSON.stringify([contribution.period, dimension ?? null]);
      const sum = sums.get(key) ?? {
        period: contribution.period,
        ...(dimension === undefined ? {} : { dimension }),
        n: new Decimal(0),
        d: new Decimal(0),
      };
      sum.n = sum.n.plus(contribution.numerator);
      sum.d = sum.d.plus(contribution.denominator);
      sums.set(key, sum);
    }
  }
  const points = [...sums.values()]
    .map(
      ({ n, d, ...where }): KpiPoint => ({
        ...where,
        numerator: n.toFixed(),
        denominator: d.toFixed(),
        value: formatValue(spec.unit, n, d),
      }),
    )
    .sort(comparePoints);
  return { ...spec, points };
}

/** The dimension values of a record: `[undefined]` when not split, else its ids or `unassigned`. */
export function dimensionsOf(
  by: string | undefined,
  ids: readonly (string | null | undefined)[],
): readonly (string | undefined)[] {
  if (by === undefined) return [undefined];
  const present = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  return present.length === 0 ? [UNASSIGNED] : present;
}
