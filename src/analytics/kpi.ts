import * as z from 'zod/mini';

/**
 * The KPIs of §11.2.2 (关键绩效指标), one kebab-case name each.
 *
 * @example
 * ```ts
 * KPI_NAMES.includes('first-time-fix-rate'); // true
 * ```
 * @category analytics
 * @see §11.2.2
 */
export const KPI_NAMES = [
  'first-time-fix-rate',
  'rework-rate',
  'comeback-rate',
  'follow-up-coverage',
  'satisfaction-index',
  'complaint-deadline-compliance',
  'appointment-show-rate',
  'technician-efficiency',
  'technician-productivity',
  'parts-fill-rate',
  'inventory-turnover',
  'revenue-per-order',
] as const;

/**
 * Schema of a {@link KpiName}.
 *
 * @example
 * ```ts
 * KpiNameSchema.safeParse('rework-rate').success; // true
 * ```
 * @category analytics
 * @see §11.2.2
 */
export const KpiNameSchema = z.enum(KPI_NAMES);

/**
 * One of {@link KPI_NAMES}.
 *
 * @example
 * ```ts
 * const kpi: KpiName = 'appointment-show-rate';
 * ```
 * @category analytics
 * @see §11.2.2
 */
export type KpiName = z.infer<typeof KpiNameSchema>;

/**
 * How to read a series' figures:
 * - `rate`: a share of counted records, value in [0, 1] with four decimals;
 * - `ratio`: minutes over minutes (technician efficiency and productivity),
 *   two decimals, may exceed 1;
 * - `index`: a 0–100 satisfaction index, one decimal;
 * - `times`: inventory turns in the period, two decimals;
 * - a currency code (`CNY`): money per record, rounded half-up to the
 *   currency's minor unit.
 *
 * @example
 * ```ts
 * const unit: KpiUnit = 'rate';
 * ```
 * @category analytics
 * @see §11.2.3
 */
export type KpiUnit = 'rate' | 'ratio' | 'index' | 'times' | (string & {});

/**
 * The calendar period a KPI is grouped by, in the dealer's time zone:
 * `month` (`2026-03`), `quarter` (`2026-Q1`) or `year` (`2026`).
 *
 * @example
 * ```ts
 * PERIOD_GRANULARITIES; // ['month', 'quarter', 'year']
 * ```
 * @category analytics
 * @see §11.2.2
 */
export const PERIOD_GRANULARITIES = ['month', 'quarter', 'year'] as const;

/**
 * Schema of a {@link PeriodGranularity}.
 *
 * @example
 * ```ts
 * PeriodGranularitySchema.safeParse('quarter').success; // true
 * ```
 * @category analytics
 * @see §11.2.2
 */
export const PeriodGranularitySchema = z.enum(PERIOD_GRANULARITIES);

/**
 * One of {@link PERIOD_GRANULARITIES}.
 *
 * @example
 * ```ts
 * const granularity: PeriodGranularity = 'month';
 * ```
 * @category analytics
 * @see §11.2.2
 */
export type PeriodGranularity = z.infer<typeof PeriodGranularitySchema>;

/**
 * One point of a KPI series: the period label, the dimension value when the
 * series is split (a team, technician, advisor… id, or `unassigned`), and
 * the figures as decimal strings, so money and hours stay exact:
 * `numerator` ÷ `denominator` = `value`, and `value` is `null` (never NaN)
 * when the denominator is 0.
 *
 * @example
 * ```ts
 * const point: KpiPoint = { period: '2026-03', dimension: 'team_m1', numerator: '37', denominator: '40', value: '0.9250' };
 * ```
 * @category analytics
 * @see §11.2.3
 */
export interface KpiPoint {
  readonly period: string;
  readonly dimension?: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly value: string | null;
}

/**
 * A chart-ready KPI series (§11.2.3): plain JSON, points sorted by period,
 * then dimension (ascending, code-point order), whatever order the input
 * came in. `by` names the dimension kind (`team`, `technician`, …) or is
 * `null` for an overall series.
 *
 * @example
 * ```ts
 * const series: KpiSeries = { kpi: 'rework-rate', unit: 'rate', granularity: 'month', by: null, points: [] };
 * ```
 * @category analytics
 * @see §11.2.3
 */
export interface KpiSeries {
  readonly kpi: KpiName;
  readonly unit: KpiUnit;
  readonly granularity: PeriodGranularity;
  readonly by: string | null;
  readonly points: readonly KpiPoint[];
}

/**
 * Why an input record (or one job of it) was not counted (§11.2.1):
 * - `validation_failed`: it does not parse with the owning module's schema
 *   (`fields` lists the offending paths);
 * - `out_of_scope`: it parsed but the KPI's definition does not count it
 *   (e.g. a cancelled appointment, a receipt for the fill rate, a follow-up
 *   not yet due, an order never settled, a job without clocked time);
 * - `unknown_reference`: it points at a record not supplied (a survey response
 *   whose survey is missing);
 * - `currency_mismatch`: money in another currency than the configuration's.
 *
 * @example
 * ```ts
 * REJECTION_REASONS.includes('out_of_scope'); // true
 * ```
 * @category analytics
 * @see §11.2.1
 */
export const REJECTION_REASONS = [
  'validation_failed',
  'out_of_scope',
  'unknown_reference',
  'currency_mismatch',
] as const;

/**
 * One of {@link REJECTION_REASONS}.
 *
 * @example
 * ```ts
 * const reason: RejectionReason = 'validation_failed';
 * ```
 * @category analytics
 * @see §11.2.1
 */
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * A record that was not counted, and why (§11.2.1): which input list
 * (`collection`), its position there (`index`), its id when it has a
 * well-formed one, the job id (`part`) when only one job of a repair order
 * was left out, the reason codes, the offending field paths, and `detail`,
 * a snake_case code saying which scope rule applied (e.g. `not_yet_due`).
 * Ids, codes and paths only: never personal data, never field values.
 *
 * @example
 * ```ts
 * const rejected: RejectedRecord = { collection: 'orders', index: 3, id: 'ro_9', reasons: ['validation_failed'], fields: ['deliveredAt'], detail: null };
 * ```
 * @category analytics
 * @see §11.2.1
 */
export interface RejectedRecord {
  readonly collection: string;
  readonly index: number;
  readonly id: string | null;
  readonly part?: string;
  readonly reasons: readonly RejectionReason[];
  readonly fields: readonly string[];
  readonly detail: string | null;
}

/**
 * What every KPI function returns (§11.2.1, §11.2.3): the series, how many
 * input records were counted (`used`, per collection), and every record
 * that was not, with reasons. Nothing is skipped silently: for each
 * collection, `used` plus the distinct indices rejected without a `part`
 * equals the number of input records.
 *
 * @example
 * ```ts
 * const report: KpiReport = computeQualityKpis(rows, { granularity: 'month' })._unsafeUnwrap();
 * report.used; // { orders: 118 }
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.3
 */
export interface KpiReport {
  readonly series: readonly KpiSeries[];
  readonly used: Readonly<Record<string, number>>;
  readonly rejected: readonly RejectedRecord[];
}
