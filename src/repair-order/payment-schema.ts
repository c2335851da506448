import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { QuoteSchema } from '../pricing/index';
import { CalendarDateSchema, InstantSchema, isRoundedMoney, MoneySchema } from '../shared/index';
import { PaymentIdSchema } from './ids';
import { CodeSchema, KilometresSchema, LabelSchema, TextSchema } from './values';

/**
 * Positive money in whole minor units, below one trillion: payments, refunds
 * and credit. The bound keeps every sum of an order's payments exact.
 */
const PaymentAmountSchema = MoneySchema.check(
  z.refine((money) => /^\d{1,12}(\.\d+)?$/.test(money.amount) && /[1-9]/.test(money.amount), {
    message: 'must be greater than zero and below 10^12',
    params: { reason: 'amount_out_of_range' },
  }),
  z.refine((money) => isRoundedMoney(money), {
    message: 'must be in whole minor units (e.g. cents)',
    params: { reason: 'not_rounded' },
  }),
);

/**
 * How a customer pays (支付方式): cash, bank card, mobile payment (WeChat
 * Pay, Alipay), bank transfer, or the customer's account credit.
 *
 * @example
 * ```ts
 * PAYMENT_METHODS.includes('mobile-payment'); // true
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export const PAYMENT_METHODS = [
  'cash',
  'bank-card',
  'mobile-payment',
  'transfer',
  'account-credit',
] as const;

/**
 * One money movement on the order: a `deposit` (定金, before settlement), a
 * `payment` against the settlement, or a `refund` back to the customer.
 * The amount is always positive; the kind gives the direction.
 *
 * @example
 * ```ts
 * const payment: Payment = {
 *   id: 'pay_1' as PaymentId, kind: 'payment', method: 'mobile-payment',
 *   amount: { amount: '500.00', currency: 'CNY' }, at, recordedBy: 'emp_sa' as EmployeeId,
 * };
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export const PaymentSchema = z.object({
  id: PaymentIdSchema,
  kind: z.enum(['deposit', 'payment', 'refund']),
  method: z.enum(PAYMENT_METHODS),
  amount: PaymentAmountSchema,
  at: InstantSchema,
  recordedBy: EmployeeIdSchema,
  reference: z.optional(LabelSchema),
});

/**
 * A parsed {@link PaymentSchema}.
 *
 * @example
 * ```ts
 * const value: Payment = parseWith(PaymentSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export type Payment = z.infer<typeof PaymentSchema>;

/**
 * Credit approved by the service manager (挂账审批) so the car may leave
 * with an outstanding balance (§3.5(3)).
 *
 * @example
 * ```ts
 * const credit: CreditApproval = {
 *   amount: { amount: '1200.00', currency: 'CNY' }, approvedBy: 'emp_sm' as EmployeeId, at,
 *   reason: '车队月结客户',
 * };
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export const CreditApprovalSchema = z.object({
  amount: PaymentAmountSchema,
  approvedBy: EmployeeIdSchema,
  at: InstantSchema,
  reason: TextSchema,
});

/**
 * A parsed {@link CreditApprovalSchema}.
 *
 * @example
 * ```ts
 * const value: CreditApproval = parseWith(CreditApprovalSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export type CreditApproval = z.infer<typeof CreditApprovalSchema>;

/**
 * The vehicle exit pass (出门证), issued only at a zero balance or with
 * approved credit (§3.5(3)).
 *
 * @example
 * ```ts
 * order.exitPass?.basis; // 'paid' | 'credit'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export const ExitPassSchema = z.object({
  number: CodeSchema,
  issuedAt: InstantSchema,
  issuedBy: EmployeeIdSchema,
  basis: z.enum(['paid', 'credit']),
});

/**
 * A parsed {@link ExitPassSchema}.
 *
 * @example
 * ```ts
 * const value: ExitPass = parseWith(ExitPassSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export type ExitPass = z.infer<typeof ExitPassSchema>;

/**
 * One difference between the approved estimate and the settlement (差异说明):
 * a line added, removed or changed, keyed by kind and code, with both
 * amounts and `final − estimated`.
 *
 * @example
 * ```ts
 * const d: EstimateDifference = {
 *   kind: 'part', code: 'P-DISC-F', change: 'added', estimated: null,
 *   final: { amount: '680.00', currency: 'CNY' }, difference: { amount: '680.00', currency: 'CNY' },
 * };
 * ```
 * @category repair-order
 * @see §3.5(2)
 */
export const EstimateDifferenceSchema = z.object({
  kind: z.enum(['labour', 'part', 'fee']),
  code: CodeSchema,
  change: z.enum(['added', 'removed', 'changed']),
  estimated: z.nullable(MoneySchema),
  final: z.nullable(MoneySchema),
  difference: MoneySchema,
});

/**
 * A parsed {@link EstimateDifferenceSchema}.
 *
 * @example
 * ```ts
 * const value: EstimateDifference = parseWith(EstimateDifferenceSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.5(2)
 */
export type EstimateDifference = z.infer<typeof EstimateDifferenceSchema>;

/**
 * The settlement (结算清单, §3.5(2), REG-2): the quote of the final lines
 * (labour as quota hours × rate, parts with grade, other fees, discounts,
 * VAT, total), when and by whom it was settled, the approved estimate total
 * it is compared with, and every itemised difference.
 *
 * @example
 * ```ts
 * order.settlement?.statement.total; // what the customer owes
 * ```
 * @category repair-order
 * @see §3.5(2)
 * @see REG-2
 * @see REG-3
 */
export const SettlementSchema = z.object({
  statement: QuoteSchema,
  settledAt: InstantSchema,
  settledBy: EmployeeIdSchema,
  estimatedTotal: MoneySchema,
  differences: z.array(EstimateDifferenceSchema).check(z.maxLength(5000)),
});

/**
 * A parsed {@link SettlementSchema}.
 *
 * @example
 * ```ts
 * const value: Settlement = parseWith(SettlementSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.5(2)
 */
export type Settlement = z.infer<typeof SettlementSchema>;

/**
 * The next-service reminder given at delivery (§3.5(4)): by date, by
 * odometer, or both; whichever comes first.
 *
 * @example
 * ```ts
 * const next: NextService = { dueDate: '2026-09-01' as CalendarDate, dueOdometerKm: 55000 };
 * ```
 * @category repair-order
 * @see §3.5(4)
 */
export const NextServiceSchema = z.object({
  dueDate: z.nullable(CalendarDateSchema),
  dueOdometerKm: z.nullable(KilometresSchema),
});

/**
 * A parsed {@link NextServiceSchema}.
 *
 * @example
 * ```ts
 * const value: NextService = parseWith(NextServiceSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.5(4)
 */
export type NextService = z.infer<typeof NextServiceSchema>;

/**
 * The hand-over (交车): when, by whom, the odometer at delivery, and the
 * next-service reminder. Keys and documents are returned in the same step.
 *
 * @example
 * ```ts
 * order.delivery?.nextService.dueOdometerKm; // 55000
 * ```
 * @category repair-order
 * @see §3.5(4)
 */
export const DeliverySchema = z.object({
  at: InstantSchema,
  by: EmployeeIdSchema,
  odometerKm: KilometresSchema,
  nextService: NextServiceSchema,
});

/**
 * A parsed {@link DeliverySchema}.
 *
 * @example
 * ```ts
 * const value: Delivery = parseWith(DeliverySchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.5(4)
 */
export type Delivery = z.infer<typeof DeliverySchema>;
