import { err, ok, type Result } from 'neverthrow';
import {
  type ForbiddenError,
  parseWith,
  toDealerDate,
  type ValidationError,
  validationError,
} from '../shared/index';
import { checkContext, permit, type SafetyCreateContext } from './context';
import { type Drill, type DrillInput, DrillInputSchema } from './drill-schema';
import { type SafetyEvent, safetyEvent } from './events';
import { type DrillPlanUnavailableError, drillPlanUnavailable } from './handling-errors';
import { type DrillId, DrillIdSchema } from './ids';
import type { EmergencyPlan } from './plan-schema';

/**
 * A recorded drill and its event.
 *
 * @example
 * ```ts
 * const { drill, events }: DrillRecorded = recordDrill(input, plans, context)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.3.3
 */
export interface DrillRecorded {
  readonly drill: Drill;
  readonly events: readonly SafetyEvent[];
}

function checkPlans(
  drillId: DrillId,
  planIds: readonly string[],
  plans: readonly EmergencyPlan[],
): Result<void, DrillPlanUnavailableError> {
  for (const planId of planIds) {
    const plan = plans.find((p) => p.id === planId);
    if (plan === undefined) return err(drillPlanUnavailable(drillId, planId, 'unknown'));
    if (plan.status !== 'active') return err(drillPlanUnavailable(drillId, planId, 'retired'));
  }
  return ok(undefined);
}

/**
 * Records a drill held on `conductedOn` (应急演练, §9.3.3) exercising one or
 * more active plans from `plans` (the registry, or at least the plans it
 * names). A drill cannot be dated after today in the dealer's zone (reason
 * `conducted_in_future`). Needs `drill.record`. The drill then awaits its
 * evaluation ({@link transitionDrill}).
 *
 * @example
 * ```ts
 * recordDrill(
 *   { planIds: ['plan_fire'], kind: 'full-scale', scenario: '喷漆房起火', conductedOn: '2026-06-15', participantCount: 24 },
 *   plans,
 *   { id: ids.next('drl'), at, actor: safetyOfficer },
 * )._unsafeUnwrap().drill.status; // 'conducted'
 * ```
 * @returns the drill and its event, or `validation_failed`, `forbidden`,
 * `drill_plan_unavailable`
 * @category safety
 * @see §9.3.3
 * @see REG-5
 */
export function recordDrill(
  input: DrillInput,
  plans: readonly EmergencyPlan[],
  context: SafetyCreateContext,
): Result<DrillRecorded, ValidationError | ForbiddenError | DrillPlanUnavailableError> {
  return checkContext(context).andThen((checked) =>
    parseWith(DrillIdSchema, context.id).andThen((id) =>
      parseWith(DrillInputSchema, input, '§9.3.3')
        .andThen((parsed) => permit(checked, 'drill.record').map(() => parsed))
        .andThen((parsed) => checkPlans(id, parsed.planIds, plans).map(() => parsed))
        .andThen((parsed): Result<DrillRecorded, ValidationError> => {
          const { at, actor, config } = checked;
          if (parsed.conductedOn > toDealerDate(at, config.timeZone)) {
            const issue = {
              path: 'conductedOn',
              reason: 'conducted_in_future',
              detail: 'a drill is recorded after it is held',
            };
            return err(validationError([issue], '§9.3.3'));
          }
          const drill: Drill = {
            id,
            version: 0,
            createdAt: at,
            updatedAt: at,
            ...parsed,
            recordedBy: actor.id,
            status: 'conducted',
            evaluation: null,
            findings: [],
            closedAt: null,
          };
          const event = safetyEvent('safety.drill-recorded', 'drill', id, at, {
            drillId: id,
            planIds: drill.planIds,
            conductedOn: drill.conductedOn,
            actorId: actor.id,
          });
          return ok({ drill, events: [event] });
        }),
    ),
  );
}
