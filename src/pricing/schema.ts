import * as z from 'zod/mini';
import { AuditEntryIdSchema, AuditEntrySchema } from '../org/index';
import {
  CurrencyCodeSchema,
  InstantSchema,
  idSchema,
  MoneySchema,
  VatSplitSchema,
} from '../shared/index';
import { DISCOUNT_RULE_CLAUSES } from './discount-schema';
import { MAX_LINES, ReasonSchema } from './quote-request-schema';
import {
  CodeSchema,
  FEE_TYPES,
  FeeComponentsSchema,
  LocalizedTextSchema,
  PartsGradeSchema,
  QuantitySchema,
  RateSchema,
} from './value-schemas';

/**
 * How a line's list amount is calculated (计费依据): quota hours × hourly
 * rate × quantity, quantity × unit price, or a manager's override price.
 *
 * @example
 * ```ts
 * const basis: LineBasis = { kind: 'labour', quotaHours: '1.5', hourlyRate: { amount: '200.00', currency: 'CNY' }, quantity: '1' };
 * ```
 * @category pricing
 * @see §5.1(2)
 * @see §4.1(2)
 * @see REG-2
 */
export const LineBasisSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('labour'),
    quotaHours: QuantitySchema,
    hourlyRate: MoneySchema,
    quantity: QuantitySchema,
  }),
  z.object({
    kind: z.literal('part'),
    quantity: QuantitySchema,
    unit: z.string().check(z.maxLength(64)),
    unitPrice: MoneySchema,
  }),
  z.object({
    kind: z.literal('fee'),
    feeType: z.enum(FEE_TYPES),
    quantity: QuantitySchema,
    unit: z.string().check(z.maxLength(64)),
    unitPrice: MoneySchema,
  }),
  z.object({ kind: z.literal('override'), quantity: QuantitySchema, unitPrice: MoneySchema }),
]);

/**
 * A line's basis.
 *
 * @example
 * ```ts
 * const basis: LineBasis = quote.lines[0].basis; // { kind: 'labour', quotaHours: '0.5', … }
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export type LineBasis = z.infer<typeof LineBasisSchema>;

/**
 * One priced line (报价明细): its basis, fee components (adding up to the
 * list amount), parts grade and discount. Amounts are rounded
 * half-up to the currency's minor unit per line; `amount = listAmount − discount`.
 *
 * @example
 * ```ts
 * quote.lines[0].basis.kind; // 'labour'
 * ```
 * @category pricing
 * @see §5.1(2)
 * @see §5.2(3)
 * @see REG-3
 */
export const QuoteLineSchema = z.object({
  lineNo: z.int().check(z.gte(1), z.lte(MAX_LINES)),
  itemKey: z.string().check(z.maxLength(200)),
  kind: z.enum(['labour', 'part', 'fee']),
  code: CodeSchema,
  name: z.string().check(z.maxLength(200)),
  category: z.optional(CodeSchema),
  grade: z.optional(PartsGradeSchema),
  basis: LineBasisSchema,
  components: FeeComponentsSchema,
  listAmount: MoneySchema,
  discount: MoneySchema,
  amount: MoneySchema,
  explanation: z.optional(LocalizedTextSchema),
  override: z.optional(z.object({ reason: ReasonSchema, auditEntryId: AuditEntryIdSchema })),
});

/**
 * A priced line.
 *
 * @example
 * ```ts
 * const line: QuoteLine = quote.lines[0];
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export type QuoteLine = z.infer<typeof QuoteLineSchema>;

/**
 * Why a discount was cut short: the line margin floor (§5.1(3)) or the cap
 * on the total discount.
 *
 * @example
 * ```ts
 * CLIP_REASONS; // ['margin_floor', 'discount_cap']
 * ```
 * @category pricing
 * @see §5.1(3)
 */
export const CLIP_REASONS = ['margin_floor', 'discount_cap'] as const;

/**
 * Why a discount applied (reason code of an adjustment): loyal customer,
 * bulk quantity, fleet account, seasonal window, coupon, membership tier.
 *
 * @example
 * ```ts
 * ADJUSTMENT_REASONS.includes('fleet_account'); // true
 * ```
 * @category pricing
 * @see §5.3(1)
 * @see §5.3(2)
 * @see §5.3(3)
 * @see §5.3(4)
 * @see §5.3(5)
 */
export const ADJUSTMENT_REASONS = [
  'loyal_customer',
  'bulk_quantity',
  'fleet_account',
  'seasonal',
  'coupon',
  'membership',
] as const;

const RuleTypeSchema = z.enum(
  Object.keys(DISCOUNT_RULE_CLAUSES) as ['loyalty', 'bulk', 'seasonal', 'coupon', 'membership'],
);

