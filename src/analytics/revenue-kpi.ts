import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import { parseRepairOrder, type RepairOrder, summarizeDelivery } from '../repair-order/index';
import {
  type CurrencyCode,
  type Instant,
  type Money,
  type MoneyArithmeticError,
  sumMoney,
  type ValidationError,
} from '../shared/index';
import { type AnalyticsConfig, defaultAnalyticsConfig } from './config';
import type {
  KpiPoint,
  KpiReport,
  KpiSeries,
  PeriodGranularity,
  RejectedRecord,
  RejectionReason,
} from './kpi';
import { optionsSchema, parseOptions } from './options';
import { periodOfInstant } from './period';
import { countUsed, rejectRecord, screenRecords } from './records';
import { comparePoints, dimensionsOf, formatValue } from './series';

/**
 * Options of {@link computeRevenuePerOrder}: granularity and an optional
 * split by the order's service `advisor`.
 *
 * @example
 * ```ts
 * const options: RevenueKpiOptions = { granularity: 'month', by: 'advisor' };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface RevenueKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly by?: 'advisor';
}

const OptionsSchema = optionsSchema(['advisor']);

interface Group {
  readonly period: string;
  readonly dimension: string | undefined;
  readonly totals: Money[];
}

function toPoint(group: Group, currency: CurrencyCode): Result<KpiPoint, MoneyArithmeticError> {
  return sumMoney(group.totals, currency).map((sum) => {
    const count = new Decimal(group.totals.length);
    return {
      period: group.period,
      ...(group.dimension === undefined ? {} : { dimension: group.dimension }),
      numerator: sum.amount,
      denominator: count.toFixed(),
      value: formatValue(currency, new Decimal(sum.amount), count),
    };
  });
}

function seriesOf(
  groups: Iterable<Group>,
  spec: { readonly granularity: PeriodGranularity; readonly by: string | null },
  currency: CurrencyCode,
): Result<KpiSeries, MoneyArithmeticError> {
  const points: KpiPoint[] = [];
  for (const group of groups) {
    const point = toPoint(group, currency);
    if (point.isErr()) return err(point.error);
    points.push(point.value);
  }
  return ok({
    kpi: 'revenue-per-order',
    unit: currency,
    ...spec,
    points: points.sort(comparePoints),
  });
}

type Judged =
  | { readonly deliveredAt: Instant; readonly total: Money }
  | { readonly reason: RejectionReason; readonly detail: string | null };

function judgeOrder(order: RepairOrder, currency: CurrencyCode): Judged {
  if (order.deliveredAt === null) return { reason: 'out_of_scope', detail: 'not_delivered' };
  const total = summarizeDelivery(order).total;
  if (total === null) return { reason: 'out_of_scope', detail: 'not_settled' };
  if (total.currency !== currency) return { reason: 'currency_mismatch', detail: null };
  return { deliveredAt: order.deliveredAt, total };
}

/**
 * Revenue per repair order (单车产值, §11.2.2) by period of delivery,
 * optionally by service advisor: the sum of the settled statement totals
 * (repair-order's `summarizeDelivery`, tax included) ÷ the number of
 * delivered orders. Money stays decimal: the numerator is summed with
 * shared `sumMoney`, the value is rounded half-up to the currency's minor
 * unit. Orders not delivered or never settled are `out_of_scope`
 * (`not_delivered`, `not_settled`); totals in another currency than the
 * configuration's are `currency_mismatch`.
 *
 * @param orders - repair orders (unknown input)
 * @param options - granularity and split
 * @param config - time zone and currency
 * @returns one series (unit: the currency code), or `validation_failed` /
 *   `money_out_of_range`
 * @example
 * ```ts
 * computeRevenuePerOrder(orders, { granularity: 'month' })._unsafeUnwrap().series[0]?.points;
 * // [{ period: '2026-03', numerator: '81600.00', denominator: '120', value: '680.00' }]
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 */
export function computeRevenuePerOrder(
  orders: readonly unknown[],
  options: RevenueKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError | MoneyArithmeticError> {
  return parseOptions(OptionsSchema, options).andThen(({ granularity, by }) =>
    screenRecords('orders', orders, parseRepairOrder).andThen((screened) => {
      const rejected: RejectedRecord[] = [...screened.rejected];
      const groups = new Map<string, Group>();
      for (const { index, record } of screened.accepted) {
        const judged = judgeOrder(record, config.currency);
        if ('reason' in judged) {
          rejected.push(rejectRecord('orders', index, record.id, judged.reason, judged.detail));
          continue;
        }
        const period = periodOfInstant(judged.deliveredAt, granularity, config.timeZone);
        for (const dimension of dimensionsOf(by, [record.advisorId])) {
          const key = JSON.stringify([period, dimension ?? null]);
          const group = groups.get(key) ?? { period, dimension, totals: [] };
          group.totals.push(judged.total);
          groups.set(key, group);
        }
      }
      return seriesOf(groups.values(), { granularity, by: by ?? null }, config.currency).map(
        (series) => ({
          series: [series],
          used: countUsed({ orders: screened.accepted }, rejected),
          rejected,
        }),
      );
    }),
  );
}
