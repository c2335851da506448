import * as z from 'zod/mini';
import { EmployeeIdSchema, TeamIdSchema } from '../org/index';
import { PartsGradeSchema } from '../pricing/index';
import { RepairCategorySchema } from '../quality/index';
import { InstantSchema } from '../shared/index';
import { JobIdSchema, LineIdSchema, SupplementaryIdSchema } from './ids';
import { CodeSchema, LabelSchema, QuantitySchema, TextSchema } from './values';

/** Most lines one job may hold; bound against hostile input. */
const MAX_LINES_PER_JOB = 100;

/**
 * Whether the customer has approved a line: lines of the plan are approved
 * with the plan, added lines stay `pending` until the customer decides on
 * their supplementary estimate (REG-4), and declined lines are never worked.
 *
 * @example
 * ```ts
 * LINE_APPROVALS; // ['pending', 'approved', 'declined']
 * ```
 * @category repair-order
 * @see §3.3(2)
 * @see REG-4
 */
export const LINE_APPROVALS = ['pending', 'approved', 'declined'] as const;

const lineShape = {
  id: LineIdSchema,
  description: LabelSchema,
  quantity: QuantitySchema,
  approval: z.enum(LINE_APPROVALS),
  /** The supplementary estimate that added the line; `null` for plan lines. */
  supplementaryId: z.nullable(SupplementaryIdSchema),
};

/**
 * One line of a job's repair plan (维修方案, §3.3(2)): a labour operation
 * (op code and flat-rate hours, 工时定额), a part (part number, grade —
 * REG-3 — and quantity) or another fee (materials, disposal…). Quantities
 * and hours are decimal text, never floats.
 *
 * @example
 * ```ts
 * const line: JobLine = {
 *   id: 'ln_1', kind: 'part', partNumber: 'P-PAD-F', grade: 'oem', description: '前刹车片',
 *   quantity: '1', approval: 'approved', supplementaryId: null,
 * } as JobLine;
 * ```
 * @category repair-order
 * @see §3.3(2)
 * @see REG-3
 */
export const JobLineSchema = z.discriminatedUnion('kind', [
  z.object({
    ...lineShape,
    kind: z.literal('labour'),
    opCode: CodeSchema,
    flatRateHours: QuantitySchema,
  }),
  z.object({
    ...lineShape,
    kind: z.literal('part'),
    partNumber: CodeSchema,
    grade: PartsGradeSchema,
  }),
  z.object({ ...lineShape, kind: z.literal('fee'), feeCode: CodeSchema }),
]);

/**
 * A parsed {@link JobLineSchema}.
 *
 * @example
 * ```ts
 * const value: JobLine = parseWith(JobLineSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.3(2)
 */
export type JobLine = z.infer<typeof JobLineSchema>;

/**
 * A diagnosis finding (检查结果) recorded by a technician (§3.3(1)).
 *
 * @example
 * ```ts
 * const finding: Finding = { text: '前刹车片剩余 2mm', at, by: 'emp_t1' as EmployeeId };
 * ```
 * @category repair-order
 * @see §3.3(1)
 */
export const FindingSchema = z.object({
  text: TextSchema,
  at: InstantSchema,
  by: EmployeeIdSchema,
});

/**
 * A parsed {@link FindingSchema}.
 *
 * @example
 * ```ts
 * const value: Finding = parseWith(FindingSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.3(1)
 */
export type Finding = z.infer<typeof FindingSchema>;

/**
 * A road test (路试) after the repair (§3.3(5)).
 *
 * @example
 * ```ts
 * const test: RoadTest = { passed: true, at, by: 'emp_t1' as EmployeeId, distanceKm: 5 };
 * ```
 * @category repair-order
 * @see §3.3(5)
 */
export const RoadTestSchema = z.object({
  passed: z.boolean(),
  at: InstantSchema,
  by: EmployeeIdSchema,
  distanceKm: z.optional(z.int().check(z.gte(0), z.lte(1000))),
  note: z.optional(TextSchema),
});

/**
 * A parsed {@link RoadTestSchema}.
 *
 * @example
 * ```ts
 * const value: RoadTest = parseWith(RoadTestSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.3(5)
 */
export type RoadTest = z.infer<typeof RoadTestSchema>;

