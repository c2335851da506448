import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema } from '../org/index';
import {
  CalendarDateSchema,
  type ForbiddenError,
  InstantSchema,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { type CheckedContext, checkContext, holds, permit, type SafetyContext } from './context';
import {
  type HazardDueBeforeReportError,
  type HazardNotOwnerError,
  type HazardVerifierIsOwnerError,
  hazardDueBeforeReport,
  hazardNotOwner,
  hazardVerifierIsOwner,
  type InvalidTransitionError,
  invalidTransition,
} from './errors';
import {
  type SafetyEvent,
  type SafetyEventPayloads,
  type SafetyEventType,
  safetyEvent,
} from './events';
import type { Hazard } from './hazard-schema';
import { boundedText, MAX_TEXT } from './text';

const stamp = { at: InstantSchema, actor: ActorSchema };

/**
 * Schema of the hazard commands (§9.1.2), each with `at` and `actor`:
 * - `start-rectification` — the owner (or an inspector) starts the work;
 * - `record-rectification` — the work is done, with a `note` of what was done;
 * - `verify` — an inspector, neither the owner nor who rectified it, accepts it;
 * - `reject` — an inspector sends it back to rectifying, with a `reason`;
 * - `reassign` — an inspector changes the owner and optionally the deadline.
 *
 * @example
 * ```ts
 * HazardCommandSchema.safeParse({ type: 'verify', at, actor: safetyOfficer }).success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const HazardCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start-rectification'), ...stamp }),
  z.strictObject({
    type: z.literal('record-rectification'),
    ...stamp,
    note: boundedText(MAX_TEXT),
  }),
  z.strictObject({ type: z.literal('verify'), ...stamp }),
  z.strictObject({ type: z.literal('reject'), ...stamp, reason: boundedText(MAX_TEXT) }),
  z.strictObject({
    type: z.literal('reassign'),
    ...stamp,
    ownerId: EmployeeIdSchema,
    rectificationDueOn: z.optional(CalendarDateSchema),
  }),
]);

/**
 * A hazard command (before parsing).
 *
 * @example
 * ```ts
 * const done: HazardCommand = { type: 'record-rectification', at, actor: supervisor, note: '更换保险锁' };
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardCommand = z.input<typeof HazardCommandSchema>;

/**
 * The hazard after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { hazard, events }: HazardTransition = transitionHazard(h, command, options)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.1.2
 */
export interface HazardTransition {
  readonly hazard: Hazard;
  readonly events: readonly SafetyEvent[];
}

/**
 * Every error {@link transitionHazard} can return.
 *
 * @example
 * ```ts
 * function explain(error: HazardTransitionError) { return error.code; }
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardTransitionError =
  | ValidationError
  | ForbiddenError
  | InvalidTransitionError
  | HazardNotOwnerError
  | HazardVerifierIsOwnerError
  | HazardDueBeforeReportError;

type Outcome = Result<HazardTransition, HazardTransitionError>;
type Command = z.infer<typeof HazardCommandSchema>;

function done(hazard: Hazard, patch: Partial<Hazard>, event: SafetyEvent, at: string): Outcome {
  return ok({ hazard: { ...hazard, ...patch, updatedAt: at } as Hazard, events: [event] });
}

function ownerOrInspector(
  hazard: Hazard,
  context: CheckedContext,
): Result<void, HazardNotOwnerError> {
  return context.actor.id === hazard.ownerId || holds(context, 'safety-inspection.record')
    ? ok(undefined)
    : err(hazardNotOwner(hazard.id, context.actor.id));
}

function independentInspector(
  hazard: Hazard,
  context: CheckedContext,
): Result<void, ForbiddenError | HazardVerifierIsOwnerError> {
  return permit(context, 'safety-inspection.record').andThen(() => {
    const id = context.actor.id;
    return id === hazard.ownerId || id === hazard.rectifiedBy
      ? err(hazardVerifierIsOwner(hazard.id, id))
      : ok(undefined);
  });
}

function reassign(
  hazard: Hazard,
  cmd: Extract<Command, { type: 'reassign' }>,
  context: CheckedContext,
): Outcome {
  return permit(context, 'safety-inspection.record').andThen((): Outcome => {
    const dueOn = cmd.rectificationDueOn ?? hazard.rectificationDueOn;
    const reportedOn = toDealerDate(hazard.reportedAt, context.config.timeZone);
    if (dueOn < reportedOn) return err(hazardDueBeforeReport(hazard.id, dueOn, reportedOn));
    const event = safetyEvent('safety.hazard-reassigned', 'hazard', hazard.id, cmd.at, {
      hazardId: hazard.id,
      ownerId: cmd.ownerId,
      rectificationDueOn: dueOn,
      actorId: cmd.actor.id,
    });
    return done(hazard, { ownerId: cmd.ownerId, rectificationDueOn: dueOn }, event, cmd.at);
  });
}

function applyCommand(hazard: Hazard, cmd: Command, context: CheckedContext): Outcome {
  const { at, actor } = cmd;
  const base = { hazardId: hazard.id, actorId: actor.id };
  const emit = <K extends SafetyEventType>(type: K, payload: SafetyEventPayloads[K]) =>
    safetyEvent(type, 'hazard', hazard.id, at, payload);
  return match([hazard.status, cmd] as const)
    .with(['reported', { type: 'start-rectification' }], () =>
      ownerOrInspector(hazard, context).andThen(() =>
        done(
          hazard,
          { status: 'rectifying', rectificationStartedAt: at },
          emit('safety.hazard-rectification-started', base),
          at,
        ),
      ),
    )
    .with(['rectifying', { type: 'record-rectification' }], ([, c]) =>
      ownerOrInspector(hazard, context).andThen(() => {
        const onTime = toDealerDate(at, context.config.timeZone) <= hazard.rectificationDueOn;
        const patch = {
          status: 'rectified',
          rectifiedAt: at,
          rectifiedBy: actor.id,
          rectificationNote: c.note,
        } as const;
        return done(hazard, patch, emit('safety.hazard-rectified', { ...base, onTime }), at);
      }),
    )
    .with(['rectified', { type: 'verify' }], () =>
      independentInspector(hazard, context).andThen(() =>
        done(
          hazard,
          { status: 'verified', verifiedAt: at, verifiedBy: actor.id },
          emit('safety.hazard-verified', base),
          at,
        ),
      ),
    )
    .with(['rectified', { type: 'reject' }], ([, c]) =>
      independentInspector(hazard, context).andThen(() => {
        const rejectionCount = hazard.rejectionCount + 1;
        const patch = {
          status: 'rectifying',
          rectifiedAt: null,
          rectifiedBy: null,
          rectificationNote: null,
          rejectionCount,
          rejectionReason: c.reason,
        } as const;
        return done(hazard, patch, emit('safety.hazard-rejected', { ...base, rejectionCount }), at);
      }),
    )
    .with(['reported', { type: 'reassign' }], ['rectifying', { type: 'reassign' }], ([, c]) =>
      reassign(hazard, c, context),
    )
    .otherwise(([status, c]) =>
      err(invalidTransition('hazard', hazard.id, status, c.type, '§9.1.2')),
    );
}

/**
 * Applies one command to a hazard (§9.1.2): reported → rectifying →
 * rectified → verified, with a failed verification back to rectifying.
 * The rectification owner — or anyone holding `safety-inspection.record` —
 * starts and reports the rectification; verification and rejection need
 * `safety-inspection.record` and someone other than the owner and whoever
 * rectified it. Any other status/command pair is `invalid_transition`.
 *
 * @example
 * ```ts
 * transitionHazard(rectified, { type: 'verify', at, actor: owner }); // err: hazard_verifier_is_owner
 * transitionHazard(rectified, { type: 'verify', at, actor: safetyOfficer })._unsafeUnwrap().hazard.status; // 'verified'
 * ```
 * @returns the new hazard and its event, or `validation_failed`,
 * `forbidden`, `invalid_transition`, `hazard_not_owner`,
 * `hazard_verifier_is_owner`, `hazard_due_before_report`
 * @category safety
 * @see §9.1.2
 */
export function transitionHazard(
  hazard: Hazard,
  command: HazardCommand,
  options: Pick<SafetyContext, 'capabilities' | 'config'> = {},
): Result<HazardTransition, HazardTransitionError> {
  return parseWith(HazardCommandSchema, command, '§9.1.2').andThen((cmd) =>
    checkContext({ ...options, at: cmd.at, actor: cmd.actor }).andThen((context) =>
      applyCommand(hazard, cmd, context),
    ),
  );
}
