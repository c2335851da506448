import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import {
  computeCostOfIssues,
  computeFillRate,
  computeInventoryTurnover,
  defaultPartsConfig,
  emptyLedger,
  LostSaleSchema,
  type PartsConfig,
  type StockLedger,
  type StockMovement,
  StockMovementSchema,
} from '../parts/index';
import {
  addMinutesToInstant,
  type Instant,
  type Money,
  type MoneyArithmeticError,
  parseWith,
  type ValidationError,
  zeroMoney,
} from '../shared/index';
import { type AnalyticsConfig, defaultAnalyticsConfig } from './config';
import { inventorySnapshotsOf } from './inventory-snapshot';
import type { KpiReport, KpiSeries, PeriodGranularity, RejectedRecord } from './kpi';
import { GranularityOptionsSchema, parseOptions } from './options';
import { periodDays, periodOfInstant } from './period';
import { type Accepted, countUsed, rejectRecord, screenRecords } from './records';
import { buildSeries, type Contribution, comparePoints, formatValue } from './series';

/**
 * Options of the parts KPIs: the period granularity (no split) and parts'
 * configuration when it is not the default.
 *
 * @example
 * ```ts
 * const options: PartsKpiOptions = { granularity: 'month' };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface PartsKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly parts?: PartsConfig;
}

const OptionsSchema = GranularityOptionsSchema;
const parseMovement = (input: unknown) => parseWith(StockMovementSchema, input, '§11.2.1');
const parseLostSale = (input: unknown) => parseWith(LostSaleSchema, input, '§11.2.1');

/** A ledger holding only the given records, for parts' own functions to read. */
function ledgerOf(movements: readonly StockMovement[], lostSales: StockLedger['lostSales'] = []) {
  return { ...emptyLedger(), movements, lostSales };
}

const momentOf = (at: Instant) => ({ from: at, to: addMinutesToInstant(at, 1) });

/**
 * Parts fill rate (配件满足率, §2.2.4(3)) by period (§11.2.2): part lines
 * served from stock at the first request ÷ lines requested. Movements and
 * lost sales are parsed with parts' schemas and each is judged alone by
 * parts' `computeFillRate` (an issue or counter sale not from backorder is
 * served; a lost sale was requested and not served). Movements that are no
 * demand line (receipts, transfers, backordered issues…) are listed in
 * `rejected` (`out_of_scope`, `not_a_demand_line`).
 *
 * @param movements - stock movements (unknown input)
 * @param lostSales - lost sales (unknown input)
 * @param options - granularity
 * @param config - time zone of the periods
 * @returns one series, or `validation_failed`
 * @example
 * ```ts
 * computePartsFillRateKpi(movements, lostSales, { granularity: 'month' })._unsafeUnwrap().series[0]?.points;
 * // [{ period: '2026-03', numerator: '188', denominator: '200', value: '0.9400' }]
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see §2.2.4(3)
 */
