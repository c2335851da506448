import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import type { RepairOrderCommandOf } from './commands';
import { computeBalance } from './compute-balance';
import { defaultRepairOrderConfig } from './config';
import type { TransitionContext, TransitionOutcome } from './context';
import type { Custody } from './custody-schema';
import type { RepairOrderError } from './errors';
import { repairOrderEvent } from './events';
import { checkComeback } from './guarantee';
import { computeNextService } from './next-service';
import type { Settlement } from './payment-schema';
import type { RepairOrder } from './schema';
import {
  balanceOutstanding,
  clockStillOn,
  exitPassRequired,
  refundRequired,
  settlementRequired,
} from './settlement-errors';
import { authorizeAny, changeOrder, isActiveJob } from './steps';
import { custodyMissing, odometerBelowLastReading } from './work-errors';

/** Settled, paid or on credit, exit pass issued, keys held: the car may go (§3.5(2)–(4)). */
function checkReadyToHandOver(
  order: RepairOrder,
): Result<{ settlement: Settlement; custody: Custody }, RepairOrderError> {
  const { settlement, custody } = order;
  if (settlement === null) return err(settlementRequired(order.id));
  if (order.exitPass === null) return err(exitPassRequired(order.id));
  if (custody === null) return err(custodyMissing(order.id));
  // A refund after the exit pass can reopen a balance: the pass's condition must still hold.
  const { balance, credit } = computeBalance(order);
  const owed = new Decimal(balance.amount);
  if (owed.greaterThan(0) && owed.greaterThan(credit.amount))
    return err(balanceOutstanding(balance));
  return ok({ settlement, custody });
}

/**
 * `deliver` (交车, §3.5(1)–(5), §4.3(6)): needs the settlement, the exit
 * pass and the recorded custody; keys and documents are returned, the
 * next-service reminder is set, and `repair-order.delivered` carries what
 * CRM needs for the follow-up and survey. Internal.
 */
export function deliver(
  order: RepairOrder,
  command: RepairOrderCommandOf<'deliver'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['repair-order.deliver'], context)
    .andThen(() => checkReadyToHandOver(order))
    .andThen(({ settlement, custody: held }): TransitionOutcome => {
      const received = order.reception.walkAround.odometerKm;
      const odometerKm = command.odometerKm ?? received;
      if (odometerKm < received) return err(odometerBelowLastReading(odometerKm, received));
      const config = context.config ?? defaultRepairOrderConfig;
      const nextService = command.nextService ?? computeNextService(command.at, odometerKm, config);
      const custody = { ...held, returnedAt: command.at, returnedBy: command.actor.id };
      const delivery = { at: command.at, by: command.actor.id, odometerKm, nextService };
      const state = changeOrder(order, command.at, {
        custody,
        delivery,
        deliveredAt: command.at,
        status: 'delivered',
      });
      const done = state.jobs.filter((job) => isActiveJob(job) && job.status === 'done');
      const event = repairOrderEvent('repair-order.delivered', state, command.at, {
        repairOrderId: state.id,
        customerId: state.customerId,
        vehicleId: state.vehicleId,
        advisorId: state.advisorId,
        deliveredAt: command.at,
        repairCategories: [...new Set(done.map((job) => job.repairCategory))],
        odometerKm,
        nextService,
        total: settlement.statement.total,
        comebackOf: state.comebackOf,
      });
      return ok({ state, events: [event] });
    });
}

/** `close`: a delivered order is closed. Internal. */
export function close(
  order: RepairOrder,
  command: RepairOrderCommandOf<'close'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['repair-order.deliver'], context).map(() => {
    const state = changeOrder(order, command.at, { status: 'closed', closedAt: command.at });
    return { state, events: [repairOrderEvent('repair-order.closed', state, command.at, {})] };
  });
}

/**
 * `cancel` with a reason: nobody may still be clocked on, and money the
 * customer paid must be refunded first (§3.5(3)). Internal.
 */
export function cancel(
  order: RepairOrder,
  command: RepairOrderCommandOf<'cancel'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['repair-order.open'], context).andThen(
    (): TransitionOutcome => {
      const open = order.jobs.filter((job) => job.clockings.some((c) => c.offAt === null));
      if (open.length > 0) return err(clockStillOn(open.map((job) => job.id)));
      const { paid } = computeBalance(order);
      if (!new Decimal(paid.amount).isZero()) return err(refundRequired(paid));
      const cancellation = { at: command.at, by: command.actor.id, reason: command.reason };
      const state = changeOrder(order, command.at, { status: 'cancelled', cancellation });
      const event = repairOrderEvent('repair-order.cancelled', state, command.at, {
        previousStatus: order.status,
      });
      return ok({ state, events: [event] });
    },
  );
}

/** `link-comeback` (§4.3(7), REG-1). Internal. */
export function linkComeback(
  order: RepairOrder,
  command: RepairOrderCommandOf<'link-comeback'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['repair-order.open'], context)
    .andThen(() => checkComeback(order, command.original, command.concernCode, context))
    .map((original) => {
      const state = changeOrder(order, command.at, { comebackOf: original.id });
      const event = repairOrderEvent('repair-order.comeback-linked', state, command.at, {
        originalId: original.id,
      });
      return { state, events: [event] };
    });
}
