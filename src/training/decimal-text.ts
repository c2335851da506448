import * as z from 'zod/mini';
import { DECIMAL_LITERAL, Decimal } from '../_lib/decimal';

const DecimalTextSchema = z.string().check(z.maxLength(36), z.regex(DECIMAL_LITERAL));

/**
 * A decimal string between `min` and `max` inclusive (reason `out_of_range`
 * otherwise). Internal to training.
 *
 * @example
 * ```ts
 * decimalBetween('0', '100').safeParse('87.5').success; // true
 * ```
 * @internal
 * @category training
 */
export function decimalBetween(min: string, max: string) {
  return DecimalTextSchema.check(
    z.refine((text) => new Decimal(text).gte(min) && new Decimal(text).lte(max), {
      message: `must be between ${min} and ${max}`,
      params: { reason: 'out_of_range' },
    }),
  );
}

/**
 * An indicator value or score on the 0–100 scale, as a decimal string.
 * Internal to training.
 *
 * @example
 * ```ts
 * ScoreTextSchema.safeParse('100').success; // true
 * ```
 * @internal
 * @category training
 */
export const ScoreTextSchema = decimalBetween('0', '100');

/**
 * A scorecard weight in (0, 1] as a decimal string. Internal to training.
 *
 * @example
 * ```ts
 * WeightTextSchema.safeParse('0.25').success; // true
 * ```
 * @internal
 * @category training
 */
export const WeightTextSchema = DecimalTextSchema.check(
  z.refine((text) => new Decimal(text).gt(0) && new Decimal(text).lte(1), {
    message: 'must be greater than 0 and at most 1',
    params: { reason: 'out_of_range' },
  }),
);

/**
 * A bonus coefficient (奖金系数) from 0 to 10, as a decimal string. Internal to training.
 *
 * @example
 * ```ts
 * CoefficientTextSchema.safeParse('1.2').success; // true
 * ```
 * @internal
 * @category training
 */
export const CoefficientTextSchema = decimalBetween('0', '10');

/**
 * The exact sum of decimal strings, as a decimal. Internal to training.
 *
 * @example
 * ```ts
 * sumDecimals(['0.1', '0.2']).eq('0.3'); // true
 * ```
 * @internal
 * @category training
 */
export function sumDecimals(values: readonly string[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Decimal(0));
}
