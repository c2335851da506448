import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type Actor,
  ActorSchema,
  authorize,
  type Capability,
  type CapabilityMap,
  can,
} from '../org/index';
import {
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { defaultSafetyConfig, type SafetyConfig } from './config';

/**
 * What every safety command carries: when it happens, who performs it, and
 * optionally the host's role → capability map and safety configuration
 * (the manual's by default).
 *
 * @example
 * ```ts
 * const context: SafetyContext = { at: clock.now(), actor: safetyOfficer };
 * ```
 * @category safety
 * @see §9.1.2
 */
export interface SafetyContext {
  readonly at: Instant;
  readonly actor: Actor;
  readonly capabilities?: CapabilityMap;
  readonly config?: SafetyConfig;
}

/**
 * A {@link SafetyContext} for a command that creates a record: plus the new
 * record's id (from the host's `IdGenerator`).
 *
 * @example
 * ```ts
 * const context: SafetyCreateContext = { id: ids.next('inc'), at: clock.now(), actor: technician };
 * ```
 * @category safety
 * @see §9.3.1
 */
export interface SafetyCreateContext extends SafetyContext {
  readonly id: string;
}

const ContextSchema = z.object({ at: InstantSchema, actor: ActorSchema });

/**
 * A context after {@link checkContext}: the parsed instant and actor, the
 * resolved configuration and the host's capability map. Internal to safety.
 *
 * @example
 * ```ts
 * const checked: CheckedContext = checkContext(context)._unsafeUnwrap();
 * ```
 * @internal
 * @category safety
 */
export interface CheckedContext {
  readonly at: Instant;
  readonly actor: Actor;
  readonly config: SafetyConfig;
  readonly capabilities: CapabilityMap | undefined;
}

/**
 * Parses a context's instant and actor and resolves its configuration.
 * Internal to safety.
 *
 * @example
 * ```ts
 * checkContext(context).isOk();
 * ```
 * @internal
 * @category safety
 */
export function checkContext(context: SafetyContext): Result<CheckedContext, ValidationError> {
  return parseWith(ContextSchema, { at: context.at, actor: context.actor }).map((parsed) => ({
    ...parsed,
    config: context.config ?? defaultSafetyConfig,
    capabilities: context.capabilities,
  }));
}

/**
 * `authorize` with the context's capability map. Internal to safety.
 *
 * @example
 * ```ts
 * permit(checked, 'incident.manage').isOk();
 * ```
 * @internal
 * @category safety
 */
export function permit(
  context: Pick<CheckedContext, 'actor' | 'capabilities'>,
  capability: Capability,
): Result<Actor, ForbiddenError> {
  return authorize(context.actor, capability, { map: context.capabilities });
}

/**
 * `can` with the context's capability map. Internal to safety.
 *
 * @example
 * ```ts
 * holds(checked, 'safety-inspection.record'); // boolean
 * ```
 * @internal
 * @category safety
 */
export function holds(
  context: Pick<CheckedContext, 'actor' | 'capabilities'>,
  capability: Capability,
): boolean {
  return can(context.actor, capability, context.capabilities);
}
