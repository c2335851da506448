import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type CalendarDate,
  CalendarDateSchema,
  InstantSchema,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { compareText } from './compare-text';
import { defaultQualityConfig, type QualityConfig } from './config';
import { guaranteeExpiry, isWithinGuarantee, longestGuaranteePeriod } from './guarantee-period';
import { RepairCategorySchema } from './repair-category';
import { ForeignIdSchema } from './schema';

const MAX_ORDERS = 100_000;
const IdsSchema = z.array(ForeignIdSchema).check(z.maxLength(100));

/**
 * One delivered repair order as the quality rates read it: when and at
 * which odometer it was delivered, its categories, the teams and
 * technicians who worked on it, whether it passed all three levels, how many
 * reworks its inspection needed, and when (and at which odometer) the
 * vehicle came back for the same work.
 *
 * @example
 * ```ts
 * const order = { repairOrderId: 'ro_1', deliveredAt, odometerKm: 45000, repairCategories: ['minor-repair'], teamIds: ['team_m1'], technicianIds: ['emp_t1'], inspectionPassed: true, reworkCount: 0, comebacks: [] };
 * ```
 * @category quality
 * @see §2.2.3(2)
 */
export const DeliveredOrderQualitySchema = z.object({
  repairOrderId: ForeignIdSchema,
  deliveredAt: InstantSchema,
  odometerKm: z.int().check(z.gte(0), z.lte(10_000_000)),
  repairCategories: z.array(RepairCategorySchema).check(z.minLength(1), z.maxLength(7)),
  teamIds: IdsSchema,
  technicianIds: IdsSchema,
  inspectionPassed: z.boolean(),
  reworkCount: z.int().check(z.gte(0)),
  comebacks: z
    .array(z.object({ at: InstantSchema, odometerKm: z.int().check(z.gte(0), z.lte(10_000_000)) }))
    .check(z.maxLength(100)),
});

/**
 * A parsed {@link DeliveredOrderQualitySchema}.
 *
 * @example
 * ```ts
 * const orders: DeliveredOrderQuality[] = rows.map(toQualityRow);
 * ```
 * @category quality
 * @see §2.2.3(2)
 */
export type DeliveredOrderQuality = z.infer<typeof DeliveredOrderQualitySchema>;

/**
 * How to group the rates: by calendar `period` of delivery (`month`
 * `2026-03`, `quarter` `2026-Q1`, `year` `2026`, or `all`), optionally split
 * `by` team or technician (an order counts once for every team or technician
 * that worked on it), and optionally only deliveries `from`–`to` (inclusive
 * dealer dates).
 *
 * @example
 * ```ts
 * const grouping: RateGrouping = { period: 'month', by: 'technician' };
 * ```
 * @category quality
 * @see §2.2.3(2)
 */
export const RateGroupingSchema = z.object({
  period: z.enum(['month', 'quarter', 'year', 'all']),
  by: z.optional(z.enum(['team', 'technician'])),
  from: z.optional(CalendarDateSchema),
  to: z.optional(CalendarDateSchema),
});

/**
 * A parsed {@link RateGroupingSchema}.
 *
 * @example
 * ```ts
 * const overall: RateGrouping = { period: 'all' };
 * ```
 * @category quality
 * @see §2.2.3(2)
 */
export type RateGrouping = z.infer<typeof RateGroupingSchema>;

/**
 * One point of the quality-rate series: counts and rates (0–1, four
 * decimals; `null` when nothing was delivered) for one period and, when
 * split, one team or technician (`key`, otherwise `null`).
 *
 * @example
 * ```ts
 * const point: QualityRatePoint = { period: '2026-03', key: null, delivered: 40, firstTimeFixed: 37, reworked: 2, comebacks: 1, firstTimeFixRate: 0.925, reworkRate: 0.05, comebackRate: 0.025 };
 * ```
 * @category quality
 * @see §2.2.3(2)
 */
export interface QualityRatePoint {
  readonly period: string;
  readonly key: string | null;
  readonly delivered: number;
  readonly firstTimeFixed: number;
  readonly reworked: number;
  readonly comebacks: number;
  readonly firstTimeFixRate: number | null;
  readonly reworkRate: number | null;
  readonly comebackRate: number | null;
}

