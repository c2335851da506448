import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { parseWith, type ValidationError } from '../shared/index';
import { commandBase } from './command-base';
import type { TransitionContext, TransitionOutcome } from './context';
import { repairOrderEvent } from './events';
import { CustomerRefSchema, RepairOrderIdSchema, VehicleRefSchema } from './ids';
import {
  ConcernSchema,
  ConfirmedItemSchema,
  ReceptionSourceSchema,
  WalkAroundSchema,
} from './reception-schema';
import type { RepairOrder } from './schema';
import { authorizeAny } from './steps';
import { KilometresSchema } from './values';
import { odometerBelowLastReading } from './work-errors';

/**
 * Schema of {@link OpenRepairOrderInput}.
 *
 * @example
 * ```ts
 * OpenRepairOrderInputSchema.safeParse(json).success;
 * ```
 * @category repair-order
 * @see §3.2(1)
 * @see §3.2(2)
 */
export const OpenRepairOrderInputSchema = z.object({
  ...commandBase,
  id: RepairOrderIdSchema,
  customerId: CustomerRefSchema,
  vehicleId: VehicleRefSchema,
  advisorId: z.optional(EmployeeIdSchema),
  source: ReceptionSourceSchema,
  concerns: z.array(ConcernSchema).check(z.minLength(1), z.maxLength(20)),
  walkAround: WalkAroundSchema,
  confirmedItems: z.array(ConfirmedItemSchema).check(z.maxLength(50)),
  lastRecordedOdometerKm: z.nullable(KilometresSchema),
});

/**
 * What opening a repair order takes: the new id, customer and vehicle ids,
 * the advisor (defaults to the actor), how it started (walk-in or a
 * checked-in appointment with its confirmed items as plain input), the
 * concerns verbatim, the walk-around record, and the vehicle's last recorded
 * odometer reading (from CRM; `null` for a vehicle never seen).
 *
 * @example
 * ```ts
 * const input: OpenRepairOrderInput = {
 *   id: 'ro_1', at, actor: advisor, customerId: 'cus_1', vehicleId: 'veh_1',
 *   source: { kind: 'walk-in' }, concerns: [{ text: '刹车异响' }], walkAround,
 *   confirmedItems: [], lastRecordedOdometerKm: 45000,
 * } as OpenRepairOrderInput;
 * ```
 * @category repair-order
 * @see §3.2(1)
 * @see §3.2(2)
 */
export type OpenRepairOrderInput = z.infer<typeof OpenRepairOrderInputSchema>;

/**
 * Parses {@link OpenRepairOrderInput} at the boundary. Never throws.
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseOpenRepairOrderInput({}).isErr(); // true
 * ```
 * @category repair-order
 * @see §3.2(4)
 */
export function parseOpenRepairOrderInput(
  input: unknown,
): Result<OpenRepairOrderInput, ValidationError> {
  return parseWith(OpenRepairOrderInputSchema, input, '§3.2(4)');
}

/**
 * Opens a repair order at reception (接车, §3.2, §4.3(1)): status
 * `reception`, the reception form filled from the input and still editable,
 * no jobs yet. Requires the `repair-order.open` capability. The walk-around
 * odometer may not be below the vehicle's last recorded reading (§3.2(2)).
 * Emits `repair-order.opened`.
 *
 * Errors: `forbidden`, `odometer_below_last_reading`.
 *
 * @param input - the reception data, parsed
 * @param context - capability map (other fields unused here)
 * @returns the new order (version 0) and its `opened` event
 * @example
 * ```ts
 * const { state, events } = openRepairOrder(input)._unsafeUnwrap();
 * state.status; // 'reception'
 * await orders.save(state, { expectedVersion: 0, events });
 * ```
 * @category repair-order
 * @see §3.2(1)
 * @see §3.2(2)
 * @see §4.3(1)–(6)
 * @see X-5
 */
export function openRepairOrder(
  input: OpenRepairOrderInput,
  context: TransitionContext = {},
): TransitionOutcome {
  const allowed = authorizeAny(input.actor, ['repair-order.open'], context);
  if (allowed.isErr()) return err(allowed.error);
  const last = input.lastRecordedOdometerKm;
  if (last !== null && input.walkAround.odometerKm < last) {
    return err(odometerBelowLastReading(input.walkAround.odometerKm, last));
  }
  const state: RepairOrder = {
    id: input.id,
    version: 0,
    createdAt: input.at,
    updatedAt: input.at,
    status: 'reception',
    customerId: input.customerId,
    vehicleId: input.vehicleId,
    advisorId: input.advisorId ?? input.actor.id,
    reception: {
      source: input.source,
      concerns: input.concerns,
      walkAround: input.walkAround,
      confirmedItems: input.confirmedItems,
      estimate: null,
      promisedAt: null,
      acknowledgement: null,
    },
    custody: null,
    jobs: [],
    planApproval: null,
    supplementaries: [],
    multipoint: [],
    recommendations: [],
    progress: [],
    workStartedAt: null,
    partsWait: null,
    inspection: null,
    settlement: null,
    payments: [],
    credit: null,
    exitPass: null,
    delivery: null,
    deliveredAt: null,
    closedAt: null,
    comebackOf: null,
    cancellation: null,
  };
  const opened = repairOrderEvent('repair-order.opened', state, input.at, {
    customerId: state.customerId,
    vehicleId: state.vehicleId,
    advisorId: state.advisorId,
    appointmentId: input.source.kind === 'appointment' ? input.source.appointmentId : null,
    odometerKm: input.walkAround.odometerKm,
  });
  return ok({ state, events: [opened] });
}
