import * as z from 'zod/mini';
import { EmployeeIdSchema, RoleSchema } from '../org/index';
import { ContactChannelSchema, entityBaseShape, InstantSchema } from '../shared/index';
import {
  ComplaintIdSchema,
  CustomerIdSchema,
  FollowUpIdSchema,
  RepairOrderRefSchema,
  VehicleIdSchema,
} from './ids';
import { boundedText, MAX_FREE_TEXT } from './text';

/**
 * What a complaint is about (投诉类别), confirmed in step 1 of §7.3.2:
 * repair quality, service attitude, price, timeliness (waiting, promised
 * time missed), parts, facilities, or other.
 *
 * @example
 * ```ts
 * COMPLAINT_CATEGORIES.includes('repair-quality'); // true
 * ```
 * @category crm
 * @see §7.3.2
 */
export const COMPLAINT_CATEGORIES = [
  'repair-quality',
  'service-attitude',
  'price',
  'timeliness',
  'parts',
  'facility',
  'other',
] as const;

/**
 * Schema of a {@link ComplaintCategory}.
 *
 * @example
 * ```ts
 * ComplaintCategorySchema.safeParse('price').success; // true
 * ```
 * @category crm
 * @see §7.3.2
 */
export const ComplaintCategorySchema = z.enum(COMPLAINT_CATEGORIES);

/**
 * A complaint category.
 *
 * @example
 * ```ts
 * const category: ComplaintCategory = 'timeliness';
 * ```
 * @category crm
 * @see §7.3.2
 */
export type ComplaintCategory = z.infer<typeof ComplaintCategorySchema>;

/**
 * How serious a complaint is (严重程度); it sets the response and
 * resolution deadlines (§1.2(4)): `low`, `medium`, `high`, `critical`
 * (e.g. safety, or a threat to go to the media or the authorities).
 *
 * @example
 * ```ts
 * COMPLAINT_SEVERITIES; // ['low', 'medium', 'high', 'critical']
 * ```
 * @category crm
 * @see §7.3.2
 * @see §1.2(4)
 */
export const COMPLAINT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/**
 * Schema of a {@link ComplaintSeverity}.
 *
 * @example
 * ```ts
 * ComplaintSeveritySchema.safeParse('high').success; // true
 * ```
 * @category crm
 * @see §7.3.2
 */
export const ComplaintSeveritySchema = z.enum(COMPLAINT_SEVERITIES);

/**
 * A complaint severity.
 *
 * @example
 * ```ts
 * const severity: ComplaintSeverity = 'critical';
 * ```
 * @category crm
 * @see §7.3.2
 */
export type ComplaintSeverity = z.infer<typeof ComplaintSeveritySchema>;

/**
 * The complaint lifecycle (§7.3.2): `received` → `confirmed` (nature and
 * category confirmed) → `responded` (the customer was answered) →
 * `resolving` → `resolved` → `closed` (after the customer's feedback on the
 * result); `resolved` and `closed` can be reopened back to `resolving`.
 *
 * @example
 * ```ts
 * COMPLAINT_STATUSES[0]; // 'received'
 * ```
 * @category crm
 * @see §7.3.2
 */
export const COMPLAINT_STATUSES = [
  'received',
  'confirmed',
  'responded',
  'resolving',
  'resolved',
  'closed',
] as const;

/**
 * Schema of a {@link ComplaintStatus}.
 *
 * @example
 * ```ts
 * ComplaintStatusSchema.safeParse('closed').success; // true
 * ```
 * @category crm
 * @see §7.3.2
 */
export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES);

/**
 * A complaint's status.
 *
 * @example
 * ```ts
 * const status: ComplaintStatus = 'resolving';
 * ```
 * @category crm
 * @see §7.3.2
 */
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>;

/**
 * Schema of the customer's feedback on the result (反馈结果, §7.3.2(4)):
 * satisfied or not, an optional comment, the channel and the instant.
 *
 * @example
 * ```ts
 * CustomerFeedbackSchema.safeParse({
 *   satisfied: true, comment: null, channel: 'phone', at: '2026-03-05T02:00:00.000Z',
 * }).success; // true
 * ```
 * @category crm
 * @see §7.3.2
 */
export const CustomerFeedbackSchema = z.object({
  satisfied: z.boolean(),
  comment: z.nullable(boundedText(1000)),
  channel: ContactChannelSchema,
  at: InstantSchema,
});

/**
 * The customer's feedback on a complaint's result.
 *
 * @example
 * ```ts
 * const feedback: CustomerFeedback = { satisfied: true, comment: null, channel: 'phone', at };
 * ```
 * @category crm
 * @see §7.3.2
 */
export type CustomerFeedback = z.infer<typeof CustomerFeedbackSchema>;

