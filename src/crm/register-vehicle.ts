import type { Result } from 'neverthrow';
import { type ForbiddenError, parseWith, type ValidationError } from '../shared/index';
import { type CreateContext, checkContext, checkCreateContext, permit } from './command-context';
import type { UpdateContext } from './create-customer';
import { type CrmEvent, crmEvent } from './events';
import { RevisionIdSchema, VehicleIdSchema } from './ids';
import { applyTrackedChanges } from './revision';
import type { Revision } from './revision-schema';
import {
  type Vehicle,
  type VehicleChanges,
  VehicleChangesSchema,
  type VehicleInput,
  VehicleInputSchema,
} from './vehicle-schema';

/**
 * What {@link registerVehicle} returns: the new vehicle (version 0) and its events.
 *
 * @example
 * ```ts
 * const { vehicle }: VehicleRegistered = registerVehicle(input, context)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.1.1
 */
export interface VehicleRegistered {
  readonly vehicle: Vehicle;
  readonly events: readonly CrmEvent[];
}

/**
 * What {@link updateVehicle} returns: the vehicle after the change, its
 * history entry (`null` when nothing changed) and the events.
 *
 * @example
 * ```ts
 * const { vehicle, revision }: VehicleUpdated = updateVehicle(v, changes, context)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.1.3
 */
export interface VehicleUpdated {
  readonly vehicle: Vehicle;
  readonly revision: Revision | null;
  readonly events: readonly CrmEvent[];
}

/**
 * Registers a customer's vehicle (§7.1.1): VIN (validated, X-1), plate,
 * brand and model, dates, an optional first odometer reading (source
 * `reception`) and the record's source channel. The actor needs
 * `vehicle.create` (the service advisor by default, §2.2.2(3)).
 *
 * Errors: `forbidden` (§2.2.2(3)); `validation_failed` (§7.1.1) — e.g.
 * reason `check_digit` on `vin`, a bad plate.
 *
 * @example
 * ```ts
 * registerVehicle(
 *   { customerId: 'cus_1', vin: '1M8GDM9AXKP042788', licencePlate: '粤B12345', brand: '大众',
 *     model: '帕萨特', sourceChannel: 'walk-in', odometerKm: 15200 },
 *   { id: 'veh_1', at, actor: advisor },
 * )._unsafeUnwrap().vehicle.odometerReadings.length; // 1
 * ```
 * @category crm
 * @see §7.1.1
 * @see §2.2.2(3)
 * @see X-1
 */
export function registerVehicle(
  input: VehicleInput,
  context: CreateContext,
): Result<VehicleRegistered, ValidationError | ForbiddenError> {
  return checkCreateContext(context, VehicleIdSchema).andThen(({ id, at, actor }) =>
    permit(context, 'vehicle.create')
      .andThen(() => parseWith(VehicleInputSchema, input, '§7.1.1'))
      .map((parsed): VehicleRegistered => {
        const { odometerKm, ...fields } = parsed;
        const vehicle: Vehicle = {
          id,
          version: 0,
          createdAt: at,
          updatedAt: at,
          customerId: fields.customerId,
          vin: fields.vin,
          licencePlate: fields.licencePlate ?? null,
          brand: fields.brand,
          model: fields.model,
          modelYear: fields.modelYear ?? null,
          purchaseDate: fields.purchaseDate ?? null,
          registrationDate: fields.registrationDate ?? null,
          insuranceExpiryDate: fields.insuranceExpiryDate ?? null,
          inspectionDueDate: fields.inspectionDueDate ?? null,
          odometerReadings:
            odometerKm === undefined
              ? []
              : [{ km: odometerKm, at, source: 'reception', repairOrderId: null }],
          nextService: null,
          sourceChannel: fields.sourceChannel,
        };
        const event = crmEvent('crm.vehicle-registered', 'vehicle', id, at, {
          vehicleId: id,
          customerId: vehicle.customerId,
          sourceChannel: vehicle.sourceChannel,
          actorId: actor.id,
        });
        return { vehicle, events: [event] };
      }),
  );
}

/**
 * Changes a vehicle's details — plate, owner (a change of ownership),
 * dates, model — and keeps the history (§7.1.3) as a {@link Revision}. The
 * VIN never changes. The actor needs `vehicle.update` (§2.2.2(3)). A change
 * set that changes nothing returns the vehicle as it was, with no revision
 * and no event.
 *
 * Errors: `forbidden`; `validation_failed` (§7.1.3), including
 * `unrecognized_keys` for `vin` or `odometerReadings`.
 *
 * @example
 * ```ts
 * updateVehicle(vehicle, { insuranceExpiryDate: '2027-03-01' }, { revisionId: 'rev_2', at, actor: advisor });
 * ```
 * @category crm
 * @see §7.1.3
 * @see §2.2.2(3)
 */
export function updateVehicle(
  vehicle: Vehicle,
  changes: VehicleChanges,
  context: UpdateContext,
): Result<VehicleUpdated, ValidationError | ForbiddenError> {
  return checkContext(context).andThen(({ at, actor }) =>
    permit(context, 'vehicle.update')
      .andThen(() => parseWith(RevisionIdSchema, context.revisionId, '§7.1.3'))
      .andThen((revisionId) =>
        parseWith(VehicleChangesSchema, changes, '§7.1.3').map((parsed) => ({
          revisionId,
          parsed,
        })),
      )
      .map(({ revisionId, parsed }): VehicleUpdated => {
        const tracked = applyTrackedChanges(vehicle, parsed, {
          subjectType: 'vehicle',
          revisionId,
          at,
          actorId: actor.id,
        });
        if (tracked === null) return { vehicle, revision: null, events: [] };
        const event = crmEvent('crm.vehicle-updated', 'vehicle', vehicle.id, at, {
          vehicleId: vehicle.id,
          customerId: tracked.updated.customerId,
          changedFields: tracked.revision.changes.map((change) => change.field),
          actorId: actor.id,
        });
        return { vehicle: tracked.updated, revision: tracked.revision, events: [event] };
      }),
  );
}
