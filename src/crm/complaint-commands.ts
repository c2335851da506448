import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema } from '../org/index';
import { ContactChannelSchema, InstantSchema } from '../shared/index';
import { ComplaintCategorySchema, ComplaintSeveritySchema } from './complaint-schema';
import { RepairOrderRefSchema } from './ids';
import { boundedText, MAX_FREE_TEXT } from './text';

const stamp = { at: InstantSchema, actor: ActorSchema };

const FeedbackInputSchema = z.strictObject({
  satisfied: z.boolean(),
  comment: z.optional(z.nullable(boundedText(1000))),
  channel: ContactChannelSchema,
});

/**
 * Schema of the commands of the complaint lifecycle (§7.3.2), each with
 * `at` and `actor`:
 * - `confirm` — confirm nature and category, optionally correcting
 *   `category` and `severity` (§7.3.2(1));
 * - `respond` — the customer was answered (§7.3.2(2));
 * - `start-resolving` — work on the problem starts, with an optional `handlerId`;
 * - `resolve` — with a `summary` of what was done (§7.3.2(3));
 * - `record-feedback` — the customer's view of the result (§7.3.2(4));
 * - `close` — needs feedback, given here or recorded before;
 * - `reopen` — from `resolved` or `closed`, back to `resolving`;
 * - `link-repair-order` — link the complaint to a repair order.
 *
 * @example
 * ```ts
 * ComplaintCommandSchema.safeParse({ type: 'respond', at, actor }).success; // true
 * ```
 * @category crm
 * @see §7.3.2
 */
export const ComplaintCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('confirm'),
    ...stamp,
    category: z.optional(ComplaintCategorySchema),
    severity: z.optional(ComplaintSeveritySchema),
  }),
  z.strictObject({ type: z.literal('respond'), ...stamp }),
  z.strictObject({
    type: z.literal('start-resolving'),
    ...stamp,
    handlerId: z.optional(EmployeeIdSchema),
  }),
  z.strictObject({ type: z.literal('resolve'), ...stamp, summary: boundedText(MAX_FREE_TEXT) }),
  z.strictObject({ type: z.literal('record-feedback'), ...stamp, feedback: FeedbackInputSchema }),
  z.strictObject({ type: z.literal('close'), ...stamp, feedback: z.optional(FeedbackInputSchema) }),
  z.strictObject({ type: z.literal('reopen'), ...stamp }),
  z.strictObject({
    type: z.literal('link-repair-order'),
    ...stamp,
    repairOrderId: RepairOrderRefSchema,
  }),
]);

/**
 * A complaint command (before parsing).
 *
 * @example
 * ```ts
 * const close: ComplaintCommand = {
 *   type: 'close', at, actor: supervisor, feedback: { satisfied: true, channel: 'phone' },
 * };
 * ```
 * @category crm
 * @see §7.3.2
 */
export type ComplaintCommand = z.input<typeof ComplaintCommandSchema>;
