import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type CalendarDate,
  CalendarDateSchema,
  differenceInCalendarDays,
  type Instant,
  InstantSchema,
  parseWith,
  type TimeZone,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import {
  ACTION_SOURCES,
  type ActionSource,
  type ActionStatus,
  type ImprovementAction,
} from './action-schema';
import { defaultImprovementConfig, type ImprovementConfig } from './config';

const CLAUSE = '§12.1.1–§12.1.3';

function isLive(status: ActionStatus): boolean {
  return status !== 'closed' && status !== 'cancelled';
}

function rate(count: number, total: number): number | null {
  return total === 0 ? null : Math.round((count / total) * 10_000) / 10_000;
}

/**
 * Whether an action is overdue on a dealer's calendar day: it is neither
 * closed nor cancelled and the day is after its due date (the due date
 * itself is still on time).
 *
 * @example
 * ```ts
 * isActionOverdue(action, '2026-04-02' as CalendarDate); // true when due 2026-04-01 and still open
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function isActionOverdue(action: ImprovementAction, on: CalendarDate): boolean {
  return isLive(action.status) && on > action.dueOn;
}

/**
 * One overdue action: id, source, status, owner, due date and how many
 * days it is late.
 *
 * @example
 * ```ts
 * const row: OverdueAction = { actionId: 'ia_1', source: 'complaint', status: 'in-progress', ownerId: 'emp_ws', dueOn: '2026-04-01', daysOverdue: 3 };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export interface OverdueAction {
  readonly actionId: string;
  readonly source: ActionSource;
  readonly status: ActionStatus;
  readonly ownerId: string;
  readonly dueOn: CalendarDate;
  readonly daysOverdue: number;
}

/**
 * The actions overdue at an instant, judged on the dealer's calendar day
 * (`config.timeZone`), most overdue first (then by id): the worklist for
 * the management review.
 *
 * @example
 * ```ts
 * findOverdueActions(actions, clock.now()).map((row) => row.actionId);
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function findOverdueActions(
  actions: readonly ImprovementAction[],
  at: Instant,
  config: ImprovementConfig = defaultImprovementConfig,
): readonly OverdueAction[] {
  const on = toDealerDate(at, config.timeZone);
  return actions
    .filter((action) => isActionOverdue(action, on))
    .map((action) => ({
      actionId: action.id,
      source: action.source,
      status: action.status,
      ownerId: action.ownerId,
      dueOn: action.dueOn,
      daysOverdue: differenceInCalendarDays(on, action.dueOn),
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.actionId < b.actionId ? -1 : 1));
}

/**
 * Schema of the options of {@link computeActionMetrics}: the instant the
 * snapshot is taken at, and an optional period (`from`–`to`, dealer's
 * calendar days, inclusive) that limits which closures and first
 * verifications count towards the rates.
 *
 * @example
 * ```ts
 * ActionMetricsOptionsSchema.safeParse({ at, from: '2026-01-01', to: '2026-03-31' }).success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ActionMetricsOptionsSchema = z.object({
  at: InstantSchema,
  from: z.optional(CalendarDateSchema),
  to: z.optional(CalendarDateSchema),
});

/**
 * Options of {@link computeActionMetrics} (before parsing).
 *
 * @example
 * ```ts
 * const options: ActionMetricsOptions = { at: clock.now(), from: '2026-01-01' };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ActionMetricsOptions = z.input<typeof ActionMetricsOptionsSchema>;

/**
 * Open and overdue actions of one source.
 *
 * @example
 * ```ts
 * const row: SourceCounts = { source: 'complaint', open: 4, overdue: 1 };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export interface SourceCounts {
  readonly source: ActionSource;
  readonly open: number;
  readonly overdue: number;
}

/**
 * The register's figures: open and overdue actions, in total and by source
 * (every source, in {@link ACTION_SOURCES} order, so charts are stable);
 * the on-time closure rate (closed on or before the due date ÷ closed); and
 * the effectiveness rate (effective at the first verification ÷ verified).
 * Rates lie in 0–1 with four decimals, `null` when nothing counts.
 *
 * @example
 * ```ts
 * const metrics: ActionMetrics = computeActionMetrics(actions, { at })._unsafeUnwrap();
 * metrics.effectivenessRate; // 0.75
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export interface ActionMetrics {
  readonly asOf: CalendarDate;
  readonly open: number;
  readonly overdue: number;
  readonly bySource: readonly SourceCounts[];
  readonly closed: number;
  readonly closedOnTime: number;
  readonly onTimeClosureRate: number | null;
  readonly verified: number;
  readonly effectiveFirstTime: number;
  readonly effectivenessRate: number | null;
}

function inPeriod(on: CalendarDate, from: CalendarDate | undefined, to: CalendarDate | undefined) {
  return (from === undefined || on >= from) && (to === undefined || on <= to);
}

interface Tally {
  closed: number;
  closedOnTime: number;
  verified: number;
  effectiveFirstTime: number;
}

interface Period {
  readonly asOf: CalendarDate;
  readonly zone: TimeZone;
  readonly from: CalendarDate | undefined;
  readonly to: CalendarDate | undefined;
}

function countOpen(
  counts: Map<ActionSource, { open: number; overdue: number }>,
  action: ImprovementAction,
  asOf: CalendarDate,
): void {
  const row = counts.get(action.source);
  if (row === undefined || !isLive(action.status)) return;
  row.open += 1;
  if (isActionOverdue(action, asOf)) row.overdue += 1;
}

function countClosure(tally: Tally, action: ImprovementAction, period: Period): void {
  if (action.status !== 'closed' || action.closedAt === null) return;
  const closedOn = toDealerDate(action.closedAt, period.zone);
  if (!inPeriod(closedOn, period.from, period.to)) return;
  tally.closed += 1;
  if (closedOn <= action.dueOn) tally.closedOnTime += 1;
}

function countVerification(tally: Tally, action: ImprovementAction, period: Period): void {
  const first = action.verifications[0];
  if (
    first === undefined ||
    !inPeriod(toDealerDate(first.at, period.zone), period.from, period.to)
  ) {
    return;
  }
  tally.verified += 1;
  if (first.effective) tally.effectiveFirstTime += 1;
}

/**
 * Computes the register's figures (§12.1, and §11.2.3's plain series) from
 * the actions as they stand at `options.at`: open and overdue counts by
 * source, the on-time closure rate and the effectiveness rate. Pure: the
 * same actions and options always give the same figures.
 *
 * @returns the figures, or `validation_failed` for malformed options
 * @example
 * ```ts
 * const metrics = computeActionMetrics(actions, { at: clock.now(), from: '2026-01-01', to: '2026-12-31' });
 * metrics._unsafeUnwrap().bySource.find((row) => row.source === 'complaint'); // { source: 'complaint', open: 2, overdue: 1 }
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §11.2.3
 */