function periodOf(date: CalendarDate, period: RateGrouping['period']): string {
  if (period === 'all') return 'all';
  if (period === 'year') return date.slice(0, 4);
  if (period === 'month') return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

function rate(count: number, delivered: number): number | null {
  return delivered === 0 ? null : Math.round((count / delivered) * 10_000) / 10_000;
}

/** Whether the vehicle came back within the guarantee of the order's longest-guaranteed category. */
function hadComeback(order: DeliveredOrderQuality, config: QualityConfig): boolean {
  const period = longestGuaranteePeriod(order.repairCategories, config);
  if (period === null) return false;
  const deliveredOn = toDealerDate(order.deliveredAt, config.timeZone);
  const expiry = guaranteeExpiry(deliveredOn, order.odometerKm, period, config);
  return order.comebacks.some(
    (comeback) =>
      comeback.at >= order.deliveredAt &&
      isWithinGuarantee(expiry, toDealerDate(comeback.at, config.timeZone), comeback.odometerKm),
  );
}

interface Tally {
  delivered: number;
  firstTimeFixed: number;
  reworked: number;
  comebacks: number;
}

/**
 * First-time-fix (一次修复率), rework and comeback rates as plain series
 * for charts (§2.2.3(2)): an order is fixed first time when it passed every
 * inspection level with no rework and did not come back within its guarantee
 * period (REG-1, the longest of its categories); the rework rate counts
 * orders whose inspection needed rework; the comeback rate counts orders that
 * came back within their guarantee. Each is divided by the orders delivered
 * in the group. Recent periods can still worsen while guarantees run.
 * Parses its input, so bad rows are reported, never skipped.
 * Errors: `validation_failed`.
 *
 * @param orders - the delivered orders, as unknown input
 * @param grouping - period, split and date range
 * @param config - guarantee periods and time zone; defaults to REG-1, Asia/Shanghai
 * @returns points sorted by period, then key
 * @example
 * ```ts
 * computeQualityRates(orders, { period: 'month', by: 'team' })._unsafeUnwrap();
 * // [{ period: '2026-03', key: 'team_m1', delivered: 20, firstTimeFixRate: 0.95, … }, …]
 * ```
 * @category quality
 * @see §2.2.3(2)
 * @see §2.2.3(3)
 * @see REG-1
 */
export function computeQualityRates(
  orders: unknown,
  grouping: unknown,
  config: QualityConfig = defaultQualityConfig,
): Result<readonly QualityRatePoint[], ValidationError> {
  const schema = z.object({
    orders: z.array(DeliveredOrderQualitySchema).check(z.maxLength(MAX_ORDERS)),
    grouping: RateGroupingSchema,
  });
  return parseWith(schema, { orders, grouping }, '§2.2.3(2)').map((input) =>
    tallyPoints(input.orders, input.grouping, config),
  );
}

interface Outcome {
  readonly period: string;
  readonly keys: readonly (string | null)[];
  readonly fixed: boolean;
  readonly reworked: boolean;
  readonly cameBack: boolean;
}

function isInRange(deliveredOn: CalendarDate, grouping: RateGrouping): boolean {
  return (
    (grouping.from === undefined || deliveredOn >= grouping.from) &&
    (grouping.to === undefined || deliveredOn <= grouping.to)
  );
}

function outcomeOf(
  order: DeliveredOrderQuality,
  grouping: RateGrouping,
  config: QualityConfig,
): Outcome | null {
  const deliveredOn = toDealerDate(order.deliveredAt, config.timeZone);
  if (!isInRange(deliveredOn, grouping)) return null;
  const cameBack = hadComeback(order, config);
  return {
    period: periodOf(deliveredOn, grouping.period),
    keys: grouping.by === undefined ? [null] : [...new Set(keysOf(order, grouping.by))],
    fixed: order.inspectionPassed && order.reworkCount === 0 && !cameBack,
    reworked: order.reworkCount > 0,
    cameBack,
  };
}

function tallyPoints(
  orders: readonly DeliveredOrderQuality[],
  grouping: RateGrouping,
  config: QualityConfig,
): QualityRatePoint[] {
  const tallies = new Map<string, { period: string; key: string | null; tally: Tally }>();
  for (const order of orders) {
    const outcome = outcomeOf(order, grouping, config);
    if (outcome === null) continue;
    const { period } = outcome;
    for (const key of outcome.keys) {
      const id = JSON.stringify([period, key]);
      const entry = tallies.get(id) ?? {
        period,
        key,
        tally: { delivered: 0, firstTimeFixed: 0, reworked: 0, comebacks: 0 },
      };
      entry.tally.delivered += 1;
      entry.tally.firstTimeFixed += outcome.fixed ? 1 : 0;
      entry.tally.reworked += outcome.reworked ? 1 : 0;
      entry.tally.comebacks += outcome.cameBack ? 1 : 0;
      tallies.set(id, entry);
    }
  }
  return [...tallies.values()]
    .map(({ period, key, tally }) => ({
      period,
      key,
      ...tally,
      firstTimeFixRate: rate(tally.firstTimeFixed, tally.delivered),
      reworkRate: rate(tally.reworked, tally.delivered),
      comebackRate: rate(tally.comebacks, tally.delivered),
    }))
    .sort((a, b) => compareText(a.period, b.period) || compareText(a.key ?? '', b.key ?? ''));
}

function keysOf(order: DeliveredOrderQuality, by: 'team' | 'technician'): readonly string[] {
  return by === 'team' ? order.teamIds : order.technicianIds;
}
