import { err, type Result } from 'neverthrow';
import {
  type AllocationError,
  allocateMoney,
  type CurrencyMismatchError,
  currencyMismatch,
  type Money,
} from '../shared/index';

/**
 * Spreads an order-level discount (整单优惠) over the lines in proportion to
 * their amounts, to the cent: the shares always add up to the discount
 * exactly (shared `allocateMoney`, largest remainder, ties to the earlier line).
 *
 * Errors: `currency_mismatch`, `allocation_total_not_rounded` (round the
 * discount first), `allocation_weights_invalid` (no lines, or all zero).
 *
 * @param discount - the order-level discount, rounded to the minor unit
 * @param lineAmounts - the amount of each line the discount is spread over
 * @returns one share per line, in order
 * @example
 * ```ts
 * const cny = (amount: string) => ({ amount, currency: 'CNY' as const });
 * allocateOrderDiscount(cny('10.00'), [cny('100.00'), cny('200.00')]);
 * // ok([{ amount: '3.33', … }, { amount: '6.67', … }])
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export function allocateOrderDiscount(
  discount: Money,
  lineAmounts: readonly Money[],
): Result<Money[], AllocationError | CurrencyMismatchError> {
  const other = lineAmounts.find((amount) => amount.currency !== discount.currency);
  if (other !== undefined) return err(currencyMismatch(discount.currency, other.currency));
  return allocateMoney(
    discount,
    lineAmounts.map((amount) => amount.amount),
  );
}
