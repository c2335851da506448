import type { RepairOrderErrorData, RepairOrderErrorOf } from './errors';
import { repairOrderError } from './errors';
import type { RepairOrderStatus } from './schema';

// One constructor per code of the reception, planning and work steps; each fixes the clause.

/**
 * `invalid_transition` (§4.3(1)–(6)): the command is not allowed in the order's current status.
 *
 * @example
 * ```ts
 * invalidTransition('delivered', 'dispatch-job').code; // 'invalid_transition'
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export function invalidTransition(
  status: RepairOrderStatus,
  command: string,
): RepairOrderErrorOf<'invalid_transition'> {
  return repairOrderError('invalid_transition', { status, command }, '§4.3(1)–(6)');
}

/**
 * `odometer_below_last_reading` (§3.2(2)): the odometer reading is below the last one recorded for the vehicle.
 *
 * @example
 * ```ts
 * odometerBelowLastReading(41000, 48210).clause; // '§3.2(2)'
 * ```
 * @category repair-order
 * @see §3.2(2)
 */
export function odometerBelowLastReading(
  odometerKm: number,
  lastRecordedKm: number,
): RepairOrderErrorOf<'odometer_below_last_reading'> {
  return repairOrderError('odometer_below_last_reading', { odometerKm, lastRecordedKm }, '§3.2(2)');
}

/**
 * `reception_form_frozen` (§3.2(4)): the customer acknowledged the reception form, which is now frozen.
 *
 * @example
 * ```ts
 * receptionFormFrozen('2026-03-02T01:00:00.000Z').code; // 'reception_form_frozen'
 * ```
 * @category repair-order
 * @see §3.2(4)
 */
export function receptionFormFrozen(
  acknowledgedAt: string,
): RepairOrderErrorOf<'reception_form_frozen'> {
  return repairOrderError('reception_form_frozen', { acknowledgedAt }, '§3.2(4)');
}

/**
 * `estimate_required` (§3.2(3)): work cannot start without an estimate and a promised time.
 *
 * @example
 * ```ts
 * estimateRequired(['promised-time']).clause; // '§3.2(3)'
 * ```
 * @category repair-order
 * @see §3.2(3)
 */
export function estimateRequired(
  missing: readonly ('estimate' | 'promised-time')[],
): RepairOrderErrorOf<'estimate_required'> {
  return repairOrderError('estimate_required', { missing }, '§3.2(3)');
}

/**
 * `custody_missing` (§3.2(5)): keys and documents were never recorded as received, so they cannot be returned.
 *
 * @example
 * ```ts
 * custodyMissing('ro_1').clause; // '§3.2(5)'
 * ```
 * @category repair-order
 * @see §3.2(5)
 */
export function custodyMissing(repairOrderId: string): RepairOrderErrorOf<'custody_missing'> {
  return repairOrderError('custody_missing', { repairOrderId }, '§3.2(5)');
}

/**
 * `plan_empty` (§4.3(3)): the repair plan has no job with a line to approve.
 *
 * @example
 * ```ts
 * planEmpty('ro_1').code; // 'plan_empty'
 * ```
 * @category repair-order
 * @see §4.3(3)
 */
export function planEmpty(repairOrderId: string): RepairOrderErrorOf<'plan_empty'> {
  return repairOrderError('plan_empty', { repairOrderId }, '§4.3(3)');
}

/**
 * `job_not_found`: no job with this id on the order.
 *
 * @example
 * ```ts
 * jobNotFound('job_9').code; // 'job_not_found'
 * ```
 * @category repair-order
 */
export function jobNotFound(jobId: string): RepairOrderErrorOf<'job_not_found'> {
  return repairOrderError('job_not_found', { jobId });
}

/**
 * `line_not_found`: no line with this id on the order.
 *
 * @example
 * ```ts
 * lineNotFound('ln_9').code; // 'line_not_found'
 * ```
 * @category repair-order
 */
export function lineNotFound(lineId: string): RepairOrderErrorOf<'line_not_found'> {
  return repairOrderError('line_not_found', { lineId });
}

/**
 * `duplicate_id`: an id given for something new is already used on the order.
 *
 * @example
 * ```ts
 * duplicateId('job', 'job_1').code; // 'duplicate_id'
 * ```
 * @category repair-order
 */
export function duplicateId(
  kind: 'job' | 'line' | 'supplementary' | 'payment',
  id: string,
): RepairOrderErrorOf<'duplicate_id'> {
  return repairOrderError('duplicate_id', { kind, id });
}

/**
 * `technician_not_certified` (§2.2.3(1)): the job needs a certification the technician does not hold.
 *
 * @example
 * ```ts
 * technicianNotCertified('emp_t1', 'EV-HV').clause; // '§2.2.3(1)'
 * ```
 * @category repair-order
 * @see §2.2.3(1)
 */
