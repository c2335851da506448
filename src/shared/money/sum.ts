import { err, type Result } from 'neverthrow';
import { Decimal } from '../../_lib/decimal';
import { decimalFromMoney } from '../../_lib/money-decimal';
import type { CurrencyCode } from './currency';
import { currencyMismatch, type MoneyArithmeticError, moneyOutOfRange } from './errors';
import type { Money } from './money';
import { toMoney } from './to-money';

/**
 * Beyond this running total, 12 decimals no longer fit in 40 significant
 * digits; stopping here keeps every partial sum, hence the result, exact.
 */
const EXACT_RUNNING_LIMIT = new Decimal('1e27');

/**
 * The exact sum of amounts in one currency; an empty list sums to zero. Sum
 * lines that were each rounded (see `roundMoney`) and the total reconciles
 * with the statement to the cent: the library never rounds a total again.
 *
 * Errors: `currency_mismatch` (the first amount not in `currency`: `left` is
 * `currency`, `right` the amount's), `money_out_of_range`.
 *
 * @param currency - the currency every item must be in, and of the zero
 * returned for an empty list; defaults to `'CNY'`
 * @example
 * ```ts
 * import { sumMoney } from 'aftersales/shared';
 * sumMoney([
 *   { amount: '480.00', currency: 'CNY' },
 *   { amount: '35.50', currency: 'CNY' },
 * ]); // ok({ amount: '515.50', currency: 'CNY' })
 * sumMoney([]); // ok({ amount: '0.00', currency: 'CNY' })
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function sumMoney(
  items: readonly Money[],
  currency: CurrencyCode = 'CNY',
): Result<Money, MoneyArithmeticError> {
  let total = new Decimal(0);
  for (const item of items) {
    if (item.currency !== currency) return err(currencyMismatch(currency, item.currency));
    total = total.plus(decimalFromMoney(item));
    if (total.abs().gte(EXACT_RUNNING_LIMIT)) return err(moneyOutOfRange());
  }
  return toMoney(total, currency);
}
