import { err, ok, type Result } from 'neverthrow';
import type { RepairOrderCommandOf } from './commands';
import type { TransitionContext, TransitionOutcome } from './context';
import type { RepairOrderErrorOf } from './errors';
import { repairOrderEvent } from './events';
import type { RepairOrder } from './schema';
import { authorizeAny, changeOrder } from './steps';
import {
  estimateRequired,
  invalidTransition,
  odometerBelowLastReading,
  receptionFormFrozen,
} from './work-errors';

/**
 * Refuses work until the order has an estimate and a promised time (§3.2(3)).
 * Internal; used before acknowledging the form, approving the plan and
 * clocking on.
 */
export function checkEstimateAndPromise(
  order: RepairOrder,
): Result<RepairOrder, RepairOrderErrorOf<'estimate_required'>> {
  const missing: ('estimate' | 'promised-time')[] = [];
  if (order.reception.estimate === null && order.planApproval === null) missing.push('estimate');
  if (order.reception.promisedAt === null) missing.push('promised-time');
  return missing.length === 0 ? ok(order) : err(estimateRequired(missing));
}

/** The form may change only in `reception` and never after acknowledgement (§3.2(4)). */
function checkEditable(
  order: RepairOrder,
  command: string,
): Result<RepairOrder, RepairOrderErrorOf<'reception_form_frozen' | 'invalid_transition'>> {
  const acknowledgement = order.reception.acknowledgement;
  if (acknowledgement !== null) return err(receptionFormFrozen(acknowledgement.at));
  return order.status === 'reception' ? ok(order) : err(invalidTransition(order.status, command));
}

/** `update-reception` (§3.2(1)(2)(4)). Internal. */
export function updateReception(
  order: RepairOrder,
  command: RepairOrderCommandOf<'update-reception'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['repair-order.open'], context)
    .andThen(() => checkEditable(order, command.type))
    .andThen((): TransitionOutcome => {
      const last = command.lastRecordedOdometerKm;
      const odometer = command.walkAround?.odometerKm;
      if (odometer !== undefined && last !== undefined && last !== null && odometer < last) {
        return err(odometerBelowLastReading(odometer, last));
      }
      const reception = {
        ...order.reception,
        concerns: command.concerns ?? order.reception.concerns,
        walkAround: command.walkAround ?? order.reception.walkAround,
        confirmedItems: command.confirmedItems ?? order.reception.confirmedItems,
      };
      const fields = (['concerns', 'walkAround', 'confirmedItems'] as const).filter(
        (field) => command[field] !== undefined,
      );
      const state = changeOrder(order, command.at, { reception });
      const event = repairOrderEvent('repair-order.reception-updated', state, command.at, {
        fields,
      });
      return ok({ state, events: [event] });
    });
}

/** `attach-estimate` (§3.2(3)). Internal. */
export function attachEstimate(
  order: RepairOrder,
  command: RepairOrderCommandOf<'attach-estimate'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['estimate.prepare'], context)
    .andThen(() => checkEditable(order, command.type))
    .map(() => {
      const reception = {
        ...order.reception,
        estimate: command.estimate,
        promisedAt: command.promisedAt,
      };
      const state = changeOrder(order, command.at, { reception });
      const event = repairOrderEvent('repair-order.estimate-attached', state, command.at, {
        estimateId: command.estimate.id,
        total: command.estimate.total,
        promisedAt: command.promisedAt,
      });
      return { state, events: [event] };
    });
}

/**
 * `acknowledge-reception`: the customer signs the form, which freezes it
 * (§3.2(4)); it must hold the estimate and promised time (§3.2(3)). The
 * order moves to diagnosis (§4.3(2)). Internal.
 */
export function acknowledgeReception(
  order: RepairOrder,
  command: RepairOrderCommandOf<'acknowledge-reception'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['repair-order.open'], context)
    .andThen(() => checkEditable(order, command.type))
    .andThen(checkEstimateAndPromise)
    .map(() => {
      const reception = {
        ...order.reception,
        acknowledgement: { at: command.at, method: command.method },
      };
      const state = changeOrder(order, command.at, { reception, status: 'diagnosis' });
      const event = repairOrderEvent('repair-order.reception-acknowledged', state, command.at, {
        method: command.method,
      });
      return { state, events: [event] };
    });
}

/** `record-custody`: keys and documents received (§3.2(5)). Internal. */
export function recordCustody(
  order: RepairOrder,
  command: RepairOrderCommandOf<'record-custody'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['repair-order.open'], context).map(() => {
    const custody = {
      keys: command.keys,
      documents: command.documents,
      receivedAt: command.at,
      receivedBy: command.actor.id,
      returnedAt: null,
      returnedBy: null,
    };
    const state = changeOrder(order, command.at, { custody });
    const event = repairOrderEvent('repair-order.custody-recorded', state, command.at, {
      keys: command.keys,
      documents: command.documents,
    });
    return { state, events: [event] };
  });
}