/**
 * Schema of a deadline kind: the first `response` to the customer or the
 * `resolution` of the problem.
 *
 * @example
 * ```ts
 * DeadlineKindSchema.options; // ['response', 'resolution']
 * ```
 * @category crm
 * @see §1.2(4)
 */
export const DeadlineKindSchema = z.enum(['response', 'resolution']);

/**
 * A deadline kind.
 *
 * @example
 * ```ts
 * const kind: DeadlineKind = 'resolution';
 * ```
 * @category crm
 * @see §1.2(4)
 */
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

const EscalationSchema = z.object({
  kind: DeadlineKindSchema,
  at: InstantSchema,
  dueBy: InstantSchema,
  toRole: RoleSchema,
  /** The complaint's reopen count when escalated: each handling cycle escalates at most once per kind. */
  cycle: z.int().check(z.gte(0)),
});

/**
 * Schema of a complaint (投诉, §7.3): customer, optional vehicle and linked
 * repair order, channel (§7.3.1), category, severity, summary, status and
 * step instants, response and resolution deadlines (§1.2(4)), handler,
 * resolution, the customer's feedback, reopen count, escalations, and
 * where it came from (directly, or a follow-up call).
 *
 * @example
 * ```ts
 * parseWith(ComplaintSchema, JSON.parse(row)).isOk();
 * ```
 * @category crm
 * @see §7.3.1
 * @see §7.3.2
 * @see §1.2(4)
 */
export const ComplaintSchema = z.object({
  ...entityBaseShape,
  id: ComplaintIdSchema,
  customerId: CustomerIdSchema,
  vehicleId: z.nullable(VehicleIdSchema),
  repairOrderId: z.nullable(RepairOrderRefSchema),
  followUpId: z.nullable(FollowUpIdSchema),
  channel: ContactChannelSchema,
  category: ComplaintCategorySchema,
  severity: ComplaintSeveritySchema,
  /** The customer's complaint in their words; may hold personal data, never copied into events. */
  summary: boundedText(MAX_FREE_TEXT),
  status: ComplaintStatusSchema,
  receivedAt: InstantSchema,
  receivedBy: EmployeeIdSchema,
  confirmedAt: z.nullable(InstantSchema),
  respondedAt: z.nullable(InstantSchema),
  resolvingSince: z.nullable(InstantSchema),
  resolvedAt: z.nullable(InstantSchema),
  closedAt: z.nullable(InstantSchema),
  closedBy: z.nullable(EmployeeIdSchema),
  responseDueBy: InstantSchema,
  resolutionDueBy: InstantSchema,
  handlerId: z.nullable(EmployeeIdSchema),
  resolution: z.nullable(
    z.object({ summary: boundedText(MAX_FREE_TEXT), at: InstantSchema, by: EmployeeIdSchema }),
  ),
  feedback: z.nullable(CustomerFeedbackSchema),
  reopenCount: z.int().check(z.gte(0), z.lte(1000)),
  escalations: z.array(EscalationSchema).check(z.maxLength(2002)),
});

/**
 * A complaint.
 *
 * @example
 * ```ts
 * const complaint: Complaint = registerComplaint(input, context)._unsafeUnwrap().complaint;
 * complaint.status; // 'received'
 * ```
 * @category crm
 * @see §7.3.2
 */
export type Complaint = z.infer<typeof ComplaintSchema>;

/**
 * Schema of the input that registers a complaint: customer, optional
 * vehicle, repair order and originating follow-up, channel, category,
 * severity and summary.
 *
 * @example
 * ```ts
 * ComplaintInputSchema.safeParse({
 *   customerId: 'cus_1', channel: 'phone', category: 'repair-quality', severity: 'high',
 *   summary: '保养后发动机异响',
 * }).success; // true
 * ```
 * @category crm
 * @see §7.3.1
 * @see §7.3.2
 */
export const ComplaintInputSchema = z.strictObject({
  customerId: CustomerIdSchema,
  vehicleId: z.optional(z.nullable(VehicleIdSchema)),
  repairOrderId: z.optional(z.nullable(RepairOrderRefSchema)),
  /** Set when a follow-up call raised the complaint. */
  followUpId: z.optional(z.nullable(FollowUpIdSchema)),
  channel: ContactChannelSchema,
  category: ComplaintCategorySchema,
  severity: ComplaintSeveritySchema,
  summary: boundedText(MAX_FREE_TEXT),
});

/**
 * Input that registers a complaint (before parsing).
 *
 * @example
 * ```ts
 * const input: ComplaintInput = { customerId: 'cus_1', channel: 'wechat', category: 'price', severity: 'low', summary: '工时费偏高' };
 * ```
 * @category crm
 * @see §7.3.1
 */
export type ComplaintInput = z.input<typeof ComplaintInputSchema>;
