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
import type { ProcurementConfig } from './config';

/**
 * What every procurement command carries: the instant it happens, who does
 * it, and optionally the dealer's procurement policy and role → capability
 * map (the manual's defaults when absent).
 *
 * @example
 * ```ts
 * const context: ProcurementContext = { at: '2026-03-02T02:00:00.000Z' as Instant, actor: clerk };
 * ```
 * @category parts
 * @see §6.1.4
 */
export interface ProcurementContext {
  readonly at: Instant;
  readonly actor: Actor;
  readonly config?: ProcurementConfig;
  readonly capabilityMap?: CapabilityMap;
}

const ContextSchema = z.object({ at: InstantSchema, actor: ActorSchema });

/**
 * Checks a context's instant and actor. Internal to procurement.
 *
 * @example
 * ```ts
 * checkContext(context).isOk();
 * ```
 * @category parts
 * @internal
 */
export function checkContext(
  context: ProcurementContext,
): Result<{ at: Instant; actor: Actor }, ValidationError> {
  return parseWith(ContextSchema, { at: context.at, actor: context.actor });
}

/**
 * `authorize` with the context's capability map, citing `clause` when refused.
 *
 * @example
 * ```ts
 * permit(context, 'purchase-order.approve', '§6.1.3');
 * ```
 * @category parts
 * @internal
 */
export function permit(
  context: Pick<ProcurementContext, 'actor' | 'capabilityMap'>,
  capability: Capability,
  clause?: string,
): Result<Actor, ForbiddenError> {
  return authorize(context.actor, capability, { map: context.capabilityMap, clause });
}
