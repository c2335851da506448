import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { QuoteSchema } from '../pricing/index';
import { ContactChannelSchema, InstantSchema } from '../shared/index';
import { JobIdSchema, LineIdSchema, SupplementaryIdSchema } from './ids';
import { CodeSchema, LabelSchema, TextSchema, uniqueItems } from './values';

/**
 * The customer's decision on a supplementary estimate (客户确认): who decided
 * (the customer or an authorised representative, by role — no names), when,
 * through which channel, which employee recorded it, an optional reference
 * (call recording or message id), and which added lines were approved; the
 * others were declined (§3.3(2), REG-4). Channels are the shared contact
 * channels (§1.2(2)); `walk-in` means in person.
 *
 * @example
 * ```ts
 * const decision: SupplementaryDecision = {
 *   decidedBy: 'customer', at, channel: 'phone', recordedBy: 'emp_sa' as EmployeeId,
 *   approvedLineIds: ['ln_7' as LineId], declinedLineIds: [],
 * };
 * ```
 * @category repair-order
 * @see §3.3(2)
 * @see REG-4
 */
export const SupplementaryDecisionSchema = z.object({
  decidedBy: z.enum(['customer', 'authorised-representative']),
  at: InstantSchema,
  channel: ContactChannelSchema,
  recordedBy: EmployeeIdSchema,
  reference: z.optional(LabelSchema),
  approvedLineIds: z.array(LineIdSchema).check(z.maxLength(500), uniqueItems()),
  declinedLineIds: z.array(LineIdSchema).check(z.maxLength(500), uniqueItems()),
});

/**
 * A parsed {@link SupplementaryDecisionSchema}.
 *
 * @example
 * ```ts
 * const value: SupplementaryDecision = parseWith(SupplementaryDecisionSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see REG-4
 */
export type SupplementaryDecision = z.infer<typeof SupplementaryDecisionSchema>;

/**
 * A supplementary estimate (追加项目估价): work discovered after the plan was
 * approved — new jobs and new lines on existing jobs — priced by
 * `pricing.quote`, with the reason and how urgent it is (`red` must be
 * fixed, `yellow` soon). None of it may start until `decision` approves it.
 *
 * @example
 * ```ts
 * order.supplementaries.filter((s) => s.decision === null); // awaiting the customer
 * ```
 * @category repair-order
 * @see §3.3(2)
 * @see REG-4
 */
export const SupplementaryEstimateSchema = z.object({
  id: SupplementaryIdSchema,
  proposedAt: InstantSchema,
  proposedBy: EmployeeIdSchema,
  reason: TextSchema,
  urgency: z.enum(['red', 'yellow']),
  jobIds: z.array(JobIdSchema).check(z.maxLength(50)),
  lineIds: z.array(LineIdSchema).check(z.minLength(1), z.maxLength(500)),
  estimate: QuoteSchema,
  decision: z.nullable(SupplementaryDecisionSchema),
});

/**
 * A parsed {@link SupplementaryEstimateSchema}.
 *
 * @example
 * ```ts
 * const value: SupplementaryEstimate = parseWith(SupplementaryEstimateSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see REG-4
 */
export type SupplementaryEstimate = z.infer<typeof SupplementaryEstimateSchema>;

/**
 * Traffic-light result of one multipoint-inspection item.
 *
 * @example
 * ```ts
 * MULTIPOINT_RESULTS; // ['green', 'yellow', 'red']
 * ```
 * @category repair-order
 * @see X-3
 */
export const MULTIPOINT_RESULTS = ['green', 'yellow', 'red'] as const;

/**
 * One multipoint-inspection item (多项目检查): the host's item code, a label,
 * the result and an optional note.
 *
 * @example
 * ```ts
 * const item: MultipointItem = { code: 'tyre-fl', label: '左前轮胎花纹', result: 'yellow', note: '3mm' };
 * ```
 * @category repair-order
 * @see X-3
 */
export const MultipointItemSchema = z.object({
  code: CodeSchema,
  label: LabelSchema,
  result: z.enum(MULTIPOINT_RESULTS),
  note: z.optional(LabelSchema),
});

/**
 * A parsed {@link MultipointItemSchema}.
 *
 * @example
 * ```ts
 * const value: MultipointItem = parseWith(MultipointItemSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see X-3
 */
export type MultipointItem = z.infer<typeof MultipointItemSchema>;

/**
 * A deferred recommendation (建议维修项目): work the customer did not have
 * done this time — a yellow or red multipoint item or declined added
 * work (§3.3(2)). It appears in the delivery summary (§3.5(1)) and feeds
 * reminders.
 *
 * @example
 * ```ts
 * const rec: DeferredRecommendation = {
 *   source: 'multipoint', severity: 'yellow', description: '左前轮胎花纹', code: 'tyre-fl',
 *   lineId: null, recordedAt: at,
 * };
 * ```
 * @category repair-order
 * @see X-3
 * @see §3.5(1)
 */
export const DeferredRecommendationSchema = z.object({
  source: z.enum(['multipoint', 'declined-work']),
  severity: z.enum(['red', 'yellow']),
  description: LabelSchema,
  code: z.nullable(CodeSchema),
  lineId: z.nullable(LineIdSchema),
  recordedAt: InstantSchema,
});

/**
 * A parsed {@link DeferredRecommendationSchema}.
 *
 * @example
 * ```ts
 * const value: DeferredRecommendation = parseWith(DeferredRecommendationSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see X-3
 */
export type DeferredRecommendation = z.infer<typeof DeferredRecommendationSchema>;

/**
 * One progress-log entry (进度记录, §3.3(4)); `customerNotified` entries
 * reset the customer-update clock.
 *
 * @example
 * ```ts
 * const entry: ProgressEntry = {
 *   at, by: 'emp_sa' as EmployeeId, note: '等待配件，预计明早到货', customerNotified: true, channel: 'phone',
 * };
 * ```
 * @category repair-order
 * @see §3.3(4)
 */
export const ProgressEntrySchema = z.object({
  at: InstantSchema,
  by: EmployeeIdSchema,
  note: TextSchema,
  customerNotified: z.boolean(),
  channel: z.nullable(ContactChannelSchema),
});

/**
 * A parsed {@link ProgressEntrySchema}.
 *
 * @example
 * ```ts
 * const value: ProgressEntry = parseWith(ProgressEntrySchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.3(4)
 */
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;
