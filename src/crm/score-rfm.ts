import { err, ok, Result } from 'neverthrow';
import {
  type CurrencyMismatchError,
  compareInstants,
  compareMoney,
  differenceInCalendarDays,
  type Instant,
  type Money,
  type MoneyArithmeticError,
  sumMoney,
  toDealerDate,
} from '../shared/index';
import { type CrmConfig, defaultCrmConfig } from './config';
import type { DeliveredRepairOrder } from './delivered-repair-order';
import type { CustomerId } from './ids';
import type { RfmConfig, SegmentRule } from './rfm-config';

/**
 * What a customer's delivered repair orders say about them, as of an
 * instant: visits and spend in total and within the RFM window, first and
 * last visit, days since the last visit (dealer calendar days).
 *
 * @example
 * ```ts
 * const activity: CustomerActivity = measureCustomerActivity('cus_1', deliveries, at)._unsafeUnwrap();
 * activity.visitsInWindow; // 3
 * ```
 * @category crm
 * @see §7.1.2
 */
export interface CustomerActivity {
  readonly customerId: CustomerId;
  readonly visits: number;
  readonly visitsInWindow: number;
  readonly spend: Money;
  readonly spendInWindow: Money;
  readonly firstVisitAt: Instant | null;
  readonly lastVisitAt: Instant | null;
  readonly daysSinceLastVisit: number | null;
}

/**
 * An RFM score (§7.1.2): recency, frequency and monetary scores (1 =
 * lowest; `null` when the customer never visited) and the segment name.
 *
 * @example
 * ```ts
 * const score: RfmScore = { customerId: 'cus_1', recency: 5, frequency: 4, monetary: 4, segment: 'vip' } as RfmScore;
 * ```
 * @category crm
 * @see §7.1.2
 */
export interface RfmScore {
  readonly customerId: CustomerId;
  readonly recency: number | null;
  readonly frequency: number | null;
  readonly monetary: number | null;
  readonly segment: string;
}

// Events are delivered at least once, so the same order may arrive twice.
function uniqueOrders(deliveries: readonly DeliveredRepairOrder[]): DeliveredRepairOrder[] {
  const seen = new Map<string, DeliveredRepairOrder>();
  for (const delivery of deliveries) seen.set(delivery.repairOrderId, delivery);
  return [...seen.values()];
}

/**
 * Measures one customer's activity from delivered repair orders (the
 * `repair-order.delivered` payloads): orders of other customers and orders
 * delivered after `asOf` are ignored, and an order counted twice (events
 * arrive at least once) counts once. The window is the last
 * `config.rfm.windowDays` dealer calendar days up to and including `asOf`'s day.
 *
 * Errors: `currency_mismatch` (an order not in `config.currency`),
 * `money_out_of_range`.
 *
 * @example
 * ```ts
 * measureCustomerActivity('cus_1', deliveries, at)._unsafeUnwrap().spend; // { amount: '4280.00', currency: 'CNY' }
 * ```
 * @category crm
 * @see §7.1.2
 */
export function measureCustomerActivity(
  customerId: CustomerId,
  deliveries: readonly DeliveredRepairOrder[],
  asOf: Instant,
  config: CrmConfig = defaultCrmConfig,
): Result<CustomerActivity, MoneyArithmeticError> {
  const today = toDealerDate(asOf, config.timeZone);
  const orders = uniqueOrders(
    deliveries.filter(
      (d) => d.customerId === customerId && compareInstants(d.deliveredAt, asOf) <= 0,
    ),
  ).sort((a, b) => compareInstants(a.deliveredAt, b.deliveredAt));
  const inWindow = orders.filter(
    (d) =>
      differenceInCalendarDays(today, toDealerDate(d.deliveredAt, config.timeZone)) <
      config.rfm.windowDays,
  );
  const first = orders.at(0)?.deliveredAt ?? null;
  const last = orders.at(-1)?.deliveredAt ?? null;
  return Result.combine([
    sumMoney(
      orders.map((d) => d.total),
      config.currency,
    ),
    sumMoney(
      inWindow.map((d) => d.total),
      config.currency,
    ),
  ]).map(([spend, spendInWindow]) => ({
    customerId,
    visits: orders.length,
    visitsInWindow: inWindow.length,
    spend,
    spendInWindow,
    firstVisitAt: first,
    lastVisitAt: last,
    daysSinceLastVisit:
      last === null ? null : differenceInCalendarDays(today, toDealerDate(last, config.timeZone)),
  }));
}

