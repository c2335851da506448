import { type DomainEvent, domainEvent, type Instant, type Money } from '../../shared/index';

/**
 * Every event procurement emits, by type, with its payload: ids,
 * statuses, line numbers, quantities and amounts only — no personal data,
 * no free text.
 *
 * @example
 * ```ts
 * type Sent = ProcurementEventPayloads['parts.purchase-order-sent'];
 * ```
 * @category parts
 * @see X-5
 */
export interface ProcurementEventPayloads {
  readonly 'parts.supplier-registered': { readonly supplierId: string; readonly actorId: string };
  readonly 'parts.supplier-suspended': { readonly supplierId: string; readonly actorId: string };
  readonly 'parts.supplier-reinstated': { readonly supplierId: string; readonly actorId: string };
  readonly 'parts.supplier-evaluated': {
    readonly supplierId: string;
    readonly evaluationId: string;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly score: string;
    readonly grade: string;
    readonly actorId: string;
  };
  readonly 'parts.contract-signed': {
    readonly contractId: string;
    readonly supplierId: string;
    readonly validFrom: string;
    readonly validTo: string;
    readonly agreements: number;
    readonly actorId: string;
  };
  readonly 'parts.purchase-order-drafted': {
    readonly purchaseOrderId: string;
    readonly supplierId: string;
    readonly lineCount: number;
    readonly total: Money;
    readonly flaggedLines: readonly number[];
    readonly actorId: string;
  };
  readonly 'parts.purchase-order-approved': {
    readonly purchaseOrderId: string;
    readonly flaggedLines: readonly number[];
    readonly actorId: string;
  };
  readonly 'parts.purchase-order-sent': {
    readonly purchaseOrderId: string;
    readonly supplierId: string;
    readonly actorId: string;
  };
  readonly 'parts.purchase-order-received': {
    readonly purchaseOrderId: string;
    readonly goodsReceiptId: string;
    readonly status: string;
    readonly actorId: string;
  };
  readonly 'parts.purchase-order-closed': {
    readonly purchaseOrderId: string;
    readonly shortClosed: boolean;
    readonly actorId: string;
  };
  readonly 'parts.purchase-order-cancelled': {
    readonly purchaseOrderId: string;
    readonly actorId: string;
  };
  readonly 'parts.goods-receipt-recorded': {
    readonly goodsReceiptId: string;
    readonly purchaseOrderId: string;
    readonly supplierId: string;
    readonly acceptedLines: number;
    readonly rejectedLines: number;
    readonly actorId: string;
  };
  readonly 'parts.supplier-invoice-recorded': {
    readonly supplierInvoiceId: string;
    readonly purchaseOrderId: string;
    readonly supplierId: string;
    readonly total: Money;
    readonly actorId: string;
  };
  readonly 'parts.supplier-payment-approved': {
    readonly supplierInvoiceId: string;
    readonly purchaseOrderId: string;
    readonly total: Money;
    readonly actorId: string;
  };
}

/**
 * A procurement event type, e.g. `'parts.purchase-order-approved'`.
 *
 * @example
 * ```ts
 * const type: ProcurementEventType = 'parts.goods-receipt-recorded';
 * ```
 * @category parts
 * @see X-5
 */
export type ProcurementEventType = keyof ProcurementEventPayloads;

/**
 * Any procurement event, discriminated by `type`.
 *
 * @example
 * ```ts
 * function onEvent(event: ProcurementEvent) {
 *   if (event.type === 'parts.supplier-payment-approved') schedulePayment(event.aggregateId);
 * }
 * ```
 * @category parts
 * @see X-5
 */
export type ProcurementEvent = {
  [T in ProcurementEventType]: DomainEvent<T, ProcurementEventPayloads[T]>;
}[ProcurementEventType];

const AGGREGATES: Readonly<Record<ProcurementEventType, string>> = {
  'parts.supplier-registered': 'supplier',
  'parts.supplier-suspended': 'supplier',
  'parts.supplier-reinstated': 'supplier',
  'parts.supplier-evaluated': 'supplier',
  'parts.contract-signed': 'purchase-contract',
  'parts.purchase-order-drafted': 'purchase-order',
  'parts.purchase-order-approved': 'purchase-order',
  'parts.purchase-order-sent': 'purchase-order',
  'parts.purchase-order-received': 'purchase-order',
  'parts.purchase-order-closed': 'purchase-order',
  'parts.purchase-order-cancelled': 'purchase-order',
  'parts.goods-receipt-recorded': 'goods-receipt',
  'parts.supplier-invoice-recorded': 'supplier-invoice',
  'parts.supplier-payment-approved': 'supplier-invoice',
};

/**
 * Builds a frozen procurement event for its aggregate.
 *
 * @example
 * ```ts
 * procurementEvent('parts.purchase-order-cancelled', 'po_1', at, { purchaseOrderId: 'po_1', actorId: 'emp_1' });
 * ```
 * @category parts
 * @internal
 */
export function procurementEvent<T extends ProcurementEventType>(
  type: T,
  aggregateId: string,
  at: Instant,
  payload: ProcurementEventPayloads[T],
): DomainEvent<T, ProcurementEventPayloads[T]> {
  return domainEvent(type, { aggregateType: AGGREGATES[type], aggregateId, at, payload });
}
