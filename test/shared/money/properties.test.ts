import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMoney } from '../../../src/shared/money/allocate';
import { addMoney, subtractMoney } from '../../../src/shared/money/arithmetic';
import { isNegativeMoney, isPositiveMoney } from '../../../src/shared/money/compare';
import { type Money, parseMoney } from '../../../src/shared/money/money';
import {
  isRoundedMoney,
  ROUNDING_MODES,
  type RoundingMode,
  roundMoney,
} from '../../../src/shared/money/rounding';
import { sumMoney } from '../../../src/shared/money/sum';
import { splitVat } from '../../../src/shared/tax/vat';
import { fromUnits, money, toUnits } from './helpers';

const pow10 = (exponent: number) => 10n ** BigInt(exponent);

/** CNY amounts in whole cents, up to ±10^20 yuan (sums of three stay in range). */
const centsArb = fc
  .bigInt({ min: -pow10(22), max: pow10(22) })
  .map((units) => money(fromUnits(units, 2)));

/** CNY amounts with 0–12 decimals, below 10^20 yuan. */
const preciseArb = fc
  .integer({ min: 0, max: 12 })
  .chain((scale) =>
    fc
      .bigInt({ min: -pow10(20 + scale), max: pow10(20 + scale) })
      .map((units) => money(fromUnits(units, scale))),
  );

/** A non-negative weight, as a number or a decimal string with up to 12 decimals. */
const weightArb = fc.oneof(
  fc.nat({ max: 1_000_000 }),
  fc.constantFrom(0, '0', '0.5', '1', '2.25'),
  fc
    .tuple(fc.bigInt({ min: 0n, max: pow10(18) }), fc.integer({ min: 0, max: 12 }))
    .map(([units, scale]) => fromUnits(units, scale)),
);

const weightsArb = fc
  .array(weightArb, { minLength: 1, maxLength: 40 })
  .filter((weights) => weights.some((weight) => Number(weight) > 0));

/** Exact integer weights for reference checks: each weight × 10^12. */
function scaledWeights(weights: readonly (string | number)[]): bigint[] {
  return weights.map((weight) => toUnits(money(String(weight)), 12));
}

describe('money properties', () => {
  it('§3.5(2) allocateMoney sums exactly to the total and never gives a negative share', () => {
    const totalArb = fc.bigInt({ min: 0n, max: pow10(24) - 1n }).map((u) => money(fromUnits(u, 2)));
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const shares = allocateMoney(total, weights)._unsafeUnwrap();
        expect(shares).toHaveLength(weights.length);
        expect(sumMoney(shares)._unsafeUnwrap()).toEqual(total);
        for (const share of shares) expect(isNegativeMoney(share)).toBe(false);
        for (const share of shares) expect(isRoundedMoney(share)).toBe(true);
        // Largest remainder: each share is within one cent of its exact proportion.
        const units = toUnits(total, 2);
        const integerWeights = scaledWeights(weights);
        const weightSum = integerWeights.reduce((sum, weight) => sum + weight, 0n);
        shares.forEach((share, index) => {
          const exact = units * (integerWeights[index] ?? 0n);
          const diff = toUnits(share, 2) * weightSum - exact;
          expect(diff > -weightSum && diff < weightSum).toBe(true);
          if (integerWeights[index] === 0n) expect(share.amount).toBe('0.00');
        });
      }),
    );
  });

  it('§3.5(2) allocateMoney of a negative total mirrors the positive allocation', () => {
    const totalArb = fc.bigInt({ min: 1n, max: pow10(20) }).map((u) => money(fromUnits(u, 2)));
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const positive = allocateMoney(total, weights)._unsafeUnwrap();
        const negativeTotal = money(`-${total.amount}`);
        const negative = allocateMoney(negativeTotal, weights)._unsafeUnwrap();
        expect(sumMoney(negative)._unsafeUnwrap()).toEqual(negativeTotal);
        for (const share of negative) expect(isPositiveMoney(share)).toBe(false);
        expect(negative.map((share) => toUnits(share, 2))).toEqual(
          positive.map((share) => -toUnits(share, 2)),
        );
      }),
    );
  });

  it('addMoney is commutative', () => {
    fc.assert(
      fc.property(preciseArb, preciseArb, (a, b) => {
        expect(addMoney(a, b)._unsafeUnwrap()).toEqual(addMoney(b, a)._unsafeUnwrap());
      }),
    );
  });

  it('addMoney is associative (exactly, to the last decimal)', () => {
    fc.assert(
      fc.property(preciseArb, preciseArb, preciseArb, (a, b, c) => {
        const left = addMoney(a, b).andThen((ab) => addMoney(ab, c));
        const right = addMoney(b, c).andThen((bc) => addMoney(a, bc));
        expect(left._unsafeUnwrap()).toEqual(right._unsafeUnwrap());
      }),
    );
  });

  it('subtractMoney undoes addMoney', () => {
    fc.assert(
      fc.property(preciseArb, preciseArb, (a, b) => {
        const back = addMoney(a, b).andThen((sum) => subtractMoney(sum, b));
        expect(back._unsafeUnwrap()).toEqual(a);
      }),
    );
  });

  it.each(ROUNDING_MODES)('§3.5(2) rounding %s is idempotent and lands on the grid', (mode) => {
    fc.assert(
      fc.property(preciseArb, fc.option(fc.integer({ min: 0, max: 12 })), (value, places) => {
        const decimals = places ?? 2;
        const once = roundMoney(value, mode, decimals);
        expect(roundMoney(once, mode, decimals)).toEqual(once);
        expect(isRoundedMoney(once, decimals)).toBe(true);
        // Within one unit of the last kept place.
        const diff = toUnits(once, 12) - toUnits(value, 12);
        const unit = pow10(12 - decimals);
        expect(diff > -unit && diff < unit).toBe(true);
      }),
    );
  });

  it('money survives a JSON round trip through parseMoney unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(preciseArb, centsArb), (value: Money) => {
        expect(parseMoney(JSON.parse(JSON.stringify(value)))._unsafeUnwrap()).toEqual(value);
      }),
    );
  });
});

