import { describe, expect, it } from 'vitest';
import { checkPriceListStaleness, parsePricingConfig } from '../../src/pricing/index';
import type { Instant } from '../../src/shared/index';
import { version } from './fixtures';

describe('checkPriceListStaleness', () => {
  it('§5.2(2) a list reviewed more than maxReviewAgeDays ago is stale', () => {
    const v = version({ reviewedAt: '2026-01-01T00:00:00.000Z' });
    expect(checkPriceListStaleness(v, '2026-04-01T00:00:00.000Z' as Instant)).toEqual({
      stale: false,
      ageDays: 90,
      maxAgeDays: 90,
      reviewedOn: '2026-01-01',
    });
    expect(checkPriceListStaleness(v, '2026-04-02T00:00:00.000Z' as Instant).stale).toBe(true);
  });

  it('§5.2(2) the maximum age is configurable', () => {
    const config = parsePricingConfig({ maxReviewAgeDays: 30 })._unsafeUnwrap();
    const v = version({ reviewedAt: '2026-01-01T00:00:00.000Z' });
    expect(checkPriceListStaleness(v, '2026-02-01T00:00:00.000Z' as Instant, config).stale).toBe(
      true,
    );
  });
});
