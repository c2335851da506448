import { err, ok, type Result } from 'neverthrow';
import type { NewJob, NewJobLine } from './commands-planning';
import { defaultRepairOrderConfig, type RepairOrderConfig } from './config';
import type { RepairOrderErrorOf } from './errors';
import type { SupplementaryId } from './ids';
import type { Job, JobLine } from './job-schema';
import type { RepairOrder } from './schema';
import { allLines } from './steps';
import { duplicateId } from './work-errors';

/**
 * Internal: turning command input into jobs and lines. Every new line starts
 * `pending`: plan lines are approved with the plan (§4.3(3)), added lines by
 * the customer's decision on their supplementary estimate (REG-4).
 */

/** A pending job line from command input, with its origin. */
export function buildLine(line: NewJobLine, supplementaryId: SupplementaryId | null): JobLine {
  return { ...line, approval: 'pending', supplementaryId };
}

/** A new job; `needsRoadTest` defaults to the configured categories (§3.3(5)). */
export function buildJob(
  input: NewJob,
  supplementaryId: SupplementaryId | null,
  config: RepairOrderConfig = defaultRepairOrderConfig,
): Job {
  return {
    id: input.id,
    title: input.title,
    repairCategory: input.repairCategory,
    status: 'planned',
    lines: input.lines.map((line) => buildLine(line, supplementaryId)),
    supplementaryId,
    requiredCertification: input.requiredCertification ?? null,
    needsRoadTest: input.needsRoadTest ?? config.roadTestCategories.includes(input.repairCategory),
    assignment: null,
    findings: [],
    roadTest: null,
    clockings: [],
    completion: null,
    reworkCount: 0,
  };
}

/** Refuses job or line ids already used on the order, or repeated in the input. */
export function checkNewIds(
  order: RepairOrder,
  jobIds: readonly string[],
  lineIds: readonly string[],
): Result<void, RepairOrderErrorOf<'duplicate_id'>> {
  const usedJobs = new Set<string>(order.jobs.map((job) => job.id));
  for (const id of jobIds) {
    if (usedJobs.has(id)) return err(duplicateId('job', id));
    usedJobs.add(id);
  }
  const usedLines = new Set<string>(allLines(order).map((line) => line.id));
  for (const id of lineIds) {
    if (usedLines.has(id)) return err(duplicateId('line', id));
    usedLines.add(id);
  }
  return ok(undefined);
}