/** A VAT rate in [0, 1): common ones and arbitrary 12-decimal ones. */
const rateArb = fc.oneof(
  fc.constantFrom('0', '0.13', '0.09', '0.06', '0.03', '0.5', '0.6', '0.999999999999'),
  fc.integer({ min: 0, max: 10 ** 12 - 1 }).map((units) => fromUnits(BigInt(units), 12)),
);

/** Reference rounding of the rational n / d (d > 0) in whole units, with bigints only. */
function roundRational(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const magnitude = n < 0n ? -n : n;
  const quotient = magnitude / d;
  const twice = 2n * (magnitude % d);
  const away =
    twice !== 0n &&
    (mode === 'up' ||
      (mode === 'half-up' && twice >= d) ||
      (mode === 'half-even' && (twice > d || (twice === d && quotient % 2n === 1n))));
  const rounded = away ? quotient + 1n : quotient;
  return n < 0n ? -rounded : rounded;
}

describe('VAT properties', () => {
  const cases = fc.record({
    amount: centsArb,
    rate: rateArb,
    pricesIncludeVat: fc.boolean(),
    rounding: fc.constantFrom(...ROUNDING_MODES),
  });

  it('REG-7 §3.5(2) splitVat: net + vat = gross exactly, for any amount, rate, basis and mode', () => {
    fc.assert(
      fc.property(cases, ({ amount, ...config }) => {
        const split = splitVat(amount, config)._unsafeUnwrap();
        expect(addMoney(split.net, split.vat)._unsafeUnwrap()).toEqual(split.gross);
        expect(split.basis).toBe(config.pricesIncludeVat ? 'inclusive' : 'exclusive');
        expect(config.pricesIncludeVat ? split.gross : split.net).toEqual(amount);
        for (const part of [split.net, split.vat, split.gross]) {
          expect(isRoundedMoney(part)).toBe(true);
        }
      }),
    );
  });

  it('REG-7 splitVat rounds the VAT exactly once, exactly as the rational value rounds', () => {
    fc.assert(
      fc.property(cases, ({ amount, ...config }) => {
        const split = splitVat(amount, config)._unsafeUnwrap();
        const rate = toUnits(money(config.rate), 12);
        const scale = pow10(12);
        const base = toUnits(amount, 2) * rate;
        const expected = config.pricesIncludeVat
          ? roundRational(base, scale + rate, config.rounding)
          : roundRational(base, scale, config.rounding);
        expect(toUnits(split.vat, 2)).toBe(expected);
      }),
    );
  });
});
