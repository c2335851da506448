import { err, ok, type Result } from 'neverthrow';
import type { Actor } from '../org/index';
import {
  type Instant,
  type LicencePlate,
  type LicencePlateError,
  type Vin,
  type VinError,
  validateLicencePlate,
  validateVin,
} from '../shared/index';
import {
  type AppointmentNeedRequiredError,
  appointmentNeedRequired,
  type ServiceUnknownError,
  serviceUnknown,
  type VehicleIdentificationRequiredError,
  vehicleIdentificationRequired,
} from './errors';
import { type AppointmentEvent, type AppointmentRequestedEvent, appointmentEvent } from './events';
import type { AppointmentId } from './ids';
import type { Appointment, AppointmentRequest } from './schema';
import type { ServiceDefinition } from './service-schema';

/**
 * What {@link requestAppointment} needs besides the request: the new id (from
 * the host's `IdGenerator`), the instant, who records it, and the catalogue.
 *
 * @example
 * ```ts
 * const context: RequestContext = { id: 'apt_1' as AppointmentId, at, actor, catalogue: capacity.services };
 * ```
 * @category appointment
 */
export interface RequestContext {
  readonly id: AppointmentId;
  readonly at: Instant;
  readonly actor: Actor;
  readonly catalogue: readonly ServiceDefinition[];
}

/**
 * Errors {@link requestAppointment} can return.
 *
 * @example
 * ```ts
 * const codes: RequestAppointmentError['code'][] = ['vin_invalid', 'appointment_need_required'];
 * ```
 * @category appointment
 * @see §3.1(1)
 */
export type RequestAppointmentError =
  | VehicleIdentificationRequiredError
  | AppointmentNeedRequiredError
  | ServiceUnknownError
  | VinError
  | LicencePlateError;

/**
 * A new appointment and the events of its creation or of a step.
 *
 * @example
 * ```ts
 * const { state, events }: AppointmentTransition = requestAppointment(request, context)._unsafeUnwrap();
 * ```
 * @category appointment
 */
export interface AppointmentTransition {
  readonly state: Appointment;
  readonly events: readonly AppointmentEvent[];
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function checkVehicle(
  request: AppointmentRequest,
): Result<{ vin?: Vin; plate?: LicencePlate }, RequestAppointmentError> {
  if (isBlank(request.vin) && isBlank(request.plate)) return err(vehicleIdentificationRequired());
  const vehicle: { vin?: Vin; plate?: LicencePlate } = {};
  if (!isBlank(request.vin)) {
    const vin = validateVin(request.vin);
    if (vin.isErr()) return err(vin.error);
    vehicle.vin = vin.value;
  }
  if (!isBlank(request.plate)) {
    const plate = validateLicencePlate(request.plate);
    if (plate.isErr()) return err(plate.error);
    vehicle.plate = plate.value;
  }
  return ok(vehicle);
}

function checkNeed(
  request: AppointmentRequest,
  catalogue: readonly ServiceDefinition[],
): RequestAppointmentError | undefined {
  if (request.services.length === 0 && isBlank(request.concern)) return appointmentNeedRequired();
  const unknown = request.services.find((code) => !catalogue.some((s) => s.code === code));
  return unknown === undefined ? undefined : serviceUnknown(unknown, '§3.1(1)');
}

/**
 * Records a customer's appointment request (预约申请) in status `requested`:
 * the booking channel (§3.1: phone, online, WeChat, app, walk-in), the
 * vehicle identified by a valid VIN or licence plate (normalised), and at
 * least one catalogue service or a free-text concern (§3.1(1)). A VIN and a
 * plate may both be given; each must be valid. Customers book through any
 * channel, so no capability is required; `actor` is recorded as `requestedBy`.
 *
 * Errors: `vehicle_identification_required`, `vin_invalid`,
 * `licence_plate_invalid`, `appointment_need_required`, `service_unknown`.
 *
 * @param request - the parsed request ({@link parseAppointmentRequest})
 * @param context - new id, instant, actor and service catalogue
 * @returns the new appointment (version 0) and an `appointment.requested` event
 * @example
 * ```ts
 * const { state, events } = requestAppointment(
 *   { customerId: 'cus_1', channel: 'phone', vin: 'LSVAM4187C2184847', services: ['MAINT-10K'] },
 *   { id: 'apt_1', at, actor: advisor, catalogue: capacity.services },
 * )._unsafeUnwrap();
 * state.status; // 'requested'
 * events[0].type; // 'appointment.requested'
 * ```
 * @category appointment
 * @see §3.1
 * @see §3.1(1)
 * @see §1.2(2)
 * @see X-1
 */
export function requestAppointment(
  request: AppointmentRequest,
  context: RequestContext,
): Result<AppointmentTransition, RequestAppointmentError> {
  const vehicle = checkVehicle(request);
  if (vehicle.isErr()) return err(vehicle.error);
  const problem = checkNeed(request, context.catalogue);
  if (problem !== undefined) return err(problem);
  const concern = isBlank(request.concern) ? undefined : request.concern?.trim();
  const state: Appointment = {
    id: context.id,
    version: 0,
    createdAt: context.at,
    updatedAt: context.at,
    status: 'requested',
    channel: request.channel,
    customerId: request.customerId,
    vehicleId: request.vehicleId ?? null,
    vehicle: vehicle.value,
    services: [...request.services],
    ...(concern === undefined ? {} : { concern }),
    ...(request.preferredAdvisorId === undefined
      ? {}
      : { preferredAdvisorId: request.preferredAdvisorId }),
    ...(request.preferredDate === undefined ? {} : { preferredDate: request.preferredDate }),
    requestedBy: context.actor.id,
    date: null,
    start: null,
    advisorId: null,
    confirmation: null,
    reschedules: [],
    checkIn: null,
    cancellation: null,
    noShow: null,
  };
  const event = appointmentEvent<AppointmentRequestedEvent>(
    'appointment.requested',
    state.id,
    context.at,
    {
      customerId: state.customerId,
      vehicleId: state.vehicleId,
      channel: state.channel,
      services: state.services,
      hasConcern: concern !== undefined,
    },
  );
  return ok({ state, events: [event] });
}
