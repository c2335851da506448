import {
  type DomainError,
  domainError,
  type ForbiddenError,
  type Money,
  type ValidationError,
} from '../shared/index';
import type { RepairOrderStatus } from './schema';

/**
 * What each repair-order error code carries. Only ids, codes, amounts and
 * readings: never customer personal data, so errors can be logged.
 *
 * @example
 * ```ts
 * const data: RepairOrderErrorData['off_plan_work'] = { jobId: 'job_1', opCodes: ['OP-X'], partNumbers: [], feeCodes: [] };
 * ```
 * @category repair-order
 */
export interface RepairOrderErrorData {
  /** The command is not allowed in the order's status (§4.3(1)–(6)). */
  readonly invalid_transition: { readonly status: RepairOrderStatus; readonly command: string };
  /** The odometer went backwards (§3.2(2)). */
  readonly odometer_below_last_reading: {
    readonly odometerKm: number;
    readonly lastRecordedKm: number;
  };
  /** The customer acknowledged the reception form; it cannot change (§3.2(4)). */
  readonly reception_form_frozen: { readonly acknowledgedAt: string };
  /** Work needs an estimate and a promised time first (§3.2(3)). */
  readonly estimate_required: { readonly missing: readonly ('estimate' | 'promised-time')[] };
  /** Keys and documents were never recorded as received (§3.2(5)). */
  readonly custody_missing: { readonly repairOrderId: string };
  /** The plan has no job with a line (§4.3(3)). */
  readonly plan_empty: { readonly repairOrderId: string };
  /** No such job on this order. */
  readonly job_not_found: { readonly jobId: string };
  /** No such line on this order. */
  readonly line_not_found: { readonly lineId: string };
  /** An id given for a new job, line, estimate or payment is already used. */
  readonly duplicate_id: {
    readonly kind: 'job' | 'line' | 'supplementary' | 'payment';
    readonly id: string;
  };
  /** The job needs a certification the technician does not hold (§2.2.3(1)). */
  readonly technician_not_certified: {
    readonly technicianId: string;
    readonly certification: string;
  };
  /** The job has no customer-approved work to do (REG-4). */
  readonly work_not_approved: { readonly jobId: string; readonly lineIds: readonly string[] };
  /** Added work still awaits the customer's decision (REG-4). */
  readonly supplementary_pending: { readonly supplementaryIds: readonly string[] };
  /** No such supplementary estimate, or it was already decided. */
  readonly supplementary_not_found: { readonly supplementaryId: string };
  /** A decision must approve or decline each added line exactly once (REG-4). */
  readonly decision_incomplete: {
    readonly undecidedLineIds: readonly string[];
    readonly unknownLineIds: readonly string[];
  };
  /** Work reported that is not on the job's approved plan (§3.3(3)). */
  readonly off_plan_work: {
    readonly jobId: string;
    readonly opCodes: readonly string[];
    readonly partNumbers: readonly string[];
    readonly feeCodes: readonly string[];
  };
  /** The job's status does not allow this step. */
  readonly job_not_workable: { readonly jobId: string; readonly status: string };
  /** The job has not been dispatched to a technician (§2.2.3(1)). */
  readonly job_not_dispatched: { readonly jobId: string };
  /** The technician is not the one the job was dispatched to (§2.2.3(1)). */
  readonly technician_not_assigned: { readonly jobId: string; readonly technicianId: string };
  /** Jobs are not all done (§4.3(4)). */
  readonly jobs_not_complete: { readonly jobIds: readonly string[] };
  /** Jobs need a passed road test before final inspection (§3.3(5)). */
  readonly road_test_required: { readonly jobIds: readonly string[] };
  /** The technician is already clocked on a job. */
  readonly clock_overlap: {
    readonly technicianId: string;
    readonly repairOrderId: string;
    readonly jobId: string;
  };
  /** The technician is not clocked on this job. */
  readonly not_clocked_on: { readonly technicianId: string; readonly jobId: string };
  /** A clock-off before its clock-on. */
  readonly clock_off_before_on: { readonly onAt: string; readonly offAt: string };
  /** Technicians are still clocked on these jobs. */
  readonly clock_still_on: { readonly jobIds: readonly string[] };
  /** The inspection report does not cover this order's work (§3.4(5)). */
  readonly inspection_report_invalid: {
    readonly reason: 'other-order' | 'jobs-missing' | 'not-passed';
    readonly missingJobIds: readonly string[];
  };
  /** The statement's lines are not the order's final lines (§3.5(2)). */
  readonly settlement_mismatch: {
    readonly missing: readonly string[];
    readonly unexpected: readonly string[];
  };
  /** The statement does not add up to the cent (§3.5(2)). */
  readonly settlement_not_reconciled: { readonly check: string };
  /** The order has not been settled (§3.5(2)). */
  readonly settlement_required: { readonly repairOrderId: string };
  /** Money in another currency than the order's. */
  readonly payment_currency_mismatch: { readonly expected: string; readonly actual: string };
  /** A payment larger than the balance (§3.5(3)); refund the excess instead. */
  readonly payment_exceeds_balance: { readonly amount: Money; readonly balance: Money };
  /** A refund larger than what was paid (§3.5(3)). */
  readonly refund_exceeds_paid: { readonly amount: Money; readonly paid: Money };
  /** The balance is not zero and no sufficient credit is approved (§3.5(3)). */
  readonly balance_outstanding: { readonly balance: Money };
  /** Credit was asked for an order with nothing outstanding (§3.5(3)). */
  readonly credit_not_needed: { readonly balance: Money };
  /** The car cannot leave without an exit pass (§3.5(3)). */
  readonly exit_pass_required: { readonly repairOrderId: string };
  /** Money is still held for the customer (§3.5(3)). */
  readonly refund_required: { readonly netPaid: Money };
  /** The earlier order cannot be this order's comeback origin (§4.3(7)). */
  readonly comeback_not_eligible: {
    readonly reason:
      | 'same-order'
      | 'other-vehicle'
      | 'not-delivered'
      | 'different-concern'
      | 'guarantee-expired';
    readonly originalId: string;
  };
}

