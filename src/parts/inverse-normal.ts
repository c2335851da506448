// Acklam's rational approximation of the standard normal quantile: relative
// error below 1.15e-9 over (0, 1), far finer than any service level needs.
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const;
const D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
] as const;

const P_LOW = 0.02425;
const P_HIGH = 1 - P_LOW;

function tail(q: number): number {
  return (
    (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
    ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
  );
}

/**
 * The inverse of the standard normal cumulative distribution (the z-value,
 * 标准正态分位数): the `z` with P(Z ≤ z) = `p`. Used to turn a service level
 * into the safety-stock factor: 0.95 → 1.6449, 0.98 → 2.0537, 0.99 → 2.3263.
 * Pure, deterministic, no allocation (Acklam's algorithm, |relative error| < 1.2e-9).
 *
 * @param p - a probability strictly between 0 and 1
 * @throws RangeError when `p` is not in (0, 1): service levels come from a
 * validated configuration, so anything else is a programmer error
 * @example
 * ```ts
 * inverseNormalCdf(0.95).toFixed(4); // '1.6449'
 * inverseNormalCdf(0.5); // 0
 * ```
 * @category parts
 * @see §6.2.2
 */
export function inverseNormalCdf(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1): ${String(p)}`);
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > P_HIGH) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}
