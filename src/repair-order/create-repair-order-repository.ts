import { okAsync, type ResultAsync } from 'neverthrow';
import {
  compareInstants,
  type Instant,
  type ListQuery,
  MAX_PAGE_SIZE,
  type Repository,
  type StorageError,
  type Store,
  type ValidationError,
} from '../shared/index';
import { REPAIR_ORDER_COLLECTION, type RepairOrderRepository } from './repository';
import type { RepairOrder } from './schema';

type ListError = StorageError | ValidationError;

const CLOSED_STATUSES = new Set(['delivered', 'closed', 'cancelled']);

/** Reads pages until `keepGoing` says stop or the list ends. */
function collect(
  orders: Repository<RepairOrder>,
  query: ListQuery<RepairOrder>,
  keepGoing: (order: RepairOrder) => boolean = () => true,
  found: readonly RepairOrder[] = [],
): ResultAsync<readonly RepairOrder[], ListError> {
  return orders.list(query).andThen((page) => {
    const kept: RepairOrder[] = [];
    for (const order of page.items) {
      if (!keepGoing(order)) return okAsync([...found, ...kept]);
      kept.push(order);
    }
    const all = [...found, ...kept];
    return page.nextCursor === null
      ? okAsync(all)
      : collect(orders, { ...query, cursor: page.nextCursor }, keepGoing, all);
  });
}

/**
 * Builds the {@link RepairOrderRepository} on any shared `Store` (the
 * in-memory reference store, the SQL adapter, a host's own): `get`, `save`
 * and `list` are the store's, and the queries are made of `list` with
 * equality filters and ordering on the order's top-level fields
 * (`vehicleId`, `status`, `createdAt`, `deliveredAt`), so any conforming
 * adapter serves them. Repair-order never depends on a storage adapter.
 *
 * @param store - the storage adapter
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const orders = createRepairOrderRepository(createMemoryStore());
 * await orders.save(state, { expectedVersion: 0, events });
 * const week = await orders.deliveredBetween(monday, nextMonday);
 * ```
 * @category repair-order
 * @see §11.1.2
 * @see X-5
 * @see X-6
 */
export function createRepairOrderRepository(store: Store): RepairOrderRepository {
  const orders = store.repository<RepairOrder>(REPAIR_ORDER_COLLECTION);
  const oldestFirst = { field: 'createdAt', direction: 'asc' } as const;
  const historyOfVehicle = (vehicleId: RepairOrder['vehicleId']) =>
    collect(orders, { where: { vehicleId }, orderBy: oldestFirst, limit: MAX_PAGE_SIZE });
  return {
    get: (id) => orders.get(id),
    save: (entity, options) => orders.save(entity, options),
    list: (query) => orders.list(query),
    historyOfVehicle,
    openByVehicle: (vehicleId) =>
      historyOfVehicle(vehicleId).map((all) =>
        all.filter((order) => !CLOSED_STATUSES.has(order.status)),
      ),
    byStatus: (status, page) =>
      orders.list({
        where: { status },
        orderBy: oldestFirst,
        limit: page.limit,
        ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
      }),
    deliveredBetween: (from: Instant, to: Instant) =>
      collect(
        orders,
        { orderBy: { field: 'deliveredAt', direction: 'desc' }, limit: MAX_PAGE_SIZE },
        // Latest first, undelivered (null) last: stop at the first one before `from`.
        (order) => order.deliveredAt !== null && compareInstants(order.deliveredAt, from) >= 0,
      ).map((all) =>
        all.filter(
          (order) => order.deliveredAt !== null && compareInstants(order.deliveredAt, to) < 0,
        ),
      ),
  };
}
