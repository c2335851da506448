import * as z from 'zod/mini';
import { DECIMAL_ROUNDING } from '../../_lib/decimal';
import { decimalFromMoney, MONEY_MAX_SCALE } from '../../_lib/money-decimal';
import { minorUnits } from './currency';
import type { Money } from './money';
import { toMoneyInRange } from './to-money';

/**
 * Every rounding mode, in a stable order.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from 'aftersales/shared';
 * ROUNDING_MODES[0]; // 'half-up'
 * ```
 * @category shared
 */
export const ROUNDING_MODES = Object.freeze([
  'half-up',
  'half-even',
  'up',
  'down',
] as const) satisfies readonly (keyof typeof DECIMAL_ROUNDING)[];

/**
 * Zod schema for a {@link RoundingMode}.
 *
 * @example
 * ```ts
 * import { parseWith, RoundingModeSchema } from 'aftersales/shared';
 * parseWith(RoundingModeSchema, 'half-even').isOk(); // true
 * ```
 * @category shared
 */
export const RoundingModeSchema = z.enum(ROUNDING_MODES);

/**
 * How an amount is rounded to a number of decimals. All modes are symmetric
 * about zero (−2.345 rounds like 2.345, with the sign kept):
 * - `half-up` (四舍五入, the default): ties away from zero — 2.345 → 2.35;
 * - `half-even` (银行家舍入, banker's rounding): ties to the even digit — 2.345 → 2.34, 2.355 → 2.36;
 * - `up`: away from zero — 2.341 → 2.35;
 * - `down`: toward zero, truncation — 2.349 → 2.34.
 *
 * @example
 * ```ts
 * import type { RoundingMode } from 'aftersales/shared';
 * const mode: RoundingMode = 'half-even';
 * ```
 * @category shared
 */
export type RoundingMode = z.infer<typeof RoundingModeSchema>;

/**
 * Rounds money to `decimals` places in `mode`. This is the explicit rounding
 * point: the library rounds nowhere else on its own. By default it rounds
 * half-up to the currency's minor units (0.01 for CNY) — round each line,
 * then sum the rounded lines, so statements add up to the cent. Rounding an
 * already rounded amount changes nothing.
 *
 * Throws `RangeError` for a programmer error only: `decimals` not an integer
 * in 0–12, or an unknown `mode`.
 *
 * @param mode - defaults to `'half-up'`
 * @param decimals - defaults to the currency's minor units
 * @example
 * ```ts
 * import { roundMoney } from 'aftersales/shared';
 * const line = { amount: '2.345', currency: 'CNY' } as const;
 * roundMoney(line); // { amount: '2.35', currency: 'CNY' }
 * roundMoney(line, 'half-even'); // { amount: '2.34', currency: 'CNY' }
 * roundMoney({ amount: '12.60', currency: 'CNY' }, 'half-up', 0); // { amount: '13.00', currency: 'CNY' }
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function roundMoney(
  money: Money,
  mode: RoundingMode = 'half-up',
  decimals: number = minorUnits(money.currency),
): Money {
  if (!Object.hasOwn(DECIMAL_ROUNDING, mode)) {
    throw new RangeError(`aftersales: unknown rounding mode "${String(mode).slice(0, 20)}"`);
  }
  assertDecimals(decimals);
  const rounded = decimalFromMoney(money).toDecimalPlaces(decimals, DECIMAL_ROUNDING[mode]);
  // Rounding is monotone and the money limit is an integer, so the result stays in range.
  return toMoneyInRange(rounded, money.currency);
}

/**
 * Rounds half away from zero: `roundMoney(money, 'half-up', decimals)`.
 *
 * @param decimals - defaults to the currency's minor units
 * @example
 * ```ts
 * import { roundHalfUp } from 'aftersales/shared';
 * roundHalfUp({ amount: '2.345', currency: 'CNY' }); // { amount: '2.35', currency: 'CNY' }
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function roundHalfUp(money: Money, decimals?: number): Money {
  return roundMoney(money, 'half-up', decimals);
}

/**
 * Rounds half to even (banker's rounding): `roundMoney(money, 'half-even', decimals)`.
 *
 * @param decimals - defaults to the currency's minor units
 * @example
 * ```ts
 * import { roundHalfEven } from 'aftersales/shared';
 * roundHalfEven({ amount: '2.345', currency: 'CNY' }); // { amount: '2.34', currency: 'CNY' }
 * roundHalfEven({ amount: '2.355', currency: 'CNY' }); // { amount: '2.36', currency: 'CNY' }
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function roundHalfEven(money: Money, decimals?: number): Money {
  return roundMoney(money, 'half-even', decimals);
}

/**
 * Rounds away from zero: `roundMoney(money, 'up', decimals)`.
 *
 * @param decimals - defaults to the currency's minor units
 * @example
 * ```ts
 * import { roundUp } from 'aftersales/shared';
 * roundUp({ amount: '2.341', currency: 'CNY' }); // { amount: '2.35', currency: 'CNY' }
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function roundUp(money: Money, decimals?: number): Money {
  return roundMoney(money, 'up', decimals);
}

/**
 * Rounds toward zero (truncates): `roundMoney(money, 'down', decimals)`.
 *
 * @param decimals - defaults to the currency's minor units
 * @example
 * ```ts
 * import { roundDown } from 'aftersales/shared';
 * roundDown({ amount: '-2.349', currency: 'CNY' }); // { amount: '-2.34', currency: 'CNY' }
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function roundDown(money: Money, decimals?: number): Money {
  return roundMoney(money, 'down', decimals);
}

/**
 * Whether money has no more than `decimals` decimal places, i.e. rounding it
 * would change nothing. Statement lines and allocation totals must be.
 *
 * Throws `RangeError` for a programmer error only: `decimals` not an integer in 0–12.
 *
 * @param decimals - defaults to the currency's minor units
 * @example
 * ```ts
 * import { isRoundedMoney } from 'aftersales/shared';
 * isRoundedMoney({ amount: '12.50', currency: 'CNY' }); // true
 * isRoundedMoney({ amount: '12.505', currency: 'CNY' }); // false
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function isRoundedMoney(
  money: Money,
  decimals: number = minorUnits(money.currency),
): boolean {
  assertDecimals(decimals);
  return decimalFromMoney(money).decimalPlaces() <= decimals;
}

function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MONEY_MAX_SCALE) {
    throw new RangeError(`aftersales: decimals must be an integer from 0 to ${MONEY_MAX_SCALE}`);
  }
}
