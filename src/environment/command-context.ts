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
 * What every environment command carries: the new entity's id (from the
 * host's `IdGenerator`), the instant, who performs it, and optionally the
 * host's role → capability map (the manual's by default).
 *
 * @example
 * ```ts
 * const context: RecordContext = { id: ids.next('wl'), at: clock.now(), actor: supervisor };
 * ```
 * @category environment
 * @see §10.3(5)
 * @see §10.2(1)
 */
export interface RecordContext {
  readonly id: string;
  readonly at: Instant;
  readonly actor: Actor;
  readonly capabilityMap?: CapabilityMap;
}

/** Parses a record context's id with the entity's schema, the instant and the actor. */
export function checkRecordContext<I>(
  context: RecordContext,
  idSchema: z.ZodMiniType<I, unknown>,
  clause: string,
): Result<{ id: I; at: Instant; actor: Actor }, ValidationError> {
  return parseWith(
    z.object({ id: idSchema, at: InstantSchema, actor: ActorSchema }),
    context,
    clause,
  );
}

/** `authorize` with an optional capability map. */
export function permit(
  actor: Actor,
  capability: Capability,
  capabilityMap: CapabilityMap | undefined,
): Result<Actor, ForbiddenError> {
  return authorize(actor, capability, { map: capabilityMap });
}
