import { describe, expect, it } from 'vitest';
import { defaultPartsConfig, parsePartsConfig } from '../../src/parts/index';

describe('parts configuration', () => {
  it('§6.2.2 §6.2.4 defaults: no negative stock, 95 % service level, ABC 80/15/5, obsolete after 12 months', () => {
    expect(defaultPartsConfig).toMatchObject({
      allowNegativeStock: false,
      serviceLevel: 0.95,
      forecastMethod: 'moving-average',
      abcClassAPercent: 80,
      abcClassBPercent: 15,
      obsoleteDays: 365,
      stocktakeApprovalThreshold: { amount: '500.00', currency: 'CNY' },
      timeZone: 'Asia/Shanghai',
    });
    expect(Object.isFrozen(defaultPartsConfig)).toBe(true);
  });

  it('§6.2.2 rejects inconsistent policies', () => {
    const reasons = (input: unknown) =>
      parsePartsConfig(input)
        ._unsafeUnwrapErr()
        .data.issues.map((i) => i.reason);
    expect(reasons({ serviceLevel: 0.3 })).toEqual(['too_small']);
    expect(reasons({ abcClassAPercent: 90, abcClassBPercent: 20 })).toEqual(['abc_thresholds']);
    expect(reasons({ slowMovingDays: 400 })).toEqual(['slow_moving_after_obsolete']);
    expect(reasons({ stocktakeApprovalThreshold: { amount: '100', currency: 'USD' } })).toEqual([
      'currency_mismatch',
    ]);
  });

  it('never throws on hostile input', () => {
    for (const input of [null, 1, 'x', [], { serviceLevel: Number.NaN }]) {
      expect(parsePartsConfig(input).isErr()).toBe(true);
    }
    expect(parsePartsConfig(undefined).isErr()).toBe(true);
  });
});
