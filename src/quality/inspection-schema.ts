import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { entityBaseShape, parseWith, type ValidationError } from '../shared/index';
import { RepairCategorySchema } from './repair-category';
import {
  FindingsSchema,
  ForeignIdSchema,
  InspectionIdSchema,
  InspectionReportSchema,
  LevelSignOffSchema,
  MAX_JOBS_PER_INSPECTION,
  ReworkRecordSchema,
} from './schema';

/** Bound on the sign-off history of one inspection (hostile-input guard). */
const MAX_SIGN_OFFS = 10_000;

/**
 * A job to inspect as the repair order hands it over: who did it, in which
 * team, its repair category, and whether it needs a road test (on top of the
 * categories configured to need one) and already passed one.
 *
 * @example
 * ```ts
 * const job: InspectedJobInput = {
 *   jobId: 'job_1', technicianId: 'emp_tech1', teamId: 'team_m1', repairCategory: 'minor-repair',
 * } as InspectedJobInput;
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §3.4(2)
 */
export const InspectedJobInputSchema = z.object({
  jobId: ForeignIdSchema,
  technicianId: ForeignIdSchema,
  teamId: ForeignIdSchema,
  repairCategory: RepairCategorySchema,
  needsRoadTest: z.optional(z.boolean()),
  roadTestPassed: z.optional(z.boolean()),
});

/**
 * A parsed {@link InspectedJobInputSchema}.
 *
 * @example
 * ```ts
 * const jobs: InspectedJobInput[] = order.jobs.map(toInspectedJob);
 * ```
 * @category quality
 * @see §3.4(1)
 */
export type InspectedJobInput = z.infer<typeof InspectedJobInputSchema>;

/**
 * Where one job stands in the three levels: awaiting its `self-check`
 * (level 1), its `team-check` (level 2), the `final-check` (level 3), or back
 * with its technician for `rework`.
 *
 * @example
 * ```ts
 * JobStageSchema.safeParse('rework').success; // true
 * ```
 * @category quality
 * @see §3.4(4)
 */
export const JobStageSchema = z.enum(['self-check', 'team-check', 'final-check', 'rework']);

/**
 * A parsed {@link JobStageSchema}.
 *
 * @example
 * ```ts
 * const stage: JobStage = 'team-check';
 * ```
 * @category quality
 * @see §3.4(4)
 */
export type JobStage = z.infer<typeof JobStageSchema>;

/**
 * A job inside an inspection: the input fields resolved (`needsRoadTest`
 * includes the configured categories), its `stage`, the sign-offs (by
 * `seq`) that passed it at levels 1 and 2 in the current round, and how often
 * it was sent back.
 *
 * @example
 * ```ts
 * inspection.jobs.filter((job: InspectedJob) => job.stage === 'rework');
 * ```
 * @category quality
 * @see §3.4(4)
 */
export const InspectedJobSchema = z.object({
  jobId: ForeignIdSchema,
  technicianId: ForeignIdSchema,
  teamId: ForeignIdSchema,
  repairCategory: RepairCategorySchema,
  needsRoadTest: z.boolean(),
  roadTestPassed: z.boolean(),
  stage: JobStageSchema,
  selfCheckSeq: z.nullable(z.int().check(z.gte(1))),
  teamCheckSeq: z.nullable(z.int().check(z.gte(1))),
  reworkCount: z.int().check(z.gte(0)),
});

/**
 * A parsed {@link InspectedJobSchema}.
 *
 * @example
 * ```ts
 * const waiting = inspection.jobs.filter((job: InspectedJob) => job.stage === 'final-check');
 * ```
 * @category quality
 * @see §3.4(4)
 */
export type InspectedJob = z.infer<typeof InspectedJobSchema>;

/**
 * A sign-off as the inspection keeps it: the {@link LevelSignOff} with its
 * sequence number in the inspection's history and, for a failed level, the
 * findings. History is append-only.
 *
 * @example
 * ```ts
 * inspection.signOffs.filter((s: SignOffRecord) => !s.passed).map((s) => s.findings);
 * ```
 * @category quality
 * @see §3.4(4)
 */
export const SignOffRecordSchema = z.object({
  ...LevelSignOffSchema.shape,
  seq: z.int().check(z.gte(1)),
  findings: z.optional(FindingsSchema),
});

/**
 * A parsed {@link SignOffRecordSchema}.
 *
 * @example
 * ```ts
 * const last: SignOffRecord | undefined = inspection.signOffs.at(-1);
 * ```
 * @category quality
 * @see §3.4(4)
 */
export type SignOffRecord = z.infer<typeof SignOffRecordSchema>;

/**
 * The status of an inspection, summarising its jobs: `in-rework` while any
 * job is back with its technician, otherwise the lowest level any job still
 * awaits; `passed` once the final inspection passed (then nothing changes).
 *
 * @example
 * ```ts
 * InspectionStatusSchema.safeParse('awaiting-final-check').success; // true
 * ```
 * @category quality
 * @see §3.4(3)
 * @see §3.4(5)
 */
export const InspectionStatusSchema = z.enum([
  'awaiting-self-check',
  'awaiting-team-check',
  'awaiting-final-check',
  'in-rework',
  'passed',
]);

/**
 * A parsed {@link InspectionStatusSchema}.
 *
 * @example
 * ```ts
 * const status: InspectionStatus = 'in-rework';
 * ```
 * @category quality
 * @see §3.4(3)
 */
export type InspectionStatus = z.infer<typeof InspectionStatusSchema>;

/**
 * The three-level inspection (三级检验) of one repair order's jobs. Levels 1
 * and 2 are signed per job (by the job's technician, then the leader of its
 * team); level 3 is one final inspection of the vehicle covering every job.
 * A failed level sends the jobs concerned back for rework; they restart at
 * level 1 while the other jobs keep their progress. When the final
 * inspection passes, `report` holds the immutable inspection report.
 *
 * @example
 * ```ts
 * const inspection = parseInspection(row)._unsafeUnwrap();
 * inspection.status; // 'awaiting-team-check'
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §3.4(2)
 * @see §3.4(3)
 * @see §3.4(4)
 * @see §3.4(5)
 */
export const InspectionSchema = z.object({
  ...entityBaseShape,
  id: InspectionIdSchema,
  repairOrderId: ForeignIdSchema,
  status: InspectionStatusSchema,
  jobs: z.array(InspectedJobSchema).check(z.minLength(1), z.maxLength(MAX_JOBS_PER_INSPECTION)),
  signOffs: z.array(SignOffRecordSchema).check(z.maxLength(MAX_SIGN_OFFS)),
  reworkCount: z.int().check(z.gte(0)),
  reworks: z.array(ReworkRecordSchema).check(z.maxLength(MAX_SIGN_OFFS)),
  report: z.nullable(InspectionReportSchema),
});

/**
 * A parsed {@link InspectionSchema}.
 *
 * @example
 * ```ts
 * const next = transitionInspection(inspection, command);
 * ```
 * @category quality
 * @see §3.4(3)
 */
export type Inspection = z.infer<typeof InspectionSchema>;

/**
 * Parses an inspection at the boundary (e.g. read back from storage).
 * Never throws. Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseInspection({ id: 'insp_1' }).isErr(); // true
 * ```
 * @category quality
 * @see §3.4(3)
 */
export function parseInspection(input: unknown): Result<Inspection, ValidationError> {
  return parseWith(InspectionSchema, input, '§3.4(3)');
}
