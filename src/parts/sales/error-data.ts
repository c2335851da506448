import type { Money } from '../../shared/index';

/**
 * One line the stock cannot serve when an order is reviewed.
 *
 * @example
 * ```ts
 * const shortage: StockShortage = { lineNo: 1, partId: 'part_1', locationId: 'wh-main', requested: '5', available: '2' };
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface StockShortage {
  readonly lineNo: number;
  readonly partId: string;
  readonly locationId: string;
  readonly requested: string;
  readonly available: string;
}

/**
 * The data each parts sales error code carries: ids, codes, quantities and
 * amounts only — never a customer's name or phone — so errors can be logged.
 *
 * @example
 * ```ts
 * const data: PartsSalesErrorData['sales_line_unknown'] = { orderId: 'so_1', lineNo: 3 };
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface PartsSalesErrorData {
  readonly invalid_transition: {
    readonly entity: 'sales-order';
    readonly id: string;
    readonly status: string;
    readonly command: string;
  };
  readonly parts_customer_blocked: { readonly customerId: string };
  readonly customer_class_inactive: { readonly classId: string };
  readonly customer_class_mismatch: { readonly customerId: string; readonly classId: string };
  readonly sales_order_customer_mismatch: { readonly orderId: string; readonly customerId: string };
  readonly price_list_price_missing: {
    readonly priceListId: string;
    readonly lineNo: number;
    readonly partId: string;
  };
  readonly credit_limit_exceeded: {
    readonly orderId: string;
    readonly customerId: string;
    readonly creditLimit: Money;
    readonly openReceivables: Money;
    readonly orderTotal: Money;
  };
  readonly stock_unavailable: {
    readonly orderId: string;
    readonly shortages: readonly StockShortage[];
  };
  readonly sales_line_unknown: { readonly orderId: string; readonly lineNo: number };
  readonly shipment_line_duplicate: { readonly orderId: string; readonly lineNo: number };
  readonly shipment_quantity_exceeded: {
    readonly orderId: string;
    readonly lineNo: number;
    readonly remaining: string;
    readonly requested: string;
  };
  readonly payment_exceeds_outstanding: {
    readonly receivableId: string;
    readonly outstanding: Money;
    readonly amount: Money;
  };
  readonly payment_id_reused: { readonly receivableId: string; readonly paymentId: string };
}
