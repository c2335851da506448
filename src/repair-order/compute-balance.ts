import { Decimal } from '../_lib/decimal';
import { moneyFromDecimal } from '../_lib/money-decimal';
import type { CurrencyCode, Money } from '../shared/index';
import type { RepairOrder } from './schema';

/**
 * Where an order's money stands (§3.5(3)): what is owed (`due`, the
 * settlement total, zero before settlement), what the customer has paid net
 * of refunds (`paid`, deposits included), the `balance` (`due − paid`;
 * negative when the dealer holds money for the customer), and the credit
 * the service manager approved.
 *
 * @example
 * ```ts
 * const { balance }: OrderBalance = computeBalance(order);
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export interface OrderBalance {
  readonly currency: CurrencyCode;
  readonly due: Money;
  readonly paid: Money;
  readonly balance: Money;
  readonly credit: Money;
}

/**
 * The currency of an order: its statement's, else its estimate's, else CNY.
 *
 * @example
 * ```ts
 * orderCurrency(order); // 'CNY'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function orderCurrency(order: RepairOrder): CurrencyCode {
  return (
    order.settlement?.statement.currency ??
    order.planApproval?.estimate.currency ??
    order.reception.estimate?.currency ??
    'CNY'
  );
}

function toMoney(value: Decimal, currency: CurrencyCode): Money {
  const money = moneyFromDecimal(value, currency);
  // Payments are below 10^12 each and at most 200, statements within ±10^22.
  if (money === undefined) throw new RangeError('aftersales: order balance out of range');
  return money;
}

/**
 * Computes an order's {@link OrderBalance} from its settlement, payments
 * and credit (§3.5(3)). Pure; deposits count as paid.
 *
 * @param order - the repair order
 * @returns due, paid, balance and credit in the order's currency
 * @example
 * ```ts
 * computeBalance(order).balance; // { amount: '0.00', currency: 'CNY' } once fully paid
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function computeBalance(order: RepairOrder): OrderBalance {
  const currency = orderCurrency(order);
  const due = new Decimal(order.settlement?.statement.total.amount ?? 0);
  const paid = order.payments.reduce(
    (total, payment) =>
      payment.kind === 'refund'
        ? total.minus(payment.amount.amount)
        : total.plus(payment.amount.amount),
    new Decimal(0),
  );
  return {
    currency,
    due: toMoney(due, currency),
    paid: toMoney(paid, currency),
    balance: toMoney(due.minus(paid), currency),
    credit: toMoney(new Decimal(order.credit?.amount.amount ?? 0), currency),
  };
}
