import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  entityBaseShape,
  type Id,
  InstantSchema,
  idSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { ChecklistResultSchema } from './checklist';
import { RepairCategorySchema } from './repair-category';

/** Longest list of jobs one inspection covers; bound against hostile input. */
export const MAX_JOBS_PER_INSPECTION = 100;
/** Longest free-text finding or note. */
export const MAX_FINDING_LENGTH = 1000;
/** Most findings recorded with one failed check. */
export const MAX_FINDINGS = 50;
/** Most checklist results recorded with one check. */
export const MAX_RESULTS = 500;

/**
 * Identifier of an inspection (检验), the three-level inspection of one
 * repair order's jobs.
 *
 * @example
 * ```ts
 * const id: InspectionId = InspectionIdSchema.parse('insp_1');
 * ```
 * @category quality
 */
export type InspectionId = Id<'Inspection'>;

/**
 * Schema of an {@link InspectionId}.
 *
 * @example
 * ```ts
 * InspectionIdSchema.safeParse('insp_1').success; // true
 * ```
 * @category quality
 */
export const InspectionIdSchema = idSchema<'Inspection'>();

/**
 * Identifier of an inspection report (检验报告).
 *
 * @example
 * ```ts
 * const id: InspectionReportId = InspectionReportIdSchema.parse('qcr_1');
 * ```
 * @category quality
 */
export type InspectionReportId = Id<'InspectionReport'>;

/**
 * Schema of an {@link InspectionReportId}.
 *
 * @example
 * ```ts
 * InspectionReportIdSchema.safeParse('qcr_1').success; // true
 * ```
 * @category quality
 */
export const InspectionReportIdSchema = idSchema<'InspectionReport'>();

/**
 * Schema of an id owned by another module (repair order, job, employee,
 * team). Quality does not know those modules' brands, so it accepts any id
 * of the shared shape; a branded id of any kind is assignable to it.
 *
 * @example
 * ```ts
 * ForeignIdSchema.safeParse('ro_1').success; // true
 * ```
 * @category quality
 */
export const ForeignIdSchema = idSchema<string>();

/**
 * One of the three inspection levels (三级检验): `1` self-check by the
 * technician (自检), `2` re-check by the team leader (互检/复检), `3` final
 * inspection by a QC inspector (终检).
 *
 * @example
 * ```ts
 * InspectionLevelSchema.safeParse(2).success; // true
 * InspectionLevelSchema.safeParse(4).success; // false
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §3.4(2)
 * @see §3.4(3)
 */
export const InspectionLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/**
 * An inspection level: `1`, `2` or `3`.
 *
 * @example
 * ```ts
 * const level: InspectionLevel = 3;
 * ```
 * @category quality
 * @see §3.4(3)
 */
export type InspectionLevel = z.infer<typeof InspectionLevelSchema>;

/**
 * One signed level of an inspection: who checked which jobs, when, and with
 * what outcome. Level 1 and 2 may have several sign-offs when the jobs were
 * done by several technicians or teams; level 3 has one, covering every job.
 * `results` holds the checklist results recorded with the level (§4.2(3)).
 *
 * @example
 * ```ts
 * const signOff: LevelSignOff = {
 *   level: 1, inspectorId: 'emp_tech', at: '2026-03-02T08:00:00.000Z', passed: true, jobIds: ['job_1'],
 * } as LevelSignOff;
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §3.4(2)
 * @see §3.4(3)
 */
export const LevelSignOffSchema = z.object({
  level: InspectionLevelSchema,
  inspectorId: ForeignIdSchema,
  at: InstantSchema,
  passed: z.boolean(),
  jobIds: z.array(ForeignIdSchema).check(z.minLength(1), z.maxLength(MAX_JOBS_PER_INSPECTION)),
  results: z.optional(z.array(ChecklistResultSchema).check(z.maxLength(MAX_RESULTS))),
});

/**
 * A parsed {@link LevelSignOffSchema}.
 *
 * @example
 * ```ts
 * report.levels.filter((signOff: LevelSignOff) => signOff.level === 1);
 * ```
 * @category quality
 * @see §3.4(1)
 */
