import type { CurrencyCode, Money } from '../shared/index';

/**
 * Exact fixed-point arithmetic for the quote's hot path. Every amount,
 * quantity and rate the schemas accept is a short decimal literal, so it is
 * exactly an integer over a power of ten (`Scaled`). Products of such
 * numbers are exact in `bigint`, and rounding to minor units (分) is one
 * integer division with an explicit mode. This gives the same results as
 * decimal.js (exact, half-up) an order of magnitude faster, which matters
 * when a quote crosses hundreds of lines with dozens of rules.
 *
 * @internal
 */

/** A decimal as `value / 10^scale`. @internal */
export interface Scaled {
  readonly value: bigint;
  readonly scale: number;
}

/** 10^0 … 10^48: more than any product of three schema decimals needs. */
const POWERS: readonly bigint[] = Object.freeze(
  Array.from({ length: 49 }, (_, exponent) => 10n ** BigInt(exponent)),
);

function power(exponent: number): bigint {
  return POWERS[exponent] ?? 10n ** BigInt(exponent);
}

/**
 * Reads a plain decimal literal (`"-12.50"`, `"3"`) exactly.
 *
 * @internal
 */
export function readScaled(text: string): Scaled {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const digits = dot === -1 ? body : `${body.slice(0, dot)}${body.slice(dot + 1)}`;
  const value = BigInt(digits);
  return { value: negative ? -value : value, scale: dot === -1 ? 0 : body.length - dot - 1 };
}

/** The exact product. @internal */
export function multiplyScaled(a: Scaled, b: Scaled): Scaled {
  return { value: a.value * b.value, scale: a.scale + b.scale };
}

/** The exact sum. @internal */
export function addScaled(a: Scaled, b: Scaled): Scaled {
  const scale = Math.max(a.scale, b.scale);
  return {
    value: a.value * power(scale - a.scale) + b.value * power(scale - b.scale),
    scale,
  };
}

/** Sign of `a − b`. @internal */
export function compareScaled(a: Scaled, b: Scaled): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.value * power(scale - a.scale);
  const right = b.value * power(scale - b.scale);
  return left === right ? 0 : left < right ? -1 : 1;
}

/**
 * A decimal rounded to whole minor units: `half-up` (ties away from zero)
 * for prices, `up` (away from zero) for floors, so a floor is never below
 * its exact value.
 *
 * @internal
 */
export function toUnits(decimal: Scaled, digits: number, mode: 'half-up' | 'up'): bigint {
  if (decimal.scale <= digits) return decimal.value * power(digits - decimal.scale);
  const divisor = power(decimal.scale - digits);
  const magnitude = decimal.value < 0n ? -decimal.value : decimal.value;
  const quotient = magnitude / divisor;
  const remainder = magnitude % divisor;
  const away = remainder !== 0n && (mode === 'up' || remainder * 2n >= divisor);
  const rounded = away ? quotient + 1n : quotient;
  return decimal.value < 0n ? -rounded : rounded;
}

/**
 * Money rounded half-up to minor units, as an integer count of them.
 *
 * @internal
 */
export function toMinorUnits(money: Money, digits: number): bigint {
  return toUnits(readScaled(money.amount), digits, 'half-up');
}

/**
 * Canonical money from minor units (`1234n` → `"12.34"`).
 *
 * @internal
 */
