import DecimalJs from 'decimal.js';

/**
 * The library's own decimal.js constructor. A private clone keeps the
 * library's precision and rounding independent of whatever a host sets on
 * the global `Decimal` (and keeps the library from changing it).
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** decimal.js rounding constants under the library's mode names. */
export const DECIMAL_ROUNDING = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
} as const;

/**
 * Strict decimal literal: optional minus, 1–22 integer digits, 0–12 fraction
 * digits. No exponents, no `+`, no spaces, no thousands separators: anything
 * looser would let ambiguous or absurd input into money.
 */
export const DECIMAL_LITERAL = /^-?\d{1,22}(\.\d{1,12})?$/;

/**
 * Reads a decimal from a string literal or a finite JavaScript number;
 * returns `undefined` for anything else (never throws).
 */
export function toDecimal(value: unknown): Decimal | undefined {
  if (typeof value === 'string') {
    return DECIMAL_LITERAL.test(value) ? new Decimal(value) : undefined;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const text = String(value);
    return DECIMAL_LITERAL.test(text) ? new Decimal(text) : undefined;
  }
  if (typeof value === 'bigint') {
    const text = value.toString();
    return DECIMAL_LITERAL.test(text) ? new Decimal(text) : undefined;
  }
  return undefined;
}
