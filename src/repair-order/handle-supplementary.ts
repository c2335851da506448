import { err, ok, type Result } from 'neverthrow';
import { validationError } from '../shared/index';
import { buildJob, buildLine, checkNewIds } from './build-job';
import type { RepairOrderCommandOf } from './commands';
import { defaultRepairOrderConfig } from './config';
import type { TransitionContext, TransitionOutcome } from './context';
import { recommendationsFromDeclined } from './deferred-recommendations';
import type { RepairOrderErrorOf } from './errors';
import { repairOrderEvent } from './events';
import type { Job, JobLine } from './job-schema';
import type { RepairOrder, RepairOrderStatus } from './schema';
import { allLines, authorizeAny, changeOrder } from './steps';
import {
  decisionIncomplete,
  duplicateId,
  jobNotFound,
  jobNotWorkable,
  supplementaryNotFound,
} from './work-errors';
import type { SupplementaryEstimate } from './work-schema';

type ProposeCommand = RepairOrderCommandOf<'propose-supplementary'>;

/** Added lines must go to existing jobs that are still open for work. */
function checkTargets(
  order: RepairOrder,
  command: ProposeCommand,
): Result<void, RepairOrderErrorOf<'job_not_found' | 'job_not_workable'>> {
  for (const { jobId } of command.addedLines) {
    const job = order.jobs.find((candidate) => candidate.id === jobId);
    if (job === undefined) return err(jobNotFound(jobId));
    if (job.status === 'done' || job.status === 'declined') {
      return err(jobNotWorkable(job.id, job.status));
    }
  }
  return ok(undefined);
}

/**
 * `propose-supplementary` (追加项目, §3.3(2)): new jobs and new lines, all
 * `pending`, with the supplementary estimate; the order waits for the
 * customer's approval and none of the added work can be dispatched,
 * clocked or completed until then (REG-4). Internal.
 */
export function proposeSupplementary(
  order: RepairOrder,
  command: ProposeCommand,
  context: TransitionContext,
): TransitionOutcome {
  const newLineIds = [
    ...command.newJobs.flatMap((job) => job.lines.map((line) => line.id)),
    ...command.addedLines.map(({ line }) => line.id),
  ];
  return authorizeAny(command.actor, ['estimate.prepare'], context)
    .andThen((): Result<void, RepairOrderErrorOf<'duplicate_id'>> => {
      const used = order.supplementaries.some((s) => s.id === command.supplementaryId);
      return used ? err(duplicateId('supplementary', command.supplementaryId)) : ok(undefined);
    })
    .andThen(() => checkTargets(order, command))
    .andThen(() =>
      checkNewIds(
        order,
        command.newJobs.map((job) => job.id),
        newLineIds,
      ),
    )
    .andThen((): TransitionOutcome => {
      if (newLineIds.length === 0) {
        const issue = { path: 'addedLines', reason: 'empty', detail: 'adds no line' };
        return err(validationError([issue], '§3.3(2)'));
      }
      const id = command.supplementaryId;
      const config = context.config ?? defaultRepairOrderConfig;
      const jobs: Job[] = order.jobs.map((job) => {
        const added = command.addedLines.filter((entry) => entry.jobId === job.id);
        if (added.length === 0) return job;
        return { ...job, lines: [...job.lines, ...added.map(({ line }) => buildLine(line, id))] };
      });
      const newJobs = command.newJobs.map((job) => buildJob(job, id, config));
      const supplementary: SupplementaryEstimate = {
        id,
        proposedAt: command.at,
        proposedBy: command.actor.id,
        reason: command.reason,
        urgency: command.urgency,
        jobIds: newJobs.map((job) => job.id),
        lineIds: newLineIds as SupplementaryEstimate['lineIds'],
        estimate: command.estimate,
        decision: null,
      };
      const state = changeOrder(order, command.at, {
        jobs: [...jobs, ...newJobs],
        supplementaries: [...order.supplementaries, supplementary],
        status: 'waiting-for-approval',
      });
      const event = repairOrderEvent('repair-order.supplementary-proposed', state, command.at, {
        supplementaryId: id,
        jobIds: supplementary.jobIds,
        lineIds: supplementary.lineIds,
        total: command.estimate.total,
      });
      return ok({ state, events: [event] });
    });
}

