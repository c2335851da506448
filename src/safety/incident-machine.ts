import { err, ok, type Result } from 'neverthrow';
import { match, P } from 'ts-pattern';
import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema } from '../org/index';
import {
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { type CheckedContext, checkContext, permit, type SafetyContext } from './context';
import {
  appendAction,
  CorrectiveActionInputSchema,
  completeAction,
  openActionIds,
} from './corrective-action';
import { type InvalidTransitionError, invalidTransition } from './errors';
import { type SafetyEvent, safetyEvent } from './events';
import {
  type CorrectiveActionInvalidError,
  type CorrectiveActionsOpenError,
  correctiveActionsOpen,
  type IncidentCorrectiveActionRequiredError,
  type IncidentRootCauseRequiredError,
  incidentCorrectiveActionRequired,
  incidentRootCauseRequired,
} from './handling-errors';
import { type Incident, IncidentSeveritySchema, RootCauseCategorySchema } from './incident-schema';
import { boundedText, MAX_TEXT } from './text';

const stamp = { at: InstantSchema, actor: ActorSchema };

/**
 * Schema of the incident commands (§9.3.1), each with `at` and `actor`:
 * - `start-investigation` — optional `investigatorId` (default: the actor)
 *   and a corrected `severity`;
 * - `record-root-cause` — `rootCause` and its `category`, while investigating;
 * - `add-corrective-action` — an `action` (id, description, owner, due date),
 *   while investigating or in actions;
 * - `start-actions` — the investigation is concluded (needs the root cause);
 * - `complete-corrective-action` — `actionId`, in actions;
 * - `close` — needs the root cause, at least one corrective action, and
 *   every action completed.
 *
 * @example
 * ```ts
 * IncidentCommandSchema.safeParse({ type: 'start-actions', at, actor: safetyOfficer }).success; // true
 * ```
 * @category safety
 * @see §9.3.1
 */
export const IncidentCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('start-investigation'),
    ...stamp,
    investigatorId: z.optional(EmployeeIdSchema),
    severity: z.optional(IncidentSeveritySchema),
  }),
  z.strictObject({
    type: z.literal('record-root-cause'),
    ...stamp,
    rootCause: boundedText(MAX_TEXT),
    category: RootCauseCategorySchema,
  }),
  z.strictObject({
    type: z.literal('add-corrective-action'),
    ...stamp,
    action: CorrectiveActionInputSchema,
  }),
  z.strictObject({ type: z.literal('start-actions'), ...stamp }),
  z.strictObject({
    type: z.literal('complete-corrective-action'),
    ...stamp,
    actionId: z.string().check(z.minLength(1), z.maxLength(128)),
  }),
  z.strictObject({ type: z.literal('close'), ...stamp }),
]);

/**
 * An incident command (before parsing).
 *
 * @example
 * ```ts
 * const close: IncidentCommand = { type: 'close', at, actor: safetyOfficer };
 * ```
 * @category safety
 * @see §9.3.1
 */
export type IncidentCommand = z.input<typeof IncidentCommandSchema>;

/**
 * The incident after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { incident, events }: IncidentTransition = transitionIncident(i, command)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.3.1
 */
export interface IncidentTransition {
  readonly incident: Incident;
  readonly events: readonly SafetyEvent[];
}

/**
 * Every error {@link transitionIncident} can return.
 *
 * @example
 * ```ts
 * function explain(error: IncidentTransitionError) { return error.code; }
 * ```
 * @category safety
 * @see §9.3.1
 */
export type IncidentTransitionError =
  | ValidationError
  | ForbiddenError
  | InvalidTransitionError
  | IncidentRootCauseRequiredError
  | IncidentCorrectiveActionRequiredError
  | CorrectiveActionsOpenError
  | CorrectiveActionInvalidError;

type Outcome = Result<IncidentTransition, IncidentTransitionError>;
type Command = z.infer<typeof IncidentCommandSchema>;

const CLAUSE = '§9.3.1';

function done(
  incident: Incident,
  patch: Partial<Incident>,
  event: SafetyEvent,
  at: Instant,
): Outcome {
  return ok({ incident: { ...incident, ...patch, updatedAt: at }, events: [event] });
}

function checkClosable(incident: Incident): Result<Incident, IncidentTransitionError> {
  if (incident.rootCause === null) return err(incidentRootCauseRequired(incident.id));
  if (incident.correctiveActions.length === 0) {
    return err(incidentCorrectiveActionRequired(incident.id));
  }
  const open = openActionIds(incident.correctiveActions);
  return open.length > 0
    ? err(correctiveActionsOpen('incident', incident.id, open, CLAUSE))
    : ok(incident);
}

