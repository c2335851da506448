import type { ResultAsync } from 'neverthrow';
import {
  delegateRepository,
  listAllMatching,
  type Repository,
  type StorageError,
  type Store,
  type ValidationError,
} from '../../shared/index';
import type { PartsCustomer, PartsCustomerClass } from './customer-schema';
import type { Receivable } from './receivable-schema';
import type { SalesOrder, SalesOrderStatus } from './sales-order-schema';
import type { SalesTarget } from './sales-target';
import type { Shipment } from './shipment-schema';

/**
 * The storage collection of each parts sales aggregate.
 *
 * @example
 * ```ts
 * store.repository<SalesOrder>(PARTS_SALES_COLLECTIONS.salesOrders);
 * ```
 * @category parts
 * @see §11.1.2
 */
export const PARTS_SALES_COLLECTIONS = Object.freeze({
  customerClasses: 'parts-customer-class',
  customers: 'parts-customer',
  salesOrders: 'parts-sales-order',
  shipments: 'parts-shipment',
  receivables: 'parts-receivable',
  salesTargets: 'parts-sales-target',
} as const);

/**
 * What a lookup query returns: every match, or `storage_failed` / `validation_failed`.
 *
 * @example
 * ```ts
 * const found: PartsSalesLookup<SalesOrder> = repositories.salesOrders.listByStatus('confirmed');
 * ```
 * @category parts
 * @see §11.1.2
 */
export type PartsSalesLookup<T> = ResultAsync<readonly T[], StorageError | ValidationError>;

/**
 * Storage port of customer classes, with a lookup by code.
 *
 * @example
 * ```ts
 * const [fleet] = (await repositories.customerClasses.findByCode('FLEET'))._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.2
 */
export interface PartsCustomerClassRepository extends Repository<PartsCustomerClass> {
  /** Classes with this (upper-case) code. Errors: `storage_failed`, `validation_failed`. */
  findByCode(code: string): PartsSalesLookup<PartsCustomerClass>;
}

/**
 * Storage port of parts customers, with lookups by code and by class.
 *
 * @example
 * ```ts
 * const fleetCustomers = await repositories.customers.listByClass('pcc_fleet');
 * ```
 * @category parts
 * @see §6.3.2
 */
export interface PartsCustomerRepository extends Repository<PartsCustomer> {
  /** Customers with this (upper-case) code. Errors: `storage_failed`, `validation_failed`. */
  findByCode(code: string): PartsSalesLookup<PartsCustomer>;
  /** Customers of a class, oldest first. Errors: `storage_failed`, `validation_failed`. */
  listByClass(classId: string): PartsSalesLookup<PartsCustomer>;
}

/**
 * Storage port of sales orders, by customer and by status.
 *
 * @example
 * ```ts
 * const open = await repositories.salesOrders.listByStatus('confirmed');
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface SalesOrderRepository extends Repository<SalesOrder> {
  /** A customer's orders, oldest first. Errors: `storage_failed`, `validation_failed`. */
  listByCustomer(customerId: string): PartsSalesLookup<SalesOrder>;
  /** Orders in a status, oldest first. Errors: `storage_failed`, `validation_failed`. */
  listByStatus(status: SalesOrderStatus): PartsSalesLookup<SalesOrder>;
}

/**
 * Storage port of shipments, by order.
 *
 * @example
 * ```ts
 * const shipments = await repositories.shipments.listByOrder('so_1');
 * ```
 * @category parts
 * @see §6.3.4
 */
export interface ShipmentRepository extends Repository<Shipment> {
  /** An order's shipments, oldest first. Errors: `storage_failed`, `validation_failed`. */
  listByOrder(orderId: string): PartsSalesLookup<Shipment>;
}

/**
 * Storage port of receivables, by customer and the open ones (for aging).
 *
 * @example
 * ```ts
 * const open = await repositories.receivables.listOpen();
 * ```
 * @category parts
 * @see §6.3.5
 */
