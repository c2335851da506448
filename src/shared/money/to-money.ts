import { err, ok, type Result } from 'neverthrow';
import type { Decimal } from '../../_lib/decimal';
import { type MoneyData, moneyFromDecimal } from '../../_lib/money-decimal';
import type { CurrencyCode } from './currency';
import { type MoneyOutOfRangeError, moneyOutOfRange } from './errors';

/**
 * Money from an arithmetic result, or `money_out_of_range` beyond ±10^22.
 * Internal to the money kernel; not part of the public surface.
 *
 * @example
 * ```ts
 * toMoney(new Decimal('1.5'), 'CNY'); // ok({ amount: '1.50', currency: 'CNY' })
 * ```
 * @internal
 * @category shared
 */
export function toMoney(
  value: Decimal,
  currency: CurrencyCode,
): Result<MoneyData, MoneyOutOfRangeError> {
  const money = moneyFromDecimal(value, currency);
  return money === undefined ? err(moneyOutOfRange()) : ok(money);
}

/**
 * Money from a value already known to be in range (a literal, a rounding or
 * an allocation of an in-range amount); a value outside is a library bug.
 *
 * @example
 * ```ts
 * toMoneyInRange(new Decimal(0), 'JPY'); // { amount: '0', currency: 'JPY' }
 * ```
 * @internal
 * @category shared
 */
export function toMoneyInRange(value: Decimal, currency: CurrencyCode): MoneyData {
  const money = moneyFromDecimal(value, currency);
  if (money === undefined)
    throw new RangeError('aftersales: an in-range money result left the range');
  return money;
}
