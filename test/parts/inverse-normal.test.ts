import { describe, expect, it } from 'vitest';
import { inverseNormalCdf } from '../../src/parts/index';

describe('inverseNormalCdf', () => {
  it('§6.2.2 gives the z-value of common service levels', () => {
    expect(inverseNormalCdf(0.95)).toBeCloseTo(1.6449, 4);
    expect(inverseNormalCdf(0.98)).toBeCloseTo(2.0537, 4);
    expect(inverseNormalCdf(0.99)).toBeCloseTo(2.3263, 4);
    expect(inverseNormalCdf(0.5)).toBe(0);
    expect(inverseNormalCdf(0.9999)).toBeCloseTo(3.719, 3);
  });

  it('§6.2.2 is accurate to 1e-8 in every region, symmetric and increasing', () => {
    // Reference quantiles (to 10 digits) in the lower tail, centre and upper tail.
    const known: [number, number][] = [
      [0.001, -3.090232306],
      [0.01, -2.326347874],
      [0.025, -1.959963985],
      [0.1, -1.281551566],
      [0.8, 0.8416212336],
      [0.999, 3.090232306],
    ];
    for (const [p, z] of known) expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThan(1e-8);
    let previous = Number.NEGATIVE_INFINITY;
    for (let p = 0.001; p < 1; p += 0.001) {
      const z = inverseNormalCdf(p);
      expect(z).toBeGreaterThan(previous);
      expect(inverseNormalCdf(1 - p)).toBeCloseTo(-z, 8);
      previous = z;
    }
  });

  it('throws for a probability outside (0, 1): a programmer error', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN])
      expect(() => inverseNormalCdf(p)).toThrow(RangeError);
  });
});