export function technicianNotCertified(
  technicianId: string,
  certification: string,
): RepairOrderErrorOf<'technician_not_certified'> {
  return repairOrderError('technician_not_certified', { technicianId, certification }, '§2.2.3(1)');
}

/**
 * `work_not_approved` (REG-4): the job has no customer-approved work; added work waits for consent.
 *
 * @example
 * ```ts
 * workNotApproved('job_2', ['ln_7']).clause; // 'REG-4'
 * ```
 * @category repair-order
 * @see REG-4
 */
export function workNotApproved(
  jobId: string,
  lineIds: readonly string[],
): RepairOrderErrorOf<'work_not_approved'> {
  return repairOrderError('work_not_approved', { jobId, lineIds }, 'REG-4');
}

/**
 * `supplementary_pending` (REG-4): added work still awaits the customer's decision.
 *
 * @example
 * ```ts
 * supplementaryPending(['sup_1']).clause; // 'REG-4'
 * ```
 * @category repair-order
 * @see REG-4
 */
export function supplementaryPending(
  supplementaryIds: readonly string[],
): RepairOrderErrorOf<'supplementary_pending'> {
  return repairOrderError('supplementary_pending', { supplementaryIds }, 'REG-4');
}

/**
 * `supplementary_not_found` (REG-4): no undecided supplementary estimate with this id.
 *
 * @example
 * ```ts
 * supplementaryNotFound('sup_9').code; // 'supplementary_not_found'
 * ```
 * @category repair-order
 * @see REG-4
 */
export function supplementaryNotFound(
  supplementaryId: string,
): RepairOrderErrorOf<'supplementary_not_found'> {
  return repairOrderError('supplementary_not_found', { supplementaryId }, 'REG-4');
}

/**
 * `decision_incomplete` (REG-4): a decision must approve or decline each added line exactly once.
 *
 * @example
 * ```ts
 * decisionIncomplete(['ln_8'], []).clause; // 'REG-4'
 * ```
 * @category repair-order
 * @see REG-4
 */
export function decisionIncomplete(
  undecidedLineIds: readonly string[],
  unknownLineIds: readonly string[],
): RepairOrderErrorOf<'decision_incomplete'> {
  return repairOrderError('decision_incomplete', { undecidedLineIds, unknownLineIds }, 'REG-4');
}

/**
 * `off_plan_work` (§3.3(3)): work reported that is not on the job's approved plan.
 *
 * @example
 * ```ts
 * offPlanWork('job_1', { opCodes: ['OP-X'], partNumbers: [], feeCodes: [] }).clause; // '§3.3(3)'
 * ```
 * @category repair-order
 * @see §3.3(3)
 */
export function offPlanWork(
  jobId: string,
  work: Omit<RepairOrderErrorData['off_plan_work'], 'jobId'>,
): RepairOrderErrorOf<'off_plan_work'> {
  return repairOrderError('off_plan_work', { jobId, ...work }, '§3.3(3)');
}

/**
 * `job_not_workable` (§4.3(4)): the job's status does not allow this step.
 *
 * @example
 * ```ts
 * jobNotWorkable('job_1', 'declined').code; // 'job_not_workable'
 * ```
 * @category repair-order
 * @see §4.3(4)
 */
export function jobNotWorkable(
  jobId: string,
  status: string,
): RepairOrderErrorOf<'job_not_workable'> {
  return repairOrderError('job_not_workable', { jobId, status }, '§4.3(4)');
}

/**
 * `job_not_dispatched` (§2.2.3(1)): the job has not been dispatched to a technician.
 *
 * @example
 * ```ts
 * jobNotDispatched('job_1').clause; // '§2.2.3(1)'
 * ```
 * @category repair-order
 * @see §2.2.3(1)
 */
export function jobNotDispatched(jobId: string): RepairOrderErrorOf<'job_not_dispatched'> {
  return repairOrderError('job_not_dispatched', { jobId }, '§2.2.3(1)');
}

/**
 * `technician_not_assigned` (§2.2.3(1)): the technician is not the one the job was dispatched to.
 *
 * @example
 * ```ts
 * technicianNotAssigned('job_1', 'emp_t2').clause; // '§2.2.3(1)'
 * ```
 * @category repair-order
 * @see §2.2.3(1)
 */
export function technicianNotAssigned(
  jobId: string,
  technicianId: string,
): RepairOrderErrorOf<'technician_not_assigned'> {
  return repairOrderError('technician_not_assigned', { jobId, technicianId }, '§2.2.3(1)');
}
