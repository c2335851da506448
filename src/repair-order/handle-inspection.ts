import { err, ok } from 'neverthrow';
import type { EmployeeId } from '../org/index';
import { checkInspectionReport } from './check-inspection-report';
import type { RepairOrderCommandOf } from './commands';
import type { TransitionContext, TransitionOutcome } from './context';
import { repairOrderEvent } from './events';
import type { Job } from './job-schema';
import type { RepairOrder } from './schema';
import { clockStillOn, jobsNotComplete, roadTestRequired } from './settlement-errors';
import { authorizeAny, changeOrder, isActiveJob } from './steps';
import { jobNotFound, jobNotWorkable } from './work-errors';

/**
 * `submit-for-inspection` (§4.3(5)): every job worked is done, nobody is
 * still clocked on, and jobs that need one have a passed road test
 * (§3.3(5)). Internal.
 */
export function submitForInspection(
  order: RepairOrder,
  command: RepairOrderCommandOf<'submit-for-inspection'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['progress.record'], context).andThen(
    (): TransitionOutcome => {
      const jobs = order.jobs.filter(isActiveJob);
      const ids = (list: readonly Job[]) => list.map((job) => job.id);
      const open = jobs.filter((job) => job.clockings.some((c) => c.offAt === null));
      if (open.length > 0) return err(clockStillOn(ids(open)));
      const unfinished = jobs.filter((job) => job.status !== 'done');
      if (unfinished.length > 0) return err(jobsNotComplete(ids(unfinished)));
      const untested = jobs.filter((job) => job.needsRoadTest && job.roadTest?.passed !== true);
      if (untested.length > 0) return err(roadTestRequired(ids(untested)));
      const state = changeOrder(order, command.at, { status: 'quality-check' });
      const event = repairOrderEvent('repair-order.submitted-for-inspection', state, command.at, {
        jobIds: ids(jobs),
        repairCategories: [...new Set(jobs.map((job) => job.repairCategory))],
      });
      return ok({ state, events: [event] });
    },
  );
}

/**
 * `require-rework` (返工, §3.4(4)): a failed inspection sends jobs back to
 * work with the findings; they must be completed and road-tested again.
 * Internal.
 */
export function requireRework(
  order: RepairOrder,
  command: RepairOrderCommandOf<'require-rework'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(
    command.actor,
    ['inspection.final-check', 'inspection.team-check', 'inspection.self-check'],
    context,
  ).andThen((): TransitionOutcome => {
    const targets = new Set<string>(command.jobIds);
    for (const id of targets) {
      const job = order.jobs.find((candidate) => candidate.id === id);
      if (job === undefined) return err(jobNotFound(id));
      if (job.status !== 'done') return err(jobNotWorkable(id, job.status));
    }
    const findings = command.findings.map((text) => ({
      text,
      at: command.at,
      by: command.actor.id,
    }));
    const jobs = order.jobs.map((job): Job => {
      if (!targets.has(job.id)) return job;
      return {
        ...job,
        status: 'rework',
        findings: [...job.findings, ...findings],
        completion: null,
        roadTest: null,
        reworkCount: job.reworkCount + 1,
      };
    });
    const state = changeOrder(order, command.at, { jobs, status: 'in-progress' });
    const event = repairOrderEvent('repair-order.rework-required', state, command.at, {
      jobIds: [...targets],
    });
    return ok({ state, events: [event] });
  });
}

/**
 * `mark-ready-for-delivery`: only with a passed inspection report that
 * covers this order's jobs (§3.4(5)). Internal.
 */
export function markReadyForDelivery(
  order: RepairOrder,
  command: RepairOrderCommandOf<'mark-ready-for-delivery'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['inspection.final-check', 'repair-order.deliver'], context)
    .andThen(() => checkInspectionReport(order, command.report))
    .map((report) => {
      const inspection = {
        reportId: report.id,
        passedAt: report.passedAt,
        // Quality keeps foreign ids unbranded; its final inspector is one of our employees.
        finalInspectorId: report.finalInspectorId as EmployeeId,
        reworkCount: report.reworkCount,
      };
      const state = changeOrder(order, command.at, { inspection, status: 'ready-for-delivery' });
      const event = repairOrderEvent('repair-order.ready-for-delivery', state, command.at, {
        inspectionReportId: report.id,
      });
      return { state, events: [event] };
    });
}
