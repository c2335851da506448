import {
  type DomainError,
  domainError,
  type Money,
  type MoneyInvalidFactorError,
} from '../../shared/index';
import type { PartsError } from '../errors';
import type { PartsSalesErrorData, StockShortage } from './error-data';

export type { PartsSalesErrorData, StockShortage } from './error-data';

/**
 * Every code of the parts sales rules.
 *
 * @example
 * ```ts
 * const code: PartsSalesErrorCode = 'credit_limit_exceeded';
 * ```
 * @category parts
 * @see §6.3.3
 */
export type PartsSalesErrorCode = keyof PartsSalesErrorData;

/**
 * The parts sales rules' own errors, one `DomainError` per code.
 *
 * @example
 * ```ts
 * if (error.code === 'credit_limit_exceeded') error.data.creditLimit.amount; // '50000.00'
 * ```
 * @category parts
 * @see §6.3.3
 */
export type PartsSalesRuleError = {
  [C in PartsSalesErrorCode]: DomainError<C, PartsSalesErrorData[C]>;
}[PartsSalesErrorCode];

/**
 * Every error a parts sales function returns: its own rules, the stock
 * ledger's errors it passes through (`insufficient_stock`, `part_unknown`,
 * `unit_mismatch`, …), the shared `validation_failed`, `forbidden`,
 * `currency_mismatch`, `money_out_of_range` and `money_invalid_factor`.
 * `partsSalesMessages` renders all of them.
 *
 * @example
 * ```ts
 * function explain(error: PartsSalesError): string {
 *   return formatError(error, 'zh-CN', partsSalesMessages);
 * }
 * ```
 * @category parts
 * @see §6.3.3
 * @see §6.3.5
 */
export type PartsSalesError = PartsSalesRuleError | PartsError | MoneyInvalidFactorError;

/**
 * The error of one parts sales code.
 *
 * @example
 * ```ts
 * const error: PartsSalesErrorOf<'sales_line_unknown'> = salesLineUnknown('so_1', 9);
 * ```
 * @category parts
 * @see §6.3.3
 */
export type PartsSalesErrorOf<C extends PartsSalesErrorCode> = DomainError<
  C,
  PartsSalesErrorData[C]
>;

/**
 * Builds an `invalid_transition` error for a sales order command its status does not allow.
 *
 * @example
 * ```ts
 * salesOrderInvalidTransition('so_1', 'shipped', 'confirm').code; // 'invalid_transition'
 * ```
 * @category parts
 * @see §6.3.3
 */
export function salesOrderInvalidTransition(
  id: string,
  status: string,
  command: string,
): PartsSalesErrorOf<'invalid_transition'> {
  return domainError(
    'invalid_transition',
    { entity: 'sales-order', id, status, command },
    '§6.3.3',
  );
}

/**
 * Builds `parts_customer_blocked`: a blocked customer takes no new orders.
 *
 * @example
 * ```ts
 * partsCustomerBlocked('pcu_1').code; // 'parts_customer_blocked'
 * ```
 * @category parts
 * @see §6.3.2
 */
export function partsCustomerBlocked(
  customerId: string,
): PartsSalesErrorOf<'parts_customer_blocked'> {
  return domainError('parts_customer_blocked', { customerId }, '§6.3.2');
}

/**
 * Builds `customer_class_inactive`: a retired class takes no new customers or orders.
 *
 * @example
 * ```ts
 * customerClassInactive('pcc_old').code; // 'customer_class_inactive'
 * ```
 * @category parts
 * @see §6.3.2
 */
export function customerClassInactive(
  classId: string,
): PartsSalesErrorOf<'customer_class_inactive'> {
  return domainError('customer_class_inactive', { classId }, '§6.3.2');
}

/**
 * Builds `customer_class_mismatch`: the class given is not the customer's.
 *
 * @example
 * ```ts
 * customerClassMismatch('pcu_1', 'pcc_fleet').code; // 'customer_class_mismatch'
 * ```
 * @category parts
 * @see §6.3.2
 */
export function customerClassMismatch(
  customerId: string,
  classId: string,
): PartsSalesErrorOf<'customer_class_mismatch'> {
  return domainError('customer_class_mismatch', { customerId, classId }, '§6.3.2');
}

/**
 * Builds `sales_order_customer_mismatch`: the customer given is not the order's.
 *
 * @example
 * ```ts
 * salesOrderCustomerMismatch('so_1', 'pcu_2').code; // 'sales_order_customer_mismatch'
 * ```
 * @category parts
 * @see §6.3.3
 */
export function salesOrderCustomerMismatch(
  orderId: string,
  customerId: string,
): PartsSalesErrorOf<'sales_order_customer_mismatch'> {
  return domainError('sales_order_customer_mismatch', { orderId, customerId }, '§6.3.3');
}

