import { MONEY_LIMIT } from '../../_lib/money-decimal';
import { type DomainError, domainError } from '../errors';
import { type CurrencyCode, minorUnits } from './currency';

// DecimalInputProblem spells out the internal `DecimalProblem` rather than aliasing it, so the
// public docs are self-contained; `createMoney` passing one into the other keeps them in step.

/**
 * Why a value could not be read as an amount, factor or weight: not a
 * string/number/bigint (`wrong_type`), `NaN` or `±Infinity` (`not_finite`), or
 * not a plain decimal literal of at most 22 integer and 12 fraction digits —
 * exponents, spaces, `+`, separators, empty strings (`not_decimal`).
 *
 * @example
 * ```ts
 * import type { DecimalInputProblem } from 'aftersales/shared';
 * const reason: DecimalInputProblem = 'not_finite';
 * ```
 * @category shared
 */
export type DecimalInputProblem = 'wrong_type' | 'not_finite' | 'not_decimal';

/**
 * An amount given to `createMoney` is not a usable decimal.
 *
 * @example
 * ```ts
 * createMoney('1e3'); // err({ code: 'money_invalid_amount', data: { reason: 'not_decimal' } })
 * ```
 *
 * @category shared
 */
export type MoneyInvalidAmountError = DomainError<
  'money_invalid_amount',
  { readonly reason: DecimalInputProblem }
>;

/**
 * A currency code is not in `CURRENCIES`. `currency` is the rejected code cut
 * to 16 characters, or `null` when it was not a string.
 *
 * @example
 * ```ts
 * createMoney('1', 'RMB' as CurrencyCode); // err({ code: 'money_unknown_currency', data: { currency: 'RMB' } })
 * ```
 *
 * @category shared
 */
export type MoneyUnknownCurrencyError = DomainError<
  'money_unknown_currency',
  { readonly currency: string | null }
>;

/**
 * Two amounts in different currencies were combined or compared.
 *
 * @example
 * ```ts
 * addMoney(cny, usd); // err({ code: 'currency_mismatch', data: { left: 'CNY', right: 'USD' } })
 * ```
 *
 * @category shared
 */
export type CurrencyMismatchError = DomainError<
  'currency_mismatch',
  { readonly left: CurrencyCode; readonly right: CurrencyCode }
>;

/**
 * A multiplier (`factor`: a quantity or rate) or a `percent` is not a usable decimal.
 *
 * @example
 * ```ts
 * multiplyMoney(price, Number.NaN); // err({ code: 'money_invalid_factor', data: { argument: 'factor', reason: 'not_finite' } })
 * ```
 *
 * @category shared
 */
export type MoneyInvalidFactorError = DomainError<
  'money_invalid_factor',
  { readonly argument: 'factor' | 'percent'; readonly reason: DecimalInputProblem }
>;

/**
 * A result would exceed the largest amount the library represents exactly
 * (`limit`, as a decimal string: ±10^22).
 *
 * @example
 * ```ts
 * multiplyMoney(huge, 1000); // err({ code: 'money_out_of_range', data: { limit: '10000000000000000000000' } })
 * ```
 *
 * @category shared
 */
export type MoneyOutOfRangeError = DomainError<'money_out_of_range', { readonly limit: string }>;

/**
 * An amount to allocate has more decimals than its currency's minor units,
 * so it cannot be split into whole minor units.
 *
 * @example
 * ```ts
 * allocateMoney({ amount: '10.005', currency: 'CNY' }, [1, 1]); // err({ code: 'allocation_total_not_rounded', … })
 * ```
 *
 * @category shared
 * @see §3.5(2)
 */
export type AllocationTotalNotRoundedError = DomainError<
  'allocation_total_not_rounded',
  { readonly currency: CurrencyCode; readonly minorUnits: number }
>;

/**
 * Allocation weights are unusable: none given (`empty`), all zero
 * (`all_zero`), or the weight at `index` is negative or not a decimal.
 *
 * @example
 * ```ts
 * allocateMoney(total, [1, -1]); // err({ code: 'allocation_weights_invalid', data: { reason: 'negative', index: 1 }, … })
 * ```
 *
 * @category shared
 * @see §3.5(2)
 */
export type AllocationWeightsInvalidError = DomainError<
  'allocation_weights_invalid',
  {
    readonly reason: 'empty' | 'all_zero' | 'negative' | DecimalInputProblem;
    readonly index?: number;
  }
>;