export function computePartsFillRateKpi(
  movements: readonly unknown[],
  lostSales: readonly unknown[],
  options: PartsKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError> {
  return parseOptions(OptionsSchema, options).andThen(({ granularity }) =>
    screenRecords('movements', movements, parseMovement).andThen((moved) =>
      screenRecords('lostSales', lostSales, parseLostSale).andThen((lost) => {
        const rejected: RejectedRecord[] = [...moved.rejected, ...lost.rejected];
        const contributions: Contribution[] = [];
        const judged = [
          ...moved.accepted.map((a) => ({
            collection: 'movements',
            a,
            fill: computeFillRate(ledgerOf([a.record]), momentOf(a.record.at)),
          })),
          ...lost.accepted.map((a) => ({
            collection: 'lostSales',
            a,
            fill: computeFillRate(ledgerOf([], [a.record]), momentOf(a.record.at)),
          })),
        ];
        for (const { collection, a, fill } of judged) {
          if (fill.linesRequested === 0) {
            rejected.push(
              rejectRecord(collection, a.index, a.record.id, 'out_of_scope', 'not_a_demand_line'),
            );
            continue;
          }
          contributions.push({
            period: periodOfInstant(a.record.at, granularity, config.timeZone),
            dimensions: [undefined],
            numerator: new Decimal(fill.linesServedFromStock),
            denominator: new Decimal(fill.linesRequested),
          });
        }
        return ok({
          series: [
            buildSeries(
              { kpi: 'parts-fill-rate', unit: 'rate', granularity, by: null },
              contributions,
            ),
          ],
          used: countUsed({ movements: moved.accepted, lostSales: lost.accepted }, rejected),
          rejected,
        });
      }),
    ),
  );
}

const USAGE_TYPES: ReadonlySet<string> = new Set(['issue', 'counter-sale', 'return']);

interface PeriodBucket {
  movements: StockMovement[];
  values: Money[];
}

function bucketOf(buckets: Map<string, PeriodBucket>, period: string): PeriodBucket {
  const bucket = buckets.get(period) ?? { movements: [], values: [] };
  buckets.set(period, bucket);
  return bucket;
}

function screenUsage(
  accepted: readonly Accepted<StockMovement>[],
  currency: string,
  rejected: RejectedRecord[],
): StockMovement[] {
  const usage: StockMovement[] = [];
  for (const { index, record } of accepted) {
    if (!USAGE_TYPES.has(record.type)) {
      rejected.push(rejectRecord('movements', index, record.id, 'out_of_scope', 'not_usage'));
    } else if (record.unitCost.currency !== currency) {
      rejected.push(rejectRecord('movements', index, record.id, 'currency_mismatch', null));
    } else {
      usage.push(record);
    }
  }
  return usage;
}

function turnoverPoint(period: string, bucket: PeriodBucket, parts: PartsConfig) {
  const sorted = [...bucket.movements].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const first = sorted[0]?.at;
  const last = sorted.at(-1)?.at;
  const cost: Result<Money, MoneyArithmeticError> =
    first === undefined || last === undefined
      ? ok(zeroMoney(parts.currency))
      : computeCostOfIssues(
          ledgerOf(sorted),
          { from: first, to: addMinutesToInstant(last, 1) },
          parts,
        );
  return cost
    .andThen((costOfIssues) =>
      computeInventoryTurnover({
        costOfIssues,
        inventoryValues: bucket.values,
        periodDays: periodDays(period),
      }).map((turnover) => ({ costOfIssues, turnover })),
    )
    .map(({ costOfIssues, turnover }) => {
      const numerator = new Decimal(costOfIssues.amount);
      const denominator = new Decimal(turnover.averageInventoryValue.amount);
      return {
        period,
        numerator: numerator.toFixed(),
        denominator: denominator.toFixed(),
        value: formatValue('times', numerator, denominator),
      };
    });
}

/**
 * Inventory turnover (库存周转率, §6.2.4, §2.2.4(3)) per period (§11.2.2):
 * cost of issues in the period ÷ average inventory value, computed by
 * parts' `computeCostOfIssues` and `computeInventoryTurnover`. Inventory
 * values are {@link InventorySnapshot}s taken in the period (e.g. opening
 * and closing, or month ends); a period with usage but no snapshot has no
 * average and a `null` value. `numerator` and `denominator` are amounts in
 * the configuration's currency; the value is turns in that period (a month's
 * turns are about a twelfth of a year's: targets are set per granularity).
 * Movements that are no usage (receipts, transfers…) are `out_of_scope`
 * (`not_usage`); costs or snapshots in another currency are `currency_mismatch`.
 *
 * @param movements - stock movements (unknown input)
 * @param snapshots - inventory values (unknown input)
 * @param options - granularity
 * @param config - time zone and currency
 * @returns one series (unit `times`), or `validation_failed` / a money error
 *   (`money_out_of_range`) when the sums are beyond range
 * @example
 * ```ts
 * computeInventoryTurnoverKpi(movements, snapshots, { granularity: 'year' })._unsafeUnwrap().series[0]?.points;
 * // [{ period: '2026', numerator: '1200000.00', denominator: '200000.00', value: '6.00' }]
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see §6.2.4
 * @see §2.2.4(3)
 */
export function computeInventoryTurnoverKpi(
  movements: readonly unknown[],
  snapshots: readonly unknown[],
  options: PartsKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError | MoneyArithmeticError> {
  return parseOptions(OptionsSchema, options).andThen(({ granularity }) =>
    screenRecords('movements', movements, parseMovement).andThen((moved) =>
      inventorySnapshotsOf(snapshots, config.currency).andThen((values) => {
        const rejected: RejectedRecord[] = [...moved.rejected, ...values.rejected];
        const parts = { ...(options.parts ?? defaultPartsConfig), currency: config.currency };
        const buckets = new Map<string, PeriodBucket>();
        for (const movement of screenUsage(moved.accepted, config.currency, rejected)) {
          bucketOf(
            buckets,
            periodOfInstant(movement.at, granularity, config.timeZone),
          ).movements.push(movement);
        }
        for (const { record } of values.counted) {
          bucketOf(buckets, periodOfInstant(record.at, granularity, config.timeZone)).values.push(
            record.value,
          );
        }
        const points = [];
        for (const [period, bucket] of buckets) {
          const point = turnoverPoint(period, bucket, parts);
          if (point.isErr()) return err(point.error);
          points.push(point.value);
        }
        const series: KpiSeries = {
          kpi: 'inventory-turnover',
          unit: 'times',
          granularity,
          by: null,
          points: points.sort(comparePoints),
        };
        return ok({
          series: [series],
          used: countUsed({ movements: moved.accepted, snapshots: values.accepted }, rejected),
          rejected,
        });
      }),
    ),
  );
}
