import { describe, expect, it } from 'vitest';
import { defaultPartsConfig, forecastDemand } from '../../src/parts/index';

const smoothing = { ...defaultPartsConfig, forecastMethod: 'exponential-smoothing' as const };

/** The textbook recurrence, to check the library's four-day form against. */
function smoothed(demand: readonly number[], alpha: number): number {
  let level = demand[0] ?? 0;
  for (const d of demand.slice(1)) level += alpha * (d - level);
  return level;
}

describe('forecastDemand', () => {
  it('§6.2.1 moving average and standard deviation over the configured window', () => {
    const forecast = forecastDemand([2, 4, 4, 4, 5, 5, 7, 9])._unsafeUnwrap();
    expect(forecast.meanDaily).toBe(5);
    expect(forecast.sigmaDaily).toBeCloseTo(2.13809, 5); // sample standard deviation
    expect(forecast.days).toBe(8);
    const lastThree = forecastDemand([100, 100, 1, 2, 3], {
      ...defaultPartsConfig,
      movingAverageDays: 3,
    });
    expect(lastThree._unsafeUnwrap()).toEqual({ meanDaily: 2, sigmaDaily: 1, days: 3 });
  });

  it('§6.2.1 exponential smoothing matches the recurrence for every history length', () => {
    for (let n = 0; n < 30; n++) {
      const demand = Array.from({ length: n }, (_, i) => (i * 7) % 5);
      for (const alpha of [0.1, 0.3, 1]) {
        const forecast = forecastDemand(demand, {
          ...smoothing,
          smoothingAlpha: alpha,
        })._unsafeUnwrap();
        expect(forecast.meanDaily).toBeCloseTo(smoothed(demand, alpha), 12);
      }
    }
  });

  it('§6.2.1 accepts Float64Array and number[] alike; constant demand has σ = 0', () => {
    const array = Array.from({ length: 365 }, () => 3);
    expect(forecastDemand(Float64Array.from(array))._unsafeUnwrap()).toEqual(
      forecastDemand(array)._unsafeUnwrap(),
    );
    expect(forecastDemand(array)._unsafeUnwrap()).toEqual({
      meanDaily: 3,
      sigmaDaily: 0,
      days: 90,
    });
    expect(forecastDemand([])._unsafeUnwrap()).toEqual({ meanDaily: 0, sigmaDaily: 0, days: 0 });
  });

  it('§6.2.1 a negative, infinite or NaN day is a typed error naming the day', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const demand = [1, 2, 3, 4, 5, 6, bad, 1];
      expect(forecastDemand(demand)._unsafeUnwrapErr()).toEqual({
        code: 'demand_value_invalid',
        clause: '§6.2.1',
        data: { day: 6 },
      });
      expect(forecastDemand(demand, smoothing)._unsafeUnwrapErr().data.day).toBe(6);
    }
  });
});
