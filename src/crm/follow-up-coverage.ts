import { addMinutesToInstant, compareInstants, type Instant, toDealerDate } from '../shared/index';
import { type CrmConfig, defaultCrmConfig } from './config';
import type { FollowUpTask } from './follow-up-schema';

/**
 * Follow-up counts for a set of tasks due in a period (§2.2.5(2)). `due`
 * is `completedOnTime + completedLate + unreachable + overdue`; tasks still
 * open and not yet due are `pending` and not counted as due. `coverage` is
 * `completedOnTime / due` (`null` when nothing was due): a late call and an
 * unreachable customer are misses. `meetsTarget` compares with
 * `config.followUp.coverageTarget` (the manual's 100 %).
 *
 * @example
 * ```ts
 * const counts: CoverageCounts = computeFollowUpCoverage(tasks, period).overall;
 * counts.coverage; // 0.75
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export interface CoverageCounts {
  readonly due: number;
  readonly completedOnTime: number;
  readonly completedLate: number;
  readonly unreachable: number;
  readonly overdue: number;
  readonly pending: number;
  readonly coverage: number | null;
  readonly meetsTarget: boolean;
}

/**
 * Follow-up coverage overall, per agent (the employee who completed the
 * task, else who last called, else the assignee; `null` if none) and per
 * period of the due day (dealer day `YYYY-MM-DD` or month `YYYY-MM`; a task
 * due by midnight belongs to the day that midnight ends).
 * Plain data, ready for a chart.
 *
 * @example
 * ```ts
 * const result: FollowUpCoverage = computeFollowUpCoverage(tasks, { from, to, asOf, period: 'month' });
 * result.byAgent.find((row) => row.agentId === 'emp_cs1')?.coverage;
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export interface FollowUpCoverage {
  readonly target: number;
  readonly overall: CoverageCounts;
  readonly byAgent: readonly (CoverageCounts & { readonly agentId: string | null })[];
  readonly byPeriod: readonly (CoverageCounts & { readonly period: string })[];
}

type Standing = 'completedOnTime' | 'completedLate' | 'unreachable' | 'overdue' | 'pending';

/** A task's standing as it was at `asOf`: later facts are not yet known then. */
function standingAt(task: FollowUpTask, asOf: Instant): Standing {
  const completed = task.completedAt !== null && compareInstants(task.completedAt, asOf) <= 0;
  if (completed && task.completedAt !== null) {
    return compareInstants(task.completedAt, task.dueBy) <= 0 ? 'completedOnTime' : 'completedLate';
  }
  const lastAttempt = task.attempts.at(-1);
  if (task.status === 'unreachable' && lastAttempt && compareInstants(lastAttempt.at, asOf) <= 0) {
    return 'unreachable';
  }
  return compareInstants(task.dueBy, asOf) < 0 ? 'overdue' : 'pending';
}

function agentOf(task: FollowUpTask): string | null {
  return task.completedBy ?? task.attempts.at(-1)?.agentId ?? task.assigneeId ?? null;
}

function countsOf(standings: readonly Standing[], target: number): CoverageCounts {
  const count = (s: Standing) => standings.filter((standing) => standing === s).length;
  const completedOnTime = count('completedOnTime');
  const completedLate = count('completedLate');
  const unreachable = count('unreachable');
  const overdue = count('overdue');
  const due = completedOnTime + completedLate + unreachable + overdue;
  const coverage = due === 0 ? null : completedOnTime / due;
  return {
    due,
    completedOnTime,
    completedLate,
    unreachable,
    overdue,
    pending: count('pending'),
    coverage,
    meetsTarget: coverage === null || coverage >= target,
  };
}

function grouped<K extends string | null>(
  rows: readonly { readonly key: K; readonly standing: Standing }[],
  target: number,
): [K, CoverageCounts][] {
  const groups = new Map<K, Standing[]>();
  for (const row of rows) {
    const group = groups.get(row.key);
    if (group === undefined) groups.set(row.key, [row.standing]);
    else group.push(row.standing);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([key, standings]) => [key, countsOf(standings, target)]);
}

/**
 * Computes follow-up coverage (回访率, §2.2.5(2)) for the tasks whose due
 * instant lies in `[from, to)`, as things stood at `asOf`: a call completed
 * by `dueBy` counts; a late call, an unreachable customer and a task still
 * open past `dueBy` are misses; tasks open and not yet due are pending.
 * The manual's target is 100 % (`config.followUp.coverageTarget`).
 *
 * @param tasks - follow-up tasks (others outside the period are ignored)
 * @param range - the due-date period, the evaluation instant, and the grouping period
 * @example
 * ```ts
 * const march = computeFollowUpCoverage(tasks, {
 *   from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z', asOf: now, period: 'day',
 * });
 * march.overall.meetsTarget; // false when one call was late
 * ```
 * @category crm
 * @see §2.2.5(2)
 * @see §11.2.2
 */
export function computeFollowUpCoverage(
  tasks: readonly FollowUpTask[],
  range: {
    readonly from: Instant;
    readonly to: Instant;
    readonly asOf: Instant;
    readonly period?: 'day' | 'month';
  },
  config: CrmConfig = defaultCrmConfig,
): FollowUpCoverage {
  const target = config.followUp.coverageTarget;
  const rows = tasks
    .filter(
      (task) =>
        compareInstants(task.dueBy, range.from) >= 0 && compareInstants(task.dueBy, range.to) < 0,
    )
    .map((task) => {
      // A task due by midnight is due on the day that midnight ends.
      const day = toDealerDate(addMinutesToInstant(task.dueBy, -1), config.timeZone);
      return {
        task,
        standing: standingAt(task, range.asOf),
        period: range.period === 'month' ? day.slice(0, 7) : day,
      };
    });
  return {
    target,
    overall: countsOf(
      rows.map((row) => row.standing),
      target,
    ),
    byAgent: grouped(
      rows.map((row) => ({ key: agentOf(row.task), standing: row.standing })),
      target,
    ).map(([agentId, counts]) => ({ agentId, ...counts })),
    byPeriod: grouped(
      rows.map((row) => ({ key: row.period, standing: row.standing })),
      target,
    ).map(([period, counts]) => ({ period, ...counts })),
  };
}
