import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../../_lib/decimal';
import { decimalFromMoney, readDecimal } from '../../_lib/money-decimal';
import { minorUnits } from './currency';
import {
  type AllocationError,
  type AllocationWeightsInvalidError,
  allocationTotalNotRounded,
  allocationWeightsInvalid,
} from './errors';
import type { Money } from './money';
import { toMoneyInRange } from './to-money';

/**
 * Splits a total into shares proportional to `weights`, to the minor unit,
 * with nothing lost: the shares always sum exactly to the total
 * (分摊, e.g. an order discount spread over lines, a payment over jobs).
 *
 * Method (largest remainder): in whole minor units, each share first gets the
 * floor of `total × weight / Σweights`; the units left over go one each to
 * the shares with the largest remainders. **Ties go to the lower index
 * first**, so the result depends only on the inputs, never on sort
 * stability or chance. A zero weight always gets zero. A negative total is
 * allocated as its absolute value and then negated, so shares mirror the
 * positive case. Integer arithmetic is exact for any number of weights.
 *
 * Errors: `allocation_total_not_rounded` (the total has more decimals than
 * the currency's minor units — round it first), `allocation_weights_invalid`
 * (`empty`, `all_zero`, or with the `index` of a weight that is `negative`,
 * `not_decimal`, `not_finite` or of the `wrong_type`).
 *
 * @param total - the amount to split, already rounded to minor units
 * @param weights - non-negative decimals (strings or finite numbers), one per share
 * @returns one share per weight, in the same order
 * @example
 * ```ts
 * import { allocateMoney } from 'aftersales/shared';
 * allocateMoney({ amount: '100.00', currency: 'CNY' }, [1, 1, 1]);
 * // ok([{ amount: '33.34', … }, { amount: '33.33', … }, { amount: '33.33', … }])
 * allocateMoney({ amount: '10.00', currency: 'CNY' }, ['0.7', '0.3']);
 * // ok([{ amount: '7.00', … }, { amount: '3.00', … }])
 * ```
 * @category shared
 * @see §3.5(2)
 */
export function allocateMoney(
  total: Money,
  weights: readonly (string | number)[],
): Result<Money[], AllocationError> {
  const digits = minorUnits(total.currency);
  const amount = decimalFromMoney(total);
  if (amount.decimalPlaces() > digits) return err(allocationTotalNotRounded(total.currency));
  return readWeights(weights).map((integerWeights) => {
    const unit = new Decimal(10).pow(digits);
    const units = BigInt(amount.abs().times(unit).toFixed(0));
    const sign = amount.isNeg() ? -1n : 1n;
    return splitUnits(units, integerWeights).map((share) =>
      toMoneyInRange(new Decimal((sign * share).toString()).dividedBy(unit), total.currency),
    );
  });
}

/** Validates the weights and scales them to integers with a common factor. */
function readWeights(
  weights: readonly (string | number)[],
): Result<bigint[], AllocationWeightsInvalidError> {
  if (weights.length === 0) return err(allocationWeightsInvalid('empty'));
  const decimals: Decimal[] = [];
  for (const [index, weight] of weights.entries()) {
    const decimal = readDecimal(weight);
    if (decimal.isErr()) return err(allocationWeightsInvalid(decimal.error, index));
    if (decimal.value.lt(0)) return err(allocationWeightsInvalid('negative', index));
    decimals.push(decimal.value);
  }
  if (decimals.every((decimal) => decimal.isZero()))
    return err(allocationWeightsInvalid('all_zero'));
  // A reduce, not Math.max(...spread): spreading a very long list overflows the call stack.
  const places = decimals.reduce((most, decimal) => Math.max(most, decimal.decimalPlaces()), 0);
  const factor = new Decimal(10).pow(places);
  return ok(decimals.map((decimal) => BigInt(decimal.times(factor).toFixed(0))));
}

/** Largest-remainder split of `total` units; ties to the lower index. */
function splitUnits(total: bigint, weights: readonly bigint[]): bigint[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  const shares = weights.map((weight) => (total * weight) / weightSum);
  const remainders = weights.map((weight) => (total * weight) % weightSum);
  const leftover = Number(total - shares.reduce((sum, share) => sum + share, 0n));
  const order = weights
    .map((_, index) => index)
    .sort((a, b) => compareRemainders(remainders[a], remainders[b]) || a - b);
  // leftover < number of non-zero remainders, so zero weights never receive a unit.
  for (const index of order.slice(0, leftover)) shares[index] = (shares[index] ?? 0n) + 1n;
  return shares;
}

/** Descending order of remainders. */
function compareRemainders(a: bigint | undefined, b: bigint | undefined): number {
  const left = a ?? 0n;
  const right = b ?? 0n;
  return left === right ? 0 : left > right ? -1 : 1;
}