/**
 * Builds `price_list_price_missing`: a class priced by a named price list
 * needs that list's unit price on every line.
 *
 * @example
 * ```ts
 * priceListPriceMissing('pl_fleet', 1, 'part_1').clause; // '§6.3.2'
 * ```
 * @category parts
 * @see §6.3.2
 */
export function priceListPriceMissing(
  priceListId: string,
  lineNo: number,
  partId: string,
): PartsSalesErrorOf<'price_list_price_missing'> {
  return domainError('price_list_price_missing', { priceListId, lineNo, partId }, '§6.3.2');
}

/**
 * Builds `credit_limit_exceeded`: open receivables plus this order exceed
 * the customer's credit limit and no `parts-sale.approve` override was given.
 *
 * @example
 * ```ts
 * creditLimitExceeded({ orderId: 'so_1', customerId: 'pcu_1', creditLimit, openReceivables, orderTotal }).code;
 * ```
 * @category parts
 * @see §6.3.3
 */
export function creditLimitExceeded(
  data: PartsSalesErrorData['credit_limit_exceeded'],
): PartsSalesErrorOf<'credit_limit_exceeded'> {
  return domainError('credit_limit_exceeded', data, '§6.3.3');
}

/**
 * Builds `stock_unavailable` with every line the available stock cannot serve.
 *
 * @example
 * ```ts
 * stockUnavailable('so_1', [{ lineNo: 1, partId: 'part_1', locationId: 'wh-main', requested: '5', available: '2' }]);
 * ```
 * @category parts
 * @see §6.3.3
 */
export function stockUnavailable(
  orderId: string,
  shortages: readonly StockShortage[],
): PartsSalesErrorOf<'stock_unavailable'> {
  return domainError('stock_unavailable', { orderId, shortages }, '§6.3.3');
}

/**
 * Builds `sales_line_unknown`: a shipment names a line the order does not have.
 *
 * @example
 * ```ts
 * salesLineUnknown('so_1', 9).code; // 'sales_line_unknown'
 * ```
 * @category parts
 * @see §6.3.4
 */
export function salesLineUnknown(
  orderId: string,
  lineNo: number,
): PartsSalesErrorOf<'sales_line_unknown'> {
  return domainError('sales_line_unknown', { orderId, lineNo }, '§6.3.4');
}

/**
 * Builds `shipment_line_duplicate`: one shipment names a line twice.
 *
 * @example
 * ```ts
 * shipmentLineDuplicate('so_1', 1).code; // 'shipment_line_duplicate'
 * ```
 * @category parts
 * @see §6.3.4
 */
export function shipmentLineDuplicate(
  orderId: string,
  lineNo: number,
): PartsSalesErrorOf<'shipment_line_duplicate'> {
  return domainError('shipment_line_duplicate', { orderId, lineNo }, '§6.3.4');
}

/**
 * Builds `shipment_quantity_exceeded`: more than the line still has to ship.
 *
 * @example
 * ```ts
 * shipmentQuantityExceeded('so_1', 1, '2', '3').clause; // '§6.3.4'
 * ```
 * @category parts
 * @see §6.3.4
 */
export function shipmentQuantityExceeded(
  orderId: string,
  lineNo: number,
  remaining: string,
  requested: string,
): PartsSalesErrorOf<'shipment_quantity_exceeded'> {
  return domainError(
    'shipment_quantity_exceeded',
    { orderId, lineNo, remaining, requested },
    '§6.3.4',
  );
}

/**
 * Builds `payment_exceeds_outstanding`: a payment may settle at most what is outstanding.
 *
 * @example
 * ```ts
 * paymentExceedsOutstanding('ar_1', outstanding, amount).clause; // '§6.3.5'
 * ```
 * @category parts
 * @see §6.3.5
 */
export function paymentExceedsOutstanding(
  receivableId: string,
  outstanding: Money,
  amount: Money,
): PartsSalesErrorOf<'payment_exceeds_outstanding'> {
  return domainError(
    'payment_exceeds_outstanding',
    { receivableId, outstanding, amount },
    '§6.3.5',
  );
}

/**
 * Builds `payment_id_reused`: the payment id was applied before with another amount.
 *
 * @example
 * ```ts
 * paymentIdReused('ar_1', 'pay_1').code; // 'payment_id_reused'
 * ```
 * @category parts
 * @see §6.3.5
 */
export function paymentIdReused(
  receivableId: string,
  paymentId: string,
): PartsSalesErrorOf<'payment_id_reused'> {
  return domainError('payment_id_reused', { receivableId, paymentId }, '§6.3.5');
}
