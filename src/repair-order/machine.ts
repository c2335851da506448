import { err } from 'neverthrow';
import { match, P } from 'ts-pattern';
import type { RepairOrderCommand } from './commands';
import type { TransitionContext, TransitionOutcome } from './context';
import { clockOff, clockOn } from './handle-clocking';
import { cancel, close, deliver, linkComeback } from './handle-delivery';
import { markReadyForDelivery, requireRework, submitForInspection } from './handle-inspection';
import {
  addJob,
  approvePlan,
  dispatchJob,
  recordFinding,
  recordMultipoint,
} from './handle-planning';
import {
  acknowledgeReception,
  attachEstimate,
  recordCustody,
  updateReception,
} from './handle-reception';
import { approveCredit, issueExitPass, recordPayment, settle } from './handle-settlement';
import { decideSupplementary, proposeSupplementary } from './handle-supplementary';
import {
  completeJob,
  partsArrived,
  recordProgress,
  recordRoadTest,
  waitForParts,
} from './handle-work';
import type { RepairOrder, RepairOrderStatus } from './schema';
import { invalidTransition } from './work-errors';

const WORKING = ['in-progress', 'waiting-for-parts', 'waiting-for-approval'] as const;
const BEFORE_DELIVERY = [
  'reception',
  'diagnosis',
  'approved',
  ...WORKING,
  'quality-check',
  'ready-for-delivery',
] as const;

const planning = P.union('reception', 'diagnosis');
const working = P.union(...WORKING);
const startable = P.union('approved', ...WORKING);
const diagnosing = P.union('diagnosis', 'approved', ...WORKING);
const inspectable = P.union('reception', 'diagnosis', 'approved', ...WORKING);
const beforeDelivery = P.union(...BEFORE_DELIVERY);
const payable = P.union(...BEFORE_DELIVERY, 'delivered');

/**
 * The repair-order state machine (§4.3(1)–(6)): applies one command to an
 * order and returns the new order with its events, or a typed error
 * with the order unchanged. Pure: no I/O, no clock (time is `command.at`),
 * the input is never mutated.
 *
 * The lifecycle is reception → diagnosis (the customer acknowledges the
 * reception form, §3.2(4)) → approved (plan and estimate, §4.3(3)) →
 * in-progress (first clock-on; with waiting-for-parts and
 * waiting-for-approval for added work, REG-4) → quality-check → (rework
 * back to in-progress, §3.4(4)) → ready-for-delivery (a passed inspection
 * report, §3.4(5)) → delivered (settled, exit pass, §3.5) → closed; or
 * cancelled with a reason. Each step checks the capability the manual ties
 * it to with org `authorize` (`job.dispatch` for dispatch, §2.2.3(1);
 * `credit.approve` for credit, §3.5(3); …).
 *
 * Errors: `invalid_transition` for a command the status does not allow,
 * `forbidden`, `validation_failed`, and every {@link RepairOrderErrorCode}
 * of the step (see each command in {@link RepairOrderCommand}).
 *
 * @param state - the order as loaded
 * @param command - the command, parsed (see {@link parseRepairOrderCommand})
 * @param context - configuration and the host's ports (certification, clock-ons)
 * @returns the new state and its events, or the error
 * @example
 * ```ts
 * const result = transition(order, {
 *   type: 'dispatch-job', at, actor: supervisor, jobId: 'job_1', technicianId: 'emp_t1', teamId: 'team_m1',
 * }, { isCertified: (technicianId, cert) => certs.has(`${technicianId}:${cert}`) });
 * if (result.isOk()) await orders.save(result.value.state, { expectedVersion: order.version, events: result.value.events });
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 * @see §2.2.3(1)
 * @see §3.2(3)
 * @see §3.3(2)
 * @see §3.4(5)
 * @see §3.5(3)
 * @see REG-4
 * @see X-5
 */
export function transition(
  state: RepairOrder,
  command: RepairOrderCommand,
  context: TransitionContext = {},
): TransitionOutcome {
  return match<[RepairOrderStatus, RepairOrderCommand], TransitionOutcome>([state.status, command])
    .with([P._, { type: 'update-reception' }], ([, c]) => updateReception(state, c, context))
    .with([P._, { type: 'attach-estimate' }], ([, c]) => attachEstimate(state, c, context))
    .with([P._, { type: 'acknowledge-reception' }], ([, c]) =>
      acknowledgeReception(state, c, context),
    )
    .with([beforeDelivery, { type: 'record-custody' }], ([, c]) => recordCustody(state, c, context))
    .with([planning, { type: 'link-comeback' }], ([, c]) => linkComeback(state, c, context))
    .with([planning, { type: 'add-job' }], ([, c]) => addJob(state, c, context))
    .with([diagnosing, { type: 'record-finding' }], ([, c]) => recordFinding(state, c, context))
    .with([inspectable, { type: 'record-multipoint' }], ([, c]) =>
      recordMultipoint(state, c, context),
    )
    .with(['diagnosis', { type: 'approve-plan' }], ([, c]) => approvePlan(state, c, context))
    .with([startable, { type: 'dispatch-job' }], ([, c]) => dispatchJob(state, c, context))
    .with([startable, { type: 'propose-supplementary' }], ([, c]) =>
      proposeSupplementary(state, c, context),
    )
    .with(['waiting-for-approval', { type: 'decide-supplementary' }], ([, c]) =>
      decideSupplementary(state, c, context),
    )
    .with(['in-progress', { type: 'wait-for-parts' }], ([, c]) => waitForParts(state, c, context))
    .with(['waiting-for-parts', { type: 'parts-arrived' }], ([, c]) =>
      partsArrived(state, c, context),
    )
    .with([startable, { type: 'clock-on' }], ([, c]) => clockOn(state, c, context))
    .with([working, { type: 'clock-off' }], ([, c]) => clockOff(state, c, context))
    .with([working, { type: 'complete-job' }], ([, c]) => completeJob(state, c, context))
    .with([working, { type: 'record-road-test' }], ([, c]) => recordRoadTest(state, c, context))
    .with([beforeDelivery, { type: 'record-progress' }], ([, c]) =>
      recordProgress(state, c, context),
    )
    .with(['in-progress', { type: 'submit-for-inspection' }], ([, c]) =>
      submitForInspection(state, c, context),
    )
    .with(['quality-check', { type: 'require-rework' }], ([, c]) =>
      requireRework(state, c, context),
    )
    .with(['quality-check', { type: 'mark-ready-for-delivery' }], ([, c]) =>
      markReadyForDelivery(state, c, context),
    )
    .with(['ready-for-delivery', { type: 'settle' }], ([, c]) => settle(state, c, context))
    .with([payable, { type: 'record-payment' }], ([, c]) => recordPayment(state, c, context))
    .with(['ready-for-delivery', { type: 'approve-credit' }], ([, c]) =>
      approveCredit(state, c, context),
    )
    .with(['ready-for-delivery', { type: 'issue-exit-pass' }], ([, c]) =>
      issueExitPass(state, c, context),
    )
    .with(['ready-for-delivery', { type: 'deliver' }], ([, c]) => deliver(state, c, context))
    .with(['delivered', { type: 'close' }], ([, c]) => close(state, c, context))
    .with([beforeDelivery, { type: 'cancel' }], ([, c]) => cancel(state, c, context))
    .otherwise(() => err(invalidTransition(state.status, command.type)));
}