export interface ReceivableRepository extends Repository<Receivable> {
  /** A customer's receivables, oldest first. Errors: `storage_failed`, `validation_failed`. */
  listByCustomer(customerId: string): PartsSalesLookup<Receivable>;
  /** Receivables not yet settled, earliest due first. Errors: `storage_failed`, `validation_failed`. */
  listOpen(): PartsSalesLookup<Receivable>;
}

/**
 * Storage port of sales targets, by period.
 *
 * @example
 * ```ts
 * const targets = await repositories.salesTargets.listByPeriod('2026-11');
 * ```
 * @category parts
 * @see §6.3.1
 */
export interface SalesTargetRepository extends Repository<SalesTarget> {
  /** The targets of a period. Errors: `storage_failed`, `validation_failed`. */
  listByPeriod(period: string): PartsSalesLookup<SalesTarget>;
}

/**
 * Every parts sales repository.
 *
 * @example
 * ```ts
 * const repositories: PartsSalesRepositories = createPartsSalesRepositories(store);
 * ```
 * @category parts
 * @see §11.1.2
 */
export interface PartsSalesRepositories {
  readonly customerClasses: PartsCustomerClassRepository;
  readonly customers: PartsCustomerRepository;
  readonly salesOrders: SalesOrderRepository;
  readonly shipments: ShipmentRepository;
  readonly receivables: ReceivableRepository;
  readonly salesTargets: SalesTargetRepository;
}

/**
 * Builds the parts sales repository ports on any shared `Store` (memory,
 * SQL or a third-party adapter), using only the generic `list` query.
 * Lookups page through all matches.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createPartsSalesRepositories(createMemoryStore());
 * await repositories.salesOrders.save(order, { expectedVersion: 0, events });
 * ```
 * @category parts
 * @see §11.1.2
 * @see X-6
 */
export function createPartsSalesRepositories(store: Store): PartsSalesRepositories {
  const classes = store.repository<PartsCustomerClass>(PARTS_SALES_COLLECTIONS.customerClasses);
  const customers = store.repository<PartsCustomer>(PARTS_SALES_COLLECTIONS.customers);
  const orders = store.repository<SalesOrder>(PARTS_SALES_COLLECTIONS.salesOrders);
  const shipments = store.repository<Shipment>(PARTS_SALES_COLLECTIONS.shipments);
  const receivables = store.repository<Receivable>(PARTS_SALES_COLLECTIONS.receivables);
  const targets = store.repository<SalesTarget>(PARTS_SALES_COLLECTIONS.salesTargets);
  const oldest = { field: 'createdAt', direction: 'asc' } as const;
  return {
    customerClasses: {
      ...delegateRepository(classes),
      findByCode: (code) => listAllMatching(classes, { code: code.toUpperCase() }, oldest),
    },
    customers: {
      ...delegateRepository(customers),
      findByCode: (code) => listAllMatching(customers, { code: code.toUpperCase() }, oldest),
      listByClass: (classId) =>
        listAllMatching(customers, { classId: classId as PartsCustomer['classId'] }, oldest),
    },
    salesOrders: {
      ...delegateRepository(orders),
      listByCustomer: (customerId) =>
        listAllMatching(orders, { customerId: customerId as SalesOrder['customerId'] }, oldest),
      listByStatus: (status) => listAllMatching(orders, { status }, oldest),
    },
    shipments: {
      ...delegateRepository(shipments),
      listByOrder: (orderId) =>
        listAllMatching(shipments, { orderId: orderId as Shipment['orderId'] }, oldest),
    },
    receivables: {
      ...delegateRepository(receivables),
      listByCustomer: (customerId) =>
        listAllMatching(
          receivables,
          { customerId: customerId as Receivable['customerId'] },
          oldest,
        ),
      listOpen: () => listAllMatching(receivables, { status: 'open' }, { field: 'dueDate' }),
    },
    salesTargets: {
      ...delegateRepository(targets),
      listByPeriod: (period) => listAllMatching(targets, { period }, { field: 'id' }),
    },
  };
}
