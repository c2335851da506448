import { err, ok, type Result } from 'neverthrow';
import { match, P } from 'ts-pattern';
import type { Actor, CapabilityMap } from '../org/index';
import {
  type CalendarDate,
  type ForbiddenError,
  type Instant,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { type ActionCommand, type ActionCommandOf, ActionCommandSchema } from './action-commands';
import {
  type ActionVerifierIsOwnerError,
  actionVerifierIsOwner,
  type DueDateBeforeOpeningError,
  dueDateBeforeOpening,
} from './action-errors';
import type { ImprovementAction } from './action-schema';
import { type ImprovementOptions, permit } from './command-context';
import { defaultImprovementConfig, type ImprovementConfig } from './config';
import { type ImprovementInvalidTransitionError, invalidImprovementTransition } from './errors';
import {
  type ImprovementEvent,
  type ImprovementEventPayloads,
  type ImprovementEventType,
  improvementEvent,
} from './events';

/**
 * The action after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { action, events }: ActionTransition = transitionAction(a, command)._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export interface ActionTransition {
  readonly action: ImprovementAction;
  readonly events: readonly ImprovementEvent[];
}

/**
 * Every error {@link transitionAction} can return.
 *
 * @example
 * ```ts
 * function explain(error: ActionTransitionError) { return error.code; }
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ActionTransitionError =
  | ValidationError
  | ForbiddenError
  | ImprovementInvalidTransitionError
  | ActionVerifierIsOwnerError
  | DueDateBeforeOpeningError;

type Outcome = Result<ActionTransition, ActionTransitionError>;

interface Step {
  readonly action: ImprovementAction;
  readonly config: ImprovementConfig;
  readonly map: CapabilityMap | undefined;
}

const LIVE = P.union('open', 'analysed', 'in-progress', 'implemented');
const CANCELLABLE = P.union('open', 'analysed', 'in-progress');

function done(
  action: ImprovementAction,
  at: Instant,
  patch: Partial<ImprovementAction>,
  ...events: ImprovementEvent[]
): Outcome {
  return ok({ action: { ...action, ...patch, updatedAt: at }, events });
}

function event<K extends ImprovementEventType>(
  type: K,
  action: ImprovementAction,
  at: Instant,
  payload: ImprovementEventPayloads[K],
): ImprovementEvent {
  return improvementEvent(type, 'improvement-action', action.id, at, payload);
}

/** The owner does the work; anyone else needs `improvement-action.manage`. */
function ownerOrManager(step: Step, actor: Actor): Result<Actor, ForbiddenError> {
  return actor.id === step.action.ownerId
    ? ok(actor)
    : permit(actor, 'improvement-action.manage', step.map);
}

function checkDueOn(
  step: Step,
  dueOn: CalendarDate,
): Result<CalendarDate, DueDateBeforeOpeningError> {
  const openedOn = toDealerDate(step.action.openedAt, step.config.timeZone);
  return dueOn < openedOn ? err(dueDateBeforeOpening(step.action.id, dueOn, openedOn)) : ok(dueOn);
}

function isOnTime(step: Step, at: Instant): boolean {
  return toDealerDate(at, step.config.timeZone) <= step.action.dueOn;
}

function analyse(step: Step, c: ActionCommandOf<'analyse'>): Outcome {
  const { action } = step;
  return ownerOrManager(step, c.actor).andThen(() => {
    const rootCause = { ...c.rootCause, recordedAt: c.at, recordedBy: c.actor.id };
    const status = action.status === 'open' ? 'analysed' : action.status;
    return done(
      action,
      c.at,
      { status, rootCause },
      event('improvement.action-analysed', action, c.at, {
        actionId: action.id,
        rootCauseCategory: rootCause.category,
        revised: action.rootCause !== null,
        actorId: c.actor.id,
      }),
    );
  });
}

function verify(step: Step, c: ActionCommandOf<'verify'>): Outcome {
  const { action } = step;
  return permit(c.actor, 'improvement-action.verify', step.map)
    .andThen((actor) =>
      actor.id === action.ownerId ? err(actionVerifierIsOwner(action.id, actor.id)) : ok(actor),
    )
    .andThen(() => checkDueOn(step, c.dueOn ?? action.dueOn))
    .andThen((dueOn): Outcome => {
      const verification = {
        at: c.at,
        by: c.actor.id,
        effective: c.effective,
        note: c.note ?? null,
      };
      const verifications = [...action.verifications, verification];
      const verified = event('improvement.action-verified', action, c.at, {
        actionId: action.id,
        effective: c.effective,
        verification: verifications.length,
        actorId: c.actor.id,
      });
      if (c.effective) return done(action, c.at, { status: 'verified', verifications }, verified);
      const reopenCount = action.reopenCount + 1;
      const patch = { status: 'in-progress', verifications, reopenCount, dueOn } as const;
      return done(
        action,
        c.at,
        patch,
        verified,
        event('improvement.action-reopened', action, c.at, {
          actionId: action.id,
          reopenCount,
          dueOn,
          actorId: c.actor.id,
        }),
      );
    });
}

function reassign(step: Step, c: ActionCommandOf<'reassign'>): Outcome {
  const { action } = step;
  return permit(c.actor, 'improvement-action.manage', step.map)
    .andThen(() => checkDueOn(step, c.dueOn ?? action.dueOn))
    .andThen((dueOn) => {
      const ownerId = c.ownerId ?? action.ownerId;
      return done(
        action,
        c.at,
        { ownerId, dueOn },
        event('improvement.action-reassigned', action, c.at, {
          actionId: action.id,
          ownerId,
          previousOwnerId: action.ownerId,
          dueOn,
          previousDueOn: action.dueOn,
          actorId: c.actor.id,
        }),
      );
    });
}

function close(step: Step, c: ActionCommandOf<'close'>): Outcome {
  const { action } = step;
  return permit(c.actor, 'improvement-action.manage', step.map).andThen(() =>
    done(
      action,
      c.at,
      { status: 'closed', closedAt: c.at, closedBy: c.actor.id },
      event('improvement.action-closed', action, c.at, {
        actionId: action.id,
        source: action.source,
        onTime: isOnTime(step, c.at),
        effectiveFirstTime: action.verifications[0]?.effective === true,
        actorId: c.actor.id,
      }),
    ),
  );
}

function proceed(step: Step, c: ActionCommandOf<'start' | 'implement'>): Outcome {
  const { action } = step;
  return ownerOrManager(step, c.actor).andThen(() => {
    if (c.type === 'start') {
      return done(
        action,
        c.at,
        { status: 'in-progress', plan: c.plan, startedAt: c.at },
        event('improvement.action-started', action, c.at, {
          actionId: action.id,
          actorId: c.actor.id,
        }),
      );
    }
    const implementation = { summary: c.summary, at: c.at, by: c.actor.id };
    return done(
      action,
      c.at,
      { status: 'implemented', implementation },
      event('improvement.action-implemented', action, c.at, {
        actionId: action.id,
        onTime: isOnTime(step, c.at),
        actorId: c.actor.id,
      }),
    );
  });
}

function cancel(step: Step, c: ActionCommandOf<'cancel'>): Outcome {
  const { action } = step;
  return permit(c.actor, 'improvement-action.manage', step.map).andThen(() =>
    done(
      action,
      c.at,
      { status: 'cancelled', cancellation: { reason: c.reason, at: c.at, by: c.actor.id } },
      event('improvement.action-cancelled', action, c.at, {
        actionId: action.id,
        reason: c.reason,
        actorId: c.actor.id,
      }),
    ),
  );
}

/**
 * Applies one command to a corrective or preventive action (§12.1):
 * `open` → `analysed` (root cause recorded) → `in-progress` (measure
 * planned) → `implemented` → `verified` (effective) → `closed`; a
 * verification that finds the measure not effective sends the action back
 * to `in-progress` and counts a reopening. The owner analyses, starts and
 * implements (anyone else needs `improvement-action.manage`); verification
 * of effectiveness (效果验证) needs `improvement-action.verify` and may not be
 * done by the owner; closing, reassigning and cancelling need
 * `improvement-action.manage`. Every step emits an event; any other
 * combination of status and command is `invalid_transition`, never ignored.
 *
 * @returns the new action and its events, or `validation_failed` (malformed
 * command), `forbidden`, `action_verifier_is_owner`,
 * `due_date_before_opening` (a new due date before the opening day),
 * `invalid_transition`
 * @example
 * ```ts
 * const verified = transitionAction(implemented, { type: 'verify', at, actor: serviceManager, effective: true });
 * verified._unsafeUnwrap().action.status; // 'verified'
 * transitionAction(implemented, { type: 'verify', at, actor: owner, effective: true }); // err: action_verifier_is_owner
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function transitionAction(
  action: ImprovementAction,
  command: ActionCommand,
  options: ImprovementOptions = {},
): Result<ActionTransition, ActionTransitionError> {
  const step: Step = {
    action,
    config: options.config ?? defaultImprovementConfig,
    map: options.capabilityMap,
  };
  return parseWith(ActionCommandSchema, command, '§12.1.1–§12.1.3').andThen((cmd) =>
    match([action.status, cmd] as const)
      .with([P.union('open', 'analysed', 'in-progress'), { type: 'analyse' }], ([, c]) =>
        analyse(step, c),
      )
      .with(['analysed', { type: 'start' }], ([, c]) => proceed(step, c))
      .with(['in-progress', { type: 'implement' }], ([, c]) => proceed(step, c))
      .with(['implemented', { type: 'verify' }], ([, c]) => verify(step, c))
      .with(['verified', { type: 'close' }], ([, c]) => close(step, c))
      .with([LIVE, { type: 'reassign' }], ([, c]) => reassign(step, c))
      .with([CANCELLABLE, { type: 'cancel' }], ([, c]) => cancel(step, c))
      .otherwise(([status, c]) =>
        err(invalidImprovementTransition('improvement-action', action.id, status, c.type)),
      ),
  );
}
