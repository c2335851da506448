import type { DomainError, ForbiddenError, ValidationError } from '../shared/index';
import { domainError } from '../shared/index';
import type { RepairCategory } from './repair-category';

/**
 * The data each quality error code carries, by code. Ids only: no customer
 * data ever appears in a quality error.
 *
 * @example
 * ```ts
 * const data: QualityErrorData['road_test_required'] = { jobIds: ['job_1'] };
 * ```
 * @category quality
 */
export interface QualityErrorData {
  /** The command is not allowed in the inspection's current status. */
  readonly invalid_transition: { readonly status: string; readonly command: string };
  /** A level was attempted before the job passed the level below it. */
  readonly inspection_level_skipped: {
    readonly jobId: string;
    readonly level: 1 | 2 | 3;
    /** The level the job waits for, or `'rework'` after a failed level. */
    readonly awaiting: 1 | 2 | 3 | 'rework';
  };
  /** The job already passed this level in the current round. */
  readonly inspection_level_repeated: { readonly jobId: string; readonly level: 1 | 2 };
  /** Level 1 was signed by someone other than the job's technician. */
  readonly inspector_not_job_technician: { readonly jobId: string; readonly inspectorId: string };
  /** Level 2 was signed by someone who does not lead the job technician's team. */
  readonly inspector_not_team_leader: {
    readonly jobId: string;
    readonly inspectorId: string;
    readonly teamId: string;
  };
  /** One person tried to sign a second level of the same job. */
  readonly inspector_already_signed: {
    readonly inspectorId: string;
    readonly jobId: string;
    readonly level: 2 | 3;
    readonly signedLevel: 1 | 2;
  };
  /** No job was named and none awaits this actor for this command. */
  readonly inspector_not_eligible: {
    readonly actorId: string;
    readonly command:
      | 'self-check'
      | 'team-check'
      | 'final-check'
      | 'complete-rework'
      | 'record-road-test';
  };
  /** Rework is reported done by the job's own technician only. */
  readonly rework_not_by_technician: { readonly jobId: string; readonly actorId: string };
  /** The final inspection needs a passed road test for these jobs first. */
  readonly road_test_required: { readonly jobIds: readonly string[] };
  /** A failed level must say what is wrong, for the technician's rework. */
  readonly rework_findings_required: { readonly level: 1 | 2 | 3 };
  /** The job is back with its technician and cannot be inspected until rework is done. */
  readonly job_in_rework: { readonly jobId: string };
  /** Rework was reported done for a job that was not sent back. */
  readonly job_not_in_rework: { readonly jobId: string };
  /** The job is not part of this inspection. */
  readonly job_not_in_inspection: { readonly jobId: string };
  /** The same job id was given twice. */
  readonly job_duplicate: { readonly jobId: string };
  /** The inspection passed; it and its report are final. */
  readonly inspection_already_passed: { readonly inspectionId: string };
  /** Delivery or a certificate was asked for without a passed inspection report. */
  readonly inspection_report_missing: { readonly repairOrderId: string };
  /** The report belongs to another order or does not cover every job. */
  readonly inspection_report_mismatch: {
    readonly repairOrderId: string;
    readonly reportId: string;
    readonly reason: 'other_order' | 'jobs_not_covered';
    readonly missingJobIds: readonly string[];
  };
  /** Checklist items of a category were not recorded at a level that needs them. */
  readonly checklist_incomplete: {
    readonly category: RepairCategory;
    readonly missingItemIds: readonly string[];
  };
  /** A result names an item that the category's checklist does not have. */
  readonly checklist_item_unknown: { readonly category: string; readonly itemId: string };
  /** A level was signed as passed although checklist items failed. */
  readonly checklist_item_failed: {
    readonly items: readonly { readonly category: string; readonly itemId: string }[];
  };
  /** A pass/fail result was given for a measurement item, or the reverse. */
  readonly checklist_result_mismatch: {
    readonly category: string;
    readonly itemId: string;
    readonly expectedKind: 'pass-fail' | 'measurement';
  };
  /** A measurement names equipment that is not in the register given. */
  readonly equipment_not_registered: { readonly equipmentId: string };
  /** A measurement was taken with equipment past its calibration due date. */
  readonly equipment_calibration_overdue: {
    readonly equipmentId: string;
    readonly dueOn: string;
    readonly usedOn: string;
  };
  /** A measurement was taken with retired equipment. */
  readonly equipment_out_of_service: { readonly equipmentId: string };
  /** A calibration was dated before the last one on record. */
  readonly calibration_out_of_order: {
    readonly equipmentId: string;
    readonly lastCalibratedOn: string;
    readonly calibratedOn: string;
  };
  /** None of the order's categories needs a completion certificate. */
  readonly certificate_not_required: { readonly repairCategories: readonly RepairCategory[] };
  /** The last issued number does not belong to this dealer and year, or is malformed. */
  readonly certificate_sequence_mismatch: {
    readonly dealerCode: string;
    readonly year: number;
    readonly reason: 'malformed' | 'other_dealer' | 'other_year';
  };
  /** The yearly sequence has no numbers left. */
  readonly certificate_sequence_exhausted: {
    readonly dealerCode: string;
    readonly year: number;
    readonly max: number;
  };
  /** The order already has a completion certificate. */
  readonly certificate_already_issued: {
    readonly repairOrderId: string;
    readonly certificateNumber: string;
  };
}

