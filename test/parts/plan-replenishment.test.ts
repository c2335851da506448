import { describe, expect, it } from 'vitest';
import {
  defaultPartsConfig,
  planReplenishment,
  type ReplenishmentPart,
} from '../../src/parts/index';

/** Demand of `perDay` every day for `days` days. */
function steady(perDay: number, days = 90): Float64Array {
  return new Float64Array(days).fill(perDay);
}

function part(overrides: Partial<ReplenishmentPart> = {}): ReplenishmentPart {
  return {
    partId: 'part_1',
    supplierId: 'sup_a',
    dailyDemand: steady(2),
    onHand: 0,
    onOrder: 0,
    reserved: 0,
    leadTimeDays: 5,
    ...overrides,
  };
}

describe('planReplenishment', () => {
  it('§6.1.1 suggests a line when the position is at or below the reorder point', () => {
    // Steady demand 2/day: σ = 0, reorder point = 2 × 5 = 10, target = 10 + 2 × 30 = 70.
    const plan = planReplenishment([part({ onHand: 9, reserved: 1, onOrder: 2 })])._unsafeUnwrap();
    expect(plan.orders).toEqual([
      {
        supplierId: 'sup_a',
        lines: [
          {
            partId: 'part_1',
            quantity: '60',
            meanDailyDemand: 2,
            reorderPoint: 10,
            position: 10,
            target: 70,
          },
        ],
      },
    ]);
    expect(planReplenishment([part({ onHand: 11 })])._unsafeUnwrap().orders).toEqual([]);
  });

  it('§6.1.1 applies max stock, minimum order quantity and order multiple', () => {
    const plan = planReplenishment([
      part({ partId: 'p_max', onHand: 3, maxStock: 20, orderMultiple: 6 }),
      part({ partId: 'p_moq', onHand: 10, maxStock: 12, minimumOrderQuantity: 10 }),
    ])._unsafeUnwrap();
    expect(plan.orders[0]?.lines.map((line) => [line.partId, line.quantity])).toEqual([
      ['p_max', '18'],
      ['p_moq', '10'],
    ]);
  });

  it('§6.1.1 groups lines by supplier, suppliers in id order and parts without one last', () => {
    const plan = planReplenishment([
      part({ partId: 'p1', supplierId: 'sup_b' }),
      part({ partId: 'p2', supplierId: null }),
      part({ partId: 'p3', supplierId: 'sup_a' }),
      part({ partId: 'p4', supplierId: 'sup_b' }),
    ])._unsafeUnwrap();
    expect(plan.orders.map((o) => [o.supplierId, o.lines.map((l) => l.partId)])).toEqual([
      ['sup_a', ['p3']],
      ['sup_b', ['p1', 'p4']],
      [null, ['p2']],
    ]);
  });

  it('§6.2.2 raises shortage alerts when available stock is at or below the reorder point', () => {
    const plan = planReplenishment([
      part({ partId: 'short', onHand: 12, reserved: 3, onOrder: 50 }),
      part({ partId: 'fine', onHand: 30 }),
      part({ partId: 'dead', dailyDemand: steady(0), onHand: 0 }),
    ])._unsafeUnwrap();
    expect(plan.shortages).toEqual([
      { partId: 'short', available: 9, reorderPoint: 10, onOrder: 50 },
    ]);
    // On-order stock covers it, so no purchase line is suggested.
    expect(plan.orders).toEqual([]);
  });

  it('§6.2.2 raises overstock alerts above max stock or beyond the days of cover', () => {
    const plan = planReplenishment([
      part({ partId: 'above-max', onHand: 40, maxStock: 30 }),
      part({ partId: 'cover', dailyDemand: steady(0.1), onHand: 20 }),
      part({ partId: 'no-demand', dailyDemand: steady(0), onHand: 1 }),
      part({ partId: 'fine', onHand: 40 }),
    ])._unsafeUnwrap();
    expect(plan.overstocks).toEqual([
      { partId: 'above-max', reason: 'above-max', onHand: 40, maxStock: 30, daysOfCover: 20 },
      { partId: 'cover', reason: 'days-of-cover', onHand: 20, maxStock: null, daysOfCover: 200 },
      {
        partId: 'no-demand',
        reason: 'days-of-cover',
        onHand: 1,
        maxStock: null,
        daysOfCover: null,
      },
    ]);
  });

  it('§6.2.2 uses the configured service level, or the part own', () => {
    const noisy = Float64Array.from({ length: 90 }, (_, i) => (i % 2) * 4); // mean 2, σ ≈ 2.01
    const at95 = planReplenishment([part({ dailyDemand: noisy })])._unsafeUnwrap();
    const at99 = planReplenishment([
      part({ dailyDemand: noisy, serviceLevel: 0.99 }),
    ])._unsafeUnwrap();
    const point95 = at95.orders[0]?.lines[0]?.reorderPoint ?? 0;
    const point99 = at99.orders[0]?.lines[0]?.reorderPoint ?? 0;
    expect(point95).toBeCloseTo(10 + 1.6449 * 2.0112 * Math.sqrt(5), 1);
    expect(point99).toBeGreaterThan(point95);
  });

  it('X-4 §6.2.1 forecasts with the configured method', () => {
    const rising = Float64Array.from({ length: 100 }, (_, i) => (i < 90 ? 0 : 10));
    const config = {
      ...defaultPartsConfig,
      forecastMethod: 'exponential-smoothing' as const,
      smoothingAlpha: 0.5,
    };
    const smoothed = planReplenishment([part({ dailyDemand: rising })], config)._unsafeUnwrap();
    const averaged = planReplenishment([part({ dailyDemand: rising })])._unsafeUnwrap();
    expect(smoothed.orders[0]?.lines[0]?.meanDailyDemand).toBeCloseTo(9.99, 2);
    expect(averaged.orders[0]?.lines[0]?.meanDailyDemand).toBeCloseTo(1.111, 3);
  });

  it('§6.1.1 reports the first unusable part and field', () => {
    const cases: [Partial<ReplenishmentPart>, string][] = [
      [{ onOrder: -1 }, 'onOrder'],
      [{ onHand: Number.NaN }, 'onHand'],
      [{ leadTimeDays: 400 }, 'leadTimeDays'],
      [{ orderMultiple: 0 }, 'orderMultiple'],
      [{ serviceLevel: 0.2 }, 'serviceLevel'],
      [{ dailyDemand: Float64Array.from([1, 2, -3]) }, 'dailyDemand[2]'],
      [{ dailyDemand: 'nope' as never }, 'dailyDemand'],
      [{ partId: '' }, 'partId'],
    ];
    for (const [change, field] of cases) {
      const error = planReplenishment([
        part(),
        part({ ...change, partId: change.partId ?? 'bad' }),
      ])._unsafeUnwrapErr();
      expect(error.code).toBe('replenishment_input_invalid');
      expect(error.data).toMatchObject({ index: 1, field });
    }
  });

  it('§6.1.1 is deterministic and never mutates its input', () => {
    const inputs = [part({ partId: 'p1' }), part({ partId: 'p2', onHand: 100 })];
    const copy = inputs.map((p) => ({ ...p, dailyDemand: Float64Array.from(p.dailyDemand) }));
    const first = planReplenishment(inputs)._unsafeUnwrap();
    expect(planReplenishment(inputs)._unsafeUnwrap()).toEqual(first);
    expect(inputs).toEqual(copy);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });
});
