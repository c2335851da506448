import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { Decimal } from '../../_lib/decimal';
import {
  formatAmount,
  isWithinMoneyLimit,
  MONEY_AMOUNT_PATTERN,
  readDecimal,
} from '../../_lib/money-decimal';
import type { ValidationError } from '../errors';
import { parseWith } from '../validation';
import { type CurrencyCode, CurrencyCodeSchema, isCurrencyCode } from './currency';
import {
  type MoneyInvalidAmountError,
  type MoneyUnknownCurrencyError,
  moneyInvalidAmount,
  moneyUnknownCurrency,
} from './errors';
import { toMoneyInRange } from './to-money';

/** Room for `-`, 23 integer digits, `.` and 12 decimals; longer text is hostile. */
const AMOUNT_MAX_LENGTH = 40;

// zod runs every check even after the pattern failed, so only well-formed text is range-tested.
function isAmountInRange(amount: string): boolean {
  return !MONEY_AMOUNT_PATTERN.test(amount) || isWithinMoneyLimit(new Decimal(amount));
}

/**
 * Zod schema for {@link Money}: `{ amount, currency }` where `amount` is a
 * plain decimal string (no exponent, at most 12 decimals, within ±10^22) and
 * `currency` a {@link CurrencyCode}. Parsing canonicalises the amount
 * (`"12.5"` → `"12.50"`, `"-0"` → `"0.00"`, `"007"` → `"7.00"`), drops unknown
 * keys and freezes the result, so equal amounts are equal strings.
 *
 * @example
 * ```ts
 * import { MoneySchema, parseWith } from 'aftersales/shared';
 * parseWith(MoneySchema, { amount: '12.5', currency: 'CNY' });
 * // ok({ amount: '12.50', currency: 'CNY' })
 * ```
 * @category shared
 */
export const MoneySchema = z.pipe(
  z.object({
    amount: z.string().check(
      z.maxLength(AMOUNT_MAX_LENGTH),
      z.regex(MONEY_AMOUNT_PATTERN),
      z.refine(isAmountInRange, {
        error: 'amount must be within ±10^22',
        params: { reason: 'out_of_range' },
      }),
    ),
    currency: CurrencyCodeSchema,
  }),
  z.transform(({ amount, currency }) =>
    Object.freeze({ amount: formatAmount(new Decimal(amount), currency), currency }),
  ),
);

/**
 * An amount of money (金额) as JSON-safe data: `{ amount: "12.50", currency: "CNY" }`.
 * The amount is a canonical decimal string — plain notation, at least the
 * currency's minor digits, no trailing zeros beyond them, never `-0` — so it
 * survives `JSON.stringify`/`JSON.parse` unchanged and compares by value.
 * It may carry more decimals than the currency's minor units (up to 12) until
 * it is rounded explicitly.
 *
 * @example
 * ```ts
 * import type { Money } from 'aftersales/shared';
 * const labour: Money = { amount: '480.00', currency: 'CNY' };
 * ```
 * @category shared
 */
export type Money = z.infer<typeof MoneySchema>;

/**
 * Creates money from a decimal string, a finite number or a bigint.
 * Strings must be plain decimal literals (`"12.5"`, `"-3"`): no exponent, no
 * spaces, no `+`, at most 22 integer and 12 fraction digits. Numbers are read
 * through their shortest decimal text, so `0.1` is exactly `"0.10"`; numbers
 * whose text needs an exponent (`1e21`, `1e-7`) are rejected, as are `NaN`
 * and `±Infinity`. The result is canonical and frozen.
 *
 * Errors: `money_unknown_currency`, `money_invalid_amount` (reason `wrong_type`,
 * `not_finite` or `not_decimal`).
 *
 * @param amount - the amount; prefer strings for money entered by people
 * @param currency - defaults to `'CNY'` (人民币)
 * @example
 * ```ts
 * import { createMoney } from 'aftersales/shared';
 * createMoney('12.5'); // ok({ amount: '12.50', currency: 'CNY' })
 * createMoney(3, 'JPY'); // ok({ amount: '3', currency: 'JPY' })
 * createMoney(Number.NaN).isErr(); // true
 * ```
 * @category shared
 */
export function createMoney(
  amount: string | number | bigint,
  currency: CurrencyCode = 'CNY',
): Result<Money, MoneyInvalidAmountError | MoneyUnknownCurrencyError> {
  if (!isCurrencyCode(currency)) return err(moneyUnknownCurrency(currency));
  const decimal = readDecimal(amount);
  if (decimal.isErr()) return err(moneyInvalidAmount(decimal.error));
  // A decimal literal has at most 22 integer digits, so it is always within the money limit.
  return ok(toMoneyInRange(decimal.value, currency));
}

/**
 * Parses unknown input (JSON from storage or a request) into canonical
 * {@link Money}. Never throws, whatever the input.
 *
 * Errors: `validation_failed` — issues at `amount` (`invalid_type`,
 * `too_big`, `invalid_format`, `out_of_range`) or `currency` (`invalid_value`
 * for an unknown code).
 *
 * @example
 * ```ts
 * import { parseMoney } from 'aftersales/shared';
 * parseMoney(JSON.parse('{"amount":"99.9","currency":"CNY"}')); // ok({ amount: '99.90', currency: 'CNY' })
 * parseMoney({ amount: 99.9, currency: 'CNY' }).isErr(); // true: amounts are strings in data
 * ```
 * @category shared
 */
export function parseMoney(input: unknown): Result<Money, ValidationError> {
  return parseWith(MoneySchema, input);
}

/**
 * Zero in a currency (`"0.00"` for CNY, `"0"` for JPY).
 *
 * @param currency - defaults to `'CNY'`
 * @example
 * ```ts
 * import { zeroMoney } from 'aftersales/shared';
 * zeroMoney(); // { amount: '0.00', currency: 'CNY' }
 * ```
 * @category shared
 */
export function zeroMoney(currency: CurrencyCode = 'CNY'): Money {
  return toMoneyInRange(new Decimal(0), currency);
}