/**
 * One applied discount (优惠调整): the rule, the amount it takes off in total
 * and per line (order-level amounts are allocated to the cent), the amount it
 * asked for, and why it was clipped if it was.
 *
 * @example
 * ```ts
 * quote.adjustments[0]; // { ruleId: 'rule_gold', ruleType: 'membership', amount: …, clause: '§5.3(5)', … }
 * ```
 * @category pricing
 * @see §5.3(1)
 * @see §5.2(4)
 */
export const AdjustmentSchema = z.object({
  ruleId: idSchema<'DiscountRule'>(),
  ruleName: z.string().check(z.maxLength(200)),
  ruleType: RuleTypeSchema,
  scope: z.enum(['order', 'lines']),
  benefit: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('percentage'), rate: RateSchema }),
    z.object({ kind: z.literal('fixed'), amount: MoneySchema }),
  ]),
  reason: z.enum(ADJUSTMENT_REASONS),
  requested: MoneySchema,
  amount: MoneySchema,
  allocations: z
    .array(z.object({ lineNo: z.int().check(z.gte(1)), amount: MoneySchema }))
    .check(z.maxLength(MAX_LINES)),
  clipped: z.array(z.enum(CLIP_REASONS)).check(z.maxLength(2)),
  clause: z.string().check(z.maxLength(32)),
  couponCode: z.optional(CodeSchema),
});

/**
 * An applied discount.
 *
 * @example
 * ```ts
 * const applied: Adjustment[] = quote.adjustments;
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export type Adjustment = z.infer<typeof AdjustmentSchema>;

/**
 * Why a rule did not apply.
 *
 * @example
 * ```ts
 * REJECTION_REASONS.includes('coupon_expired'); // true
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export const REJECTION_REASONS = [
  'no_customer',
  'tenure_too_short',
  'too_few_visits',
  'spend_too_low',
  'quantity_too_low',
  'fleet_not_listed',
  'outside_season',
  'no_lines_in_scope',
  'coupon_not_presented',
  'coupon_not_yet_valid',
  'coupon_expired',
  'coupon_min_spend_not_met',
  'coupon_customer_limit_reached',
  'coupon_overall_limit_reached',
  'one_coupon_per_order',
  'tier_not_eligible',
  'currency_mismatch',
  'exclusive_conflict',
  'margin_floor_reached',
  'discount_cap_reached',
] as const;

/**
 * A rule that did not apply, with the reason and the clause of its type.
 *
 * @example
 * ```ts
 * quote.rejectedRules[0]; // { ruleId: 'rule_spring', ruleType: 'coupon', reason: 'coupon_expired', clause: '§5.3(4)' }
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export const RejectedRuleSchema = z.object({
  ruleId: idSchema<'DiscountRule'>(),
  ruleName: z.string().check(z.maxLength(200)),
  ruleType: RuleTypeSchema,
  reason: z.enum(REJECTION_REASONS),
  clause: z.string().check(z.maxLength(32)),
});

/**
 * A rejected rule.
 *
 * @example
 * ```ts
 * const rejected: RejectedRule[] = quote.rejectedRules;
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export type RejectedRule = z.infer<typeof RejectedRuleSchema>;

/**
 * A priced quote (报价单) as data: lines, applied and rejected discount
 * rules, `subtotal` (sum of list amounts), `discountTotal`, the VAT split
 * (REG-7; the sum of the line splits) and `total` (= `subtotal −
 * discountTotal` = `vat.gross`). Every sum is a sum of rounded lines, so the
 * statement adds up to the cent. Overrides carry their audit entries.
 *
 * @example
 * ```ts
 * const parsed = parseWith(QuoteSchema, JSON.parse(JSON.stringify(quote)));
 * ```
 * @category pricing
 * @see §5.1(2)
 * @see §5.2(4)
 * @see REG-7
 */
export const QuoteSchema = z.object({
  id: idSchema<'Quote'>(),
  at: InstantSchema,
  currency: CurrencyCodeSchema,
  vehicleClass: CodeSchema,
  priceListVersionId: z.nullable(idSchema<'PriceListVersion'>()),
  lines: z.array(QuoteLineSchema).check(z.maxLength(MAX_LINES)),
  adjustments: z.array(AdjustmentSchema).check(z.maxLength(10_000)),
  rejectedRules: z.array(RejectedRuleSchema).check(z.maxLength(10_000)),
  maxDiscountRate: RateSchema,
  subtotal: MoneySchema,
  discountTotal: MoneySchema,
  vat: VatSplitSchema,
  total: MoneySchema,
  auditEntries: z.array(AuditEntrySchema).check(z.maxLength(MAX_LINES + 1)),
});

/**
 * A priced quote.
 *
 * @example
 * ```ts
 * const result: Result<Quote, PricingError> = quote(request, context);
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export type Quote = z.infer<typeof QuoteSchema>;
