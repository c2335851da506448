import { Decimal } from '../_lib/decimal';
import type { ImprovementTrigger } from '../improvement/index';
import { defaultAnalyticsConfig, type KpiTargets } from './config';
import type { KpiName, KpiSeries, PeriodGranularity } from './kpi';
import { compareText } from './series';

/**
 * A KPI point that missed its target (§11.2.4): where (KPI, period,
 * dimension), the measured `value` and the `target` it was held to (both
 * decimal strings in the series' unit), and why: `kpi_below_target` for a
 * higher-is-better KPI under its target, `kpi_above_limit` for a
 * lower-is-better KPI over its limit. `source` says where the target comes
 * from (a manual clause or `practice`).
 *
 * @example
 * ```ts
 * const miss: KpiMiss = { kpi: 'rework-rate', period: '2026-03', value: '0.0400', target: '0.02', reason: 'kpi_above_limit', source: 'practice' };
 * ```
 * @category analytics
 * @see §11.2.4
 */
export interface KpiMiss {
  readonly kpi: KpiName;
  readonly period: string;
  readonly dimension?: string;
  readonly value: string;
  readonly target: string;
  readonly reason: 'kpi_below_target' | 'kpi_above_limit';
  readonly source: string;
}

function targetFor(
  targets: KpiTargets,
  kpi: KpiName,
  granularity: PeriodGranularity,
): { readonly target: string; readonly lowerIsBetter: boolean; readonly source: string } | null {
  const config = targets[kpi];
  const target = config.byGranularity?.[granularity] ?? config.target;
  if (target === null) return null;
  return { target, lowerIsBetter: config.direction === 'lower-is-better', source: config.source };
}

function missesOf(one: KpiSeries, targets: KpiTargets): KpiMiss[] {
  const goal = targetFor(targets, one.kpi, one.granularity);
  if (goal === null) return [];
  const limit = new Decimal(goal.target);
  return one.points.flatMap((point): KpiMiss[] => {
    if (point.value === null) return [];
    const comparison = new Decimal(point.value).comparedTo(limit);
    if (goal.lowerIsBetter ? comparison <= 0 : comparison >= 0) return [];
    return [
      {
        kpi: one.kpi,
        period: point.period,
        ...(point.dimension === undefined ? {} : { dimension: point.dimension }),
        value: point.value,
        target: goal.target,
        reason: goal.lowerIsBetter ? 'kpi_above_limit' : 'kpi_below_target',
        source: goal.source,
      },
    ];
  });
}

/**
 * Every point of the series that misses its KPI's target (§11.2.4): a
 * higher-is-better KPI strictly below, or a lower-is-better KPI strictly
 * above. A point with a `null` value (nothing measured) and a KPI without
 * a target never miss. Values and targets are compared as exact decimals.
 * Sorted by KPI, period, then dimension.
 *
 * @param series - KPI series, e.g. `report.series` of several reports
 * @param targets - defaults to {@link defaultAnalyticsConfig}'s targets
 * @returns the misses, ready for {@link kpiMissTriggers}
 * @example
 * ```ts
 * const misses = findKpiMisses(computeQualityKpis(rows, { granularity: 'month' })._unsafeUnwrap().series);
 * misses[0]; // { kpi: 'first-time-fix-rate', period: '2026-03', value: '0.9000', target: '0.95', reason: 'kpi_below_target', source: 'practice' }
 * ```
 * @category analytics
 * @see §11.2.4
 */
export function findKpiMisses(
  series: readonly KpiSeries[],
  targets: KpiTargets = defaultAnalyticsConfig.targets,
): readonly KpiMiss[] {
  const misses = series.flatMap((one) => missesOf(one, targets));
  return misses.sort(
    (a, b) =>
      compareText(a.kpi, b.kpi) ||
      compareText(a.period, b.period) ||
      compareText(a.dimension ?? '', b.dimension ?? ''),
  );
}

/**
 * Turns KPI misses into improvement triggers (§11.2.4 → §12.1), one each:
 * source `kpi-miss`, sourceId `<kpi>:<period>[:<dimension>]`, the miss's
 * reason, the KPI name as subject, the value as score and the target as
 * threshold (numbers, for display and sorting), no customer, clause
 * `§11.2.4`. The host opens corrective actions from them.
 *
 * @param misses - from {@link findKpiMisses}
 * @example
 * ```ts
 * kpiMissTriggers(findKpiMisses(series))[0];
 * // { source: 'kpi-miss', sourceId: 'first-time-fix-rate:2026-03:team_m1', reason: 'kpi_below_target',
 * //   subject: 'first-time-fix-rate', score: 0.9, threshold: 0.95, customerId: null, clause: '§11.2.4' }
 * ```
 * @category analytics
 * @see §11.2.4
 * @see §12.1.1–§12.1.3
 */
export function kpiMissTriggers(misses: readonly KpiMiss[]): readonly ImprovementTrigger[] {
  return misses.map((miss) => ({
    source: 'kpi-miss',
    sourceId: [
      miss.kpi,
      miss.period,
      ...(miss.dimension === undefined ? [] : [miss.dimension]),
    ].join(':'),
    reason: miss.reason,
    subject: miss.kpi,
    score: Number(miss.value),
    threshold: Number(miss.target),
    customerId: null,
    clause: '§11.2.4',
  }));
}
