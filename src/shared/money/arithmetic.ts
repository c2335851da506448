import { err, type Result } from 'neverthrow';
import type { Decimal } from '../../_lib/decimal';
import { decimalFromMoney, readDecimal } from '../../_lib/money-decimal';
import {
  type MoneyArithmeticError,
  type MoneyInvalidFactorError,
  type MoneyOutOfRangeError,
  moneyInvalidFactor,
} from './errors';
import type { Money } from './money';
import { checkSameCurrency } from './same-currency';
import { toMoney, toMoneyInRange } from './to-money';

// Results keep full precision (up to 12 decimals): rounding is always an explicit, separate step.

/**
 * `left + right`, unrounded.
 *
 * Errors: `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * import { addMoney } from 'aftersales/shared';
 * addMoney({ amount: '12.50', currency: 'CNY' }, { amount: '0.125', currency: 'CNY' }); // ok({ amount: '12.625', currency: 'CNY' })
 * ```
 * @category shared
 */
export function addMoney(left: Money, right: Money): Result<Money, MoneyArithmeticError> {
  return checkSameCurrency(left, right).andThen((currency) =>
    toMoney(decimalFromMoney(left).plus(decimalFromMoney(right)), currency),
  );
}

/**
 * `left − right`, unrounded.
 *
 * Errors: `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * import { subtractMoney } from 'aftersales/shared';
 * subtractMoney({ amount: '100.00', currency: 'CNY' }, { amount: '113.00', currency: 'CNY' }); // ok({ amount: '-13.00', currency: 'CNY' })
 * ```
 * @category shared
 */
export function subtractMoney(left: Money, right: Money): Result<Money, MoneyArithmeticError> {
  return checkSameCurrency(left, right).andThen((currency) =>
    toMoney(decimalFromMoney(left).minus(decimalFromMoney(right)), currency),
  );
}

/**
 * `money × factor`, where the factor is a quantity (`3`, `"1.5"` hours) or a
 * rate (`"0.88"`); negative factors are allowed (returns, credits). The
 * result is unrounded, kept to 12 decimals (half-even beyond, far below any
 * minor unit).
 *
 * Errors: `money_invalid_factor` (`argument: 'factor'`), `money_out_of_range`.
 *
 * @param factor - a decimal literal string, a finite number or a bigint
 * @example
 * ```ts
 * import { type Money, multiplyMoney } from 'aftersales/shared';
 * const hourly: Money = { amount: '160.00', currency: 'CNY' };
 * multiplyMoney(hourly, '1.5'); // ok({ amount: '240.00', currency: 'CNY' })
 * multiplyMoney(hourly, '0.875'); // ok({ amount: '140.00', currency: 'CNY' })
 * ```
 * @category shared
 */
export function multiplyMoney(
  money: Money,
  factor: string | number | bigint,
): Result<Money, MoneyInvalidFactorError | MoneyOutOfRangeError> {
  return scale(money, factor, 'factor', (amount, by) => amount.times(by));
}

/**
 * `percent`% of money (`money × percent / 100`), unrounded.
 *
 * Errors: `money_invalid_factor` (`argument: 'percent'`), `money_out_of_range`.
 *
 * @param percent - e.g. `12.5` or `"12.5"` for 12.5 %
 * @example
 * ```ts
 * import { percentageOf } from 'aftersales/shared';
 * percentageOf({ amount: '80.00', currency: 'CNY' }, '12.5'); // ok({ amount: '10.00', currency: 'CNY' })
 * ```
 * @category shared
 */
export function percentageOf(
  money: Money,
  percent: string | number | bigint,
): Result<Money, MoneyInvalidFactorError | MoneyOutOfRangeError> {
  return scale(money, percent, 'percent', (amount, by) => amount.times(by.dividedBy(100)));
}

/**
 * `−money`; zero stays `"0.00"` (never `"-0.00"`).
 *
 * @example
 * ```ts
 * import { negateMoney } from 'aftersales/shared';
 * negateMoney({ amount: '5.20', currency: 'CNY' }); // { amount: '-5.20', currency: 'CNY' }
 * ```
 * @category shared
 */
export function negateMoney(money: Money): Money {
  // The range is symmetric about zero, so a negated amount is always in range.
  return toMoneyInRange(decimalFromMoney(money).neg(), money.currency);
}

function scale(
  money: Money,
  input: string | number | bigint,
  argument: 'factor' | 'percent',
  apply: (amount: Decimal, by: Decimal) => Decimal,
): Result<Money, MoneyInvalidFactorError | MoneyOutOfRangeError> {
  const by = readDecimal(input);
  if (by.isErr()) return err(moneyInvalidFactor(argument, by.error));
  return toMoney(apply(decimalFromMoney(money), by.value), money.currency);
}
