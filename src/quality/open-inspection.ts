import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { InstantSchema, parseWith } from '../shared/index';
import { defaultQualityConfig, type QualityConfig } from './config';
import { type QualityError, qualityError } from './errors';
import { type QualityEvent, qualityEvent } from './events';
import {
  type InspectedJob,
  type InspectedJobInput,
  InspectedJobInputSchema,
  type Inspection,
} from './inspection-schema';
import { ForeignIdSchema, InspectionIdSchema, MAX_JOBS_PER_INSPECTION } from './schema';

/**
 * What {@link openInspection} needs: the new inspection's id, the repair
 * order, its finished jobs and when.
 *
 * @example
 * ```ts
 * const input = { id: 'insp_1', repairOrderId: 'ro_1', jobs: [job], at: '2026-03-02T08:00:00Z' };
 * ```
 * @category quality
 * @see §3.4(1)
 */
export const OpenInspectionInputSchema = z.object({
  id: InspectionIdSchema,
  repairOrderId: ForeignIdSchema,
  jobs: z
    .array(InspectedJobInputSchema)
    .check(z.minLength(1), z.maxLength(MAX_JOBS_PER_INSPECTION)),
  at: InstantSchema,
});

/**
 * A parsed {@link OpenInspectionInputSchema}.
 *
 * @example
 * ```ts
 * const input: OpenInspectionInput = parseWith(OpenInspectionInputSchema, body)._unsafeUnwrap();
 * ```
 * @category quality
 * @see §3.4(1)
 */
export type OpenInspectionInput = z.infer<typeof OpenInspectionInputSchema>;

/**
 * A job input as the inspection keeps it: at level 1, with `needsRoadTest`
 * true when the input says so or its category is configured to need one.
 *
 * @example
 * ```ts
 * toInspectedJob({ jobId: 'job_1', technicianId: 'emp_t', teamId: 'team_1', repairCategory: 'assembly-overhaul' } as InspectedJobInput).needsRoadTest; // true
 * ```
 * @category quality
 * @see §3.4(3)
 */
export function toInspectedJob(
  input: InspectedJobInput,
  config: QualityConfig = defaultQualityConfig,
): InspectedJob {
  return {
    jobId: input.jobId,
    technicianId: input.technicianId,
    teamId: input.teamId,
    repairCategory: input.repairCategory,
    needsRoadTest:
      input.needsRoadTest === true || config.roadTestCategories.includes(input.repairCategory),
    roadTestPassed: input.roadTestPassed === true,
    stage: 'self-check',
    selfCheckSeq: null,
    teamCheckSeq: null,
    reworkCount: 0,
  };
}

/**
 * The first job id that appears twice in `jobIds`, if any.
 *
 * @example
 * ```ts
 * findDuplicateJob(['job_1', 'job_2', 'job_1']); // 'job_1'
 * ```
 * @category quality
 */
export function findDuplicateJob(jobIds: readonly string[]): string | undefined {
  return jobIds.find((jobId, index) => jobIds.indexOf(jobId) !== index);
}

/**
 * Opens the three-level inspection (三级检验) of a repair order's finished
 * jobs; every job starts at level 1, the technician's self-check. Parses
 * `input`, so it accepts unknown data. Errors: `validation_failed`,
 * `job_duplicate`.
 *
 * @returns the new inspection (version 0) and its `quality.inspection-opened` event
 * @example
 * ```ts
 * const { state } = openInspection({ id: 'insp_1', repairOrderId: 'ro_1', jobs, at })._unsafeUnwrap();
 * state.status; // 'awaiting-self-check'
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §2.2.3(3)
 */
export function openInspection(
  input: unknown,
  config: QualityConfig = defaultQualityConfig,
): Result<{ readonly state: Inspection; readonly events: readonly QualityEvent[] }, QualityError> {
  const parsed = parseWith(OpenInspectionInputSchema, input, '§3.4(1)');
  if (parsed.isErr()) return err(parsed.error);
  const { id, repairOrderId, jobs, at } = parsed.value;
  const duplicate = findDuplicateJob(jobs.map((job) => job.jobId));
  if (duplicate !== undefined) return err(qualityError('job_duplicate', { jobId: duplicate }));
  const state: Inspection = {
    id,
    version: 0,
    createdAt: at,
    updatedAt: at,
    repairOrderId,
    status: 'awaiting-self-check',
    jobs: jobs.map((job) => toInspectedJob(job, config)),
    signOffs: [],
    reworkCount: 0,
    reworks: [],
    report: null,
  };
  const event = qualityEvent('quality.inspection-opened', id, at, {
    repairOrderId,
    jobIds: jobs.map((job) => job.jobId),
  });
  return ok({ state, events: [event] });
}
