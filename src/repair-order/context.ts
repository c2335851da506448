import type { Result } from 'neverthrow';
import type { CapabilityMap, EmployeeId } from '../org/index';
import type { QualityConfig } from '../quality/index';
import type { RepairOrderConfig } from './config';
import type { RepairOrderError } from './errors';
import type { RepairOrderEvent } from './events';
import type { RepairOrder } from './schema';

/**
 * Where a technician is clocked on right now, as the host knows it across
 * all orders.
 *
 * @example
 * ```ts
 * const open: ActiveClockOn = { repairOrderId: 'ro_7', jobId: 'job_2' };
 * ```
 * @category repair-order
 * @see X-2
 */
export interface ActiveClockOn {
  readonly repairOrderId: string;
  readonly jobId: string;
}

/**
 * What {@link transition} needs besides the order and the command: the
 * dealer's configuration and synchronous ports the host supplies.
 *
 * - `isCertified(technicianId, certification)` — whether a technician holds
 *   a certification (from the training module's records). Asked only when a
 *   job requires one; without the port such a dispatch is refused
 *   (fail closed, §2.2.3(1)).
 * - `activeClockOn(technicianId)` — where the technician is clocked on in
 *   *other* orders, so one technician never has two open clock-ons.
 *   Clock-ons inside the order are always checked.
 *
 * @example
 * ```ts
 * const context: TransitionContext = {
 *   isCertified: (technicianId, certification) => certificates.has(`${technicianId}:${certification}`),
 *   activeClockOn: (technicianId) => openClockOns.get(technicianId) ?? null,
 * };
 * ```
 * @category repair-order
 * @see §2.2.3(1)
 * @see X-2
 */
export interface TransitionContext {
  /** Repair-order configuration; {@link defaultRepairOrderConfig} by default. */
  readonly config?: RepairOrderConfig;
  /** Quality configuration for REG-1 guarantee periods; quality's default by default. */
  readonly qualityConfig?: QualityConfig;
  /** The host's role → capability map; the manual's by default. */
  readonly capabilityMap?: CapabilityMap;
  /** Certification port (§2.2.3(1)). */
  readonly isCertified?: (technicianId: EmployeeId, certification: string) => boolean;
  /** Cross-order clock-on port. */
  readonly activeClockOn?: (technicianId: EmployeeId) => ActiveClockOn | null;
}

/**
 * A successful transition: the new order and the events it caused, to be
 * saved together (outbox, X-5).
 *
 * @example
 * ```ts
 * const { state, events } = transition(order, command)._unsafeUnwrap();
 * await orders.save(state, { expectedVersion: order.version, events });
 * ```
 * @category repair-order
 * @see X-5
 */
export interface TransitionResult {
  readonly state: RepairOrder;
  readonly events: readonly RepairOrderEvent[];
}

/**
 * What {@link transition} returns.
 *
 * @example
 * ```ts
 * const outcome: TransitionOutcome = transition(order, command);
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export type TransitionOutcome = Result<TransitionResult, RepairOrderError>;
