import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../src/parts/index';
import { lineAmount, priceSalesLine } from '../../../src/parts/sales/index';
import { cny, fleet, insurance } from './fixtures';

describe('pricing a sales line by class', () => {
  it('§6.3.2 a discount class pays list × (1 − rate); lines round half-up to 0.01', () => {
    const priced = priceSalesLine(
      { listUnitPrice: cny('33.35') },
      '3' as Quantity,
      { kind: 'discount', rate: '0.05' },
      'CNY',
      { lineNo: 1, partId: 'part_1' },
    )._unsafeUnwrap();
    // 33.35 × 0.95 = 31.6825; × 3 = 95.0475 → 95.05
    expect(priced.unitPrice.amount).toBe('31.6825');
    expect(priced.amount).toEqual(cny('95.05'));
    expect(lineAmount(cny('0.005'), '1' as Quantity)._unsafeUnwrap()).toEqual(cny('0.01'));
  });

  it('§6.3.2 a price-list class takes the named list price, and needs one on every line', () => {
    const priced = priceSalesLine(
      { listUnitPrice: cny('420.00'), priceListUnitPrice: cny('399.00') },
      '2' as Quantity,
      insurance.priceLevel,
      'CNY',
      { lineNo: 1, partId: 'part_pads' },
    )._unsafeUnwrap();
    expect(priced.amount).toEqual(cny('798.00'));
    const missing = priceSalesLine(
      { listUnitPrice: cny('420.00') },
      '2' as Quantity,
      insurance.priceLevel,
      'CNY',
      { lineNo: 3, partId: 'part_pads' },
    );
    expect(missing._unsafeUnwrapErr()).toMatchObject({
      code: 'price_list_price_missing',
      data: { priceListId: 'pl_insurance', lineNo: 3 },
    });
    const usd = priceSalesLine(
      { listUnitPrice: { amount: '1.00', currency: 'USD' } as never },
      '1' as Quantity,
      fleet.priceLevel,
      'CNY',
      { lineNo: 1, partId: 'p' },
    );
    expect(usd._unsafeUnwrapErr().code).toBe('currency_mismatch');
  });
});
