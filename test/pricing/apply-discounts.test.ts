import { describe, expect, it } from 'vitest';
import { type DiscountRule, parsePricingConfig, type Quote, quote } from '../../src/pricing/index';
import { advisor, cny, goldCustomer, manager, request, rule, version } from './fixtures';

function priced(rules: DiscountRule[], overrides: Record<string, unknown> = {}): Quote {
  return quote(request({ customer: goldCustomer, ...overrides }), {
    priceLists: [version()],
    rules,
  })._unsafeUnwrap();
}

const coupon = (overrides: Record<string, unknown> = {}) =>
  rule({
    id: 'rule_coupon',
    name: 'Spring coupon',
    benefit: { kind: 'fixed', amount: cny('50.00') },
    condition: {
      type: 'coupon',
      code: 'SPRING50',
      validFrom: '2026-02-01T00:00:00.000Z',
      validTo: '2026-03-31T16:00:00.000Z',
      minSpend: cny('300.00'),
      perCustomerLimit: 1,
      overallLimit: 100,
      ...overrides,
    },
  });

const presented = (code = 'SPRING50', usedByCustomer = 0, usedOverall = 0) => ({
  coupons: [{ code, usedByCustomer, usedOverall }],
});

describe('discount stacking', () => {
  it('§5.3(5) a membership-tier rule discounts the order, allocated over lines to the cent', () => {
    const result = priced([rule({ id: 'rule_gold', name: 'Gold 10%' })]);
    const [adjustment] = result.adjustments;
    expect(adjustment).toMatchObject({
      ruleId: 'rule_gold',
      ruleType: 'membership',
      reason: 'membership',
      clause: '§5.3(5)',
      requested: cny('48.48'),
      amount: cny('48.48'),
      clipped: [],
    });
    const allocated = adjustment?.allocations.reduce(
      (sum, a) => sum + Number(a.amount.amount) * 100,
      0,
    );
    expect(Math.round(allocated ?? 0)).toBe(4848);
    expect(result.discountTotal).toEqual(cny('48.48'));
    expect(result.total).toEqual(cny('436.27'));
  });

  it('§5.3(5) a customer in another tier is rejected with tier_not_eligible', () => {
    const result = priced([rule({})], { customer: { ...goldCustomer, membershipTier: 'silver' } });
    expect(result.rejectedRules).toEqual([
      {
        ruleId: 'rule_1',
        ruleName: 'Rule',
        ruleType: 'membership',
        reason: 'tier_not_eligible',
        clause: '§5.3(5)',
      },
    ]);
    expect(priced([rule({})], { customer: undefined }).rejectedRules[0]?.reason).toBe(
      'no_customer',
    );
  });

  it('§5.3(1) a loyal-customer rule checks tenure, visits and spend', () => {
    const loyalty = (condition: Record<string, unknown>) =>
      rule({
        condition: { type: 'loyalty', ...condition },
        benefit: { kind: 'percentage', rate: '0.05' },
      });
    expect(
      priced([loyalty({ minTenureMonths: 24, minVisitCount: 10 })]).adjustments[0]?.reason,
    ).toBe('loyal_customer');
    expect(priced([loyalty({ minTenureMonths: 48 })]).rejectedRules[0]?.reason).toBe(
      'tenure_too_short',
    );
    expect(priced([loyalty({ minVisitCount: 20 })]).rejectedRules[0]?.reason).toBe(
      'too_few_visits',
    );
    expect(priced([loyalty({ minSpend: cny('10000.00') })]).rejectedRules[0]?.reason).toBe(
      'spend_too_low',
    );
  });

  it('§5.3(2) a bulk rule applies by quantity in scope or by fleet account', () => {
    const bulk = (condition: Record<string, unknown>) =>
      rule({
        scope: { kind: 'lines', itemKinds: ['part'] },
        condition: { type: 'bulk', ...condition },
      });
    const byQuantity = priced([bulk({ minQuantity: '5' })]);
    expect(byQuantity.adjustments[0]).toMatchObject({ reason: 'bulk_quantity', clause: '§5.3(2)' });
    expect(byQuantity.adjustments[0]?.allocations.map((a) => a.lineNo)).toEqual([2, 3]);
    expect(priced([bulk({ minQuantity: '6' })]).rejectedRules[0]?.reason).toBe('quantity_too_low');
    const fleet = priced([bulk({ fleetAccountIds: ['FLEET-1'] })], {
      customer: { ...goldCustomer, fleetAccountId: 'FLEET-1' },
    });
    expect(fleet.adjustments[0]?.reason).toBe('fleet_account');
    expect(priced([bulk({ fleetAccountIds: ['FLEET-1'] })]).rejectedRules[0]?.reason).toBe(
      'fleet_not_listed',
    );
  });

  it('§5.3(3) a seasonal rule applies within its dealer-date window to its named items only', () => {
    const seasonal = (from: string, to: string) =>
      rule({
        scope: { kind: 'lines', itemKeys: ['labour:OP-OIL:B'] },
        benefit: { kind: 'percentage', rate: '0.2' },
        condition: { type: 'seasonal', from, to },
      });
    const inSeason = priced([seasonal('2026-03-01', '2026-03-07')]);
    expect(inSeason.adjustments[0]?.allocations).toEqual([{ lineNo: 1, amount: cny('20.00') }]);
    expect(inSeason.lines[0]?.amount).toEqual(cny('80.00'));
    expect(priced([seasonal('2026-03-02', '2026-03-07')]).rejectedRules[0]?.reason).toBe(
      'outside_season',
    );
    const noScope = rule({
      scope: { kind: 'lines', categories: ['bodywork'] },
      condition: { type: 'seasonal', from: '2026-03-01', to: '2026-03-07' },
    });
    expect(priced([noScope]).rejectedRules[0]?.reason).toBe('no_lines_in_scope');
  });

  it('§5.3(4) a coupon needs to be presented, valid, under its limits and above its minimum spend', () => {
    const applied = priced([coupon()], presented());
    expect(applied.adjustments[0]).toMatchObject({
      couponCode: 'SPRING50',
      amount: cny('50.00'),
      clause: '§5.3(4)',
    });
    expect(priced([coupon()]).rejectedRules[0]?.reason).toBe('coupon_not_presented');
    expect(
      priced([coupon({ validTo: '2026-02-28T00:00:00.000Z' })], presented()).rejectedRules[0]
        ?.reason,
    ).toBe('coupon_expired');
    expect(
      priced([coupon({ validFrom: '2026-03-02T00:00:00.000Z' })], presented()).rejectedRules[0]
        ?.reason,
    ).toBe('coupon_not_yet_valid');
    expect(priced([coupon()], presented('SPRING50', 1)).rejectedRules[0]?.reason).toBe(
      'coupon_customer_limit_reached',
    );
    expect(priced([coupon()], presented('SPRING50', 0, 100)).rejectedRules[0]?.reason).toBe(
      'coupon_overall_limit_reached',
    );
    expect(
      priced([coupon({ minSpend: cny('500.00') })], presented()).rejectedRules[0]?.reason,
    ).toBe('coupon_min_spend_not_met');
  });

  it('§5.3(4) only one coupon applies per order', () => {
    const second = rule({
      id: 'rule_coupon2',
      benefit: { kind: 'fixed', amount: cny('20.00') },
      condition: {
        type: 'coupon',
        code: 'WELCOME20',
        validFrom: '2026-01-01T00:00:00.000Z',
        validTo: '2026-12-31T00:00:00.000Z',
        perCustomerLimit: 1,
        overallLimit: 10,
      },
    });
    const result = priced([second, coupon()], {
      coupons: [
        { code: 'SPRING50', usedByCustomer: 0, usedOverall: 0 },
        { code: 'WELCOME20', usedByCustomer: 0, usedOverall: 0 },
      ],
    });
    expect(result.adjustments.map((a) => a.ruleId)).toEqual(['rule_coupon']);
    expect(result.rejectedRules).toMatchObject([
      { ruleId: 'rule_coupon2', reason: 'one_coupon_per_order' },
    ]);
  });

  it('§5.3(1) rules run by priority desc then id asc; an exclusive rule applies only alone', () => {
    const high = rule({ id: 'rule_b', priority: 10, stacking: 'exclusive' });
    const tie = rule({ id: 'rule_a', priority: 10, stacking: 'exclusive' });
    const low = rule({ id: 'rule_c', priority: 1 });
    const result = priced([low, high, tie]);
    expect(result.adjustments.map((a) => a.ruleId)).toEqual(['rule_a']);
    expect(result.rejectedRules.map((r) => [r.ruleId, r.reason])).toEqual([
      ['rule_b', 'exclusive_conflict'],
      ['rule_c', 'exclusive_conflict'],
    ]);
    const lateExclusive = priced([
      rule({ id: 'rule_x', priority: 5 }),
      rule({ id: 'rule_y', stacking: 'exclusive' }),
    ]);
    expect(lateExclusive.rejectedRules).toMatchObject([
      { ruleId: 'rule_y', reason: 'exclusive_conflict' },
    ]);
  });

  it('§5.1(3) the margin floor clips a discount and says so', () => {
    const deep = rule({
      scope: { kind: 'lines', itemKeys: ['part:P-FILTER'] },
      benefit: { kind: 'percentage', rate: '0.9' },
    });
    const result = priced([deep]);
    // 80.00 list, cost 50.00, margin 0: at most 30.00 off.
    expect(result.adjustments[0]).toMatchObject({
      requested: cny('72.00'),
      amount: cny('30.00'),
      clipped: ['margin_floor'],
    });
    expect(result.lines[1]?.amount).toEqual(cny('50.00'));
    const again = priced([deep, rule({ id: 'rule_2', scope: deep.scope })]);
    expect(again.rejectedRules).toMatchObject([
      { ruleId: 'rule_2', reason: 'margin_floor_reached' },
    ]);
  });

  it('§5.1(3) a configured minimum margin raises the floor', () => {
    const config = parsePricingConfig({ minimumMarginRate: '0.2' })._unsafeUnwrap();
    const deep = rule({
      scope: { kind: 'lines', itemKeys: ['part:P-FILTER'] },
      benefit: { kind: 'percentage', rate: '0.9' },
    });
    const result = quote(request({ customer: goldCustomer }), {
      priceLists: [version()],
      rules: [deep],
      config,
    })._unsafeUnwrap();
    expect(result.lines[1]?.amount).toEqual(cny('60.00'));
  });

  it('§5.3(1) the total discount is capped at the configured share of the list subtotal', () => {
    const big = rule({ benefit: { kind: 'fixed', amount: cny('400.00') } });
    const result = priced([big, rule({ id: 'rule_z', priority: -1 })]);
    expect(result.discountTotal).toEqual(cny('145.42'));
    expect(result.adjustments[0]?.clipped).toEqual(['margin_floor', 'discount_cap']);
    expect(result.rejectedRules).toMatchObject([
      { ruleId: 'rule_z', reason: 'discount_cap_reached' },
    ]);
    expect(result.maxDiscountRate).toBe('0.3');
  });

  it('§2.2.1(2)(3) a manager may raise the cap, which is audited; an advisor may not', () => {
    const big = rule({ benefit: { kind: 'fixed', amount: cny('400.00') } });
    const overrideRequest = request({
      customer: goldCustomer,
      discountOverride: {
        maxDiscountRate: '0.5',
        reason: 'fleet goodwill',
        auditEntryId: 'aud_cap',
      },
    });
    const result = quote(overrideRequest, {
      priceLists: [version()],
      rules: [big],
      actor: manager,
    });
    const value = result._unsafeUnwrap();
    expect(value.maxDiscountRate).toBe('0.5');
    expect(value.discountTotal.amount).toBe('242.37');
    expect(value.auditEntries).toMatchObject([
      { id: 'aud_cap', clause: '§2.2.1(2)(3)', action: 'override' },
    ]);
    const refused = quote(overrideRequest, {
      priceLists: [version()],
      rules: [big],
      actor: advisor,
    });
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      data: { capability: 'discount-override.approve' },
    });
  });

  it('§5.3(1) duplicate rule ids are refused, since the order would not be total', () => {
    const result = quote(request(), { priceLists: [version()], rules: [rule({}), rule({})] });
    expect(result._unsafeUnwrapErr()).toEqual({
      code: 'duplicate_discount_rule',
      data: { ruleId: 'rule_1' },
    });
  });

  it('§5.3(4) a rule whose fixed amount is in another currency is rejected, not converted', () => {
    const usd = rule({ benefit: { kind: 'fixed', amount: { amount: '5.00', currency: 'USD' } } });
    expect(priced([usd]).rejectedRules[0]?.reason).toBe('currency_mismatch');
  });

  it('§5.2(3) lines priced by a manager override are not discounted further', () => {
    const lines = [
      { kind: 'part', partNumber: 'P-FILTER', quantity: '1' },
      {
        kind: 'fee',
        feeCode: 'F-TOOL',
        quantity: '1',
        override: {
          name: 'Tool',
          unitPrice: cny('100.00'),
          reason: 'agreed',
          auditEntryId: 'aud_1',
        },
      },
    ];
    const result = quote(request({ customer: goldCustomer, lines }), {
      priceLists: [version()],
      rules: [rule({})],
      actor: manager,
    })._unsafeUnwrap();
    expect(result.adjustments[0]?.allocations).toEqual([{ lineNo: 1, amount: cny('8.00') }]);
    expect(result.lines[1]?.discount).toEqual(cny('0.00'));
  });
});
