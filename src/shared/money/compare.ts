import type { Result } from 'neverthrow';
import { decimalFromMoney } from '../../_lib/money-decimal';
import type { CurrencyMismatchError } from './errors';
import type { Money } from './money';
import { checkSameCurrency } from './same-currency';

/**
 * Orders two amounts of the same currency by value: `-1` when `left` is
 * smaller, `0` when equal (`"1.50"` equals `"1.500"`), `1` when larger.
 *
 * Errors: `currency_mismatch`.
 *
 * @example
 * ```ts
 * import { compareMoney } from 'aftersales/shared';
 * compareMoney({ amount: '9.99', currency: 'CNY' }, { amount: '10.00', currency: 'CNY' }); // ok(-1)
 * ```
 * @category shared
 */
export function compareMoney(left: Money, right: Money): Result<-1 | 0 | 1, CurrencyMismatchError> {
  return checkSameCurrency(left, right).map(
    () => decimalFromMoney(left).comparedTo(decimalFromMoney(right)) as -1 | 0 | 1,
  );
}

/**
 * Whether two amounts of the same currency have the same value.
 *
 * Errors: `currency_mismatch` (different currencies are not "unequal", they
 * are incomparable).
 *
 * @example
 * ```ts
 * import { moneyEquals } from 'aftersales/shared';
 * moneyEquals({ amount: '1.50', currency: 'CNY' }, { amount: '1.500', currency: 'CNY' }); // ok(true)
 * ```
 * @category shared
 */
export function moneyEquals(left: Money, right: Money): Result<boolean, CurrencyMismatchError> {
  return compareMoney(left, right).map((order) => order === 0);
}

/**
 * The smaller of two amounts (`left` when equal).
 *
 * Errors: `currency_mismatch`.
 *
 * @example
 * ```ts
 * import { minMoney } from 'aftersales/shared';
 * minMoney({ amount: '5.00', currency: 'CNY' }, { amount: '3.00', currency: 'CNY' }); // ok({ amount: '3.00', … })
 * ```
 * @category shared
 */
export function minMoney(left: Money, right: Money): Result<Money, CurrencyMismatchError> {
  return compareMoney(left, right).map((order) => (order <= 0 ? left : right));
}

/**
 * The larger of two amounts (`left` when equal).
 *
 * Errors: `currency_mismatch`.
 *
 * @example
 * ```ts
 * import { maxMoney } from 'aftersales/shared';
 * maxMoney({ amount: '5.00', currency: 'CNY' }, { amount: '3.00', currency: 'CNY' }); // ok({ amount: '5.00', … })
 * ```
 * @category shared
 */
export function maxMoney(left: Money, right: Money): Result<Money, CurrencyMismatchError> {
  return compareMoney(left, right).map((order) => (order >= 0 ? left : right));
}

/**
 * Whether an amount is zero.
 *
 * @example
 * ```ts
 * import { isZeroMoney } from 'aftersales/shared';
 * isZeroMoney({ amount: '0.00', currency: 'CNY' }); // true
 * ```
 * @category shared
 */
export function isZeroMoney(money: Money): boolean {
  return decimalFromMoney(money).isZero();
}

/**
 * Whether an amount is below zero (a refund, a credit, an overpayment).
 *
 * @example
 * ```ts
 * import { isNegativeMoney } from 'aftersales/shared';
 * isNegativeMoney({ amount: '-0.01', currency: 'CNY' }); // true
 * ```
 * @category shared
 */
export function isNegativeMoney(money: Money): boolean {
  return decimalFromMoney(money).lt(0);
}

/**
 * Whether an amount is above zero.
 *
 * @example
 * ```ts
 * import { isPositiveMoney } from 'aftersales/shared';
 * isPositiveMoney({ amount: '0.00', currency: 'CNY' }); // false
 * ```
 * @category shared
 */
export function isPositiveMoney(money: Money): boolean {
  return decimalFromMoney(money).gt(0);
}
