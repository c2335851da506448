import { err, ok, type Result } from 'neverthrow';
import { deepFreeze } from '../_lib/deep-freeze';
import type { Instant } from '../shared/index';
import { compareText } from './compare-text';
import { type QualityError, qualityError } from './errors';
import type { Inspection, SignOffRecord } from './inspection-schema';
import { REPAIR_CATEGORIES } from './repair-category';
import type { InspectionReport, InspectionReportId, LevelSignOff } from './schema';

function toLevelSignOff(record: SignOffRecord, jobIds: readonly string[]): LevelSignOff {
  const { seq: _seq, findings: _findings, ...signOff } = record;
  return { ...signOff, jobIds: [...jobIds] as LevelSignOff['jobIds'] };
}

/**
 * The sign-offs that carry each job through levels 1 and 2 in the passing
 * round, each narrowed to the jobs it still stands for (a sign-off of jobs
 * A and B stands only for B once A was reworked and signed again), then the
 * final sign-off; sorted by level, then time.
 */
function passingLevels(inspection: Inspection, final: SignOffRecord): LevelSignOff[] {
  const levels: LevelSignOff[] = [];
  for (const record of inspection.signOffs) {
    const jobIds = inspection.jobs
      .filter((job) => job.selfCheckSeq === record.seq || job.teamCheckSeq === record.seq)
      .map((job) => job.jobId);
    if (jobIds.length > 0) levels.push(toLevelSignOff(record, jobIds));
  }
  levels.push(toLevelSignOff(final, final.jobIds));
  return levels.sort((a, b) => a.level - b.level || compareText(a.at, b.at));
}

/**
 * Builds the immutable inspection report (质量检验报告) of an inspection whose
 * final sign-off `final` just passed. Called by the machine; exposed for
 * hosts that rebuild reports from stored history.
 *
 * @param inspection - the inspection with every job at level 3
 * @param final - the passing level-3 sign-off
 * @param reportId - the report's id (from the final-check command)
 * @param at - when the final inspection passed
 * @example
 * ```ts
 * const report = buildInspectionReport(inspection, finalSignOff, reportId, at);
 * Object.isFrozen(report); // true
 * ```
 * @category quality
 * @see §3.4(5)
 */
export function buildInspectionReport(
  inspection: Inspection,
  final: SignOffRecord,
  reportId: InspectionReportId,
  at: Instant,
): InspectionReport {
  const categories = REPAIR_CATEGORIES.filter((category) =>
    inspection.jobs.some((job) => job.repairCategory === category),
  );
  const report: InspectionReport = {
    id: reportId,
    version: 0,
    createdAt: at,
    updatedAt: at,
    inspectionId: inspection.id,
    repairOrderId: inspection.repairOrderId,
    jobIds: inspection.jobs.map((job) => job.jobId),
    repairCategories: categories,
    levels: passingLevels(inspection, final),
    finalInspectorId: final.inspectorId,
    passedAt: at,
    reworkCount: inspection.reworkCount,
    reworks: inspection.reworks,
    roadTested: inspection.jobs.some((job) => job.needsRoadTest && job.roadTestPassed),
  };
  // A JSON copy: freezing must not reach arrays the caller's commands still hold.
  return deepFreeze(JSON.parse(JSON.stringify(report)) as InspectionReport);
}

/**
 * What an order must show to pass the delivery gate.
 *
 * @example
 * ```ts
 * const order: ReportSubject = { repairOrderId: 'ro_1', jobIds: ['job_1', 'job_2'] };
 * ```
 * @category quality
 * @see §3.4(5)
 */
export interface ReportSubject {
  readonly repairOrderId: string;
  readonly jobIds: readonly string[];
}

/**
 * The delivery gate of §3.4(5): an order may be made ready for delivery only
 * with a passed inspection report of that order covering every one of its
 * jobs. Repair-order calls it before ready-for-delivery; the completion
 * certificate calls it too. Errors: `inspection_report_missing` (no report),
 * `inspection_report_mismatch` (another order's report, or jobs not covered,
 * e.g. work added after the inspection).
 *
 * @param report - the order's report, or `null` / `undefined` when none exists
 * @param subject - the order's id and its job ids
 * @example
 * ```ts
 * requirePassedInspection(null, { repairOrderId: 'ro_1', jobIds: ['job_1'] }); // err: inspection_report_missing
 * requirePassedInspection(report, { repairOrderId: 'ro_1', jobIds: ['job_1'] }); // ok(report)
 * ```
 * @category quality
 * @see §3.4(5)
 */
export function requirePassedInspection(
  report: InspectionReport | null | undefined,
  subject: ReportSubject,
): Result<InspectionReport, QualityError> {
  const { repairOrderId } = subject;
  if (report === null || report === undefined) {
    return err(qualityError('inspection_report_missing', { repairOrderId }));
  }
  if (report.repairOrderId !== repairOrderId) {
    return err(
      qualityError('inspection_report_mismatch', {
        repairOrderId,
        reportId: report.id,
        reason: 'other_order',
        missingJobIds: [],
      }),
    );
  }
  const covered = new Set<string>(report.jobIds);
  const missingJobIds = subject.jobIds.filter((jobId) => !covered.has(jobId));
  if (missingJobIds.length > 0) {
    return err(
      qualityError('inspection_report_mismatch', {
        repairOrderId,
        reportId: report.id,
        reason: 'jobs_not_covered',
        missingJobIds,
      }),
    );
  }
  return ok(report);
}
