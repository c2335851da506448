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
import type { CrmConfig } from './config';

/**
 * What every crm command carries: the instant it happens, who performs it,
 * and optionally the host's role → capability map (the manual's by default).
 *
 * @example
 * ```ts
 * const context: CommandContext = { at: '2026-03-02T09:30:00.000Z' as Instant, actor: advisor };
 * ```
 * @category crm
 * @see §2.2.2(3)
 */
export interface CommandContext {
  readonly at: Instant;
  readonly actor: Actor;
  readonly capabilityMap?: CapabilityMap;
}

/**
 * A {@link CommandContext} for a command that creates an entity: plus the
 * new entity's id (from the host's `IdGenerator`).
 *
 * @example
 * ```ts
 * const context: CreateContext = { id: ids.next('cus'), at: clock.now(), actor: advisor };
 * ```
 * @category crm
 * @see §2.2.2(3)
 */
export interface CreateContext extends CommandContext {
  readonly id: string;
}

/**
 * Options of the state machines ({@link transitionComplaint},
 * {@link transitionFollowUp}): the configuration and the host's role →
 * capability map (the manual's when absent).
 *
 * @example
 * ```ts
 * const options: TransitionOptions = { config: parseCrmConfig(hostConfig)._unsafeUnwrap() };
 * ```
 * @category crm
 * @see §2.2.5(4)
 */
export interface TransitionOptions {
  readonly config?: CrmConfig;
  readonly capabilityMap?: CapabilityMap;
}

const BaseContextSchema = z.object({ at: InstantSchema, actor: ActorSchema });

/**
 * Checks a command context (the instant and the actor) and returns it
 * parsed; the capability map is kept as given. Internal to crm.
 *
 * @example
 * ```ts
 * checkContext(context).isOk();
 * ```
 * @internal
 * @category crm
 */
export function checkContext(
  context: CommandContext,
): Result<{ at: Instant; actor: Actor }, ValidationError> {
  return parseWith(BaseContextSchema, context);
}

/**
 * Checks a creation context and its id against the entity's id schema.
 * Internal to crm.
 *
 * @example
 * ```ts
 * checkCreateContext(context, CustomerIdSchema).isOk();
 * ```
 * @internal
 * @category crm
 */
export function checkCreateContext<I>(
  context: CreateContext,
  idSchema: z.ZodMiniType<I, unknown>,
): Result<{ id: I; at: Instant; actor: Actor }, ValidationError> {
  return parseWith(z.object({ id: idSchema, at: InstantSchema, actor: ActorSchema }), context);
}

/**
 * `authorize` with the context's capability map. Internal to crm.
 *
 * @example
 * ```ts
 * permit(context, 'customer.update').isOk();
 * ```
 * @internal
 * @category crm
 */
export function permit(
  context: Pick<CommandContext, 'actor' | 'capabilityMap'>,
  capability: Capability,
): Result<Actor, ForbiddenError> {
  return authorize(context.actor, capability, { map: context.capabilityMap });
}
