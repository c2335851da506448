import type { KpiName, KpiSeries, KpiUnit, PeriodGranularity } from './kpi';

/**
 * One row of the tidy (flat) form of KPI series, for tables and CSV: every
 * field of the series and of the point on one line; `dimension` and `by`
 * are `null` for an overall series.
 *
 * @example
 * ```ts
 * const row: KpiRow = { kpi: 'rework-rate', unit: 'rate', granularity: 'month', by: null, period: '2026-03', dimension: null, numerator: '2', denominator: '40', value: '0.0500' };
 * ```
 * @category analytics
 * @see §11.2.3
 */
export interface KpiRow {
  readonly kpi: KpiName;
  readonly unit: KpiUnit;
  readonly granularity: PeriodGranularity;
  readonly by: string | null;
  readonly period: string;
  readonly dimension: string | null;
  readonly numerator: string;
  readonly denominator: string;
  readonly value: string | null;
}

/**
 * Flattens KPI series into tidy rows (§11.2.3): one row per point, series
 * in the order given, points in their (period, dimension) order. Plain
 * JSON, ready for a table, a CSV export or a spreadsheet.
 *
 * @param series - KPI series, e.g. from several reports
 * @example
 * ```ts
 * toKpiRows(report.series).map((row) => [row.kpi, row.period, row.value].join(','));
 * ```
 * @category analytics
 * @see §11.2.3
 */
export function toKpiRows(series: readonly KpiSeries[]): readonly KpiRow[] {
  return series.flatMap(({ kpi, unit, granularity, by, points }) =>
    points.map((point) => ({
      kpi,
      unit,
      granularity,
      by,
      period: point.period,
      dimension: point.dimension ?? null,
      numerator: point.numerator,
      denominator: point.denominator,
      value: point.value,
    })),
  );
}
