import type { ResultAsync } from 'neverthrow';
import {
  delegateRepository,
  listAllMatching,
  type Repository,
  type StorageError,
  type Store,
  type ValidationError,
} from '../../shared/index';
import type { PurchaseContract } from './contract-schema';
import type { GoodsReceipt } from './goods-receipt-schema';
import type { PurchaseOrder } from './purchase-order-schema';
import type { SupplierInvoice } from './supplier-invoice-schema';
import type { Supplier, SupplierEvaluation } from './supplier-schema';

/**
 * The storage collections of procurement, prefixed `parts-` like the rest
 * of the module. Goods receipts and evaluations are append-only: save them
 * with `expectedVersion: 0`.
 *
 * @example
 * ```ts
 * store.repository<PurchaseOrder>(PROCUREMENT_COLLECTIONS.purchaseOrders);
 * ```
 * @category parts
 * @see §11.1.2
 */
export const PROCUREMENT_COLLECTIONS = Object.freeze({
  suppliers: 'parts-supplier',
  evaluations: 'parts-supplier-evaluation',
  contracts: 'parts-purchase-contract',
  purchaseOrders: 'parts-purchase-order',
  goodsReceipts: 'parts-goods-receipt',
  supplierInvoices: 'parts-supplier-invoice',
} as const);

/**
 * What a lookup may fail with.
 *
 * @example
 * ```ts
 * function explain(error: ProcurementLookupError) { return error.code; }
 * ```
 * @category parts
 */
export type ProcurementLookupError = StorageError | ValidationError;

/**
 * Every procurement repository. Lookups return all matches, oldest first.
 *
 * @example
 * ```ts
 * const open = (await repositories.purchaseOrders.listByStatus('sent'))._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.4
 * @see §6.1.5
 */
export interface ProcurementRepositories {
  readonly suppliers: Repository<Supplier> & {
    /** Suppliers in a status. Errors: `storage_failed`, `validation_failed`. */
    listByStatus(
      status: Supplier['status'],
    ): ResultAsync<readonly Supplier[], ProcurementLookupError>;
  };
  readonly evaluations: Repository<SupplierEvaluation> & {
    /** A supplier's evaluations. Errors: `storage_failed`, `validation_failed`. */
    listBySupplier(
      supplierId: string,
    ): ResultAsync<readonly SupplierEvaluation[], ProcurementLookupError>;
  };
  readonly contracts: Repository<PurchaseContract> & {
    /** A supplier's contracts. Errors: `storage_failed`, `validation_failed`. */
    listBySupplier(
      supplierId: string,
    ): ResultAsync<readonly PurchaseContract[], ProcurementLookupError>;
  };
  readonly purchaseOrders: Repository<PurchaseOrder> & {
    /** Orders in a status. Errors: `storage_failed`, `validation_failed`. */
    listByStatus(
      status: PurchaseOrder['status'],
    ): ResultAsync<readonly PurchaseOrder[], ProcurementLookupError>;
    /** A supplier's orders. Errors: `storage_failed`, `validation_failed`. */
    listBySupplier(
      supplierId: string,
    ): ResultAsync<readonly PurchaseOrder[], ProcurementLookupError>;
  };
  readonly goodsReceipts: Repository<GoodsReceipt> & {
    /** An order's receipts. Errors: `storage_failed`, `validation_failed`. */
    listByPurchaseOrder(
      purchaseOrderId: string,
    ): ResultAsync<readonly GoodsReceipt[], ProcurementLookupError>;
  };
  readonly supplierInvoices: Repository<SupplierInvoice> & {
    /** An order's invoices. Errors: `storage_failed`, `validation_failed`. */
    listByPurchaseOrder(
      purchaseOrderId: string,
    ): ResultAsync<readonly SupplierInvoice[], ProcurementLookupError>;
  };
}

/**
 * Builds procurement's repository ports on any shared `Store` (memory, SQL
 * or a host's adapter), using only the generic `list` query with equality
 * filters, so every adapter that passes the conformance suite works.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createProcurementRepositories(createMemoryStore());
 * await repositories.purchaseOrders.save(order, { expectedVersion: 0, events });
 * ```
 * @category parts
 * @see §11.1.2
 * @see X-6
 */
export function createProcurementRepositories(store: Store): ProcurementRepositories {
  const suppliers = store.repository<Supplier>(PROCUREMENT_COLLECTIONS.suppliers);
  const evaluations = store.repository<SupplierEvaluation>(PROCUREMENT_COLLECTIONS.evaluations);
  const contracts = store.repository<PurchaseContract>(PROCUREMENT_COLLECTIONS.contracts);
  const orders = store.repository<PurchaseOrder>(PROCUREMENT_COLLECTIONS.purchaseOrders);
  const receipts = store.repository<GoodsReceipt>(PROCUREMENT_COLLECTIONS.goodsReceipts);
  const invoices = store.repository<SupplierInvoice>(PROCUREMENT_COLLECTIONS.supplierInvoices);
  return {
    suppliers: {
      ...delegateRepository(suppliers),
      listByStatus: (status) => listAllMatching(suppliers, { status }),
    },
    evaluations: {
      ...delegateRepository(evaluations),
      listBySupplier: (supplierId) =>
        listAllMatching(evaluations, {
          supplierId: supplierId as SupplierEvaluation['supplierId'],
        }),
    },
    contracts: {
      ...delegateRepository(contracts),
      listBySupplier: (supplierId) =>
        listAllMatching(contracts, { supplierId: supplierId as PurchaseContract['supplierId'] }),
    },
    purchaseOrders: {
      ...delegateRepository(orders),
      listByStatus: (status) => listAllMatching(orders, { status }),
      listBySupplier: (supplierId) =>
        listAllMatching(orders, { supplierId: supplierId as PurchaseOrder['supplierId'] }),
    },
    goodsReceipts: {
      ...delegateRepository(receipts),
      listByPurchaseOrder: (purchaseOrderId) =>
        listAllMatching(receipts, {
          purchaseOrderId: purchaseOrderId as GoodsReceipt['purchaseOrderId'],
        }),
    },
    supplierInvoices: {
      ...delegateRepository(invoices),
      listByPurchaseOrder: (purchaseOrderId) =>
        listAllMatching(invoices, {
          purchaseOrderId: purchaseOrderId as SupplierInvoice['purchaseOrderId'],
        }),
    },
  };
}
