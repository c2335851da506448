import { err, ok, type Result } from 'neverthrow';
import { type InspectionReport, requirePassedInspection } from '../quality/index';
import type { RepairOrderErrorOf } from './errors';
import type { RepairOrder } from './schema';
import { inspectionReportInvalid } from './settlement-errors';
import { isActiveJob } from './steps';

/**
 * Checks that a quality inspection report clears this order for delivery
 * (§3.4(5)): it is about this order, its final (level-3) inspection passed,
 * and it covers every job that was worked (declined added work excepted).
 * The gate itself is the quality module's `requirePassedInspection`;
 * repair-order depends on quality, never the other way round.
 *
 * Errors: `inspection_report_invalid` (reason `other-order`, `not-passed`
 * or `jobs-missing` with the uncovered job ids).
 *
 * @param order - the order in quality check
 * @param report - the passed inspection report
 * @example
 * ```ts
 * checkInspectionReport(order, report).isOk(); // true when the report covers every job
 * ```
 * @category repair-order
 * @see §3.4(5)
 * @see §4.3(5)
 */
export function checkInspectionReport(
  order: RepairOrder,
  report: InspectionReport,
): Result<InspectionReport, RepairOrderErrorOf<'inspection_report_invalid'>> {
  const jobIds = order.jobs.filter(isActiveJob).map((job) => job.id);
  const gate = requirePassedInspection(report, { repairOrderId: order.id, jobIds });
  if (gate.isErr()) {
    const { error } = gate;
    const missing = error.code === 'inspection_report_mismatch' ? error.data.missingJobIds : [];
    return err(
      inspectionReportInvalid(missing.length > 0 ? 'jobs-missing' : 'other-order', missing),
    );
  }
  const passed = report.levels.some((signOff) => signOff.level === 3 && signOff.passed);
  return passed ? ok(report) : err(inspectionReportInvalid('not-passed', []));
}