export function fromMinorUnits(units: bigint, currency: CurrencyCode, digits: number): Money {
  const negative = units < 0n;
  let text = (negative ? -units : units).toString();
  if (digits > 0) {
    if (text.length <= digits) text = text.padStart(digits + 1, '0');
    text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  }
  // Not frozen: thousands of these are built per quote and freezing doubles the cost;
  // quotes are data that nothing mutates, and JSON round trips drop freezing anyway.
  return { amount: negative ? `-${text}` : text, currency };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Rates are read with six decimals (`RateSchema`), so one rate unit is 10⁻⁶. */
const RATE_SCALE = 1_000_000n;
const HALF_RATE_SCALE = 500_000n;

/**
 * A rate (`"0.125"`) as an integer count of 10⁻⁶.
 *
 * @internal
 */
export function rateToMicros(rate: string): bigint {
  const { value, scale } = readScaled(rate);
  return value * power(6 - scale);
}

/**
 * `units × rate`, rounded half-up to a whole minor unit (units ≥ 0).
 *
 * @internal
 */
export function applyRate(units: bigint, rateMicros: bigint): bigint {
  return (units * rateMicros + HALF_RATE_SCALE) / RATE_SCALE;
}

/**
 * `units × rate`, rounded down to a whole minor unit (units ≥ 0): a cap
 * rounded down is never exceeded.
 *
 * @internal
 */
export function applyRateDown(units: bigint, rateMicros: bigint): bigint {
  return (units * rateMicros) / RATE_SCALE;
}

/**
 * Largest-remainder split of `total` (≥ 0) in proportion to `weights` (≥ 0,
 * not all zero), ties to the lower index — the method of shared
 * `allocateMoney`, on integers the engine already holds, so the shares
 * always add up to `total` exactly and a zero weight gets zero.
 *
 * @internal
 */
export function splitUnits(total: bigint, weights: readonly bigint[]): bigint[] {
  let weightSum = 0n;
  for (const weight of weights) weightSum += weight;
  // Everyday amounts fit doubles exactly (total × Σweights < 2^53): the same split, far faster.
  if (total * weightSum <= MAX_SAFE) {
    return splitSmall(Number(total), weights.map(Number), Number(weightSum)).map(BigInt);
  }
  const shares = weights.map((weight) => (total * weight) / weightSum);
  const remainders = weights.map(
    (weight, index) => total * weight - (shares[index] ?? 0n) * weightSum,
  );
  let leftover = total;
  for (const share of shares) leftover -= share;
  const order = weights.map((_, index) => index);
  order.sort((a, b) => {
    const left = remainders[a] ?? 0n;
    const right = remainders[b] ?? 0n;
    return left === right ? a - b : left > right ? -1 : 1;
  });
  for (const index of order.slice(0, Number(leftover))) shares[index] = (shares[index] ?? 0n) + 1n;
  return shares;
}

/** {@link splitUnits} on safe integers; the quotient is corrected so it is exact. */
function splitSmall(total: number, weights: readonly number[], weightSum: number): number[] {
  const shares: number[] = [];
  const remainders: number[] = [];
  let leftover = total;
  for (const weight of weights) {
    const product = total * weight;
    let share = Math.floor(product / weightSum);
    let remainder = product - share * weightSum;
    if (remainder < 0) {
      share -= 1;
      remainder += weightSum;
    } else if (remainder >= weightSum) {
      share += 1;
      remainder -= weightSum;
    }
    shares.push(share);
    remainders.push(remainder);
    leftover -= share;
  }
  if (leftover === 0) return shares;
  const count = weights.length;
  if (weightSum * count <= Number.MAX_SAFE_INTEGER) {
    // One exact numeric key per share: larger remainder first, then lower index; a native sort.
    const keys = new Float64Array(count);
    for (let index = 0; index < count; index += 1) {
      keys[index] = (remainders[index] ?? 0) * count + (count - 1 - index);
    }
    keys.sort();
    for (let rank = 0; rank < leftover; rank += 1) {
      const index = count - 1 - ((keys[count - 1 - rank] ?? 0) % count);
      shares[index] = (shares[index] ?? 0) + 1;
    }
    return shares;
  }
  const order = weights.map((_, index) => index);
  order.sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b);
  for (const index of order.slice(0, leftover)) shares[index] = (shares[index] ?? 0) + 1;
  return shares;
}

/**
 * The smaller of two integers (`Math.min` does not take bigints).
 *
 * @internal
 */
export function smallerOf(a: bigint, b: bigint): bigint {
  if (a < b) return a;
  return b;
}