/**
 * A repair-order error code, e.g. `'off_plan_work'`.
 *
 * @example
 * ```ts
 * const code: RepairOrderErrorCode = 'balance_outstanding';
 * ```
 * @category repair-order
 */
export type RepairOrderErrorCode = keyof RepairOrderErrorData;

/**
 * The errors of this module's own codes, discriminated by `code`.
 *
 * @example
 * ```ts
 * function explain(error: RepairOrderOwnError) { if (error.code === 'road_test_required') error.data.jobIds; }
 * ```
 * @category repair-order
 */
export type RepairOrderOwnError = {
  readonly [C in RepairOrderErrorCode]: DomainError<C, RepairOrderErrorData[C]>;
}[RepairOrderErrorCode];

/**
 * The error of one code, e.g. `RepairOrderErrorOf<'off_plan_work'>`.
 *
 * @example
 * ```ts
 * const error: RepairOrderErrorOf<'road_test_required'> = roadTestRequired(['job_1']);
 * ```
 * @category repair-order
 */
export type RepairOrderErrorOf<C extends RepairOrderErrorCode> = Extract<
  RepairOrderOwnError,
  { readonly code: C }
>;

/**
 * Every error the repair-order module returns: its own codes, plus the
 * shared `forbidden` (a step the manual ties to another role) and
 * `validation_failed` (bad input at the boundary).
 *
 * @example
 * ```ts
 * const result = transition(order, command);
 * if (result.isErr()) formatError(result.error, 'zh-CN', repairOrderMessages, sharedMessages);
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export type RepairOrderError = RepairOrderOwnError | ForbiddenError | ValidationError;

/**
 * Builds one of this module's errors. Internal: the per-code constructors
 * (`offPlanWork`, `balanceOutstanding`, …) wrap it and fix each clause.
 *
 * @internal
 */
export function repairOrderError<C extends RepairOrderErrorCode>(
  code: C,
  data: RepairOrderErrorData[C],
  clause?: string,
): DomainError<C, RepairOrderErrorData[C]> {
  return domainError(code, data, clause);
}
