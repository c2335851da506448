import { describe, expect, it } from 'vitest';
import { checkPriceList, parsePricingConfig } from '../../src/pricing/index';
import { cny, rawItems, version } from './fixtures';

describe('checkPriceList', () => {
  it('§5.1(3) a clean list has no problems', () => {
    expect(checkPriceList(version()).problems).toEqual([]);
  });

  it('§5.1(3) the minimum margin comes from the configuration', () => {
    const config = parsePricingConfig({ minimumMarginRate: '0.7' })._unsafeUnwrap();
    // P-FILTER: 80.00 < 50.00 × 1.7 = 85.00; P-OIL: 65.50 > 51.00; F-DISPOSAL: 10.00 < 10.20.
    expect(checkPriceList(version(), config).problems).toEqual([
      { itemKey: 'part:P-FILTER', problem: 'below_margin_floor' },
      { itemKey: 'fee:F-DISPOSAL', problem: 'below_margin_floor' },
    ]);
  });

  it('§5.2(3) duplicate items and foreign currencies are problems', () => {
    const items = rawItems();
    const first = items[2] ?? {};
    const foreign = { ...first, partNumber: 'P-USD', cost: { amount: '1.00', currency: 'USD' } };
    expect(checkPriceList(version({ items: [...items, first, foreign] })).problems).toEqual([
      { itemKey: 'part:P-FILTER', problem: 'duplicate_item' },
      { itemKey: 'part:P-USD', problem: 'currency_mismatch' },
    ]);
  });

  it('§5.1(4) reports items below their market band as warnings', () => {
    const items = rawItems();
    const filter = { ...(items[2] ?? {}), marketBand: { low: cny('90.00'), high: cny('120.00') } };
    const { warnings, problems } = checkPriceList(version({ items: [filter] }));
    expect(problems).toEqual([]);
    expect(warnings).toMatchObject([
      { itemKey: 'part:P-FILTER', position: 'below', unitPrice: cny('80.00') },
    ]);
  });
});
