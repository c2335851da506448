import type { Result } from 'neverthrow';
import { type Actor, authorize, type Capability, type CapabilityMap } from '../org/index';
import type { ForbiddenError, Instant } from '../shared/index';
import type { ImprovementConfig } from './config';

/**
 * What a command that creates an improvement entity carries: the new id
 * (from the host's `IdGenerator`), the instant, who acts, and optionally the
 * host's role → capability map (the manual's by default).
 *
 * @example
 * ```ts
 * const context: ImprovementCreateContext = { id: ids.next('ia'), at: clock.now(), actor: qualityManager };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export interface ImprovementCreateContext {
  readonly id: string;
  readonly at: Instant;
  readonly actor: Actor;
  readonly capabilityMap?: CapabilityMap;
}

/**
 * Options of the improvement state machines and policies: the dealer's
 * configuration and role → capability map (both the manual's when absent).
 *
 * @example
 * ```ts
 * const options: ImprovementOptions = { config: parseImprovementConfig(hostConfig)._unsafeUnwrap() };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §12.2.1–§12.2.3
 */
export interface ImprovementOptions {
  readonly config?: ImprovementConfig;
  readonly capabilityMap?: CapabilityMap;
}

/**
 * `authorize` with an optional capability map. Internal to improvement.
 *
 * @example
 * ```ts
 * permit(actor, 'improvement-action.verify', options.capabilityMap).isOk();
 * ```
 * @internal
 * @category improvement
 */
export function permit(
  actor: Actor,
  capability: Capability,
  map: CapabilityMap | undefined,
): Result<Actor, ForbiddenError> {
  return authorize(actor, capability, { map });
}