/** A decision covers each added line exactly once. */
function checkDecisionCovers(
  supplementary: SupplementaryEstimate,
  approved: readonly string[],
  declined: readonly string[],
): Result<void, RepairOrderErrorOf<'decision_incomplete'>> {
  const expected = new Set<string>(supplementary.lineIds);
  const decided = [...approved, ...declined];
  const unknown = decided.filter(
    (id) => !expected.has(id) || approved.includes(id) === declined.includes(id),
  );
  const undecided = supplementary.lineIds.filter((id) => !decided.includes(id));
  return unknown.length === 0 && undecided.length === 0
    ? ok(undefined)
    : err(decisionIncomplete(undecided, [...new Set(unknown)]));
}

/** Where work stands once no supplementary estimate is pending. */
function resumedStatus(order: RepairOrder): RepairOrderStatus {
  if (order.supplementaries.some((s) => s.decision === null)) return 'waiting-for-approval';
  if (order.partsWait !== null) return 'waiting-for-parts';
  return order.workStartedAt === null ? 'approved' : 'in-progress';
}

/**
 * `decide-supplementary`: records the customer's consent — who, when, which
 * channel — per added line (REG-4, §3.3(2)). Approved lines can be worked;
 * declined lines become deferred recommendations, and a new job with
 * nothing approved is declined. Internal.
 */
export function decideSupplementary(
  order: RepairOrder,
  command: RepairOrderCommandOf<'decide-supplementary'>,
  context: TransitionContext,
): TransitionOutcome {
  const supplementary = order.supplementaries.find(
    (s) => s.id === command.supplementaryId && s.decision === null,
  );
  return authorizeAny(command.actor, ['supplementary.record-consent'], context)
    .andThen(() =>
      supplementary === undefined
        ? err(supplementaryNotFound(command.supplementaryId))
        : ok(supplementary),
    )
    .andThen((found) =>
      checkDecisionCovers(found, command.approvedLineIds, command.declinedLineIds).map(() => found),
    )
    .map((found) => {
      const approved = new Set<string>(command.approvedLineIds);
      const declined = new Set<string>(command.declinedLineIds);
      const decide = (line: JobLine): JobLine => {
        if (approved.has(line.id)) return { ...line, approval: 'approved' };
        return declined.has(line.id) ? { ...line, approval: 'declined' } : line;
      };
      const jobs = order.jobs.map((job): Job => {
        const lines = job.lines.map(decide);
        const refused =
          job.supplementaryId === found.id && lines.every((l) => l.approval === 'declined');
        return { ...job, lines, status: refused ? 'declined' : job.status };
      });
      const { at, reference } = command;
      const decision = {
        decidedBy: command.decidedBy,
        at,
        channel: command.channel,
        recordedBy: command.actor.id,
        ...(reference === undefined ? {} : { reference }),
        approvedLineIds: command.approvedLineIds,
        declinedLineIds: command.declinedLineIds,
      };
      const supplementaries = order.supplementaries.map((s) =>
        s.id === found.id ? { ...s, decision } : s,
      );
      const declinedLines = allLines(order).filter((line) => declined.has(line.id));
      const recommendations = [
        ...order.recommendations,
        ...recommendationsFromDeclined(declinedLines, found.urgency, at),
      ];
      const decided = changeOrder(order, at, { jobs, supplementaries, recommendations });
      const state = { ...decided, status: resumedStatus(decided) };
      const event = repairOrderEvent('repair-order.supplementary-decided', state, at, {
        supplementaryId: found.id,
        approvedLineIds: command.approvedLineIds,
        declinedLineIds: command.declinedLineIds,
        channel: command.channel,
      });
      return { state, events: [event] };
    });
}