/**
 * Every quality rule error code.
 *
 * @example
 * ```ts
 * const code: QualityErrorCode = 'inspection_level_skipped';
 * ```
 * @category quality
 */
export type QualityErrorCode = keyof QualityErrorData;

/**
 * The errors of quality's own rules, one `DomainError` per code of
 * {@link QualityErrorData}.
 *
 * @example
 * ```ts
 * if (error.code === 'equipment_calibration_overdue') error.data.dueOn;
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §4.2(5)
 */
export type QualityRuleError = {
  [C in QualityErrorCode]: DomainError<C, QualityErrorData[C]>;
}[QualityErrorCode];

/**
 * Every error the quality module returns: its own rule errors plus the
 * shared `forbidden` (a step the manual ties to another role) and
 * `validation_failed` (malformed input).
 *
 * @example
 * ```ts
 * const result = transitionInspection(inspection, command);
 * if (result.isErr()) formatError(result.error, 'zh-CN', qualityMessages);
 * ```
 * @category quality
 * @see §3.4(1)
 */
export type QualityError = QualityRuleError | ForbiddenError | ValidationError;

/** The requirement each code enforces; `null` for codes that guard plain consistency. */
const CLAUSES: Readonly<Record<QualityErrorCode, string | null>> = {
  invalid_transition: null,
  inspection_level_skipped: '§3.4(3)',
  inspection_level_repeated: '§3.4(3)',
  inspector_not_job_technician: '§3.4(1)',
  inspector_not_team_leader: '§3.4(2)',
  inspector_already_signed: '§3.4(3)',
  inspector_not_eligible: null,
  rework_not_by_technician: '§3.4(4)',
  road_test_required: '§3.4(3)',
  rework_findings_required: '§3.4(4)',
  job_in_rework: '§3.4(4)',
  job_not_in_rework: '§3.4(4)',
  job_not_in_inspection: null,
  job_duplicate: null,
  inspection_already_passed: '§3.4(5)',
  inspection_report_missing: '§3.4(5)',
  inspection_report_mismatch: '§3.4(5)',
  checklist_incomplete: '§4.2(3)',
  checklist_item_unknown: '§4.2(3)',
  checklist_item_failed: '§4.2(3)',
  checklist_result_mismatch: '§4.2(3)',
  equipment_not_registered: '§4.2(5)',
  equipment_calibration_overdue: '§4.2(5)',
  equipment_out_of_service: '§4.2(5)',
  calibration_out_of_order: '§4.2(5)',
  certificate_not_required: '§4.1(4)',
  certificate_sequence_mismatch: '§4.1(4)',
  certificate_sequence_exhausted: '§4.1(4)',
  certificate_already_issued: '§4.1(4)',
};

/**
 * Builds a quality error with the clause its code enforces. The one
 * constructor behind every quality rule, so all have the same shape; a
 * level-2 `inspector_already_signed` cites §3.4(2), a level-3 one §3.4(3).
 *
 * @example
 * ```ts
 * qualityError('job_in_rework', { jobId: 'job_1' }).clause; // '§3.4(4)'
 * ```
 * @category quality
 */
export function qualityError<C extends QualityErrorCode>(
  code: C,
  data: QualityErrorData[C],
): DomainError<C, QualityErrorData[C]> {
  const clause =
    code === 'inspector_already_signed' && (data as { level?: number }).level === 2
      ? '§3.4(2)'
      : CLAUSES[code];
  return domainError(code, data, clause ?? undefined);
}
