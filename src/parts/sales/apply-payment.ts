import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  addMoney,
  compareMoney,
  type DomainError,
  type ForbiddenError,
  isPositiveMoney,
  isZeroMoney,
  type MoneyArithmeticError,
  MoneySchema,
  parseWith,
  subtractMoney,
  type ValidationError,
} from '../../shared/index';
import { checkActor, type SalesCommandContext } from './context';
import { type PartsSalesErrorData, paymentExceedsOutstanding, paymentIdReused } from './errors';
import { type PartsSalesEvent, salesEvent } from './events';
import { PaymentIdSchema } from './ids';
import { type Receivable, ReceivablePaymentSchema } from './receivable-schema';

/**
 * Schema of a payment to apply: a payment id, a positive amount and the method.
 *
 * @example
 * ```ts
 * PaymentInputSchema.safeParse({ paymentId: 'pay_1', amount: { amount: '0.00', currency: 'CNY' }, method: 'cash' }).success; // false
 * ```
 * @category parts
 * @see §6.3.5
 */
export const PaymentInputSchema = z.object({
  paymentId: PaymentIdSchema,
  amount: MoneySchema.check(
    z.refine((money: { amount: string; currency: string }) => isPositiveMoney(money as never), {
      message: 'must be greater than zero',
      params: { reason: 'not_positive' },
    }),
  ),
  method: ReceivablePaymentSchema.shape.method,
});

/**
 * A customer payment (回款) to apply: its id (applying it again changes
 * nothing), a positive amount and the method.
 *
 * @example
 * ```ts
 * const payment: PaymentInput = { paymentId: 'pay_1', amount: { amount: '500.00', currency: 'CNY' }, method: 'bank-transfer' };
 * ```
 * @category parts
 * @see §6.3.5
 */
export type PaymentInput = z.input<typeof PaymentInputSchema>;

/**
 * Errors of {@link applyPayment}.
 *
 * @example
 * ```ts
 * function explain(error: ApplyPaymentError) { return error.code; }
 * ```
 * @category parts
 * @see §6.3.5
 */
export type ApplyPaymentError =
  | ValidationError
  | ForbiddenError
  | MoneyArithmeticError
  | DomainError<'payment_exceeds_outstanding', PartsSalesErrorData['payment_exceeds_outstanding']>
  | DomainError<'payment_id_reused', PartsSalesErrorData['payment_id_reused']>;

/**
 * The receivable after a payment and its events.
 *
 * @example
 * ```ts
 * const { receivable, events }: PaymentApplied = applyPayment(ar, payment, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.5
 */
export interface PaymentApplied {
  readonly receivable: Receivable;
  readonly events: readonly PartsSalesEvent[];
}

/**
 * Applies a customer payment (回款) to a receivable (§6.3.5): never more
 * than is outstanding, so outstanding never goes negative; when nothing is
 * left the receivable is `settled`. The same payment id with the same
 * amount again changes nothing. Needs `receivable.record`.
 *
 * Errors: `validation_failed` (e.g. a zero or negative amount), `forbidden`,
 * `currency_mismatch`, `payment_exceeds_outstanding`, `payment_id_reused`.
 *
 * @example
 * ```ts
 * const { receivable } = applyPayment(ar, {
 *   paymentId: 'pay_1', amount: { amount: '352.00', currency: 'CNY' }, method: 'bank-transfer',
 * }, { at, actor: clerk })._unsafeUnwrap();
 * receivable.status; // 'settled'
 * ```
 * @category parts
 * @see §6.3.5
 */
export function applyPayment(
  receivable: Receivable,
  payment: PaymentInput,
  context: SalesCommandContext,
): Result<PaymentApplied, ApplyPaymentError> {
  const actorCheck = checkActor(context, 'receivable.record', '§6.3.5');
  if (actorCheck.isErr()) return err(actorCheck.error);
  const { at, actor } = actorCheck.value;
  const parsed = parseWith(PaymentInputSchema, payment, '§6.3.5');
  if (parsed.isErr()) return err(parsed.error);
  const { paymentId, amount, method } = parsed.value;
  const earlier = receivable.payments.find((p) => p.paymentId === paymentId);
  if (earlier !== undefined) {
    const same =
      earlier.amount.amount === amount.amount && earlier.amount.currency === amount.currency;
    return same ? ok({ receivable, events: [] }) : err(paymentIdReused(receivable.id, paymentId));
  }
  const comparison = compareMoney(amount, receivable.outstanding);
  if (comparison.isErr()) return err(comparison.error);
  if (comparison.value > 0) {
    return err(paymentExceedsOutstanding(receivable.id, receivable.outstanding, amount));
  }
  const paid = addMoney(receivable.paid, amount);
  const outstanding = subtractMoney(receivable.outstanding, amount);
  if (paid.isErr()) return err(paid.error);
  if (outstanding.isErr()) return err(outstanding.error);
  const settled = isZeroMoney(outstanding.value);
  const next: Receivable = {
    ...receivable,
    paid: paid.value,
    outstanding: outstanding.value,
    payments: [...receivable.payments, { paymentId, amount, method, at, actorId: actor.id }],
    status: settled ? 'settled' : 'open',
    updatedAt: at,
  };
  const events: PartsSalesEvent[] = [
    salesEvent('parts.payment-applied', receivable.id, at, {
      receivableId: receivable.id,
      paymentId,
      customerId: receivable.customerId,
      amount,
      outstanding: outstanding.value,
      actorId: actor.id,
    }),
  ];
  if (settled) {
    events.push(
      salesEvent('parts.receivable-settled', receivable.id, at, {
        receivableId: receivable.id,
        customerId: receivable.customerId,
      }),
    );
  }
  return ok({ receivable: next, events });
}
