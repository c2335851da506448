import * as z from 'zod/mini';
import { EmployeeIdSchema, TeamIdSchema } from '../org/index';
import { PartsGradeSchema, QuoteSchema } from '../pricing/index';
import { RepairCategorySchema } from '../quality/index';
import { ContactChannelSchema } from '../shared/index';
import { commandBase } from './command-base';
import { JobIdSchema, LineIdSchema, SupplementaryIdSchema } from './ids';
import { CodeSchema, LabelSchema, QuantitySchema, TextSchema } from './values';
import { MultipointItemSchema, SupplementaryDecisionSchema } from './work-schema';

const newLineShape = { id: LineIdSchema, description: LabelSchema, quantity: QuantitySchema };

/**
 * A line to add to a job: labour (op code, flat-rate hours), part (part
 * number, grade — REG-3) or fee. Its approval follows from how it is added:
 * with the plan, or in a supplementary estimate (pending until the customer decides).
 *
 * @example
 * ```ts
 * const line: NewJobLine = {
 *   kind: 'labour', id: 'ln_1', opCode: 'OP-BRAKE-F', description: '更换前刹车片',
 *   quantity: '1', flatRateHours: '1.2',
 * } as NewJobLine;
 * ```
 * @category repair-order
 * @see §3.3(2)
 * @see REG-3
 */
export const NewJobLineSchema = z.discriminatedUnion('kind', [
  z.object({
    ...newLineShape,
    kind: z.literal('labour'),
    opCode: CodeSchema,
    flatRateHours: QuantitySchema,
  }),
  z.object({
    ...newLineShape,
    kind: z.literal('part'),
    partNumber: CodeSchema,
    grade: PartsGradeSchema,
  }),
  z.object({ ...newLineShape, kind: z.literal('fee'), feeCode: CodeSchema }),
]);

/**
 * A parsed {@link NewJobLineSchema}.
 *
 * @example
 * ```ts
 * const value: NewJobLine = parseWith(NewJobLineSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.3(2)
 */
export type NewJobLine = z.infer<typeof NewJobLineSchema>;

/**
 * A job to add: title, repair category (§4.1(3)), lines, and optionally a
 * certification the technician must hold and whether it needs a road test
 * (defaults to the configured categories, §3.3(5)).
 *
 * @example
 * ```ts
 * const job: NewJob = { id: 'job_1', title: '前刹车维修', repairCategory: 'minor-repair', lines } as NewJob;
 * ```
 * @category repair-order
 * @see §4.1(3)
 * @see §3.3(2)
 */
export const NewJobSchema = z.object({
  id: JobIdSchema,
  title: LabelSchema,
  repairCategory: RepairCategorySchema,
  lines: z.array(NewJobLineSchema).check(z.maxLength(100)),
  requiredCertification: z.optional(CodeSchema),
  needsRoadTest: z.optional(z.boolean()),
});

/**
 * A parsed {@link NewJobSchema}.
 *
 * @example
 * ```ts
 * const value: NewJob = parseWith(NewJobSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §4.1(3)
 */
export type NewJob = z.infer<typeof NewJobSchema>;

/**
 * Command schemas of diagnosis, planning, dispatch and supplementary work
 * (§3.3(1)(2), §4.3(2)(3), §2.2.3(1), REG-4, X-3). Internal.
 */
export const planningCommandSchemas = [
  /** Add a job to the plan, before the plan is approved. */
  z.object({ ...commandBase, type: z.literal('add-job'), job: NewJobSchema }),
  /** A diagnosis finding on a job (§3.3(1)). */
  z.object({
    ...commandBase,
    type: z.literal('record-finding'),
    jobId: JobIdSchema,
    text: TextSchema,
  }),
  /** Multipoint inspection results; yellow and red become recommendations. */
  z.object({
    ...commandBase,
    type: z.literal('record-multipoint'),
    items: z.array(MultipointItemSchema).check(z.minLength(1), z.maxLength(200)),
  }),
  /** The customer approves the plan and its estimate (§4.3(3)). */
  z.object({
    ...commandBase,
    type: z.literal('approve-plan'),
    decidedBy: z.enum(['customer', 'authorised-representative']),
    channel: ContactChannelSchema,
    estimate: z.optional(QuoteSchema),
  }),
  /** Dispatch a job to a technician and team (§2.2.3(1)). */
  z.object({
    ...commandBase,
    type: z.literal('dispatch-job'),
    jobId: JobIdSchema,
    technicianId: EmployeeIdSchema,
    teamId: TeamIdSchema,
  }),
  /** Added work found during repair: new jobs and lines with their estimate (§3.3(2)). */
  z.object({
    ...commandBase,
    type: z.literal('propose-supplementary'),
    supplementaryId: SupplementaryIdSchema,
    reason: TextSchema,
    urgency: z.enum(['red', 'yellow']),
    estimate: QuoteSchema,
    newJobs: z.array(NewJobSchema).check(z.maxLength(50)),
    addedLines: z
      .array(z.object({ jobId: JobIdSchema, line: NewJobLineSchema }))
      .check(z.maxLength(500)),
  }),
  /** The customer's decision on added work: who, when, channel (REG-4). */
  z.object({
    ...commandBase,
    type: z.literal('decide-supplementary'),
    supplementaryId: SupplementaryIdSchema,
    ...z.omit(SupplementaryDecisionSchema, { at: true, recordedBy: true }).shape,
  }),
] as const;
