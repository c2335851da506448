import type { EmployeeId } from '../org/index';
import {
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  toDealerDate,
} from '../shared/index';
import { defaultSafetyConfig, type SafetyConfig } from './config';
import { HAZARD_RISK_LEVELS, type Hazard, type HazardRiskLevel } from './hazard-schema';
import type { HazardId } from './ids';

/**
 * A hazard whose rectification deadline has passed without the work being
 * reported done.
 *
 * @example
 * ```ts
 * const item: OverdueHazard = { hazardId, riskLevel: 'major', ownerId, rectificationDueOn: '2026-03-05', daysOverdue: 2 };
 * ```
 * @category safety
 * @see §9.1.2
 */
export interface OverdueHazard {
  readonly hazardId: HazardId;
  readonly riskLevel: HazardRiskLevel;
  readonly ownerId: EmployeeId;
  readonly rectificationDueOn: CalendarDate;
  /** Whole calendar days past the deadline, at least 1. */
  readonly daysOverdue: number;
}

/**
 * Whether a hazard is overdue on a dealer date: still `reported` or
 * `rectifying` after its deadline day (the deadline day itself is on time).
 *
 * @example
 * ```ts
 * isHazardOverdue(hazard, '2026-03-06' as CalendarDate); // true when due 2026-03-05 and not rectified
 * ```
 * @category safety
 * @see §9.1.2
 */
export function isHazardOverdue(hazard: Hazard, on: CalendarDate): boolean {
  return (
    (hazard.status === 'reported' || hazard.status === 'rectifying') &&
    on > hazard.rectificationDueOn
  );
}

const riskRank = (level: HazardRiskLevel) => HAZARD_RISK_LEVELS.indexOf(level);

/**
 * The hazards overdue at an instant, judged on the dealer's calendar date
 * (`config.timeZone`): the longest overdue first, then the highest risk,
 * then by id, so the list is stable.
 *
 * @example
 * ```ts
 * findOverdueHazards(hazards, clock.now()).map((h) => h.hazardId);
 * ```
 * @category safety
 * @see §9.1.2
 */
export function findOverdueHazards(
  hazards: readonly Hazard[],
  at: Instant,
  config: Pick<SafetyConfig, 'timeZone'> = defaultSafetyConfig,
): readonly OverdueHazard[] {
  const on = toDealerDate(at, config.timeZone);
  return hazards
    .filter((hazard) => isHazardOverdue(hazard, on))
    .map((hazard) => ({
      hazardId: hazard.id,
      riskLevel: hazard.riskLevel,
      ownerId: hazard.ownerId,
      rectificationDueOn: hazard.rectificationDueOn,
      daysOverdue: differenceInCalendarDays(on, hazard.rectificationDueOn),
    }))
    .sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue ||
        riskRank(b.riskLevel) - riskRank(a.riskLevel) ||
        (a.hazardId < b.hazardId ? -1 : a.hazardId > b.hazardId ? 1 : 0),
    );
}
