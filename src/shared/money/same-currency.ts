import { err, ok, type Result } from 'neverthrow';
import type { CurrencyCode } from './currency';
import { type CurrencyMismatchError, currencyMismatch } from './errors';
import type { Money } from './money';

/**
 * The common currency of two amounts, or a `currency_mismatch` error value:
 * the library never converts between currencies and never throws for this.
 *
 * Errors: `currency_mismatch`.
 *
 * @example
 * ```ts
 * import { checkSameCurrency } from 'aftersales/shared';
 * checkSameCurrency({ amount: '1.00', currency: 'CNY' }, { amount: '2.00', currency: 'USD' });
 * // err({ code: 'currency_mismatch', data: { left: 'CNY', right: 'USD' } })
 * ```
 * @category shared
 */
export function checkSameCurrency(
  left: Money,
  right: Money,
): Result<CurrencyCode, CurrencyMismatchError> {
  return left.currency === right.currency
    ? ok(left.currency)
    : err(currencyMismatch(left.currency, right.currency));
}
