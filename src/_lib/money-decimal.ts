import { err, ok, type Result } from 'neverthrow';
import { type CurrencyCode, minorUnits } from '../shared/money/currency';
import { DECIMAL_ROUNDING, Decimal, toDecimal } from './decimal';

/**
 * Money ↔ Decimal conversions shared by the money kernel and by modules that
 * do hot-path arithmetic on `Decimal` directly (pricing): both must produce
 * the same canonical amount strings, so both go through these helpers.
 */

/** Most decimal places a money amount keeps; matches the decimal literal (12). */
export const MONEY_MAX_SCALE = 12;

/**
 * Largest absolute amount, inclusive. A power of ten: rounding is monotone and
 * this bound lies on every rounding grid, so rounding never leaves the range.
 * With at most 23 integer and 12 fraction digits an amount has ≤ 35
 * significant digits, so sums of two amounts stay exact at precision 40.
 */
export const MONEY_LIMIT = '10000000000000000000000';

const LIMIT = new Decimal(MONEY_LIMIT);

/** Shape of a canonical amount string accepted by the money schema (range checked apart). */
export const MONEY_AMOUNT_PATTERN = /^-?\d{1,23}(\.\d{1,12})?$/;

/** A money value as plain data; structurally the same as the public `Money`. */
export interface MoneyData {
  readonly amount: string;
  readonly currency: CurrencyCode;
}

/** Why an input could not be read as a decimal. */
export type DecimalProblem = 'wrong_type' | 'not_finite' | 'not_decimal';

/** A rounding mode name known to decimal.js through `DECIMAL_ROUNDING`. */
export type DecimalRoundingMode = keyof typeof DECIMAL_ROUNDING;

/** Reads a strict decimal literal, saying why when it cannot (never throws). */
export function readDecimal(value: unknown): Result<Decimal, DecimalProblem> {
  const decimal = toDecimal(value);
  if (decimal !== undefined) return ok(decimal);
  if (typeof value === 'number') return err(Number.isFinite(value) ? 'not_decimal' : 'not_finite');
  return err(typeof value === 'string' || typeof value === 'bigint' ? 'not_decimal' : 'wrong_type');
}

/** The amount of trusted money data as a Decimal. */
export function decimalFromMoney(money: MoneyData): Decimal {
  return new Decimal(money.amount);
}

/** Whether a decimal lies within ±{@link MONEY_LIMIT}. */
export function isWithinMoneyLimit(value: Decimal): boolean {
  return value.abs().lte(LIMIT);
}

/**
 * Canonical amount text: plain notation (never an exponent), at least the
 * currency's minor digits, no trailing zeros beyond them, and no `-0`.
 */
export function formatAmount(value: Decimal, currency: CurrencyCode): string {
  const scale = Math.max(minorUnits(currency), value.decimalPlaces());
  return (value.isZero() ? value.abs() : value).toFixed(scale);
}

/**
 * Frozen money data from a decimal, or `undefined` beyond ±{@link MONEY_LIMIT}.
 * Digits past {@link MONEY_MAX_SCALE} places are rounded half-even: that is
 * far below any minor unit, and keeps every result a valid amount.
 */
export function moneyFromDecimal(value: Decimal, currency: CurrencyCode): MoneyData | undefined {
  const fitted =
    value.decimalPlaces() > MONEY_MAX_SCALE
      ? value.toDecimalPlaces(MONEY_MAX_SCALE, DECIMAL_ROUNDING['half-even'])
      : value;
  if (!isWithinMoneyLimit(fitted)) return undefined;
  return Object.freeze({ amount: formatAmount(fitted, currency), currency });
}

/**
 * `dividend / divisor` rounded to `decimals` places in `mode`, exactly: the
 * tie test uses the integer remainder, not a 40-digit approximation of the
 * quotient, so a repeating quotient (×13/113) can never be double-rounded.
 * `divisor` must be positive; exact while the operands have ≲ 36 digits.
 */
export function roundDivision(
  dividend: Decimal,
  divisor: Decimal,
  decimals: number,
  mode: DecimalRoundingMode,
): Decimal {
  const scale = new Decimal(10).pow(decimals);
  const magnitude = dividend.abs().times(scale);
  const quotient = magnitude.divToInt(divisor);
  const twiceRemainder = magnitude.minus(quotient.times(divisor)).times(2);
  const rounded = roundsAway(quotient, twiceRemainder, divisor, mode) ? quotient.plus(1) : quotient;
  const result = rounded.dividedBy(scale);
  return dividend.isNeg() ? result.neg() : result;
}

// All four modes are symmetric about zero, so rounding the magnitude suffices.
function roundsAway(
  quotient: Decimal,
  twiceRemainder: Decimal,
  divisor: Decimal,
  mode: DecimalRoundingMode,
): boolean {
  if (twiceRemainder.isZero()) return false;
  const half = twiceRemainder.comparedTo(divisor);
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return true;
    case 'half-up':
      return half >= 0;
    case 'half-even':
      return half > 0 || (half === 0 && !quotient.mod(2).isZero());
  }
}
