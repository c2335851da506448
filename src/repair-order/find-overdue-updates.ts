import {
  addMinutesToInstant,
  compareInstants,
  type Instant,
  instantToEpochMs,
} from '../shared/index';
import { defaultRepairOrderConfig, type RepairOrderConfig } from './config';
import type { RepairOrder } from './schema';

/**
 * An order whose customer has not been told about progress within the
 * configured interval (§3.3(4)).
 *
 * @example
 * ```ts
 * const overdue: OverdueUpdate = { repairOrderId: 'ro_1', advisorId: 'emp_sa', lastUpdateAt, dueAt, overdueMinutes: 35 };
 * ```
 * @category repair-order
 * @see §3.3(4)
 */
export interface OverdueUpdate {
  readonly repairOrderId: string;
  readonly advisorId: string;
  /** The last customer update, or when work started if there was none. */
  readonly lastUpdateAt: Instant;
  readonly dueAt: Instant;
  readonly overdueMinutes: number;
}

const UNDER_WAY = new Set(['in-progress', 'waiting-for-parts', 'waiting-for-approval']);

function lastCustomerUpdate(order: RepairOrder): Instant {
  let last = order.workStartedAt ?? order.planApproval?.at ?? order.createdAt;
  for (const entry of order.progress) {
    if (entry.customerNotified && compareInstants(entry.at, last) > 0) last = entry.at;
  }
  return last;
}

/**
 * Lists orders, across the workshop, whose customer update is overdue
 * (§3.3(4)): work under way (in progress, waiting for parts or for
 * approval) and more than `customerUpdateIntervalMinutes` since the last
 * progress entry that notified the customer (or since work started).
 * Sorted by how long overdue, longest first, then by id. Pure.
 *
 * @param orders - the orders to check (e.g. the repository's open orders)
 * @param now - the instant to check at
 * @param config - the interval; 120 minutes by default
 * @example
 * ```ts
 * findOverdueUpdates(openOrders, clock.now()).map((o) => o.repairOrderId);
 * ```
 * @category repair-order
 * @see §3.3(4)
 */
export function findOverdueUpdates(
  orders: readonly RepairOrder[],
  now: Instant,
  config: RepairOrderConfig = defaultRepairOrderConfig,
): OverdueUpdate[] {
  const overdue: OverdueUpdate[] = [];
  for (const order of orders) {
    if (!UNDER_WAY.has(order.status)) continue;
    const lastUpdateAt = lastCustomerUpdate(order);
    const dueAt = addMinutesToInstant(lastUpdateAt, config.customerUpdateIntervalMinutes);
    const late = instantToEpochMs(now) - instantToEpochMs(dueAt);
    if (late <= 0) continue;
    const overdueMinutes = Math.floor(late / 60_000);
    overdue.push({
      repairOrderId: order.id,
      advisorId: order.advisorId,
      lastUpdateAt,
      dueAt,
      overdueMinutes,
    });
  }
  return overdue.sort(
    (a, b) => b.overdueMinutes - a.overdueMinutes || (a.repairOrderId < b.repairOrderId ? -1 : 1),
  );
}
