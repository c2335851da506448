import { err, ok, type Result } from 'neverthrow';
import { instantToEpochMs } from '../shared/index';
import type { RepairOrderCommandOf } from './commands';
import type { TransitionContext, TransitionOutcome } from './context';
import type { RepairOrderErrorOf } from './errors';
import { type RepairOrderEvent, repairOrderEvent } from './events';
import { checkEstimateAndPromise } from './handle-reception';
import type { Job } from './job-schema';
import type { RepairOrder } from './schema';
import { clockOffBeforeOn, clockOverlap, notClockedOn } from './settlement-errors';
import { authorizeAny, changeOrder, findJob, openClockOnIn, replaceJob } from './steps';
import {
  jobNotDispatched,
  jobNotWorkable,
  technicianNotAssigned,
  workNotApproved,
} from './work-errors';

type ClockOn = RepairOrderCommandOf<'clock-on'>;

/**
 * A job can be worked by its assigned technician once dispatched, while it
 * has customer-approved work (REG-4, §2.2.3(1)). Internal; shared with
 * job completion.
 */
export function checkWorkable(
  job: Job,
  technicianId: string | null,
): Result<
  Job,
  RepairOrderErrorOf<
    'job_not_dispatched' | 'job_not_workable' | 'technician_not_assigned' | 'work_not_approved'
  >
> {
  if (job.status === 'done' || job.status === 'declined') {
    return err(jobNotWorkable(job.id, job.status));
  }
  if (job.assignment === null) return err(jobNotDispatched(job.id));
  if (technicianId !== null && job.assignment.technicianId !== technicianId) {
    return err(technicianNotAssigned(job.id, technicianId));
  }
  if (!job.lines.some((line) => line.approval === 'approved')) {
    return err(
      workNotApproved(
        job.id,
        job.lines.map((line) => line.id),
      ),
    );
  }
  return ok(job);
}

/** One technician never has two open clock-ons, in this order or any other. */
function checkNoOverlap(
  order: RepairOrder,
  command: ClockOn,
  context: TransitionContext,
): Result<void, RepairOrderErrorOf<'clock_overlap'>> {
  const here = openClockOnIn(order, command.technicianId);
  if (here !== undefined) return err(clockOverlap(command.technicianId, order.id, here.job.id));
  const elsewhere = context.activeClockOn?.(command.technicianId) ?? null;
  if (elsewhere !== null && elsewhere.repairOrderId !== order.id) {
    return err(clockOverlap(command.technicianId, elsewhere.repairOrderId, elsewhere.jobId));
  }
  return ok(undefined);
}

/**
 * `clock-on`: the assigned technician starts time on a dispatched job
 * with approved work. The first clock-on of an approved order starts the
 * work (status `in-progress`); the estimate and promised time must exist
 * (§3.2(3)). Internal.
 */
export function clockOn(
  order: RepairOrder,
  command: ClockOn,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['job.perform', 'job.dispatch'], context)
    .andThen(() => checkEstimateAndPromise(order))
    .andThen(() => findJob(order, command.jobId))
    .andThen((job) => checkWorkable(job, command.technicianId))
    .andThen((job) => checkNoOverlap(order, command, context).map(() => job))
    .map((job) => {
      const clocking = { technicianId: command.technicianId, onAt: command.at, offAt: null };
      const updated: Job = {
        ...job,
        clockings: [...job.clockings, clocking],
        status: 'in-progress',
      };
      const starting = order.status === 'approved';
      const state = changeOrder(order, command.at, {
        jobs: replaceJob(order, updated),
        ...(starting ? { status: 'in-progress' as const, workStartedAt: command.at } : {}),
      });
      const events: RepairOrderEvent[] = starting
        ? [repairOrderEvent('repair-order.work-started', state, command.at, {})]
        : [];
      events.push(
        repairOrderEvent('repair-order.clocked-on', state, command.at, {
          jobId: job.id,
          technicianId: command.technicianId,
        }),
      );
      return { state, events };
    });
}

/** `clock-off`: closes the technician's open clock-on on the job. Internal. */
export function clockOff(
  order: RepairOrder,
  command: RepairOrderCommandOf<'clock-off'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['job.perform', 'job.dispatch'], context)
    .andThen(() => findJob(order, command.jobId))
    .andThen((job): TransitionOutcome => {
      const open = job.clockings.findIndex(
        (c) => c.technicianId === command.technicianId && c.offAt === null,
      );
      const clocking = job.clockings[open];
      if (clocking === undefined) return err(notClockedOn(command.technicianId, job.id));
      const minutes = (instantToEpochMs(command.at) - instantToEpochMs(clocking.onAt)) / 60_000;
      if (minutes < 0) return err(clockOffBeforeOn(clocking.onAt, command.at));
      const clockings = job.clockings.map((c, index) =>
        index === open ? { ...c, offAt: command.at } : c,
      );
      const state = changeOrder(order, command.at, {
        jobs: replaceJob(order, { ...job, clockings }),
      });
      const event = repairOrderEvent('repair-order.clocked-off', state, command.at, {
        jobId: job.id,
        technicianId: command.technicianId,
        minutes: Math.floor(minutes),
      });
      return ok({ state, events: [event] });
    });
}
