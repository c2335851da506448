import { err, ok, type Result } from 'neverthrow';
import { type Actor, authorize, type Capability, can } from '../org/index';
import type { ForbiddenError, Instant } from '../shared/index';
import type { TransitionContext } from './context';
import type { RepairOrderErrorOf } from './errors';
import type { JobId } from './ids';
import type { Job, JobLine } from './job-schema';
import type { RepairOrder } from './schema';
import { jobNotFound } from './work-errors';

/**
 * Internal helpers shared by the transition handlers: permission checks,
 * immutable updates and lookups. Nothing here is exported from the index.
 */

/** Allowed when the actor holds any of the capabilities; refused citing the first. */
export function authorizeAny(
  actor: Actor,
  capabilities: readonly [Capability, ...Capability[]],
  context: TransitionContext,
): Result<Actor, ForbiddenError> {
  const map = context.capabilityMap;
  if (capabilities.some((capability) => can(actor, capability, map))) return ok(actor);
  return authorize(actor, capabilities[0], { map });
}

/** The order with `patch` applied and `updatedAt` moved to the command's instant. */
export function changeOrder(
  order: RepairOrder,
  at: Instant,
  patch: Partial<Omit<RepairOrder, 'id' | 'version' | 'createdAt' | 'updatedAt'>>,
): RepairOrder {
  return { ...order, ...patch, updatedAt: at };
}

/** Finds a job by id. */
export function findJob(
  order: RepairOrder,
  jobId: JobId,
): Result<Job, RepairOrderErrorOf<'job_not_found'>> {
  const job = order.jobs.find((candidate) => candidate.id === jobId);
  return job === undefined ? err(jobNotFound(jobId)) : ok(job);
}

/** The jobs with one job replaced (by id). */
export function replaceJob(order: RepairOrder, job: Job): Job[] {
  return order.jobs.map((candidate) => (candidate.id === job.id ? job : candidate));
}

/** Every line of every job of the order. */
export function allLines(order: RepairOrder): readonly JobLine[] {
  return order.jobs.flatMap((job) => job.lines);
}

/** The code a line is quoted by: op code, part number or fee code. */
export function lineCode(line: JobLine): string {
  if (line.kind === 'labour') return line.opCode;
  return line.kind === 'part' ? line.partNumber : line.feeCode;
}

/** Whether a job still counts towards the work (not declined added work). */
export function isActiveJob(job: Job): boolean {
  return job.status !== 'declined';
}

/** The open clock-on of a technician in this order, if any. */
export function openClockOnIn(
  order: RepairOrder,
  technicianId: string,
): { readonly job: Job; readonly onAt: Instant } | undefined {
  for (const job of order.jobs) {
    const open = job.clockings.find((c) => c.technicianId === technicianId && c.offAt === null);
    if (open !== undefined) return { job, onAt: open.onAt };
  }
  return undefined;
}