function inRange(score: number, range: SegmentRule['recency']): boolean {
  return range === undefined || ((range.min ?? 1) <= score && score <= (range.max ?? 10));
}

function monetaryScore(
  spend: Money,
  thresholds: readonly Money[],
): Result<number, CurrencyMismatchError> {
  let score = 1;
  for (const threshold of thresholds) {
    const order = compareMoney(spend, threshold);
    if (order.isErr()) return err(order.error);
    if (order.value >= 0) score += 1;
  }
  return ok(score);
}

/**
 * Scores a customer's activity with RFM (§7.1.2) and names the segment.
 * Recency scores 1 + the number of recency thresholds the days since the
 * last visit stay within; frequency and monetary score 1 + the number of
 * thresholds the window's visits and spend reach. Segment rules are tried
 * in order; none matching gives `fallbackSegment`; a customer who never
 * visited gets `noVisitSegment` and `null` scores.
 *
 * Errors: `currency_mismatch` (spend and monetary thresholds in different currencies).
 *
 * @example
 * ```ts
 * scoreRfm(activity)._unsafeUnwrap(); // { customerId: 'cus_1', recency: 5, frequency: 4, monetary: 4, segment: 'vip' }
 * ```
 * @category crm
 * @see §7.1.2
 */
export function scoreRfm(
  activity: CustomerActivity,
  rfm: RfmConfig = defaultCrmConfig.rfm,
): Result<RfmScore, CurrencyMismatchError> {
  const days = activity.daysSinceLastVisit;
  if (days === null) {
    const segment = rfm.noVisitSegment;
    return ok({
      customerId: activity.customerId,
      recency: null,
      frequency: null,
      monetary: null,
      segment,
    });
  }
  const recency = 1 + rfm.recencyDays.filter((limit) => days <= limit).length;
  const frequency = 1 + rfm.frequencyVisits.filter((t) => activity.visitsInWindow >= t).length;
  return monetaryScore(activity.spendInWindow, rfm.monetary).map((monetary) => {
    const rule = rfm.segments.find(
      (candidate) =>
        inRange(recency, candidate.recency) &&
        inRange(frequency, candidate.frequency) &&
        inRange(monetary, candidate.monetary),
    );
    const segment = rule?.name ?? rfm.fallbackSegment;
    return { customerId: activity.customerId, recency, frequency, monetary, segment };
  });
}

/**
 * Measures and scores many customers at once from the same deliveries,
 * in the order of `customerIds`.
 *
 * Errors: `currency_mismatch`, `money_out_of_range` (the first customer that fails).
 *
 * @example
 * ```ts
 * segmentCustomers(['cus_1', 'cus_2'], deliveries, at)._unsafeUnwrap().map((s) => s.segment); // ['vip', 'lost']
 * ```
 * @category crm
 * @see §7.1.2
 */
export function segmentCustomers(
  customerIds: readonly CustomerId[],
  deliveries: readonly DeliveredRepairOrder[],
  asOf: Instant,
  config: CrmConfig = defaultCrmConfig,
): Result<readonly RfmScore[], MoneyArithmeticError> {
  const byCustomer = new Map<string, DeliveredRepairOrder[]>();
  for (const delivery of deliveries) {
    const list = byCustomer.get(delivery.customerId);
    if (list === undefined) byCustomer.set(delivery.customerId, [delivery]);
    else list.push(delivery);
  }
  return Result.combine(
    customerIds.map((id) =>
      measureCustomerActivity(id, byCustomer.get(id) ?? [], asOf, config).andThen((activity) =>
        scoreRfm(activity, config.rfm),
      ),
    ),
  );
}
