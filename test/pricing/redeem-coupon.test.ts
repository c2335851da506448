import { describe, expect, it } from 'vitest';
import { couponRedemptionKey, type Quote, quote, redeemCoupon } from '../../src/pricing/index';
import type { Instant } from '../../src/shared/index';
import { AT, cny, goldCustomer, request, rule, version } from './fixtures';

function quoted(): Quote {
  const coupon = rule({
    id: 'rule_spring',
    benefit: { kind: 'fixed', amount: cny('50.00') },
    condition: {
      type: 'coupon',
      code: 'SPRING50',
      validFrom: '2026-02-01T00:00:00.000Z',
      validTo: '2026-04-01T00:00:00.000Z',
      perCustomerLimit: 1,
      overallLimit: 100,
    },
  });
  return quote(
    request({
      customer: goldCustomer,
      coupons: [{ code: 'SPRING50', usedByCustomer: 0, usedOverall: 3 }],
    }),
    { priceLists: [version()], rules: [coupon] },
  )._unsafeUnwrap();
}

describe('redeemCoupon', () => {
  it('§5.3(4) produces a redemption keyed by coupon and order', () => {
    const result = redeemCoupon(quoted(), {
      couponCode: 'SPRING50',
      orderId: 'ro_1',
      customerId: 'cus_1',
      at: AT,
      existing: [],
    });
    expect(result._unsafeUnwrap()).toEqual({
      created: true,
      redemption: {
        key: 'SPRING50@ro_1',
        couponCode: 'SPRING50',
        ruleId: 'rule_spring',
        orderId: 'ro_1',
        quoteId: 'q_1',
        customerId: 'cus_1',
        amount: cny('50.00'),
        redeemedAt: AT,
      },
    });
    expect(couponRedemptionKey('SPRING50', 'ro_1')).toBe('SPRING50@ro_1');
  });

  it('§5.3(4) redeeming the same coupon on the same order twice yields one redemption', () => {
    const first = redeemCoupon(quoted(), {
      couponCode: 'SPRING50',
      orderId: 'ro_1',
      at: AT,
      existing: [],
    });
    const { redemption } = first._unsafeUnwrap();
    const later = '2026-03-02T00:00:00.000Z' as Instant;
    const again = redeemCoupon(quoted(), {
      couponCode: 'SPRING50',
      orderId: 'ro_1',
      at: later,
      existing: [redemption],
    });
    expect(again._unsafeUnwrap()).toEqual({ created: false, redemption });
    const other = redeemCoupon(quoted(), {
      couponCode: 'SPRING50',
      orderId: 'ro_2',
      at: later,
      existing: [redemption],
    });
    expect(other._unsafeUnwrap().created).toBe(true);
  });

  it('§5.3(4) a coupon the quote did not apply cannot be redeemed', () => {
    const result = redeemCoupon(quoted(), {
      couponCode: 'OTHER',
      orderId: 'ro_1',
      at: AT,
      existing: [],
    });
    expect(result._unsafeUnwrapErr()).toEqual({
      code: 'coupon_not_applied',
      clause: '§5.3(4)',
      data: { couponCode: 'OTHER', quoteId: 'q_1' },
    });
  });

  it('§5.3(4) a malformed order id is validation_failed, never a throw', () => {
    const result = redeemCoupon(quoted(), {
      couponCode: 'SPRING50',
      orderId: ' bad id ',
      at: AT,
      existing: [],
    });
    expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
  });
});
