import type { ResultAsync } from 'neverthrow';
import type { Instant, Page, Repository, StorageError, ValidationError } from '../shared/index';
import type { VehicleRef } from './ids';
import type { RepairOrder, RepairOrderStatus } from './schema';

/**
 * The collection name repair orders are stored under in a shared `Store`.
 *
 * @example
 * ```ts
 * store.repository<RepairOrder>(REPAIR_ORDER_COLLECTION);
 * ```
 * @category repair-order
 * @see §11.1.2
 */
export const REPAIR_ORDER_COLLECTION = 'repair-order';

/**
 * The storage port of repair orders (维修工单仓储): the shared `Repository`
 * (get, save with the expected version and the events — a stale version is
 * `concurrency_conflict`, events go to the outbox atomically —
 * and list) plus the queries the workshop needs. Built on any `Store` by
 * {@link createRepairOrderRepository}; adapters need nothing special.
 *
 * @example
 * ```ts
 * const orders: RepairOrderRepository = createRepairOrderRepository(store);
 * const open = await orders.openByVehicle('veh_1' as VehicleRef);
 * ```
 * @category repair-order
 * @see §11.1.2
 * @see X-5
 * @see X-6
 */
export interface RepairOrderRepository extends Repository<RepairOrder> {
  /**
   * Orders of a vehicle not yet delivered, closed or cancelled, oldest
   * first (to refuse a second open order, or to find the one to continue).
   * Errors: `storage_failed`, `validation_failed`.
   */
  openByVehicle(
    vehicleId: VehicleRef,
  ): ResultAsync<readonly RepairOrder[], StorageError | ValidationError>;
  /**
   * Every order of a vehicle, oldest first: its service history and the
   * comeback candidates for `findComebackOrigin`. Errors: `storage_failed`,
   * `validation_failed`.
   */
  historyOfVehicle(
    vehicleId: VehicleRef,
  ): ResultAsync<readonly RepairOrder[], StorageError | ValidationError>;
  /**
   * One page of the orders in a status, oldest first; pass the previous
   * page's `nextCursor` to continue. Errors: `storage_failed`,
   * `validation_failed` (a limit outside 1–1000, a foreign cursor).
   */
  byStatus(
    status: RepairOrderStatus,
    page: { readonly limit: number; readonly cursor?: string | null },
  ): ResultAsync<Page<RepairOrder>, StorageError | ValidationError>;
  /**
   * Orders delivered at or after `from` and before `to`, latest first
   * (for follow-up coverage and KPIs). Errors: `storage_failed`,
   * `validation_failed`.
   */
  deliveredBetween(
    from: Instant,
    to: Instant,
  ): ResultAsync<readonly RepairOrder[], StorageError | ValidationError>;
}
