import {
  addCalendarDays,
  addCalendarMonths,
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  toDealerDate,
} from '../shared/index';
import { defaultSafetyConfig, type SafetyConfig } from './config';
import type { Drill } from './drill-schema';
import type { EmergencyPlanId } from './ids';
import type { EmergencyPlan, EmergencyPlanType } from './plan-schema';

/**
 * Where one active plan stands against its drill interval: `ok`,
 * `due-soon` (the next drill falls within `drill.dueSoonDays`) or `overdue`
 * (past the date by which the next drill was due).
 *
 * @example
 * ```ts
 * const status: DrillDueStatus = 'overdue';
 * ```
 * @category safety
 * @see §9.3.3
 * @see REG-5
 */
export type DrillDueStatus = 'ok' | 'due-soon' | 'overdue';

/**
 * The drill schedule of one active plan.
 *
 * @example
 * ```ts
 * const entry: DrillScheduleEntry = { planId, type: 'on-site', intervalMonths: 6, lastDrilledOn: '2026-01-10', nextDueOn: '2026-07-10', status: 'ok', daysUntilDue: 40 };
 * ```
 * @category safety
 * @see §9.3.3
 * @see REG-5
 */
export interface DrillScheduleEntry {
  readonly planId: EmergencyPlanId;
  readonly type: EmergencyPlanType;
  readonly intervalMonths: number;
  /** The latest drill that exercised the plan, on or before today; `null` if none. */
  readonly lastDrilledOn: CalendarDate | null;
  /** The last day by which the next drill is due. */
  readonly nextDueOn: CalendarDate;
  readonly status: DrillDueStatus;
  /** Calendar days from today to `nextDueOn`; negative when overdue. */
  readonly daysUntilDue: number;
}

function lastDrillOf(
  plan: EmergencyPlan,
  drills: readonly Drill[],
  on: CalendarDate,
): CalendarDate | null {
  let last: CalendarDate | null = null;
  for (const drill of drills) {
    if (!drill.planIds.includes(plan.id) || drill.conductedOn > on) continue;
    if (last === null || drill.conductedOn > last) last = drill.conductedOn;
  }
  return last;
}

/**
 * The drill schedule (演练计划) of every active plan at an instant, judged
 * on the dealer's date (`config.timeZone`). Each plan must be drilled
 * within its type's interval (REG-5: comprehensive and special plans at
 * least once a year, on-site plans at least every six months; configurable
 * in `drill.intervalMonths`), counted in calendar months from its latest
 * drill — or from the day it took effect when never drilled. A drill that
 * exercised several plans counts for each. Most urgent first, then by id.
 *
 * @example
 * ```ts
 * planDrillSchedule(plans, drills, clock.now()).filter((e) => e.status !== 'ok');
 * ```
 * @category safety
 * @see §9.3.3
 * @see REG-5
 */
export function planDrillSchedule(
  plans: readonly EmergencyPlan[],
  drills: readonly Drill[],
  at: Instant,
  config: Pick<SafetyConfig, 'drill' | 'timeZone'> = defaultSafetyConfig,
): readonly DrillScheduleEntry[] {
  const on = toDealerDate(at, config.timeZone);
  return plans
    .filter((plan) => plan.status === 'active')
    .map((plan) => {
      const intervalMonths = config.drill.intervalMonths[plan.type];
      const lastDrilledOn = lastDrillOf(plan, drills, on);
      const nextDueOn = addCalendarMonths(lastDrilledOn ?? plan.effectiveOn, intervalMonths);
      const daysUntilDue = differenceInCalendarDays(nextDueOn, on);
      const dueSoon = addCalendarDays(on, config.drill.dueSoonDays) >= nextDueOn;
      const status: DrillDueStatus = daysUntilDue < 0 ? 'overdue' : dueSoon ? 'due-soon' : 'ok';
      return {
        planId: plan.id,
        type: plan.type,
        intervalMonths,
        lastDrilledOn,
        nextDueOn,
        status,
        daysUntilDue,
      };
    })
    .sort((a, b) => a.daysUntilDue - b.daysUntilDue || (a.planId < b.planId ? -1 : 1));
}

/**
 * The active plans whose drill is overdue at an instant (REG-5), judged on
 * the dealer's date: {@link planDrillSchedule} entries with status `overdue`.
 *
 * @example
 * ```ts
 * findOverdueDrills(plans, drills, clock.now()).map((e) => e.planId);
 * ```
 * @category safety
 * @see §9.3.3
 * @see REG-5
 */
export function findOverdueDrills(
  plans: readonly EmergencyPlan[],
  drills: readonly Drill[],
  at: Instant,
  config: Pick<SafetyConfig, 'drill' | 'timeZone'> = defaultSafetyConfig,
): readonly DrillScheduleEntry[] {
  return planDrillSchedule(plans, drills, at, config).filter((e) => e.status === 'overdue');
}