export function computeActionMetrics(
  actions: readonly ImprovementAction[],
  options: ActionMetricsOptions,
  config: ImprovementConfig = defaultImprovementConfig,
): Result<ActionMetrics, ValidationError> {
  return parseWith(ActionMetricsOptionsSchema, options, CLAUSE).map(({ at, from, to }) => {
    const period: Period = {
      asOf: toDealerDate(at, config.timeZone),
      zone: config.timeZone,
      from,
      to,
    };
    // Local accumulators only: the inputs are never mutated.
    const counts = new Map<ActionSource, { open: number; overdue: number }>(
      ACTION_SOURCES.map((source) => [source, { open: 0, overdue: 0 }]),
    );
    const tally: Tally = { closed: 0, closedOnTime: 0, verified: 0, effectiveFirstTime: 0 };
    for (const action of actions) {
      countOpen(counts, action, period.asOf);
      countClosure(tally, action, period);
      countVerification(tally, action, period);
    }
    const bySource = ACTION_SOURCES.map((source) => ({
      source,
      open: counts.get(source)?.open ?? 0,
      overdue: counts.get(source)?.overdue ?? 0,
    }));
    return {
      asOf: period.asOf,
      open: bySource.reduce((sum, row) => sum + row.open, 0),
      overdue: bySource.reduce((sum, row) => sum + row.overdue, 0),
      bySource,
      ...tally,
      onTimeClosureRate: rate(tally.closedOnTime, tally.closed),
      effectivenessRate: rate(tally.effectiveFirstTime, tally.verified),
    };
  });
}
