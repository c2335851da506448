import { err, ok } from 'neverthrow';
import { buildJob, checkNewIds } from './build-job';
import type { RepairOrderCommandOf } from './commands';
import { defaultRepairOrderConfig } from './config';
import type { TransitionContext, TransitionOutcome } from './context';
import { mergeMultipoint } from './deferred-recommendations';
import { repairOrderEvent } from './events';
import { checkEstimateAndPromise } from './handle-reception';
import type { Job } from './job-schema';
import type { RepairOrder } from './schema';
import { authorizeAny, changeOrder, findJob, replaceJob } from './steps';
import { jobNotWorkable, planEmpty, technicianNotCertified, workNotApproved } from './work-errors';

/** `add-job`: a job of the plan, before the plan is approved (§3.3(2)). Internal. */
export function addJob(
  order: RepairOrder,
  command: RepairOrderCommandOf<'add-job'>,
  context: TransitionContext,
): TransitionOutcome {
  const { job } = command;
  return authorizeAny(command.actor, ['estimate.prepare', 'job.perform'], context)
    .andThen(() =>
      checkNewIds(
        order,
        [job.id],
        job.lines.map((line) => line.id),
      ),
    )
    .map(() => {
      const added = buildJob(job, null, context.config ?? defaultRepairOrderConfig);
      const state = changeOrder(order, command.at, { jobs: [...order.jobs, added] });
      const event = repairOrderEvent('repair-order.job-added', state, command.at, {
        jobId: added.id,
        repairCategory: added.repairCategory,
        lineIds: added.lines.map((line) => line.id),
      });
      return { state, events: [event] };
    });
}

/** `record-finding`: a diagnosis finding on a job (§3.3(1)). Internal. */
export function recordFinding(
  order: RepairOrder,
  command: RepairOrderCommandOf<'record-finding'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['job.perform'], context)
    .andThen(() => findJob(order, command.jobId))
    .map((job) => {
      const finding = { text: command.text, at: command.at, by: command.actor.id };
      const updated: Job = { ...job, findings: [...job.findings, finding] };
      const state = changeOrder(order, command.at, { jobs: replaceJob(order, updated) });
      const event = repairOrderEvent('repair-order.finding-recorded', state, command.at, {
        jobId: job.id,
      });
      return { state, events: [event] };
    });
}

/** `record-multipoint`: results; yellow and red become recommendations. Internal. */
export function recordMultipoint(
  order: RepairOrder,
  command: RepairOrderCommandOf<'record-multipoint'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['job.perform'], context).map(() => {
    const codes = new Set(command.items.map((item) => item.code));
    const state = changeOrder(order, command.at, {
      multipoint: [...order.multipoint.filter((item) => !codes.has(item.code)), ...command.items],
      recommendations: mergeMultipoint(order.recommendations, command.items, command.at),
    });
    const count = (result: string) => command.items.filter((i) => i.result === result).length;
    const event = repairOrderEvent('repair-order.multipoint-recorded', state, command.at, {
      green: count('green'),
      yellow: count('yellow'),
      red: count('red'),
    });
    return { state, events: [event] };
  });
}

/**
 * `approve-plan`: the customer approves the plan and its estimate
 * (§4.3(3)); every plan line becomes approved. The estimate is the command's
 * (a revised one) or the reception estimate (§3.2(3)). Internal.
 */
export function approvePlan(
  order: RepairOrder,
  command: RepairOrderCommandOf<'approve-plan'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['estimate.prepare'], context)
    .andThen(() => checkEstimateAndPromise(order))
    .andThen((): TransitionOutcome => {
      const estimate = command.estimate ?? order.reception.estimate;
      if (!order.jobs.some((job) => job.lines.length > 0)) return err(planEmpty(order.id));
      if (estimate === null) return err(planEmpty(order.id));
      const jobs = order.jobs.map((job) => ({
        ...job,
        lines: job.lines.map((line) => ({ ...line, approval: 'approved' as const })),
      }));
      const planApproval = {
        at: command.at,
        estimate,
        decidedBy: command.decidedBy,
        channel: command.channel,
        recordedBy: command.actor.id,
      };
      const state = changeOrder(order, command.at, { jobs, planApproval, status: 'approved' });
      const event = repairOrderEvent('repair-order.plan-approved', state, command.at, {
        estimateId: estimate.id,
        total: estimate.total,
        channel: command.channel,
      });
      return ok({ state, events: [event] });
    });
}

/**
 * `dispatch-job` (派工): only with the `job.dispatch` capability
 * (§2.2.3(1)), only approved work (REG-4), and only to a technician holding
 * the job's required certification (asked through the host's port). Internal.
 */
export function dispatchJob(
  order: RepairOrder,
  command: RepairOrderCommandOf<'dispatch-job'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['job.dispatch'], context)
    .andThen(() => findJob(order, command.jobId))
    .andThen((job): TransitionOutcome => {
      if (job.status === 'done' || job.status === 'declined') {
        return err(jobNotWorkable(job.id, job.status));
      }
      if (!job.lines.some((line) => line.approval === 'approved')) {
        return err(
          workNotApproved(
            job.id,
            job.lines.map((line) => line.id),
          ),
        );
      }
      const certification = job.requiredCertification;
      if (
        certification !== null &&
        context.isCertified?.(command.technicianId, certification) !== true
      ) {
        return err(technicianNotCertified(command.technicianId, certification));
      }
      const assignment = {
        technicianId: command.technicianId,
        teamId: command.teamId,
        at: command.at,
        by: command.actor.id,
      };
      const status = job.status === 'planned' ? 'dispatched' : job.status;
      const updated: Job = { ...job, assignment, status };
      const state = changeOrder(order, command.at, { jobs: replaceJob(order, updated) });
      const event = repairOrderEvent('repair-order.job-dispatched', state, command.at, {
        jobId: job.id,
        technicianId: command.technicianId,
        teamId: command.teamId,
      });
      return ok({ state, events: [event] });
    });
}
