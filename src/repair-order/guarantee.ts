import { err, ok, type Result } from 'neverthrow';
import {
  defaultQualityConfig,
  type GuaranteePeriod,
  guaranteeExpiry,
  isWithinGuarantee,
  longestGuaranteePeriod,
  type QualityConfig,
  type RepairCategory,
} from '../quality/index';
import { type CalendarDate, compareInstants, toDealerDate } from '../shared/index';
import { defaultRepairOrderConfig, type RepairOrderConfig } from './config';
import type { RepairOrderErrorOf } from './errors';
import type { RepairOrder } from './schema';
import { comebackNotEligible } from './settlement-errors';
import { isActiveJob } from './steps';

/**
 * Configuration the guarantee functions read: the dealer's time zone (from
 * the repair-order config) and the REG-1 periods (from the quality config).
 *
 * @example
 * ```ts
 * const options: GuaranteeOptions = { qualityConfig: parseQualityConfig(json)._unsafeUnwrap() };
 * ```
 * @category repair-order
 * @see REG-1
 */
export interface GuaranteeOptions {
  readonly config?: RepairOrderConfig;
  readonly qualityConfig?: QualityConfig;
}

/**
 * The post-repair quality guarantee (质量保证期) of a delivered order: the
 * longest REG-1 period among the repair categories of its jobs, counted from
 * the delivery date and odometer, whichever ends first.
 *
 * @example
 * ```ts
 * guaranteeOf(order)?.lastDay; // '2026-06-09' for an assembly overhaul delivered 1 March
 * ```
 * @category repair-order
 * @see REG-1
 * @see §4.3(7)
 */
export interface OrderGuarantee {
  readonly repairOrderId: string;
  readonly repairCategories: readonly RepairCategory[];
  readonly period: GuaranteePeriod;
  readonly deliveredOn: CalendarDate;
  readonly lastDay: CalendarDate;
  readonly lastOdometerKm: number;
}

/**
 * The guarantee of a delivered (or closed) order, or `null` when it was not
 * delivered or no job was done. A comeback order has its own guarantee from
 * its own delivery, so rework restarts the period (REG-1, §4.3(7)).
 *
 * @param order - the order
 * @param options - time zone and REG-1 periods
 * @example
 * ```ts
 * const guarantee = guaranteeOf(order);
 * guarantee?.period; // { days: 10, km: 2000 } for a minor repair
 * ```
 * @category repair-order
 * @see REG-1
 * @see §4.3(7)
 */
export function guaranteeOf(
  order: RepairOrder,
  options: GuaranteeOptions = {},
): OrderGuarantee | null {
  const { delivery } = order;
  if (delivery === null) return null;
  const qualityConfig = options.qualityConfig ?? defaultQualityConfig;
  const categories = [
    ...new Set(
      order.jobs
        .filter((job) => isActiveJob(job) && job.status === 'done')
        .map((job) => job.repairCategory),
    ),
  ];
  const period = longestGuaranteePeriod(categories, qualityConfig);
  if (period === null) return null;
  const zone = (options.config ?? defaultRepairOrderConfig).timeZone;
  const deliveredOn = toDealerDate(delivery.at, zone);
  const expiry = guaranteeExpiry(deliveredOn, delivery.odometerKm, period, qualityConfig);
  return { repairOrderId: order.id, repairCategories: categories, period, deliveredOn, ...expiry };
}

const concernCodes = (order: RepairOrder) =>
  order.reception.concerns.flatMap((concern) => (concern.code === undefined ? [] : [concern.code]));

/**
 * Checks that `original` can be linked as the origin of `order`, a comeback
 * (返修) for `concernCode`: another order of the same vehicle, delivered,
 * with the same concern code among its concerns, and `order` opened on a
 * day and at an odometer reading still inside the original's guarantee
 * (REG-1, whichever ends first). Pure.
 *
 * Errors: `comeback_not_eligible` (reason `same-order`, `other-vehicle`,
 * `not-delivered`, `different-concern` or `guarantee-expired`).
 *
 * @example
 * ```ts
 * checkComeback(newOrder, delivered, 'brake-noise').isOk(); // true within 10 days / 2,000 km of a minor repair
 * ```
 * @category repair-order
 * @see §4.3(7)
 * @see REG-1
 */
export function checkComeback(
  order: RepairOrder,
  original: RepairOrder,
  concernCode: string,
  options: GuaranteeOptions = {},
): Result<RepairOrder, RepairOrderErrorOf<'comeback_not_eligible'>> {
  const refuse = (reason: RepairOrderErrorOf<'comeback_not_eligible'>['data']['reason']) =>
    err(comebackNotEligible(reason, original.id));
  if (original.id === order.id) return refuse('same-order');
  if (original.vehicleId !== order.vehicleId) return refuse('other-vehicle');
  const guarantee = guaranteeOf(original, options);
  if (guarantee === null) return refuse('not-delivered');
  if (!concernCodes(order).includes(concernCode) || !concernCodes(original).includes(concernCode)) {
    return refuse('different-concern');
  }
  const zone = (options.config ?? defaultRepairOrderConfig).timeZone;
  const openedOn = toDealerDate(order.createdAt, zone);
  const within = isWithinGuarantee(guarantee, openedOn, order.reception.walkAround.odometerKm);
  return within ? ok(original) : refuse('guarantee-expired');
}

/**
 * Finds the order a new order is a comeback of (§4.3(7)): among the
 * vehicle's earlier orders, those eligible for one of the new order's
 * concern codes ({@link checkComeback}); the most recently delivered wins,
 * because its guarantee is the one in force (a comeback's delivery restarts
 * the period). `null` when there is none.
 *
 * @param order - the new order, at reception
 * @param candidates - the vehicle's earlier orders, e.g. from the repository
 * @param options - time zone and REG-1 periods
 * @example
 * ```ts
 * const origin = findComebackOrigin(order, previousOrders);
 * if (origin) transition(order, { type: 'link-comeback', at, actor, original: origin.order, concernCode: origin.concernCode });
 * ```
 * @category repair-order
 * @see §4.3(7)
 * @see REG-1
 */
export function findComebackOrigin(
  order: RepairOrder,
  candidates: readonly RepairOrder[],
  options: GuaranteeOptions = {},
): { readonly order: RepairOrder; readonly concernCode: string } | null {
  let best: { order: RepairOrder; concernCode: string } | null = null;
  for (const candidate of candidates) {
    for (const code of concernCodes(order)) {
      if (checkComeback(order, candidate, code, options).isErr()) continue;
      const at = candidate.delivery?.at;
      const bestAt = best?.order.delivery?.at;
      if (
        best === null ||
        (at !== undefined && bestAt !== undefined && compareInstants(at, bestAt) > 0)
      ) {
        best = { order: candidate, concernCode: code };
      }
    }
  }
  return best;
}