export type LevelSignOff = z.infer<typeof LevelSignOffSchema>;

/**
 * Schema of the findings (问题描述) of a failed level: 1–50 non-empty texts
 * of at most 1,000 characters, written by staff for the technician.
 *
 * @example
 * ```ts
 * FindingsSchema.safeParse(['左前轮螺栓未按力矩紧固']).success; // true
 * FindingsSchema.safeParse([]).success; // false
 * ```
 * @category quality
 * @see §3.4(4)
 */
export const FindingsSchema = z
  .array(z.string().check(z.minLength(1), z.maxLength(MAX_FINDING_LENGTH)))
  .check(z.minLength(1), z.maxLength(MAX_FINDINGS));

/**
 * A failed level that sent jobs back for rework (返工), kept in the report's
 * history so the rework count can be explained.
 *
 * @example
 * ```ts
 * const rework: ReworkRecord = report.reworks[0]!; // { round: 1, level: 3, findings: ['…'], … }
 * ```
 * @category quality
 * @see §3.4(4)
 */
export const ReworkRecordSchema = z.object({
  round: z.int().check(z.gte(1)),
  level: InspectionLevelSchema,
  inspectorId: ForeignIdSchema,
  at: InstantSchema,
  jobIds: z.array(ForeignIdSchema).check(z.minLength(1), z.maxLength(MAX_JOBS_PER_INSPECTION)),
  findings: FindingsSchema,
});

/**
 * A parsed {@link ReworkRecordSchema}.
 *
 * @example
 * ```ts
 * const findings: readonly string[] = rework.findings;
 * ```
 * @category quality
 * @see §3.4(4)
 */
export type ReworkRecord = z.infer<typeof ReworkRecordSchema>;

/**
 * The inspection report (质量检验报告): the immutable record of a passed
 * three-level inspection that the repair order needs before delivery. It
 * covers `jobIds` of `repairOrderId`; `levels` are the sign-offs of the
 * passing round (levels 1, 2 and 3 in order); `reworkCount` is how many
 * times a failed level sent work back; `reworks` explains each one.
 *
 * @example
 * ```ts
 * const report = parseInspectionReport(json)._unsafeUnwrap();
 * report.finalInspectorId; // the QC inspector who signed level 3
 * ```
 * @category quality
 * @see §3.4(5)
 */
export const InspectionReportSchema = z.object({
  ...entityBaseShape,
  id: InspectionReportIdSchema,
  inspectionId: InspectionIdSchema,
  repairOrderId: ForeignIdSchema,
  jobIds: z.array(ForeignIdSchema).check(z.minLength(1), z.maxLength(MAX_JOBS_PER_INSPECTION)),
  repairCategories: z.array(RepairCategorySchema).check(z.minLength(1), z.maxLength(7)),
  levels: z
    .array(LevelSignOffSchema)
    .check(z.minLength(3), z.maxLength(3 * MAX_JOBS_PER_INSPECTION)),
  finalInspectorId: ForeignIdSchema,
  passedAt: InstantSchema,
  reworkCount: z.int().check(z.gte(0)),
  reworks: z.array(ReworkRecordSchema).check(z.maxLength(1000)),
  roadTested: z.boolean(),
});

/**
 * A parsed {@link InspectionReportSchema}: the passed-inspection report
 * repair-order checks before delivery.
 *
 * @example
 * ```ts
 * const ready = report.repairOrderId === order.id && order.jobIds.every((id) => report.jobIds.includes(id));
 * ```
 * @category quality
 * @see §3.4(5)
 */
export type InspectionReport = z.infer<typeof InspectionReportSchema>;

/**
 * Parses an inspection report at the boundary (e.g. read back from storage
 * or received from another system). Never throws. Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseInspectionReport({}).isErr(); // true
 * ```
 * @returns the report, or `validation_failed` listing every issue
 * @category quality
 * @see §3.4(5)
 */
export function parseInspectionReport(input: unknown): Result<InspectionReport, ValidationError> {
  return parseWith(InspectionReportSchema, input, '§3.4(5)');
}
