import {
  addCalendarDays,
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  toDealerDate,
} from '../shared/index';
import { defaultSafetyConfig, type SafetyConfig } from './config';
import type { EmergencyPlanId } from './ids';
import type { EmergencyPlan, EmergencyPlanType } from './plan-schema';

/**
 * Where a plan stands on a date: `current`, `due-soon` (review due within
 * `plan.dueSoonDays`), `overdue` (past its review date) or `retired`.
 *
 * @example
 * ```ts
 * const status: PlanReviewStatus = 'due-soon';
 * ```
 * @category safety
 * @see §9.3.2
 */
export type PlanReviewStatus = 'current' | 'due-soon' | 'overdue' | 'retired';

/**
 * The review status of a plan on a dealer date; the review date itself is
 * still in time.
 *
 * @example
 * ```ts
 * planReviewStatus(plan, '2029-01-02' as CalendarDate); // 'overdue' when due 2029-01-01
 * ```
 * @category safety
 * @see §9.3.2
 */
export function planReviewStatus(
  plan: EmergencyPlan,
  on: CalendarDate,
  config: Pick<SafetyConfig, 'plan'> = defaultSafetyConfig,
): PlanReviewStatus {
  if (plan.status === 'retired') return 'retired';
  if (on > plan.reviewDueOn) return 'overdue';
  return addCalendarDays(on, config.plan.dueSoonDays) >= plan.reviewDueOn ? 'due-soon' : 'current';
}

/**
 * An active plan whose review is due soon or overdue.
 *
 * @example
 * ```ts
 * const item: PlanDueForReview = { planId, type: 'special', reviewDueOn: '2029-01-01', status: 'overdue', daysUntilDue: -3 };
 * ```
 * @category safety
 * @see §9.3.2
 */
export interface PlanDueForReview {
  readonly planId: EmergencyPlanId;
  readonly type: EmergencyPlanType;
  readonly reviewDueOn: CalendarDate;
  readonly status: 'due-soon' | 'overdue';
  /** Calendar days from today to the review date; negative when overdue. */
  readonly daysUntilDue: number;
}

/**
 * The active plans due for review at an instant, judged on the dealer's
 * date (`config.timeZone`), most urgent first (then by id).
 *
 * @example
 * ```ts
 * findPlansDueForReview(plans, clock.now()).map((p) => p.planId);
 * ```
 * @category safety
 * @see §9.3.2
 */
export function findPlansDueForReview(
  plans: readonly EmergencyPlan[],
  at: Instant,
  config: Pick<SafetyConfig, 'plan' | 'timeZone'> = defaultSafetyConfig,
): readonly PlanDueForReview[] {
  const on = toDealerDate(at, config.timeZone);
  return plans
    .flatMap((plan) => {
      const status = planReviewStatus(plan, on, config);
      if (status !== 'due-soon' && status !== 'overdue') return [];
      const daysUntilDue = differenceInCalendarDays(plan.reviewDueOn, on);
      return [
        { planId: plan.id, type: plan.type, reviewDueOn: plan.reviewDueOn, status, daysUntilDue },
      ];
    })
    .sort((a, b) => a.daysUntilDue - b.daysUntilDue || (a.planId < b.planId ? -1 : 1));
}
