import { Decimal } from '../_lib/decimal';
import { decimalFromMoney, moneyFromDecimal } from '../_lib/money-decimal';
import { type Instant, instantToEpochMs, type Money, roundHalfUp } from '../shared/index';
import type { StockLedger } from './ledger';
import type { MovementType, StockMovement } from './movement-schema';

/**
 * A half-open span of time, `from` ≤ at < `to`: a month, a year of usage.
 *
 * @example
 * ```ts
 * const year: InstantRange = { from: '2025-01-01T00:00:00.000Z' as Instant, to: '2026-01-01T00:00:00.000Z' as Instant };
 * ```
 * @category parts
 * @see §6.2.4
 */
export interface InstantRange {
  readonly from: Instant;
  readonly to: Instant;
}

/**
 * How each movement type counts as usage (消耗) and demand: issues and
 * counter sales leave stock to serve demand (+1), returns from repair orders
 * take it back (−1), other movements serve no demand (0).
 *
 * @example
 * ```ts
 * USAGE_SIGN.return; // -1
 * ```
 * @category parts
 * @internal
 */
export const USAGE_SIGN: Readonly<Record<MovementType, number>> = {
  issue: 1,
  'counter-sale': 1,
  return: -1,
  receipt: 0,
  adjustment: 0,
  transfer: 0,
  scrap: 0,
};

/**
 * The movements of a range that count as usage, with their sign (internal).
 *
 * @example
 * ```ts
 * for (const [movement, sign] of usageMovements(ledger, year)) …
 * ```
 * @category parts
 * @internal
 */
export function usageMovements(
  ledger: StockLedger,
  range: InstantRange,
): (readonly [StockMovement, number])[] {
  const from = instantToEpochMs(range.from);
  const to = instantToEpochMs(range.to);
  const result: (readonly [StockMovement, number])[] = [];
  for (const movement of ledger.movements) {
    const sign = USAGE_SIGN[movement.type];
    if (sign === 0) continue;
    const at = instantToEpochMs(movement.at);
    if (at >= from && at < to) result.push([movement, sign]);
  }
  return result;
}

/**
 * The value of one movement line at its unit cost, rounded half-up to the
 * cent (each line rounded, then lines summed, so reports add up).
 *
 * @example
 * ```ts
 * lineValue('2', { amount: '38.00', currency: 'CNY' }); // { amount: '76.00', currency: 'CNY' }
 * ```
 * @category parts
 * @internal
 */
export function lineValue(quantity: string, unitCost: Money, sign = 1): Money {
  const value = new Decimal(quantity).times(decimalFromMoney(unitCost)).times(sign);
  // Quantities have ≤ 12 integer digits and costs are money, so the product stays in range.
  return roundHalfUp(moneyFromDecimal(value, unitCost.currency) as Money);
}
