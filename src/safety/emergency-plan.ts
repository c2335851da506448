import { err, ok, type Result } from 'neverthrow';
import {
  addCalendarMonths,
  type ForbiddenError,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { type CheckedContext, checkContext, permit, type SafetyContext } from './context';
import { type InvalidTransitionError, invalidTransition } from './errors';
import { type SafetyEvent, safetyEvent } from './events';
import {
  type EmergencyPlan,
  type EmergencyPlanChanges,
  EmergencyPlanChangesSchema,
  type EmergencyPlanInput,
  EmergencyPlanInputSchema,
} from './plan-schema';

/**
 * An emergency plan after a change, and the events it caused.
 *
 * @example
 * ```ts
 * const { plan, events }: EmergencyPlanChange = registerEmergencyPlan(input, context)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.3.2
 */
export interface EmergencyPlanChange {
  readonly plan: EmergencyPlan;
  readonly events: readonly SafetyEvent[];
}

/**
 * Every error the plan registry's commands can return.
 *
 * @example
 * ```ts
 * function explain(error: EmergencyPlanError) { return error.code; }
 * ```
 * @category safety
 * @see §9.3.2
 */
export type EmergencyPlanError = ValidationError | ForbiddenError | InvalidTransitionError;

function authorized(context: SafetyContext): Result<CheckedContext, EmergencyPlanError> {
  return checkContext(context).andThen((checked) =>
    permit(checked, 'emergency-plan.manage').map(() => checked),
  );
}

/**
 * Adds a plan to the registry (应急预案, §9.3.2): comprehensive, special or
 * on-site; the emergency organisation and duties by role; warning and
 * reporting; response levels; the date it takes effect and the next review
 * date (by default `effectiveOn` plus `plan.reviewIntervalMonths`). Needs
 * `emergency-plan.manage`.
 *
 * @example
 * ```ts
 * registerEmergencyPlan(firePlanInput, { at, actor: safetyOfficer })
 *   ._unsafeUnwrap().plan.reviewDueOn; // '2029-01-01' for a plan effective 2026-01-01
 * ```
 * @returns the plan and its event, or `validation_failed` (reasons include
 * `scenario_mismatch`, `duplicate`), `forbidden`
 * @category safety
 * @see §9.3.2
 */
export function registerEmergencyPlan(
  input: EmergencyPlanInput,
  context: SafetyContext,
): Result<EmergencyPlanChange, EmergencyPlanError> {
  return parseWith(EmergencyPlanInputSchema, input, '§9.3.2').andThen((parsed) =>
    authorized(context).map(({ at, actor, config }) => {
      const reviewDueOn =
        parsed.reviewDueOn ??
        addCalendarMonths(parsed.effectiveOn, config.plan.reviewIntervalMonths);
      const plan: EmergencyPlan = {
        ...parsed,
        version: 0,
        createdAt: at,
        updatedAt: at,
        status: 'active',
        lastReviewedOn: null,
        reviewDueOn,
        revision: 1,
        retiredAt: null,
      };
      const event = safetyEvent('safety.plan-registered', 'emergency-plan', plan.id, at, {
        planId: plan.id,
        type: plan.type,
        reviewDueOn,
        actorId: actor.id,
      });
      return { plan, events: [event] };
    }),
  );
}

/**
 * Records a review of an active plan (预案评审/修订, §9.3.2, and after a
 * drill, §9.3.3 "不断完善应急预案"): the review is dated in the dealer's zone,
 * the next review falls `plan.reviewIntervalMonths` later, and any changes
 * replace the old content and raise the revision number. Needs
 * `emergency-plan.manage`.
 *
 * @example
 * ```ts
 * reviewEmergencyPlan(plan, { responseLevels }, { at, actor: safetyOfficer })._unsafeUnwrap().plan.revision; // 2
 * ```
 * @returns the plan and its event, or `validation_failed`, `forbidden`,
 * `invalid_transition` (retired)
 * @category safety
 * @see §9.3.2
 * @see §9.3.3
 */
export function reviewEmergencyPlan(
  plan: EmergencyPlan,
  changes: EmergencyPlanChanges,
  context: SafetyContext,
): Result<EmergencyPlanChange, EmergencyPlanError> {
  return parseWith(EmergencyPlanChangesSchema, changes, '§9.3.2').andThen((parsed) =>
    authorized(context).andThen(
      ({ at, actor, config }): Result<EmergencyPlanChange, EmergencyPlanError> => {
        if (plan.status !== 'active') {
          return err(invalidTransition('emergency-plan', plan.id, plan.status, 'review', '§9.3.2'));
        }
        const defined = Object.fromEntries(
          Object.entries(parsed).filter(([, v]) => v !== undefined),
        );
        const revised = Object.keys(defined).length > 0;
        const reviewedOn = toDealerDate(at, config.timeZone);
        const reviewDueOn = addCalendarMonths(reviewedOn, config.plan.reviewIntervalMonths);
        const revision = plan.revision + (revised ? 1 : 0);
        const next: EmergencyPlan = {
          ...plan,
          ...defined,
          lastReviewedOn: reviewedOn,
          reviewDueOn,
          revision,
          updatedAt: at,
        };
        const event = safetyEvent('safety.plan-reviewed', 'emergency-plan', plan.id, at, {
          planId: plan.id,
          revision,
          revised,
          reviewDueOn,
          actorId: actor.id,
        });
        return ok({ plan: next, events: [event] });
      },
    ),
  );
}

/**
 * Retires a plan (废止): it leaves the drill schedule and review lists.
 * Needs `emergency-plan.manage`.
 *
 * @example
 * ```ts
 * retireEmergencyPlan(plan, { at, actor: safetyOfficer })._unsafeUnwrap().plan.status; // 'retired'
 * ```
 * @returns the plan and its event, or `validation_failed`, `forbidden`,
 * `invalid_transition` (already retired)
 * @category safety
 * @see §9.3.2
 */
export function retireEmergencyPlan(
  plan: EmergencyPlan,
  context: SafetyContext,
): Result<EmergencyPlanChange, EmergencyPlanError> {
  return authorized(context).andThen(
    ({ at, actor }): Result<EmergencyPlanChange, EmergencyPlanError> => {
      if (plan.status !== 'active') {
        return err(invalidTransition('emergency-plan', plan.id, plan.status, 'retire', '§9.3.2'));
      }
      const event = safetyEvent('safety.plan-retired', 'emergency-plan', plan.id, at, {
        planId: plan.id,
        actorId: actor.id,
      });
      return ok({
        plan: { ...plan, status: 'retired', retiredAt: at, updatedAt: at },
        events: [event],
      });
    },
  );
}
