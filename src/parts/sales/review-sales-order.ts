import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../../_lib/decimal';
import { addMoney, compareMoney, type Money, type MoneyArithmeticError } from '../../shared/index';
import { type StockLedger, stockLevel } from '../ledger';
import { formatQuantity } from '../quantity';
import { type CustomerTerms, checkCustomerTerms } from './create-sales-order';
import type { PartsSalesRuleError, StockShortage } from './errors';
import { creditLimitOf } from './parts-customers';
import type { SalesOrder } from './sales-order-schema';

/**
 * What the order review (订单评审) needs besides the order: the stock ledger
 * (for availability), the customer and its class, and the customer's open
 * receivables (see `openReceivablesOf`).
 *
 * @example
 * ```ts
 * const inputs: ReviewInputs = { ledger, customer, customerClass: fleet, openReceivables };
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface ReviewInputs extends CustomerTerms {
  readonly ledger: StockLedger;
  readonly openReceivables: Money;
}

/**
 * The outcome of reviewing an order: lines the available stock cannot
 * serve, and the credit check (open receivables + this order ≤ limit).
 *
 * @example
 * ```ts
 * const review: SalesOrderReview = reviewSalesOrder(order, inputs)._unsafeUnwrap();
 * review.withinCreditLimit; // true
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface SalesOrderReview {
  readonly orderId: string;
  readonly shortages: readonly StockShortage[];
  readonly stockAvailable: boolean;
  readonly creditLimit: Money;
  readonly openReceivables: Money;
  readonly orderTotal: Money;
  /** Open receivables plus this order. */
  readonly exposure: Money;
  readonly withinCreditLimit: boolean;
}

/**
 * The lines available (unreserved) stock cannot serve, lines of the same
 * part and location drawing on one pool in line order.
 *
 * @example
 * ```ts
 * findStockShortages(order, ledger); // [{ lineNo: 2, partId: 'part_1', requested: '5', available: '3', … }]
 * ```
 * @category parts
 * @see §6.3.3
 */
export function findStockShortages(order: SalesOrder, ledger: StockLedger): StockShortage[] {
  const pools = new Map<string, Decimal>();
  const shortages: StockShortage[] = [];
  for (const line of order.lines) {
    const key = `${line.partId}\u0000${line.locationId}`;
    const pool =
      pools.get(key) ?? new Decimal(stockLevel(ledger, line.partId, line.locationId).available);
    const available = Decimal.max(pool, 0);
    if (available.lt(line.quantity)) {
      shortages.push({
        lineNo: line.lineNo,
        partId: line.partId,
        locationId: line.locationId,
        requested: line.quantity,
        available: formatQuantity(available),
      });
    }
    pools.set(key, available.minus(line.quantity));
  }
  return shortages;
}

/**
 * Reviews an order (订单评审) without changing anything: stock availability
 * of every line against the ledger, and the credit check — open
 * receivables plus the order total must not exceed the customer's credit
 * limit (its own, else its class's). Confirming an order runs the same review.
 *
 * Errors: `sales_order_customer_mismatch`, `customer_class_mismatch`,
 * `parts_customer_blocked`, `customer_class_inactive`, `currency_mismatch`,
 * `money_out_of_range`.
 *
 * @example
 * ```ts
 * const review = reviewSalesOrder(order, { ledger, customer, customerClass: fleet, openReceivables })._unsafeUnwrap();
 * review.shortages; // []
 * review.exposure; // open receivables + order total
 * ```
 * @category parts
 * @see §6.3.3
 */
export function reviewSalesOrder(
  order: SalesOrder,
  inputs: ReviewInputs,
): Result<SalesOrderReview, PartsSalesRuleError | MoneyArithmeticError> {
  const terms = checkCustomerTerms(order.id, order.customerId, inputs);
  if (terms.isErr()) return err(terms.error);
  const creditLimit = creditLimitOf(inputs.customer, inputs.customerClass);
  const exposure = addMoney(inputs.openReceivables, order.total);
  if (exposure.isErr()) return err(exposure.error);
  const comparison = compareMoney(exposure.value, creditLimit);
  if (comparison.isErr()) return err(comparison.error);
  const shortages = findStockShortages(order, inputs.ledger);
  return ok({
    orderId: order.id,
    shortages,
    stockAvailable: shortages.length === 0,
    creditLimit,
    openReceivables: inputs.openReceivables,
    orderTotal: order.total,
    exposure: exposure.value,
    withinCreditLimit: comparison.value <= 0,
  });
}
