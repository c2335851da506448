import * as z from 'zod/mini';
import { Decimal } from '../../_lib/decimal';

const RATIO_PATTERN = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/;
const PERCENT_PATTERN = /^\d{1,3}(\.\d{1,2})?$/;

/**
 * A ratio in [0, 1] as a decimal string with at most four decimals
 * (`"0.4"`, `"0.9525"`): scorecard weights, component scores and grade
 * thresholds. Computed with decimal arithmetic, never JS floats.
 *
 * @example
 * ```ts
 * RatioSchema.safeParse('0.35').success; // true
 * RatioSchema.safeParse('1.2').success; // false
 * ```
 * @category parts
 * @see §6.1.2
 */
export const RatioSchema = z.string().check(z.regex(RATIO_PATTERN));

/**
 * A percentage in [0, 100] as a decimal string with at most two decimals
 * (`"5"`, `"0.5"`): receipt and three-way-match tolerances.
 *
 * @example
 * ```ts
 * PercentSchema.safeParse('2.5').success; // true
 * ```
 * @category parts
 * @see §6.1.5
 */
export const PercentSchema = z.string().check(
  z.regex(PERCENT_PATTERN),
  z.refine((text: string) => new Decimal(text).lte(100), { message: 'must be at most 100' }),
);

/**
 * A ratio rounded half-up to four decimals, in canonical text.
 *
 * @example
 * ```ts
 * formatRatio(new Decimal(2).dividedBy(3)); // '0.6667'
 * ```
 * @category parts
 * @internal
 */
export function formatRatio(value: Decimal): string {
  const rounded = value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toFixed();
}
