import * as z from 'zod/mini';
import { AuditEntryIdSchema } from '../org/index';
import { CurrencyCodeSchema, type Id, InstantSchema, idSchema } from '../shared/index';
import { CodeSchema, PriceSchema, QuantitySchema, RateSchema } from './value-schemas';

/**
 * Lines in one quote (bound against hostile input; a large job has ~100).
 *
 * @internal
 */
export const MAX_LINES = 5000;
/** Longest override reason. */
const MAX_REASON_LENGTH = 500;

/**
 * A manager's reason for an override.
 *
 * @internal
 */
export const ReasonSchema = z.string().check(z.minLength(1), z.maxLength(MAX_REASON_LENGTH));

/**
 * Identifier of a quote (报价单).
 *
 * @example
 * ```ts
 * const id = 'q_1' as QuoteId;
 * ```
 * @category pricing
 */
export type QuoteId = Id<'Quote'>;

/**
 * A manager's price for an item that is not in the published, in-force
 * price list (未公示项目): allowed only with the `price-override.approve`
 * capability and recorded as an audit entry whose id the caller supplies.
 *
 * @example
 * ```ts
 * const override: PriceOverride = {
 *   name: 'Special tool rental', unitPrice: { amount: '50.00', currency: 'CNY' },
 *   reason: 'one-off tool rental agreed with the customer', auditEntryId: 'aud_1' as AuditEntryId,
 * };
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export const PriceOverrideSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  unitPrice: PriceSchema,
  reason: ReasonSchema,
  auditEntryId: AuditEntryIdSchema,
});

/**
 * A manager's price override.
 *
 * @example
 * ```ts
 * const override: PriceOverride | undefined = request.lines[0].override;
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export type PriceOverride = z.infer<typeof PriceOverrideSchema>;

const requestLineShape = { quantity: QuantitySchema, override: z.optional(PriceOverrideSchema) };

/**
 * One requested line: a labour op code (priced for the request's vehicle
 * class), a part number or a fee code, with a positive quantity.
 *
 * @example
 * ```ts
 * const line: QuoteRequestLine = { kind: 'part', partNumber: 'P-FILTER', quantity: '1' };
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export const QuoteRequestLineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('labour'), opCode: CodeSchema, ...requestLineShape }),
  z.object({ kind: z.literal('part'), partNumber: CodeSchema, ...requestLineShape }),
  z.object({ kind: z.literal('fee'), feeCode: CodeSchema, ...requestLineShape }),
]);

/**
 * One requested line.
 *
 * @example
 * ```ts
 * const line: QuoteRequestLine = { kind: 'labour', opCode: 'OP-OIL', quantity: '1' };
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export type QuoteRequestLine = z.infer<typeof QuoteRequestLineSchema>;

/**
 * Facts about the customer that discount rules read (ids only, no personal
 * data): tenure, visits, spend, membership tier, fleet account.
 *
 * @example
 * ```ts
 * const customer: QuoteCustomer = {
 *   id: 'cus_1', tenureMonths: 30, visitCount: 12, totalSpend: { amount: '8000.00', currency: 'CNY' },
 *   membershipTier: 'gold',
 * };
 * ```
 * @category pricing
 * @see §5.3(1)
 * @see §5.3(5)
 */
export const QuoteCustomerSchema = z.object({
  id: idSchema<'Customer'>(),
  tenureMonths: z.int().check(z.gte(0), z.lte(1200)),
  visitCount: z.int().check(z.gte(0), z.lte(1_000_000)),
  totalSpend: PriceSchema,
  membershipTier: z.optional(CodeSchema),
  fleetAccountId: z.optional(CodeSchema),
});

/**
 * Customer facts for discounts.
 *
 * @example
 * ```ts
 * const customer: QuoteCustomer | undefined = request.customer;
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export type QuoteCustomer = z.infer<typeof QuoteCustomerSchema>;

/**
 * A coupon the customer presents, with its usage counts so far (the host
 * counts redemptions; the quote stays pure).
 *
 * @example
 * ```ts
 * const coupon: PresentedCoupon = { code: 'SPRING50', usedByCustomer: 0, usedOverall: 12 };
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export const PresentedCouponSchema = z.object({
  code: CodeSchema,
  usedByCustomer: z.int().check(z.gte(0), z.lte(1_000_000_000)),
  usedOverall: z.int().check(z.gte(0), z.lte(1_000_000_000)),
});

/**
 * A presented coupon.
 *
 * @example
 * ```ts
 * const coupon: PresentedCoupon = { code: 'SPRING50', usedByCustomer: 0, usedOverall: 3 };
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export type PresentedCoupon = z.infer<typeof PresentedCouponSchema>;

/**
 * A manager's approval to exceed the configured discount cap, recorded as an
 * audit entry whose id the caller supplies.
 *
 * @example
 * ```ts
 * const override: DiscountCapOverride = { maxDiscountRate: '0.5', reason: 'fleet goodwill', auditEntryId: 'aud_2' as AuditEntryId };
 * ```
 * @category pricing
 * @see §2.2.1(2)(3)
 */
export const DiscountCapOverrideSchema = z.object({
  maxDiscountRate: RateSchema,
  reason: ReasonSchema,
  auditEntryId: AuditEntryIdSchema,
});

/**
 * A discount-cap override.
 *
 * @example
 * ```ts
 * const override: DiscountCapOverride | undefined = request.discountOverride;
 * ```
 * @category pricing
 * @see §2.2.1(2)(3)
 */
export type DiscountCapOverride = z.infer<typeof DiscountCapOverrideSchema>;

/**
 * What to price (报价请求): lines for a vehicle class at an instant, with the
 * customer facts and coupons discount rules read, and manager overrides.
 *
 * @example
 * ```ts
 * const request = parseWith(QuoteRequestSchema, {
 *   id: 'q_1', at: '2026-03-01T02:00:00.000Z', currency: 'CNY', vehicleClass: 'B',
 *   lines: [{ kind: 'labour', opCode: 'OP-OIL', quantity: '1' }],
 * });
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export const QuoteRequestSchema = z.object({
  id: idSchema<'Quote'>(),
  at: InstantSchema,
  currency: CurrencyCodeSchema,
  vehicleClass: CodeSchema,
  lines: z.array(QuoteRequestLineSchema).check(z.minLength(1), z.maxLength(MAX_LINES)),
  customer: z.optional(QuoteCustomerSchema),
  coupons: z.optional(z.array(PresentedCouponSchema).check(z.maxLength(10))),
  discountOverride: z.optional(DiscountCapOverrideSchema),
});

/**
 * A quote request.
 *
 * @example
 * ```ts
 * const request: QuoteRequest = parseQuoteRequest(body)._unsafeUnwrap();
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;
