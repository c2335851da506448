import { describe, expect, it } from 'vitest';
import { defaultPricingConfig, parsePricingConfig } from '../../src/pricing/index';

describe('pricing config', () => {
  it('§5.1(3) §5.2(2) REG-7 defaults: margin 0, cap 30 %, review age 90 days, VAT 13 % inclusive', () => {
    expect(defaultPricingConfig).toEqual({
      timeZone: 'Asia/Shanghai',
      minimumMarginRate: '0',
      maxDiscountRate: '0.3',
      maxReviewAgeDays: 90,
      vat: { rate: '0.13', pricesIncludeVat: true, rounding: 'half-up' },
    });
    expect(parsePricingConfig({})._unsafeUnwrap()).toEqual(defaultPricingConfig);
  });

  it('§5.1(3) rejects rates outside 0..1 and bad zones', () => {
    expect(parsePricingConfig({ minimumMarginRate: '-0.1' }).isErr()).toBe(true);
    expect(parsePricingConfig({ maxDiscountRate: '1.01' }).isErr()).toBe(true);
    expect(parsePricingConfig({ timeZone: 'Mars/Olympus' }).isErr()).toBe(true);
    expect(parsePricingConfig({ maxReviewAgeDays: 0 }).isErr()).toBe(true);
    expect(parsePricingConfig(null).isErr()).toBe(true);
  });
});
