import type { Money } from '../shared/index';
import type { RepairOrderErrorData, RepairOrderErrorOf } from './errors';
import { repairOrderError } from './errors';

// One constructor per code of the completion, settlement, payment and delivery steps.

/**
 * `jobs_not_complete` (§4.3(4)): jobs are not all done, so the order cannot go to inspection.
 *
 * @example
 * ```ts
 * jobsNotComplete(['job_2']).clause; // '§4.3(4)'
 * ```
 * @category repair-order
 * @see §4.3(4)
 */
export function jobsNotComplete(
  jobIds: readonly string[],
): RepairOrderErrorOf<'jobs_not_complete'> {
  return repairOrderError('jobs_not_complete', { jobIds }, '§4.3(4)');
}

/**
 * `road_test_required` (§3.3(5)): jobs need a passed road test before final inspection.
 *
 * @example
 * ```ts
 * roadTestRequired(['job_1']).clause; // '§3.3(5)'
 * ```
 * @category repair-order
 * @see §3.3(5)
 */
export function roadTestRequired(
  jobIds: readonly string[],
): RepairOrderErrorOf<'road_test_required'> {
  return repairOrderError('road_test_required', { jobIds }, '§3.3(5)');
}

/**
 * `clock_overlap`: the technician is already clocked on a job.
 *
 * @example
 * ```ts
 * clockOverlap('emp_t1', 'ro_1', 'job_1').clause; // 'X-2'
 * ```
 * @category repair-order
 * @see X-2
 */
export function clockOverlap(
  technicianId: string,
  repairOrderId: string,
  jobId: string,
): RepairOrderErrorOf<'clock_overlap'> {
  return repairOrderError('clock_overlap', { technicianId, repairOrderId, jobId }, 'X-2');
}

/**
 * `not_clocked_on`: the technician is not clocked on this job.
 *
 * @example
 * ```ts
 * notClockedOn('emp_t1', 'job_1').clause; // 'X-2'
 * ```
 * @category repair-order
 * @see X-2
 */
export function notClockedOn(
  technicianId: string,
  jobId: string,
): RepairOrderErrorOf<'not_clocked_on'> {
  return repairOrderError('not_clocked_on', { technicianId, jobId }, 'X-2');
}

/**
 * `clock_off_before_on`: a clock-off earlier than its clock-on.
 *
 * @example
 * ```ts
 * clockOffBeforeOn('2026-03-02T02:00:00.000Z', '2026-03-02T01:00:00.000Z').clause; // 'X-2'
 * ```
 * @category repair-order
 * @see X-2
 */
export function clockOffBeforeOn(
  onAt: string,
  offAt: string,
): RepairOrderErrorOf<'clock_off_before_on'> {
  return repairOrderError('clock_off_before_on', { onAt, offAt }, 'X-2');
}

/**
 * `clock_still_on`: technicians are still clocked on these jobs.
 *
 * @example
 * ```ts
 * clockStillOn(['job_1']).clause; // 'X-2'
 * ```
 * @category repair-order
 * @see X-2
 */
export function clockStillOn(jobIds: readonly string[]): RepairOrderErrorOf<'clock_still_on'> {
  return repairOrderError('clock_still_on', { jobIds }, 'X-2');
}

/**
 * `inspection_report_invalid` (§3.4(5)): the inspection report does not cover this order's work.
 *
 * @example
 * ```ts
 * inspectionReportInvalid('jobs-missing', ['job_2']).clause; // '§3.4(5)'
 * ```
 * @category repair-order
 * @see §3.4(5)
 */
export function inspectionReportInvalid(
  reason: 'other-order' | 'jobs-missing' | 'not-passed',
  missingJobIds: readonly string[],
): RepairOrderErrorOf<'inspection_report_invalid'> {
  return repairOrderError('inspection_report_invalid', { reason, missingJobIds }, '§3.4(5)');
}

/**
 * `settlement_mismatch` (§3.5(2)): the statement's lines are not the order's final lines.
 *
 * @example
 * ```ts
 * settlementMismatch(['part:P-PAD-F x1'], []).clause; // '§3.5(2)'
 * ```
 * @category repair-order
 * @see §3.5(2)
 */
export function settlementMismatch(
  missing: readonly string[],
  unexpected: readonly string[],
): RepairOrderErrorOf<'settlement_mismatch'> {
  return repairOrderError('settlement_mismatch', { missing, unexpected }, '§3.5(2)');
}

