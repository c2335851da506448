import { err, ok } from 'neverthrow';
import { checkPerformedWork } from './check-performed-work';
import type { RepairOrderCommandOf } from './commands';
import type { TransitionContext, TransitionOutcome } from './context';
import { repairOrderEvent } from './events';
import { checkWorkable } from './handle-clocking';
import type { Job } from './job-schema';
import type { RepairOrder } from './schema';
import { clockStillOn } from './settlement-errors';
import { authorizeAny, changeOrder, findJob, replaceJob } from './steps';
import { jobNotWorkable, supplementaryPending } from './work-errors';

/** `wait-for-parts`: work pauses for parts (§4.3(4)). Internal. */
export function waitForParts(
  order: RepairOrder,
  command: RepairOrderCommandOf<'wait-for-parts'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['progress.record'], context).map(() => {
    const partsWait = {
      since: command.at,
      reason: command.reason,
      partNumbers: command.partNumbers,
    };
    const state = changeOrder(order, command.at, { partsWait, status: 'waiting-for-parts' });
    const event = repairOrderEvent('repair-order.parts-awaited', state, command.at, {
      partNumbers: command.partNumbers,
    });
    return { state, events: [event] };
  });
}

/** `parts-arrived`: work resumes (§4.3(4)). Internal. */
export function partsArrived(
  order: RepairOrder,
  command: RepairOrderCommandOf<'parts-arrived'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['progress.record'], context).map(() => {
    const state = changeOrder(order, command.at, { partsWait: null, status: 'in-progress' });
    const event = repairOrderEvent('repair-order.parts-arrived', state, command.at, {});
    return { state, events: [event] };
  });
}

/**
 * `complete-job`: the job is done with exactly the reported work, which
 * must be on its approved plan (§3.3(3)); added lines still awaiting the
 * customer block completion (REG-4), and everyone must have clocked off.
 * Internal.
 */
export function completeJob(
  order: RepairOrder,
  command: RepairOrderCommandOf<'complete-job'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['job.perform'], context)
    .andThen(() => findJob(order, command.jobId))
    .andThen((job) => checkWorkable(job, null))
    .andThen((job): TransitionOutcome => {
      const pending = job.lines.filter((line) => line.approval === 'pending');
      if (pending.length > 0) {
        const ids = [...new Set(pending.map((line) => line.supplementaryId ?? job.id))];
        return err(supplementaryPending(ids));
      }
      if (job.clockings.some((clocking) => clocking.offAt === null)) {
        return err(clockStillOn([job.id]));
      }
      return checkPerformedWork(job, command.work).map((work) => {
        const completion = { at: command.at, by: command.actor.id, work };
        const updated: Job = { ...job, completion, status: 'done' };
        const state = changeOrder(order, command.at, { jobs: replaceJob(order, updated) });
        const event = repairOrderEvent('repair-order.job-completed', state, command.at, {
          jobId: job.id,
        });
        return { state, events: [event] };
      });
    });
}

/** `record-road-test` (试车, §3.3(5)): only on a done job. Internal. */
export function recordRoadTest(
  order: RepairOrder,
  command: RepairOrderCommandOf<'record-road-test'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['road-test.record'], context)
    .andThen(() => findJob(order, command.jobId))
    .andThen((job): TransitionOutcome => {
      if (job.status !== 'done') return err(jobNotWorkable(job.id, job.status));
      const roadTest = {
        passed: command.passed,
        at: command.at,
        by: command.actor.id,
        ...(command.distanceKm === undefined ? {} : { distanceKm: command.distanceKm }),
        ...(command.note === undefined ? {} : { note: command.note }),
      };
      const state = changeOrder(order, command.at, {
        jobs: replaceJob(order, { ...job, roadTest }),
      });
      const event = repairOrderEvent('repair-order.road-test-recorded', state, command.at, {
        jobId: job.id,
        passed: command.passed,
      });
      return ok({ state, events: [event] });
    });
}

/** `record-progress` (§3.3(4)): a progress-log entry. Internal. */
export function recordProgress(
  order: RepairOrder,
  command: RepairOrderCommandOf<'record-progress'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['progress.record'], context).map(() => {
    const entry = {
      at: command.at,
      by: command.actor.id,
      note: command.note,
      customerNotified: command.customerNotified,
      channel: command.channel,
    };
    const state = changeOrder(order, command.at, { progress: [...order.progress, entry] });
    const event = repairOrderEvent('repair-order.progress-recorded', state, command.at, {
      customerNotified: command.customerNotified,
      channel: command.channel,
    });
    return { state, events: [event] };
  });
}
