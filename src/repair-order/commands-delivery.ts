import * as z from 'zod/mini';
import { QuoteSchema } from '../pricing/index';
import { commandBase } from './command-base';
import { CreditApprovalSchema, NextServiceSchema, PaymentSchema } from './payment-schema';
import { CodeSchema, KilometresSchema, TextSchema } from './values';

/**
 * Command schemas of settlement, payment, exit and delivery (§3.5) and of
 * closing and cancelling. Internal.
 */
export const deliveryCommandSchemas = [
  /** The settlement statement: `pricing.quote` of the final lines (§3.5(2)). */
  z.object({ ...commandBase, type: z.literal('settle'), statement: QuoteSchema }),
  /** A deposit, payment or refund (§3.5(3)). */
  z.object({
    ...commandBase,
    type: z.literal('record-payment'),
    payment: z.omit(PaymentSchema, { at: true, recordedBy: true }),
  }),
  /** The service manager approves credit for the outstanding balance (§3.5(3)). */
  z.object({
    ...commandBase,
    type: z.literal('approve-credit'),
    ...z.pick(CreditApprovalSchema, { amount: true, reason: true }).shape,
  }),
  /** Issue the exit pass (出门证, §3.5(3)). */
  z.object({ ...commandBase, type: z.literal('issue-exit-pass'), number: CodeSchema }),
  /**
   * Hand over the car, keys and documents (§3.5(4)). The odometer defaults
   * to the reception reading and the next service to the configured interval.
   */
  z.object({
    ...commandBase,
    type: z.literal('deliver'),
    odometerKm: z.optional(KilometresSchema),
    nextService: z.optional(NextServiceSchema),
  }),
  /** Close a delivered order. */
  z.object({ ...commandBase, type: z.literal('close') }),
  /** Cancel an order that has not been delivered, with a reason. */
  z.object({ ...commandBase, type: z.literal('cancel'), reason: TextSchema }),
] as const;
