import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import type { Quote } from '../pricing/index';
import { isRoundedMoney, type Money } from '../shared/index';
import type { RepairOrderErrorOf } from './errors';
import { settlementNotReconciled } from './settlement-errors';

const amount = (money: Money): Decimal => new Decimal(money.amount);

function sum(values: readonly Money[]): Decimal {
  return values.reduce((total, value) => total.plus(value.amount), new Decimal(0));
}

/** The first identity a statement breaks, or `undefined` when it adds up. */
function findBrokenIdentity(statement: Quote): string | undefined {
  const { lines, vat } = statement;
  const every = [
    statement.subtotal,
    statement.discountTotal,
    statement.total,
    vat.net,
    vat.vat,
    vat.gross,
    ...lines.flatMap((line) => [line.listAmount, line.discount, line.amount]),
  ];
  if (every.some((money) => money.currency !== statement.currency)) return 'currency';
  if (!every.every((money) => isRoundedMoney(money))) return 'rounding';
  const lineBroken = lines.find(
    (line) => !amount(line.amount).equals(amount(line.listAmount).minus(line.discount.amount)),
  );
  if (lineBroken !== undefined) return `line-${lineBroken.lineNo}`;
  if (!sum(lines.map((line) => line.listAmount)).equals(statement.subtotal.amount)) {
    return 'subtotal';
  }
  if (!sum(lines.map((line) => line.discount)).equals(statement.discountTotal.amount)) {
    return 'discount-total';
  }
  const payable = amount(statement.subtotal).minus(statement.discountTotal.amount);
  const taxed = vat.basis === 'inclusive' ? vat.gross : vat.net;
  if (!payable.equals(taxed.amount)) return 'vat-basis';
  if (!amount(vat.net).plus(vat.vat.amount).equals(vat.gross.amount)) return 'vat-split';
  return amount(statement.total).equals(vat.gross.amount) ? undefined : 'total';
}

/**
 * Checks that a settlement statement (结算清单) reconciles exactly, to the
 * cent (§3.5(2)): one currency; every amount in whole minor units; each
 * line's amount is its list amount less its discount; the subtotal is the
 * sum of list amounts and the discount total the sum of line discounts;
 * subtotal − discounts is the VAT-inclusive gross (or, for tax-exclusive
 * prices, the net); net + VAT = gross; and the total is the gross. Pure.
 *
 * Errors: `settlement_not_reconciled` naming the first broken identity
 * (`currency`, `rounding`, `line-<n>`, `subtotal`, `discount-total`,
 * `vat-basis`, `vat-split`, `total`).
 *
 * @param statement - a quote of the final lines
 * @returns the statement when it adds up
 * @example
 * ```ts
 * reconcileStatement(statement).isOk(); // true for any quote from pricing.quote
 * reconcileStatement({ ...statement, total: { amount: '1.00', currency: 'CNY' } }); // err: 'total'
 * ```
 * @category repair-order
 * @see §3.5(2)
 * @see REG-2
 */
export function reconcileStatement(
  statement: Quote,
): Result<Quote, RepairOrderErrorOf<'settlement_not_reconciled'>> {
  const broken = findBrokenIdentity(statement);
  return broken === undefined ? ok(statement) : err(settlementNotReconciled(broken));
}
