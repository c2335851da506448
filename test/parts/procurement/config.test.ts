import { describe, expect, it } from 'vitest';
import {
  defaultProcurementConfig,
  parseProcurementConfig,
} from '../../../src/parts/procurement/index';

function reasons(input: unknown): string[] {
  const result = parseProcurementConfig(input);
  return result.isErr() ? result.error.data.issues.map((issue) => issue.reason) : [];
}

describe('procurement config', () => {
  it('§6.1.2 defaults: quarterly scorecard weighted 0.4 / 0.3 / 0.3, grades 0.9 / 0.8 / 0.6', () => {
    expect(defaultProcurementConfig.scorecard).toEqual({
      weights: { quality: '0.4', delivery: '0.3', price: '0.3' },
      grades: { a: '0.9', b: '0.8', c: '0.6' },
      periodMonths: 3,
    });
    expect(defaultProcurementConfig.approvalForEveryOrder).toBe(true);
    expect(defaultProcurementConfig.match).toEqual({
      quantityTolerancePercent: '0',
      priceTolerancePercent: '0',
    });
  });

  it('§6.1.2 weights are decimal strings that must sum to exactly 1', () => {
    const ok = parseProcurementConfig({
      scorecard: { weights: { quality: '0.5', delivery: '0.25', price: '0.25' } },
    });
    expect(ok._unsafeUnwrap().scorecard.weights.quality).toBe('0.5');
    expect(
      reasons({ scorecard: { weights: { quality: '0.5', delivery: '0.3', price: '0.3' } } }),
    ).toContain('weights_sum');
    // 0.1 + 0.2 + 0.7 is exactly 1 in decimals, though not in binary floats.
    expect(
      parseProcurementConfig({
        scorecard: { weights: { quality: '0.1', delivery: '0.2', price: '0.7' } },
      }).isOk(),
    ).toBe(true);
    expect(
      parseProcurementConfig({
        scorecard: { weights: { quality: 0.4, delivery: 0.3, price: 0.3 } },
      }).isErr(),
    ).toBe(true);
  });

  it('§6.1.2 grade thresholds fall from A to C; periods divide the year', () => {
    expect(reasons({ scorecard: { grades: { a: '0.8', b: '0.9', c: '0.6' } } })).toContain(
      'thresholds_order',
    );
    expect(reasons({ scorecard: { periodMonths: 5 } })).toContain('period_not_aligned');
    expect(parseProcurementConfig({ scorecard: { periodMonths: 6 } }).isOk()).toBe(true);
  });

  it('§6.1.5 tolerances are percentages between 0 and 100', () => {
    expect(parseProcurementConfig({ overReceiptTolerancePercent: '5' }).isOk()).toBe(true);
    expect(parseProcurementConfig({ overReceiptTolerancePercent: '101' }).isErr()).toBe(true);
    expect(parseProcurementConfig({ match: { priceTolerancePercent: '-1' } }).isErr()).toBe(true);
    expect(parseProcurementConfig(null).isErr()).toBe(true);
  });
});