/**
 * `settlement_not_reconciled` (§3.5(2)): the statement does not add up to the cent.
 *
 * @example
 * ```ts
 * settlementNotReconciled('total').clause; // '§3.5(2)'
 * ```
 * @category repair-order
 * @see §3.5(2)
 */
export function settlementNotReconciled(
  check: string,
): RepairOrderErrorOf<'settlement_not_reconciled'> {
  return repairOrderError('settlement_not_reconciled', { check }, '§3.5(2)');
}

/**
 * `settlement_required` (§3.5(2)): the order has not been settled yet.
 *
 * @example
 * ```ts
 * settlementRequired('ro_1').clause; // '§3.5(2)'
 * ```
 * @category repair-order
 * @see §3.5(2)
 */
export function settlementRequired(
  repairOrderId: string,
): RepairOrderErrorOf<'settlement_required'> {
  return repairOrderError('settlement_required', { repairOrderId }, '§3.5(2)');
}

/**
 * `payment_currency_mismatch` (§3.5(3)): money in another currency than the order's.
 *
 * @example
 * ```ts
 * paymentCurrencyMismatch('CNY', 'USD').code; // 'payment_currency_mismatch'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function paymentCurrencyMismatch(
  expected: string,
  actual: string,
): RepairOrderErrorOf<'payment_currency_mismatch'> {
  return repairOrderError('payment_currency_mismatch', { expected, actual }, '§3.5(3)');
}

/**
 * `payment_exceeds_balance` (§3.5(3)): a payment larger than the balance.
 *
 * @example
 * ```ts
 * paymentExceedsBalance(amount, balance).clause; // '§3.5(3)'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function paymentExceedsBalance(
  amount: Money,
  balance: Money,
): RepairOrderErrorOf<'payment_exceeds_balance'> {
  return repairOrderError('payment_exceeds_balance', { amount, balance }, '§3.5(3)');
}

/**
 * `refund_exceeds_paid` (§3.5(3)): a refund larger than what the customer has paid.
 *
 * @example
 * ```ts
 * refundExceedsPaid(amount, paid).clause; // '§3.5(3)'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function refundExceedsPaid(
  amount: Money,
  paid: Money,
): RepairOrderErrorOf<'refund_exceeds_paid'> {
  return repairOrderError('refund_exceeds_paid', { amount, paid }, '§3.5(3)');
}

/**
 * `balance_outstanding` (§3.5(3)): the balance is not zero and no sufficient credit is approved.
 *
 * @example
 * ```ts
 * balanceOutstanding({ amount: '120.00', currency: 'CNY' }).clause; // '§3.5(3)'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function balanceOutstanding(balance: Money): RepairOrderErrorOf<'balance_outstanding'> {
  return repairOrderError('balance_outstanding', { balance }, '§3.5(3)');
}

/**
 * `credit_not_needed` (§3.5(3)): credit was asked for an order with nothing outstanding.
 *
 * @example
 * ```ts
 * creditNotNeeded({ amount: '0.00', currency: 'CNY' }).code; // 'credit_not_needed'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function creditNotNeeded(balance: Money): RepairOrderErrorOf<'credit_not_needed'> {
  return repairOrderError('credit_not_needed', { balance }, '§3.5(3)');
}

/**
 * `exit_pass_required` (§3.5(3)): the car cannot be delivered without an exit pass.
 *
 * @example
 * ```ts
 * exitPassRequired('ro_1').clause; // '§3.5(3)'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function exitPassRequired(repairOrderId: string): RepairOrderErrorOf<'exit_pass_required'> {
  return repairOrderError('exit_pass_required', { repairOrderId }, '§3.5(3)');
}

/**
 * `refund_required` (§3.5(3)): money is still held for the customer and must be refunded first.
 *
 * @example
 * ```ts
 * refundRequired({ amount: '200.00', currency: 'CNY' }).code; // 'refund_required'
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export function refundRequired(netPaid: Money): RepairOrderErrorOf<'refund_required'> {
  return repairOrderError('refund_required', { netPaid }, '§3.5(3)');
}

/**
 * `comeback_not_eligible` (§4.3(7)): the earlier order cannot be linked as this order's comeback origin.
 *
 * @example
 * ```ts
 * comebackNotEligible('guarantee-expired', 'ro_1').clause; // '§4.3(7)'
 * ```
 * @category repair-order
 * @see §4.3(7)
 */
export function comebackNotEligible(
  reason: RepairOrderErrorData['comeback_not_eligible']['reason'],
  originalId: string,
): RepairOrderErrorOf<'comeback_not_eligible'> {
  return repairOrderError('comeback_not_eligible', { reason, originalId }, '§4.3(7)');
}
