import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type Actor,
  ActorSchema,
  authorize,
  type Capability,
  type CapabilityMap,
} from '../org/index';
import {
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';

/**
 * What every training command carries: the instant it happens, who
 * performs it, and optionally the host's role → capability map (the
 * manual's by default).
 *
 * @example
 * ```ts
 * const context: TrainingCommandContext = { at: '2026-03-02T09:30:00.000Z' as Instant, actor: trainer };
 * ```
 * @category training
 * @see §8.1.2
 */
export interface TrainingCommandContext {
  readonly at: Instant;
  readonly actor: Actor;
  readonly capabilityMap?: CapabilityMap;
}

/**
 * A {@link TrainingCommandContext} for a command that creates a record:
 * plus the new record's id (from the host's `IdGenerator`).
 *
 * @example
 * ```ts
 * const context: TrainingCreateContext = { id: ids.next('att'), at: clock.now(), actor: trainer };
 * ```
 * @category training
 * @see §2.2.6
 */
export interface TrainingCreateContext extends TrainingCommandContext {
  readonly id: string;
}

/**
 * Checks a creation context (id, instant, actor) and the actor's
 * capability. Internal to training.
 *
 * @example
 * ```ts
 * checkCreate(context, CertificationIdSchema, 'certification.record').isOk();
 * ```
 * @internal
 * @category training
 */
export function checkCreate<I>(
  context: TrainingCreateContext,
  idSchema: z.ZodMiniType<I, unknown>,
  capability: Capability,
): Result<{ id: I; at: Instant; actor: Actor }, ValidationError | ForbiddenError> {
  return parseWith(
    z.object({ id: idSchema, at: InstantSchema, actor: ActorSchema }),
    context,
  ).andThen((parsed) => permit(context, capability).map(() => parsed));
}

/**
 * Checks a command context (instant, actor) and the actor's capability.
 * Internal to training.
 *
 * @example
 * ```ts
 * checkCommand(context, 'certification.record').isOk();
 * ```
 * @internal
 * @category training
 */
export function checkCommand(
  context: TrainingCommandContext,
  capability: Capability,
): Result<{ at: Instant; actor: Actor }, ValidationError | ForbiddenError> {
  return parseWith(z.object({ at: InstantSchema, actor: ActorSchema }), context).andThen((parsed) =>
    permit(context, capability).map(() => parsed),
  );
}

function permit(
  context: Pick<TrainingCommandContext, 'actor' | 'capabilityMap'>,
  capability: Capability,
): Result<Actor, ForbiddenError> {
  return authorize(context.actor, capability, { map: context.capabilityMap });
}
