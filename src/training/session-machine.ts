import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import * as z from 'zod/mini';
import { ActorSchema, authorize, type CapabilityMap } from '../org/index';
import {
  CalendarDateSchema,
  type ForbiddenError,
  InstantSchema,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { checkCreate, type TrainingCreateContext } from './command-context';
import { defaultTrainingConfig, type TrainingConfig } from './config';
import {
  type InvalidTransitionError,
  invalidTransition,
  type TrainingSessionNotYetHeldError,
  trainingSessionNotYetHeld,
} from './errors';
import { type TrainingEvent, trainingEvent } from './events';
import { TrainingSessionIdSchema } from './ids';
import {
  type TrainingSession,
  type TrainingSessionInput,
  TrainingSessionInputSchema,
} from './session-schema';

/**
 * A session and the events a command caused.
 *
 * @example
 * ```ts
 * const { session, events }: TrainingSessionChange = transitionTrainingSession(s, command)._unsafeUnwrap();
 * ```
 * @category training
 * @see §8.1.2
 */
export interface TrainingSessionChange {
  readonly session: TrainingSession;
  readonly events: readonly TrainingEvent[];
}

/**
 * Schedules a training session (status `scheduled`, version 0). The actor
 * needs `training-session.manage` (service manager, workshop supervisor,
 * trainer by default).
 *
 * Errors: `validation_failed`; `forbidden`.
 *
 * @example
 * ```ts
 * scheduleTrainingSession(
 *   { courseCode: 'SVC-Q2', title: '接待流程', kind: 'in-service', topics: ['service-process'],
 *     modes: ['offline', 'internal'], date: '2026-04-10', trainerId: 'emp_tr' },
 *   { id: 'trs_1', at, actor: trainer },
 * )._unsafeUnwrap().session.status; // 'scheduled'
 * ```
 * @category training
 * @see §8.1.2
 * @see §8.1.4
 * @see §8.2.1–§8.2.5
 */
export function scheduleTrainingSession(
  input: TrainingSessionInput,
  context: TrainingCreateContext,
): Result<TrainingSessionChange, ValidationError | ForbiddenError> {
  return checkCreate(context, TrainingSessionIdSchema, 'training-session.manage').andThen(
    ({ id, at, actor }) =>
      parseWith(TrainingSessionInputSchema, input, '§8.1.2').map((parsed) => {
        const session: TrainingSession = {
          id,
          version: 0,
          createdAt: at,
          updatedAt: at,
          ...parsed,
          trainerId: parsed.trainerId ?? null,
          provider: parsed.provider ?? null,
          certificationCode: parsed.certificationCode ?? null,
          status: 'scheduled',
          heldAt: null,
          cancelledAt: null,
        };
        const event = trainingEvent('training.session-scheduled', 'training-session', id, at, {
          sessionId: id,
          courseCode: session.courseCode,
          kind: session.kind,
          date: session.date,
          actorId: actor.id,
        });
        return { session, events: [event] };
      }),
  );
}

const base = { at: InstantSchema, actor: ActorSchema };

/**
 * Schema of a {@link TrainingSessionCommand}.
 *
 * @example
 * ```ts
 * TrainingSessionCommandSchema.safeParse({ type: 'cancel', at, actor }).success; // true
 * ```
 * @category training
 * @see §8.1.2
 */
export const TrainingSessionCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reschedule'), ...base, date: CalendarDateSchema }),
  z.object({ type: z.literal('mark-held'), ...base }),
  z.object({ type: z.literal('cancel'), ...base }),
]);

/**
 * A command on a session: `reschedule` to another date, `mark-held` once
 * it took place (attendance can then be recorded), or `cancel`.
 *
 * @example
 * ```ts
 * const command: TrainingSessionCommand = { type: 'mark-held', at, actor: trainer };
 * ```
 * @category training
 * @see §8.1.2
 */
export type TrainingSessionCommand = z.infer<typeof TrainingSessionCommandSchema>;

/**
 * Every error {@link transitionTrainingSession} can return.
 *
 * @example
 * ```ts
 * function explain(error: TrainingSessionTransitionError) { return error.code; }
 * ```
 * @category training
 * @see §8.1.2
 */
export type TrainingSessionTransitionError =
  | ValidationError
  | ForbiddenError
  | InvalidTransitionError
  | TrainingSessionNotYetHeldError;

/**
 * Options of {@link transitionTrainingSession}: the host's role →
 * capability map (the manual's when absent) and the configuration (its
 * `timeZone` decides the dealer's date).
 *
 * @example
 * ```ts
 * const options: TrainingSessionOptions = { config: parseTrainingConfig(hostConfig)._unsafeUnwrap() };
 * ```
 * @category training
 * @see §8.1.2
 */
export interface TrainingSessionOptions {
  readonly capabilityMap?: CapabilityMap;
  readonly config?: TrainingConfig;
}

/**
 * Applies one command to a session: `scheduled` → `reschedule` (stays
 * scheduled), `mark-held` → `held` (not before the session's date in the
 * dealer's zone), `cancel` → `cancelled`. Every command needs
 * `training-session.manage` and emits an event; any other combination of
 * status and command is `invalid_transition`.
 *
 * Errors: `validation_failed`; `forbidden`; `invalid_transition`;
 * `training_session_not_yet_held`.
 *
 * @example
 * ```ts
 * const held = transitionTrainingSession(session, { type: 'mark-held', at, actor: trainer });
 * held._unsafeUnwrap().session.status; // 'held'
 * transitionTrainingSession(held._unsafeUnwrap().session, { type: 'cancel', at, actor: trainer }); // err: invalid_transition
 * ```
 * @category training
 * @see §8.1.2
 */
export function transitionTrainingSession(
  session: TrainingSession,
  command: TrainingSessionCommand,
  options: TrainingSessionOptions = {},
): Result<TrainingSessionChange, TrainingSessionTransitionError> {
  const { capabilityMap, config = defaultTrainingConfig } = options;
  return parseWith(TrainingSessionCommandSchema, command, '§8.1.2').andThen((cmd) => {
    const { at, actor } = cmd;
    const authorizeOptions = { map: capabilityMap };
    const id = session.id;
    const done = (patch: Partial<TrainingSession>, event: TrainingEvent) =>
      ok({ session: { ...session, ...patch, updatedAt: at }, events: [event] });
    return authorize(actor, 'training-session.manage', authorizeOptions).andThen(() =>
      match([session.status, cmd] as const)
        .with(['scheduled', { type: 'reschedule' }], ([, c]) =>
          done(
            { date: c.date },
            trainingEvent('training.session-rescheduled', 'training-session', id, at, {
              sessionId: id,
              date: c.date,
              actorId: actor.id,
            }),
          ),
        )
        .with(['scheduled', { type: 'mark-held' }], () =>
          toDealerDate(at, config.timeZone) < session.date
            ? err(trainingSessionNotYetHeld(id, session.date))
            : done(
                { status: 'held', heldAt: at },
                trainingEvent('training.session-held', 'training-session', id, at, {
                  sessionId: id,
                  date: session.date,
                  actorId: actor.id,
                }),
              ),
        )
        .with(['scheduled', { type: 'cancel' }], () =>
          done(
            { status: 'cancelled', cancelledAt: at },
            trainingEvent('training.session-cancelled', 'training-session', id, at, {
              sessionId: id,
              actorId: actor.id,
            }),
          ),
        )
        .otherwise(
          ([status, c]): Result<TrainingSessionChange, TrainingSessionTransitionError> =>
            err(invalidTransition(id, status, c.type)),
        ),
    );
  });
}
