import type { Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import {
  type CrmConfig,
  computeFollowUpCoverage,
  defaultCrmConfig,
  type FollowUpTask,
  FollowUpTaskSchema,
} from '../crm/index';
import {
  addMinutesToInstant,
  type CalendarDate,
  type Instant,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { type AnalyticsConfig, defaultAnalyticsConfig } from './config';
import type { KpiReport, PeriodGranularity, RejectedRecord } from './kpi';
import { asOfOptionsSchema, parseOptions } from './options';
import { periodOfDate } from './period';
import { countUsed, rejectRecord, screenRecords } from './records';
import { buildSeries, type Contribution, dimensionsOf } from './series';

/**
 * Options of {@link computeFollowUpCoverageKpi}: granularity, optional split
 * by the CS `agent` who made the call or the `advisor` of the order, the
 * instant `asOf` which the tasks are judged, and crm's configuration.
 *
 * @example
 * ```ts
 * const options: FollowUpKpiOptions = { granularity: 'month', by: 'agent', asOf: '2026-04-01T00:00:00.000Z' as Instant };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface FollowUpKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly by?: 'agent' | 'advisor';
  readonly asOf: Instant;
  readonly crm?: CrmConfig;
}

const OptionsSchema = asOfOptionsSchema(['agent', 'advisor']);
const parseTask = (input: unknown) => parseWith(FollowUpTaskSchema, input, '§11.2.1');

/**
 * Follow-up coverage (回访率, §2.2.5(2)) by period of the due day, optionally
 * by agent or advisor (§11.2.2). Each task is parsed with crm's
 * `FollowUpTaskSchema` and judged alone by crm's `computeFollowUpCoverage`
 * as of `asOf`: a call made by its deadline counts; late, unreachable and
 * overdue tasks are misses; a task not yet due is not counted and is listed
 * in `rejected` (`out_of_scope`, `not_yet_due`). The due day is crm's (a
 * task due by midnight belongs to the day that midnight ends).
 *
 * @param tasks - follow-up tasks (unknown input)
 * @param options - granularity, split, `asOf`, crm config
 * @param config - time zone of the periods
 * @returns one series, or `validation_failed`
 * @example
 * ```ts
 * computeFollowUpCoverageKpi(tasks, { granularity: 'month', asOf: now })._unsafeUnwrap().series[0]?.points;
 * // [{ period: '2026-03', numerator: '118', denominator: '120', value: '0.9833' }]
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see §2.2.5(2)
 */
export function computeFollowUpCoverageKpi(
  tasks: readonly unknown[],
  options: FollowUpKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError> {
  return parseOptions(OptionsSchema, options).andThen(({ granularity, by, asOf }) =>
    screenRecords('tasks', tasks, parseTask).map((screened): KpiReport => {
      const crm = { ...(options.crm ?? defaultCrmConfig), timeZone: config.timeZone };
      const contributions: Contribution[] = [];
      const rejected: RejectedRecord[] = [...screened.rejected];
      for (const { index, record } of screened.accepted) {
        const judged = judgeTask(record, asOf, crm);
        if (judged.due === 0) {
          rejected.push(rejectRecord('tasks', index, record.id, 'out_of_scope', 'not_yet_due'));
          continue;
        }
        const key = by === 'advisor' ? record.advisorId : judged.agentId;
        contributions.push({
          period: periodOfDate(judged.day, granularity),
          dimensions: dimensionsOf(by, [key]),
          numerator: new Decimal(judged.onTime),
          denominator: new Decimal(judged.due),
        });
      }
      return {
        series: [
          buildSeries(
            { kpi: 'follow-up-coverage', unit: 'rate', granularity, by: by ?? null },
            contributions,
          ),
        ],
        used: countUsed({ tasks: screened.accepted }, rejected),
        rejected,
      };
    }),
  );
}

function judgeTask(task: FollowUpTask, asOf: Instant, crm: CrmConfig) {
  const coverage = computeFollowUpCoverage(
    [task],
    { from: task.dueBy, to: addMinutesToInstant(task.dueBy, 1), asOf, period: 'day' },
    crm,
  );
  return {
    due: coverage.overall.due,
    onTime: coverage.overall.completedOnTime,
    agentId: coverage.byAgent[0]?.agentId ?? null,
    day: (coverage.byPeriod[0]?.period ?? '') as CalendarDate,
  };
}