/**
 * Errors of `allocateMoney`.
 *
 * @example
 * ```ts
 * const result: Result<Money[], AllocationError> = allocateMoney(total, weights);
 * ```
 *
 * @category shared
 * @see §3.5(2)
 */
export type AllocationError = AllocationTotalNotRoundedError | AllocationWeightsInvalidError;

/**
 * Errors of money arithmetic on two amounts (`addMoney`, `subtractMoney`, `sumMoney`).
 *
 * @example
 * ```ts
 * const result: Result<Money, MoneyArithmeticError> = addMoney(a, b);
 * ```
 *
 * @category shared
 */
export type MoneyArithmeticError = CurrencyMismatchError | MoneyOutOfRangeError;

/**
 * Every error of the money kernel. Codes: `money_invalid_amount`,
 * `money_unknown_currency`, `currency_mismatch`, `money_invalid_factor`,
 * `money_out_of_range`, `allocation_total_not_rounded`, `allocation_weights_invalid`.
 *
 * @example
 * ```ts
 * import type { MoneyError } from 'aftersales/shared';
 * const describe = (e: MoneyError) => e.code;
 * ```
 * @category shared
 */
export type MoneyError =
  | MoneyInvalidAmountError
  | MoneyUnknownCurrencyError
  | CurrencyMismatchError
  | MoneyInvalidFactorError
  | MoneyOutOfRangeError
  | AllocationError;

/**
 * Builds a {@link MoneyInvalidAmountError}.
 *
 * @example
 * ```ts
 * moneyInvalidAmount('not_finite').code; // 'money_invalid_amount'
 * ```
 * @category shared
 */
export function moneyInvalidAmount(reason: DecimalInputProblem): MoneyInvalidAmountError {
  return domainError('money_invalid_amount', { reason });
}

/**
 * Builds a {@link MoneyUnknownCurrencyError} from the rejected value; only a
 * short prefix of a string is kept, so hostile input never lands in logs whole.
 *
 * @example
 * ```ts
 * moneyUnknownCurrency('XYZ').data.currency; // 'XYZ'
 * moneyUnknownCurrency(42).data.currency; // null
 * ```
 * @category shared
 */
export function moneyUnknownCurrency(value: unknown): MoneyUnknownCurrencyError {
  return domainError('money_unknown_currency', {
    currency: typeof value === 'string' ? value.slice(0, 16) : null,
  });
}

/**
 * Builds a {@link CurrencyMismatchError}.
 *
 * @example
 * ```ts
 * currencyMismatch('CNY', 'USD').data; // { left: 'CNY', right: 'USD' }
 * ```
 * @category shared
 */
export function currencyMismatch(left: CurrencyCode, right: CurrencyCode): CurrencyMismatchError {
  return domainError('currency_mismatch', { left, right });
}

/**
 * Builds a {@link MoneyInvalidFactorError}.
 *
 * @example
 * ```ts
 * moneyInvalidFactor('percent', 'not_decimal').data.argument; // 'percent'
 * ```
 * @category shared
 */
export function moneyInvalidFactor(
  argument: 'factor' | 'percent',
  reason: DecimalInputProblem,
): MoneyInvalidFactorError {
  return domainError('money_invalid_factor', { argument, reason });
}

/**
 * Builds a {@link MoneyOutOfRangeError}.
 *
 * @example
 * ```ts
 * moneyOutOfRange().data.limit; // '10000000000000000000000'
 * ```
 * @category shared
 */
export function moneyOutOfRange(): MoneyOutOfRangeError {
  return domainError('money_out_of_range', { limit: MONEY_LIMIT });
}

/**
 * Builds an {@link AllocationTotalNotRoundedError} for a currency.
 *
 * @example
 * ```ts
 * allocationTotalNotRounded('CNY').data.minorUnits; // 2
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function allocationTotalNotRounded(currency: CurrencyCode): AllocationTotalNotRoundedError {
  return domainError(
    'allocation_total_not_rounded',
    { currency, minorUnits: minorUnits(currency) },
    '§3.5(2)',
  );
}

/**
 * Builds an {@link AllocationWeightsInvalidError}; `index` names the offending weight.
 *
 * @example
 * ```ts
 * allocationWeightsInvalid('negative', 2).data; // { reason: 'negative', index: 2 }
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function allocationWeightsInvalid(
  reason: AllocationWeightsInvalidError['data']['reason'],
  index?: number,
): AllocationWeightsInvalidError {
  return domainError(
    'allocation_weights_invalid',
    index === undefined ? { reason } : { reason, index },
    '§3.5(2)',
  );
}