function applyCommand(incident: Incident, cmd: Command): Outcome {
  const { at, actor } = cmd;
  const id = incident.id;
  const base = { incidentId: id, actorId: actor.id };
  const owner = { entity: 'incident', id, clause: CLAUSE } as const;
  return match([incident.status, cmd] as const)
    .with(['reported', { type: 'start-investigation' }], ([, c]) => {
      const investigatorId = c.investigatorId ?? actor.id;
      const severity = c.severity ?? incident.severity;
      const event = safetyEvent('safety.incident-investigation-started', 'incident', id, at, {
        ...base,
        severity,
        investigatorId,
      });
      const patch = {
        status: 'investigating',
        investigatorId,
        severity,
        investigationStartedAt: at,
      } as const;
      return done(incident, patch, event, at);
    })
    .with(['investigating', { type: 'record-root-cause' }], ([, c]) => {
      const event = safetyEvent('safety.incident-root-cause-recorded', 'incident', id, at, {
        ...base,
        rootCauseCategory: c.category,
      });
      return done(incident, { rootCause: c.rootCause, rootCauseCategory: c.category }, event, at);
    })
    .with([P.union('investigating', 'actions'), { type: 'add-corrective-action' }], ([, c]) =>
      appendAction(incident.correctiveActions, c.action, owner).andThen((correctiveActions) => {
        const event = safetyEvent('safety.incident-action-added', 'incident', id, at, {
          ...base,
          actionId: c.action.id,
          ownerId: c.action.ownerId,
          dueOn: c.action.dueOn,
        });
        return done(incident, { correctiveActions: [...correctiveActions] }, event, at);
      }),
    )
    .with(['investigating', { type: 'start-actions' }], (): Outcome => {
      if (incident.rootCause === null) return err(incidentRootCauseRequired(id));
      const event = safetyEvent('safety.incident-actions-started', 'incident', id, at, {
        ...base,
        actionCount: incident.correctiveActions.length,
      });
      return done(incident, { status: 'actions', actionsStartedAt: at }, event, at);
    })
    .with(['actions', { type: 'complete-corrective-action' }], ([, c]) =>
      completeAction(incident.correctiveActions, c.actionId, at, actor.id, owner).andThen(
        (correctiveActions) => {
          const event = safetyEvent('safety.incident-action-completed', 'incident', id, at, {
            ...base,
            actionId: c.actionId,
          });
          return done(incident, { correctiveActions: [...correctiveActions] }, event, at);
        },
      ),
    )
    .with(['actions', { type: 'close' }], () =>
      checkClosable(incident).andThen(() => {
        const event = safetyEvent('safety.incident-closed', 'incident', id, at, {
          ...base,
          severity: incident.severity,
          rootCauseCategory: incident.rootCauseCategory ?? 'other',
          actionCount: incident.correctiveActions.length,
        });
        return done(incident, { status: 'closed', closedAt: at, closedBy: actor.id }, event, at);
      }),
    )
    .otherwise(([status, c]) => err(invalidTransition('incident', id, status, c.type, CLAUSE)));
}

/**
 * Applies one command to an incident (§9.3.1): reported → investigating →
 * actions → closed. Every step needs `incident.manage` (the safety officer
 * in the manual's map). Moving to actions needs the root cause; closing
 * needs the root cause, at least one corrective action, and every action
 * completed. Any other status/command pair is `invalid_transition`.
 *
 * @example
 * ```ts
 * transitionIncident(investigating, { type: 'start-actions', at, actor: safetyOfficer });
 * // err: incident_root_cause_required until record-root-cause
 * transitionIncident(inActions, { type: 'close', at, actor: technician }); // err: forbidden
 * ```
 * @returns the new incident and its event, or `validation_failed`,
 * `forbidden`, `invalid_transition`, `incident_root_cause_required`,
 * `incident_corrective_action_required`, `corrective_actions_open`,
 * `corrective_action_invalid`
 * @category safety
 * @see §9.3.1
 */
export function transitionIncident(
  incident: Incident,
  command: IncidentCommand,
  options: Pick<SafetyContext, 'capabilities' | 'config'> = {},
): Result<IncidentTransition, IncidentTransitionError> {
  return parseWith(IncidentCommandSchema, command, CLAUSE).andThen((cmd) =>
    checkContext({ ...options, at: cmd.at, actor: cmd.actor })
      .andThen((context: CheckedContext) => permit(context, 'incident.manage'))
      .andThen(() => applyCommand(incident, cmd)),
  );
}
