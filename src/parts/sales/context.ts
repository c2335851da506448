import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type Actor,
  ActorSchema,
  authorize,
  type Capability,
  type CapabilityMap,
} from '../../org/index';
import {
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../../shared/index';

/**
 * Who does a parts sales step and when: the instant, the acting employee
 * and, optionally, the host's role → capability map (defaults to the manual's).
 *
 * @example
 * ```ts
 * const context: SalesCommandContext = { at: '2026-11-27T02:00:00.000Z', actor: clerk };
 * ```
 * @category parts
 * @see §6.3.2
 */
export interface SalesCommandContext {
  readonly at: Instant;
  readonly actor: Actor;
  readonly capabilityMap?: CapabilityMap;
}

const ContextSchema = z.object({ at: InstantSchema, actor: ActorSchema });

/**
 * Parses the context and checks the actor holds `capability`.
 *
 * Errors: `validation_failed`, `forbidden`.
 *
 * @example
 * ```ts
 * checkActor(context, 'parts-customer.manage', '§6.3.2');
 * ```
 * @category parts
 * @internal
 */
export function checkActor(
  context: SalesCommandContext,
  capability: Capability,
  clause: string,
): Result<{ at: Instant; actor: Actor }, ValidationError | ForbiddenError> {
  return parseWith(ContextSchema, { at: context.at, actor: context.actor }, clause).andThen(
    (parsed) => permit(parsed.actor, capability, context.capabilityMap).map(() => parsed),
  );
}

/**
 * `authorize` with the host's map when it gave one.
 *
 * @example
 * ```ts
 * permit(actor, 'parts-sale.approve', undefined);
 * ```
 * @category parts
 * @internal
 */
export function permit(
  actor: Actor,
  capability: Capability,
  map: CapabilityMap | undefined,
): Result<Actor, ForbiddenError> {
  return authorize(actor, capability, { map });
}
