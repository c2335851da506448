import { describe, expect, it } from 'vitest';
import { allocateOrderDiscount } from '../../src/pricing/index';
import { cny } from './fixtures';

describe('allocateOrderDiscount', () => {
  it('§5.3(1) spreads an order discount over lines to the cent, ties to the earlier line', () => {
    expect(
      allocateOrderDiscount(cny('10.00'), [cny('100.00'), cny('200.00')])._unsafeUnwrap(),
    ).toEqual([cny('3.33'), cny('6.67')]);
    expect(allocateOrderDiscount(cny('0.01'), [cny('5.00'), cny('5.00')])._unsafeUnwrap()).toEqual([
      cny('0.01'),
      cny('0.00'),
    ]);
  });

  it('§5.3(1) refuses mixed currencies and unrounded totals', () => {
    expect(
      allocateOrderDiscount(cny('1.00'), [{ amount: '1.00', currency: 'USD' }])._unsafeUnwrapErr()
        .code,
    ).toBe('currency_mismatch');
    expect(allocateOrderDiscount(cny('1.005'), [cny('1.00')])._unsafeUnwrapErr().code).toBe(
      'allocation_total_not_rounded',
    );
  });
});
