import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  compareInstants,
  type Id,
  InstantSchema,
  idSchema,
} from '../shared/index';
import { CodeSchema, PriceSchema, QuantitySchema, RateSchema } from './value-schemas';

/** Codes listed in one rule scope or condition (bound against hostile input). */
const MAX_CODES = 1000;

const CodeListSchema = z.array(CodeSchema).check(z.minLength(1), z.maxLength(MAX_CODES));

/**
 * The discount-rule kinds of §5.3 with the clause each one implements.
 *
 * @example
 * ```ts
 * DISCOUNT_RULE_CLAUSES.coupon; // '§5.3(4)'
 * ```
 * @category pricing
 * @see §5.3(1)
 * @see §5.3(2)
 * @see §5.3(3)
 * @see §5.3(4)
 * @see §5.3(5)
 */
export const DISCOUNT_RULE_CLAUSES = Object.freeze({
  loyalty: '§5.3(1)',
  bulk: '§5.3(2)',
  seasonal: '§5.3(3)',
  coupon: '§5.3(4)',
  membership: '§5.3(5)',
} as const);

/**
 * Identifier of a discount rule.
 *
 * @example
 * ```ts
 * const id = 'rule_gold' as DiscountRuleId;
 * ```
 * @category pricing
 */
export type DiscountRuleId = Id<'DiscountRule'>;

/** Loyal-customer condition (老客户优惠): every bound given must be met. */
const LoyaltyConditionSchema = z.object({
  type: z.literal('loyalty'),
  minTenureMonths: z.optional(z.int().check(z.gte(0), z.lte(1200))),
  minVisitCount: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  minSpend: z.optional(PriceSchema),
});

/** Group / bulk condition (团购优惠): in-scope quantity or a listed fleet account. */
const BulkConditionSchema = z
  .object({
    type: z.literal('bulk'),
    minQuantity: z.optional(QuantitySchema),
    fleetAccountIds: z.optional(CodeListSchema),
  })
  .check(
    z.refine((bulk) => bulk.minQuantity !== undefined || bulk.fleetAccountIds !== undefined, {
      message: 'needs a minimum quantity or fleet accounts',
      params: { reason: 'criterion_missing' },
    }),
  );

/** Seasonal / holiday condition (季节性优惠): dealer-zone dates, both inclusive. */
const SeasonalConditionSchema = z
  .object({ type: z.literal('seasonal'), from: CalendarDateSchema, to: CalendarDateSchema })
  .check(
    z.refine((season) => season.from <= season.to, {
      message: 'must not end before it starts',
      params: { reason: 'window_reversed' },
    }),
  );

/** Coupon / voucher condition (优惠券): usage counts come in with the quote request. */
const CouponConditionSchema = z
  .object({
    type: z.literal('coupon'),
    code: CodeSchema,
    validFrom: InstantSchema,
    validTo: InstantSchema,
    minSpend: z.optional(PriceSchema),
    perCustomerLimit: z.int().check(z.gte(1), z.lte(1_000_000)),
    overallLimit: z.int().check(z.gte(1), z.lte(1_000_000_000)),
  })
  .check(
    z.refine((coupon) => compareInstants(coupon.validFrom, coupon.validTo) <= 0, {
      message: 'must not end before it starts',
      params: { reason: 'window_reversed' },
    }),
  );

/** Membership-tier condition (会员制度). */
const MembershipConditionSchema = z.object({
  type: z.literal('membership'),
  tiers: CodeListSchema,
});

/**
 * When a rule applies, by rule type (§5.3(1)–(5)).
 *
 * @example
 * ```ts
 * const condition: DiscountCondition = { type: 'membership', tiers: ['gold'] };
 * ```
 * @category pricing
 * @see §5.3(1)
 * @see §5.3(2)
 * @see §5.3(3)
 * @see §5.3(4)
 * @see §5.3(5)
 */
export const DiscountConditionSchema = z.discriminatedUnion('type', [
  LoyaltyConditionSchema,
  BulkConditionSchema,
  SeasonalConditionSchema,
  CouponConditionSchema,
  MembershipConditionSchema,
]);

/**
 * A rule's condition.
 *
 * @example
 * ```ts
 * const condition: DiscountCondition = { type: 'loyalty', minTenureMonths: 24 };
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export type DiscountCondition = z.infer<typeof DiscountConditionSchema>;

/**
 * What a rule discounts: the whole order, or only lines matching any of the
 * listed item keys, categories or item kinds.
 *
 * @example
 * ```ts
 * const scope: DiscountScope = { kind: 'lines', categories: ['maintenance'] };
 * ```
 * @category pricing
 * @see §5.3(3)
 */
export const DiscountScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order') }),
  z.object({
    kind: z.literal('lines'),
    itemKeys: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_CODES))),
    categories: z.optional(CodeListSchema),
    itemKinds: z.optional(z.array(z.enum(['labour', 'part', 'fee'])).check(z.maxLength(3))),
  }),
]);

/**
 * A rule's scope.
 *
 * @example
 * ```ts
 * const scope: DiscountScope = { kind: 'order' };
 * ```
 * @category pricing
 */
export type DiscountScope = z.infer<typeof DiscountScopeSchema>;

/**
 * How much a rule takes off: a rate of the amount still payable before it
 * (`"0.10"` = 10 %), or a fixed amount spread over the lines in scope.
 *
 * @example
 * ```ts
 * const benefit: DiscountBenefit = { kind: 'percentage', rate: '0.10' };
 * ```
 * @category pricing
 */
export const DiscountBenefitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percentage'), rate: RateSchema }),
  z.object({ kind: z.literal('fixed'), amount: PriceSchema }),
]);

/**
 * A rule's benefit.
 *
 * @example
 * ```ts
 * const benefit: DiscountBenefit = { kind: 'fixed', amount: { amount: '50.00', currency: 'CNY' } };
 * ```
 * @category pricing
 */
export type DiscountBenefit = z.infer<typeof DiscountBenefitSchema>;

/**
 * A discount rule (优惠规则). Rules are evaluated in a fixed order —
 * `priority` descending, then `id` ascending — so the same rules in any order
 * give the same quote. An `exclusive` rule applies only alone: it is
 * rejected if a rule before it applied, and once it applies every later rule
 * is rejected.
 *
 * @example
 * ```ts
 * const rule: DiscountRule = {
 *   id: 'rule_gold' as DiscountRuleId, name: 'Gold members 5 %', priority: 10,
 *   stacking: 'combinable', scope: { kind: 'order' },
 *   benefit: { kind: 'percentage', rate: '0.05' },
 *   condition: { type: 'membership', tiers: ['gold'] },
 * };
 * ```
 * @category pricing
 * @see §5.3(1)
 * @see §5.3(2)
 * @see §5.3(3)
 * @see §5.3(4)
 * @see §5.3(5)
 */
export const DiscountRuleSchema = z.object({
  id: idSchema<'DiscountRule'>(),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  priority: z.int().check(z.gte(-1_000_000), z.lte(1_000_000)),
  stacking: z.enum(['exclusive', 'combinable']),
  scope: DiscountScopeSchema,
  benefit: DiscountBenefitSchema,
  condition: DiscountConditionSchema,
});

/**
 * A discount rule.
 *
 * @example
 * ```ts
 * const rule: DiscountRule = parseDiscountRule(json)._unsafeUnwrap();
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export type DiscountRule = z.infer<typeof DiscountRuleSchema>;
