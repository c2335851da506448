import * as z from 'zod/mini';
import { Decimal } from '../_lib/decimal';
import type { Brand } from '../shared/index';

/**
 * An exact, non-negative physical quantity as a canonical decimal string:
 * kilograms of waste, kWh of electricity, m³ of water or gas. At most 12
 * integer digits and 3 decimals (grams, watt-hours, litres), no trailing
 * zeros (`"12.5"`, never `"12.50"`). Quantities are summed and compared with
 * decimal arithmetic, never as JavaScript numbers, so ledgers add up exactly.
 *
 * @example
 * ```ts
 * const kg = MeasuredQuantitySchema.parse('18.250'); // '18.25'
 * ```
 * @category environment
 * @see §10.2(1)
 * @see §10.3(5)
 */
export type MeasuredQuantity = Brand<string, 'MeasuredQuantity'>;

const QUANTITY_PATTERN = /^\d{1,12}(\.\d{1,3})?$/;

/**
 * Schema of a {@link MeasuredQuantity}; canonicalises the text
 * (`"007.50"` → `"7.5"`). Negative numbers, exponents and more than three
 * decimals are rejected.
 *
 * @example
 * ```ts
 * MeasuredQuantitySchema.safeParse('1200.5').success; // true
 * MeasuredQuantitySchema.safeParse('-1').success; // false
 * ```
 * @category environment
 * @see §10.2(1)
 * @see §10.3(5)
 */
export const MeasuredQuantitySchema = z.pipe(
  z.string().check(z.maxLength(20), z.regex(QUANTITY_PATTERN)),
  z.transform((text: string) => formatQuantity(new Decimal(text))),
);

/**
 * Schema of a strictly positive {@link MeasuredQuantity} (a waste lot's
 * weight); zero is rejected with reason `not_positive`.
 *
 * @example
 * ```ts
 * PositiveQuantitySchema.safeParse('0').success; // false
 * ```
 * @category environment
 * @see §10.3(5)
 */
export const PositiveQuantitySchema = MeasuredQuantitySchema.check(
  z.refine((quantity: string) => new Decimal(quantity).gt(0), {
    message: 'must be greater than zero',
    params: { reason: 'not_positive' },
  }),
);

/** Canonical text of a non-negative decimal, rounded half-up to `places`. */
export function formatQuantity(value: Decimal, places = 3): MeasuredQuantity {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return (rounded.isZero() ? '0' : rounded.toFixed()) as MeasuredQuantity;
}

/** The exact sum of quantities. */
export function sumQuantities(values: Iterable<string>): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}

/** `numerator ÷ denominator` rounded half-up to `places`, or `null` when the denominator is zero. */
export function divideQuantities(
  numerator: Decimal,
  denominator: Decimal,
  places: number,
): MeasuredQuantity | null {
  if (denominator.isZero()) return null;
  return formatQuantity(numerator.dividedBy(denominator), places);
}
