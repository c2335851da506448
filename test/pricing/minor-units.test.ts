import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRate,
  applyRateDown,
  fromMinorUnits,
  rateToMicros,
  readScaled,
  splitUnits,
  toMinorUnits,
  toUnits,
} from '../../src/pricing/minor-units';
import { allocateMoney } from '../../src/shared/index';
import { cny } from './fixtures';

describe('minor-unit arithmetic', () => {
  it('§5.1(2) rounds half-up to the cent, and floors round up', () => {
    expect(toUnits(readScaled('21.8115'), 2, 'half-up')).toBe(2181n);
    expect(toUnits(readScaled('0.005'), 2, 'half-up')).toBe(1n);
    expect(toUnits(readScaled('-0.005'), 2, 'half-up')).toBe(-1n);
    expect(toUnits(readScaled('0.0049'), 2, 'half-up')).toBe(0n);
    expect(toUnits(readScaled('0.001'), 2, 'up')).toBe(1n);
    expect(toUnits(readScaled('3'), 2, 'half-up')).toBe(300n);
    expect(toMinorUnits(cny('12.5'), 2)).toBe(1250n);
    expect(toMinorUnits({ amount: '7', currency: 'JPY' }, 0)).toBe(7n);
  });

  it('§5.1(2) formats canonical amounts', () => {
    expect(fromMinorUnits(5n, 'CNY', 2)).toEqual(cny('0.05'));
    expect(fromMinorUnits(-12345n, 'CNY', 2)).toEqual(cny('-123.45'));
    expect(fromMinorUnits(0n, 'CNY', 2)).toEqual(cny('0.00'));
    expect(fromMinorUnits(42n, 'JPY', 0)).toEqual({ amount: '42', currency: 'JPY' });
  });

  it('§5.3(1) rates apply half-up, caps round down', () => {
    expect(rateToMicros('0.125')).toBe(125_000n);
    expect(rateToMicros('1')).toBe(1_000_000n);
    expect(applyRate(4847n, rateToMicros('0.1'))).toBe(485n);
    expect(applyRateDown(48475n, rateToMicros('0.3'))).toBe(14542n);
  });

  it('§5.3(1) splitUnits gives exactly the shares of shared allocateMoney', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          fc.pre(weights.some((weight) => weight > 0n));
          const expected = allocateMoney(fromMinorUnits(total, 'CNY', 2), weights.map(String))
            ._unsafeUnwrap()
            .map((share) => toMinorUnits(share, 2));
          expect(splitUnits(total, weights)).toEqual(expected);
        },
      ),
    );
  });

  it('§5.3(1) splitUnits agrees with allocateMoney on small everyday amounts too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 600 }),
        (total, weights) => {
          fc.pre(weights.some((weight) => weight > 0));
          const expected = allocateMoney(fromMinorUnits(BigInt(total), 'CNY', 2), weights)
            ._unsafeUnwrap()
            .map((share) => toMinorUnits(share, 2));
          expect(splitUnits(BigInt(total), weights.map(BigInt))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
