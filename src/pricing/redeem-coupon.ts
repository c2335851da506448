import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type Instant,
  InstantSchema,
  idSchema,
  MoneySchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { type CouponNotAppliedError, couponNotApplied } from './errors';
import type { Quote } from './schema';
import { CodeSchema } from './value-schemas';

/**
 * A coupon redemption record (优惠券核销记录), keyed for idempotency by coupon
 * code and order: the same coupon on the same order is one redemption.
 *
 * @example
 * ```ts
 * parseWith(CouponRedemptionSchema, stored).isOk();
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export const CouponRedemptionSchema = z.object({
  key: z.string().check(z.maxLength(300)),
  couponCode: CodeSchema,
  ruleId: idSchema<'DiscountRule'>(),
  orderId: idSchema<string>(),
  quoteId: idSchema<'Quote'>(),
  customerId: z.optional(idSchema<'Customer'>()),
  amount: MoneySchema,
  redeemedAt: InstantSchema,
});

/**
 * A coupon redemption.
 *
 * @example
 * ```ts
 * const { redemption }: { redemption: CouponRedemption } = redeemCoupon(quote, input)._unsafeUnwrap();
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export type CouponRedemption = z.infer<typeof CouponRedemptionSchema>;

/**
 * The idempotency key of a redemption: `<couponCode>@<orderId>`.
 *
 * @example
 * ```ts
 * couponRedemptionKey('SPRING50', 'ro_1'); // 'SPRING50@ro_1'
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export function couponRedemptionKey(couponCode: string, orderId: string): string {
  return `${couponCode}@${orderId}`;
}

/**
 * What to redeem: the coupon, the order it is used on, and the redemptions
 * already recorded (the host loads them; usage limits are counted from them).
 *
 * @example
 * ```ts
 * const input: RedeemCouponInput = { couponCode: 'SPRING50', orderId: 'ro_1', at, existing: [] };
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export interface RedeemCouponInput {
  /** The coupon code applied in the quote. */
  readonly couponCode: string;
  /** The order (repair order, parts sale…) it is redeemed on. */
  readonly orderId: string;
  /** The customer, when known (an id, never personal data). */
  readonly customerId?: string;
  /** When. */
  readonly at: Instant;
  /** Redemptions already recorded for this coupon. */
  readonly existing: readonly CouponRedemption[];
}

/**
 * Redeems a coupon that a quote applied, as a pure step separate from
 * quoting (§5.3(4)). Idempotent: if a redemption with the same key (coupon
 * + order) exists it is returned with `created: false`, so redeeming the
 * same coupon on the same order twice yields one redemption.
 *
 * Errors: `coupon_not_applied` (the quote did not apply this coupon),
 * `validation_failed` (an order or customer id that is not a valid id).
 *
 * @example
 * ```ts
 * const first = redeemCoupon(quote, { couponCode: 'SPRING50', orderId: 'ro_1', at, existing: [] });
 * const again = redeemCoupon(quote, { couponCode: 'SPRING50', orderId: 'ro_1', at, existing: [first._unsafeUnwrap().redemption] });
 * again._unsafeUnwrap().created; // false
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export function redeemCoupon(
  quote: Quote,
  input: RedeemCouponInput,
): Result<
  { redemption: CouponRedemption; created: boolean },
  CouponNotAppliedError | ValidationError
> {
  const adjustment = quote.adjustments.find((applied) => applied.couponCode === input.couponCode);
  if (adjustment === undefined) return err(couponNotApplied(input.couponCode, quote.id));
  const key = couponRedemptionKey(input.couponCode, input.orderId);
  const existing = input.existing.find((redemption) => redemption.key === key);
  if (existing !== undefined) return ok({ redemption: existing, created: false });
  const redemption = parseWith(
    CouponRedemptionSchema,
    {
      key,
      couponCode: input.couponCode,
      ruleId: adjustment.ruleId,
      orderId: input.orderId,
      quoteId: quote.id,
      ...(input.customerId === undefined ? {} : { customerId: input.customerId }),
      amount: adjustment.amount,
      redeemedAt: input.at,
    },
    '§5.3(4)',
  );
  return redemption.map((created) => ({ redemption: created, created: true }));
}