/**
 * One clock-on (打卡) of a technician on a job; `offAt` is `null` while the
 * technician is still on it.
 *
 * @example
 * ```ts
 * const clocking: Clocking = { technicianId: 'emp_t1' as EmployeeId, onAt, offAt: null };
 * ```
 * @category repair-order
 * @see X-2
 */
export const ClockingSchema = z.object({
  technicianId: EmployeeIdSchema,
  onAt: InstantSchema,
  offAt: z.nullable(InstantSchema),
});

/**
 * A parsed {@link ClockingSchema}.
 *
 * @example
 * ```ts
 * const value: Clocking = parseWith(ClockingSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see X-2
 */
export type Clocking = z.infer<typeof ClockingSchema>;

/**
 * What a technician reports as done when completing a job: operations by op
 * code and parts fitted by part number and quantity. Everything must be on
 * the job's approved plan (§3.3(3)).
 *
 * @example
 * ```ts
 * const work: PerformedWork = { opCodes: ['OP-BRAKE-F'], parts: [{ partNumber: 'P-PAD-F', quantity: '1' }], feeCodes: [] };
 * ```
 * @category repair-order
 * @see §3.3(3)
 */
export const PerformedWorkSchema = z.object({
  opCodes: z.array(CodeSchema).check(z.maxLength(MAX_LINES_PER_JOB)),
  parts: z
    .array(z.object({ partNumber: CodeSchema, quantity: QuantitySchema }))
    .check(z.maxLength(MAX_LINES_PER_JOB)),
  feeCodes: z.array(CodeSchema).check(z.maxLength(MAX_LINES_PER_JOB)),
});

/**
 * A parsed {@link PerformedWorkSchema}.
 *
 * @example
 * ```ts
 * const value: PerformedWork = parseWith(PerformedWorkSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.3(3)
 */
export type PerformedWork = z.infer<typeof PerformedWorkSchema>;

/**
 * Where a job stands: `planned` (not yet dispatched), `dispatched`,
 * `in-progress` (clocked on at least once), `done`, `rework` (sent back by a
 * failed inspection) or `declined` (added work the customer refused).
 *
 * @example
 * ```ts
 * JOB_STATUSES.includes('rework'); // true
 * ```
 * @category repair-order
 * @see §4.3(4)
 */
export const JOB_STATUSES = [
  'planned',
  'dispatched',
  'in-progress',
  'done',
  'rework',
  'declined',
] as const;

/**
 * A job (作业项目) of a repair order: repair category (§4.1(3)), the plan's
 * lines, diagnosis findings, dispatch to a technician and team (§2.2.3(1)),
 * an optional required certification, road test, clockings and what was
 * done. Jobs added after the plan was approved carry `supplementaryId`.
 *
 * @example
 * ```ts
 * order.jobs.filter((job) => job.status === 'done').map((job) => job.title);
 * ```
 * @category repair-order
 * @see §3.3(1)
 * @see §3.3(2)
 * @see §4.1(3)
 * @see §2.2.3(1)
 */
export const JobSchema = z.object({
  id: JobIdSchema,
  title: LabelSchema,
  repairCategory: RepairCategorySchema,
  status: z.enum(JOB_STATUSES),
  lines: z.array(JobLineSchema).check(z.maxLength(MAX_LINES_PER_JOB)),
  supplementaryId: z.nullable(SupplementaryIdSchema),
  requiredCertification: z.nullable(CodeSchema),
  needsRoadTest: z.boolean(),
  assignment: z.nullable(
    z.object({
      technicianId: EmployeeIdSchema,
      teamId: TeamIdSchema,
      at: InstantSchema,
      by: EmployeeIdSchema,
    }),
  ),
  findings: z.array(FindingSchema).check(z.maxLength(100)),
  roadTest: z.nullable(RoadTestSchema),
  clockings: z.array(ClockingSchema).check(z.maxLength(500)),
  completion: z.nullable(
    z.object({ at: InstantSchema, by: EmployeeIdSchema, work: PerformedWorkSchema }),
  ),
  reworkCount: z.int().check(z.gte(0), z.lte(1000)),
});

/**
 * A parsed {@link JobSchema}.
 *
 * @example
 * ```ts
 * const value: Job = parseWith(JobSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.3(2)
 */
export type Job = z.infer<typeof JobSchema>;
