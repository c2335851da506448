import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  compareInstants,
  type ForbiddenError,
  type Instant,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { type CommandContext, checkContext, permit } from './command-context';
import { type DeliveredRepairOrder, parseDeliveredRepairOrder } from './delivered-repair-order';
import {
  type DeliveryVehicleMismatchError,
  deliveryVehicleMismatch,
  type OdometerInconsistentError,
  odometerInconsistent,
} from './errors';
import { type CrmEvent, crmEvent } from './events';
import {
  MAX_ODOMETER_READINGS,
  type OdometerReading,
  OdometerSourceSchema,
  type Vehicle,
} from './vehicle-schema';

/**
 * Schema of a manually recorded odometer reading: kilometres and source
 * (`reception`, `customer-report`, `inspection`; `delivery` readings come
 * from {@link applyDeliveryToVehicle}).
 *
 * @example
 * ```ts
 * OdometerInputSchema.safeParse({ km: 15200, source: 'reception' }).success; // true
 * ```
 * @category crm
 * @see §7.1.3
 */
export const OdometerInputSchema = z.strictObject({
  km: z.int().check(z.gte(0), z.lte(9_999_999)),
  source: OdometerSourceSchema,
});

/**
 * An odometer reading to record (before parsing).
 *
 * @example
 * ```ts
 * const reading: OdometerInput = { km: 15200, source: 'reception' };
 * ```
 * @category crm
 * @see §7.1.3
 */
export type OdometerInput = z.input<typeof OdometerInputSchema>;

/**
 * A vehicle after a change and the events it caused.
 *
 * @example
 * ```ts
 * const { vehicle, events }: VehicleChanged = applyDeliveryToVehicle(v, delivery)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.1.3
 */
export interface VehicleChanged {
  readonly vehicle: Vehicle;
  readonly events: readonly CrmEvent[];
}

function appendReading(
  vehicle: Vehicle,
  reading: OdometerReading,
): Result<readonly OdometerReading[], OdometerInconsistentError> {
  const last = vehicle.odometerReadings.at(-1);
  if (last !== undefined && compareInstants(reading.at, last.at) < 0) {
    return err(odometerInconsistent(vehicle.id, 'earlier_than_previous', last.km, reading.km));
  }
  if (last !== undefined && reading.km < last.km) {
    return err(odometerInconsistent(vehicle.id, 'lower_than_previous', last.km, reading.km));
  }
  return ok([...vehicle.odometerReadings, reading].slice(-MAX_ODOMETER_READINGS));
}

/**
 * Records an odometer reading (§7.1.3 "keep it current"). Readings only go
 * forward: a reading older than, or lower than, the latest one is refused.
 * The actor needs `vehicle.update` (§2.2.2(3)). The oldest readings are
 * dropped beyond {@link MAX_ODOMETER_READINGS}.
 *
 * Errors: `forbidden`; `validation_failed`; `odometer_inconsistent`
 * (§7.1.3; reason `lower_than_previous` or `earlier_than_previous`).
 *
 * @example
 * ```ts
 * recordOdometerReading(vehicle, { km: 15200, source: 'reception' }, { at, actor: advisor });
 * ```
 * @category crm
 * @see §7.1.3
 * @see §2.2.2(3)
 */
export function recordOdometerReading(
  vehicle: Vehicle,
  input: OdometerInput,
  context: CommandContext,
): Result<VehicleChanged, ValidationError | ForbiddenError | OdometerInconsistentError> {
  return checkContext(context).andThen(({ at }) =>
    permit(context, 'vehicle.update')
      .andThen(() => parseWith(OdometerInputSchema, input, '§7.1.3'))
      .andThen((parsed) =>
        appendReading(vehicle, { ...parsed, at, repairOrderId: null }).map((readings) => ({
          vehicle: { ...vehicle, odometerReadings: [...readings], updatedAt: at },
          events: [odometerEvent(vehicle, parsed.km, parsed.source, null, at)],
        })),
      ),
  );
}

function odometerEvent(
  vehicle: Vehicle,
  km: number,
  source: string,
  repairOrderId: string | null,
  at: Instant,
): CrmEvent {
  return crmEvent('crm.odometer-recorded', 'vehicle', vehicle.id, at, {
    vehicleId: vehicle.id,
    km,
    source,
    repairOrderId,
  });
}

function hasNextService(delivery: DeliveredRepairOrder): boolean {
  return delivery.nextService.dueDate !== null || delivery.nextService.dueOdometerKm !== null;
}

/**
 * Reaction to a delivered repair order (`repair-order.delivered`): keeps
 * the vehicle current (§7.1.3) by recording the delivery's odometer
 * reading and the order's next-service reminder, which service-due
 * reminders then use. Idempotent, as outbox reactions must be: the same
 * delivery applied twice changes nothing the second time. An event that
 * arrives after a newer reading leaves the history alone; a reminder older
 * than the one stored does not replace it; a delivery without a reminder
 * keeps the previous one.
 *
 * Errors: `validation_failed` (malformed delivery); `delivery_vehicle_mismatch`;
 * `odometer_inconsistent` (the delivery's kilometres are below a reading
 * taken earlier).
 *
 * @param vehicle - the vehicle the order was for
 * @param delivery - the `repair-order.delivered` payload
 * @example
 * ```ts
 * const changed = applyDeliveryToVehicle(vehicle, delivery)._unsafeUnwrap();
 * changed.vehicle.nextService?.dueOdometerKm; // 25230
 * ```
 * @category crm
 * @see §7.1.3
 * @see §2.2.5(2)
 */
export function applyDeliveryToVehicle(
  vehicle: Vehicle,
  delivery: DeliveredRepairOrder,
): Result<
  VehicleChanged,
  ValidationError | DeliveryVehicleMismatchError | OdometerInconsistentError
> {
  return parseDeliveredRepairOrder(delivery).andThen((parsed) => {
    if (parsed.vehicleId !== vehicle.id) {
      return err(deliveryVehicleMismatch(vehicle.id, parsed.repairOrderId));
    }
    const at = parsed.deliveredAt;
    const events: CrmEvent[] = [];
    let readings: readonly OdometerReading[] = vehicle.odometerReadings;
    const seen = readings.some((reading) => reading.repairOrderId === parsed.repairOrderId);
    const last = readings.at(-1);
    if (!seen && (last === undefined || compareInstants(at, last.at) >= 0)) {
      const reading: OdometerReading = {
        km: parsed.odometerKm,
        at,
        source: 'delivery',
        repairOrderId: parsed.repairOrderId,
      };
      const appended = appendReading(vehicle, reading);
      if (appended.isErr()) return err(appended.error);
      readings = appended.value;
      events.push(odometerEvent(vehicle, parsed.odometerKm, 'delivery', parsed.repairOrderId, at));
    }
    let nextService = vehicle.nextService;
    const current = vehicle.nextService;
    const newer = current === null || compareInstants(at, current.recordedAt) > 0;
    if (hasNextService(parsed) && newer) {
      nextService = { ...parsed.nextService, repairOrderId: parsed.repairOrderId, recordedAt: at };
      events.push(
        crmEvent('crm.next-service-recorded', 'vehicle', vehicle.id, at, {
          vehicleId: vehicle.id,
          repairOrderId: parsed.repairOrderId,
          dueDate: parsed.nextService.dueDate,
          dueOdometerKm: parsed.nextService.dueOdometerKm,
        }),
      );
    }
    if (events.length === 0) return ok({ vehicle, events });
    return ok({
      vehicle: { ...vehicle, odometerReadings: [...readings], nextService, updatedAt: at },
      events,
    });
  });
}
