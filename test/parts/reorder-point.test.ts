import { describe, expect, it } from 'vitest';
import { reorderPoint, suggestOrderQuantity } from '../../src/parts/index';

describe('reorderPoint', () => {
  it('§6.2.2 is expected lead-time demand plus z × σ × √lead time', () => {
    const point = reorderPoint({
      meanDailyDemand: 2,
      sigmaDailyDemand: 1,
      leadTimeDays: 4,
      serviceLevel: 0.95,
    })._unsafeUnwrap();
    expect(point).toBeCloseTo(8 + 1.644854 * 2, 5);
    expect(
      reorderPoint({
        meanDailyDemand: 2,
        sigmaDailyDemand: 1,
        leadTimeDays: 4,
        serviceLevel: 0.5,
      })._unsafeUnwrap(),
    ).toBe(8);
  });

  it('§6.2.2 never falls below the minimum stock', () => {
    const input = {
      meanDailyDemand: 0.1,
      sigmaDailyDemand: 0.1,
      leadTimeDays: 2,
      serviceLevel: 0.95,
    };
    expect(reorderPoint({ ...input, minStock: 4 })._unsafeUnwrap()).toBe(4);
    expect(reorderPoint({ ...input, minStock: null })._unsafeUnwrap()).toBeLessThan(1);
  });

  it('§6.2.2 rejects unusable inputs with the field named', () => {
    const base = { meanDailyDemand: 1, sigmaDailyDemand: 1, leadTimeDays: 3, serviceLevel: 0.95 };
    const cases = [
      [{ meanDailyDemand: -1 }, 'meanDailyDemand'],
      [{ sigmaDailyDemand: Number.NaN }, 'sigmaDailyDemand'],
      [{ leadTimeDays: Number.POSITIVE_INFINITY }, 'leadTimeDays'],
      [{ serviceLevel: 0.4 }, 'serviceLevel'],
      [{ serviceLevel: 1 }, 'serviceLevel'],
      [{ minStock: -2 }, 'minStock'],
    ] as const;
    for (const [change, field] of cases) {
      expect(reorderPoint({ ...base, ...change })._unsafeUnwrapErr()).toEqual({
        code: 'replenishment_input_invalid',
        clause: '§6.1.1',
        data: { index: null, partId: null, field },
      });
    }
  });
});

describe('suggestOrderQuantity', () => {
  const base = { reorderPoint: 10, target: 30, orderMultiple: 1, minimumOrderQuantity: 0 };

  it('§6.1.1 orders nothing above the reorder point and tops up to the target at or below it', () => {
    expect(suggestOrderQuantity({ ...base, position: 11 })).toBe(0);
    expect(suggestOrderQuantity({ ...base, position: 10 })).toBe(20);
    expect(suggestOrderQuantity({ ...base, position: -4 })).toBe(34);
  });

  it('§6.1.1 applies the minimum order quantity, then rounds up to the order multiple', () => {
    expect(
      suggestOrderQuantity({ ...base, position: 25.5, reorderPoint: 26, minimumOrderQuantity: 12 }),
    ).toBe(12);
    expect(suggestOrderQuantity({ ...base, position: 7, orderMultiple: 6 })).toBe(24);
    expect(suggestOrderQuantity({ ...base, position: 7, target: 7.3, orderMultiple: 0.1 })).toBe(
      0.3,
    );
  });
});
