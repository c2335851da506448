import {
  type DomainError,
  domainError,
  type ForbiddenError,
  type LicencePlateError,
  type ValidationError,
  type VinError,
} from '../shared/index';

/**
 * A requested service code is not in the service catalogue.
 *
 * @example
 * ```ts
 * if (error.code === 'service_unknown') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(1)
 * @see §3.1(2)
 */
export type ServiceUnknownError = DomainError<'service_unknown', { readonly serviceCode: string }>;

/**
 * The services of one booking need different bay types, so no single bay can
 * take the job; book them as separate appointments.
 *
 * @example
 * ```ts
 * if (error.code === 'service_bay_types_mixed') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type ServiceBayTypesMixedError = DomainError<
  'service_bay_types_mixed',
  { readonly serviceCodes: readonly string[]; readonly bayTypes: readonly string[] }
>;

/**
 * A slot search asked for more days than the configured maximum.
 *
 * @example
 * ```ts
 * if (error.code === 'horizon_too_long') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type HorizonTooLongError = DomainError<
  'horizon_too_long',
  { readonly horizonDays: number; readonly maxHorizonDays: number }
>;

/**
 * A slot search asked for more results than the configured maximum.
 *
 * @example
 * ```ts
 * if (error.code === 'slot_limit_too_large') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type SlotLimitTooLargeError = DomainError<
  'slot_limit_too_large',
  { readonly limit: number; readonly maxSlotLimit: number }
>;

/**
 * The slot starts before the command's instant (or before the minimum lead time).
 *
 * @example
 * ```ts
 * if (error.code === 'slot_in_past') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type SlotInPastError = DomainError<
  'slot_in_past',
  { readonly start: string; readonly at: string }
>;

/**
 * Which resource made a slot unavailable.
 *
 * @example
 * ```ts
 * const resource: SlotResource = 'technician';
 * ```
 * @category appointment
 */
export type SlotResource = 'workshop' | 'advisor' | 'bay' | 'technician';

/**
 * Why a resource cannot take a slot: the workshop or person is not working
 * then (`closed`, `absent`, `outside_hours`), it is already booked (`busy`,
 * `full`), it does not fit the job (`skill`, `bay_type`, `duration`), or it is
 * not in the capacity (`unknown`).
 *
 * @example
 * ```ts
 * const reason: SlotUnavailableReason = 'busy';
 * ```
 * @category appointment
 */
export type SlotUnavailableReason =
  | 'closed'
  | 'absent'
  | 'outside_hours'
  | 'busy'
  | 'full'
  | 'skill'
  | 'bay_type'
  | 'duration'
  | 'unknown';

/**
 * The slot can no longer be booked: a resource is busy (somebody booked it
 * first), not working then, or does not fit the job.
 *
 * @example
 * ```ts
 * if (error.code === 'slot_unavailable') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type SlotUnavailableError = DomainError<
  'slot_unavailable',
  {
    readonly start: string;
    readonly resource: SlotResource;
    readonly resourceId: string | null;
    readonly reason: SlotUnavailableReason;
  }
>;

/**
 * A booking was offered to the ledger of another date.
 *
 * @example
 * ```ts
 * if (error.code === 'booking_day_mismatch') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type BookingDayMismatchError = DomainError<
  'booking_day_mismatch',
  { readonly ledgerDate: string; readonly slotDate: string }
>;

/**
 * The appointment already holds a booking on that day; release it first.
 *
 * @example
 * ```ts
 * if (error.code === 'appointment_already_booked') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type AppointmentAlreadyBookedError = DomainError<
  'appointment_already_booked',
  { readonly appointmentId: string; readonly date: string }
>;

/**
 * The request names neither a VIN nor a licence plate.
 *
 * @example
 * ```ts
 * if (error.code === 'vehicle_identification_required') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(1)
 */
export type VehicleIdentificationRequiredError = DomainError<
  'vehicle_identification_required',
  Readonly<Record<string, never>>
>;

/**
 * The request names neither a service nor a free-text concern.
 *
 * @example
 * ```ts
 * if (error.code === 'appointment_need_required') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(1)
 */
export type AppointmentNeedRequiredError = DomainError<
  'appointment_need_required',
  Readonly<Record<string, never>>
>;

/**
 * The confirmed items do not match the services of the slot.
 *
 * @example
 * ```ts
 * if (error.code === 'confirmation_items_mismatch') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export type ConfirmationItemsMismatchError = DomainError<
  'confirmation_items_mismatch',
  { readonly slotServiceCodes: readonly string[]; readonly itemCodes: readonly string[] }
>;

/**
 * The command is not allowed in the appointment's current status.
 *
 * @example
 * ```ts
 * if (error.code === 'invalid_transition') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type InvalidTransitionError = DomainError<
  'invalid_transition',
  { readonly appointmentId: string; readonly status: string; readonly command: string }
>;

/**
 * A no-show was recorded before the grace period after the start had passed.
 *
 * @example
 * ```ts
 * if (error.code === 'no_show_too_early') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type NoShowTooEarlyError = DomainError<
  'no_show_too_early',
  { readonly appointmentId: string; readonly start: string; readonly noShowFrom: string }
>;

/**
 * The appointment is not confirmed, so it has no preparation checklist or reminders yet.
 *
 * @example
 * ```ts
 * if (error.code === 'appointment_not_confirmed') showHint(error.data);
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type AppointmentNotConfirmedError = DomainError<
  'appointment_not_confirmed',
  { readonly appointmentId: string; readonly status: string }
>;

/**
 * Every error code of the appointment module itself; messages in
 * {@link appointmentMessages}. Functions may also return shared errors
 * (`validation_failed`, `vin_invalid`, `licence_plate_invalid`, `forbidden`),
 * see {@link AppointmentFailure}.
 *
 * @example
 * ```ts
 * function explain(error: AppointmentError): string {
 *   return error.code === 'slot_unavailable' ? error.data.reason : error.code;
 * }
 * ```
 * @category appointment
 * @see §3.1(1)
 * @see §3.1(2)
 * @see §3.1(3)
 * @see §3.1(4)
 */
export type AppointmentError =
  | ServiceUnknownError
  | ServiceBayTypesMixedError
  | HorizonTooLongError
  | SlotLimitTooLargeError
  | SlotInPastError
  | SlotUnavailableError
  | BookingDayMismatchError
  | AppointmentAlreadyBookedError
  | VehicleIdentificationRequiredError
  | AppointmentNeedRequiredError
  | ConfirmationItemsMismatchError
  | InvalidTransitionError
  | NoShowTooEarlyError
  | AppointmentNotConfirmedError;

/**
 * Everything a pure appointment function can return as an error: the module's
 * own {@link AppointmentError}s plus the shared ones it passes through.
 * Format with `formatError(e, locale, appointmentMessages, sharedMessages, validatorMessages)`.
 *
 * @example
 * ```ts
 * const result = requestAppointment(input, context);
 * if (result.isErr()) console.log(result.error.code satisfies AppointmentFailure['code']);
 * ```
 * @category appointment
 */
export type AppointmentFailure =
  | AppointmentError
  | ValidationError
  | VinError
  | LicencePlateError
  | ForbiddenError;

/** Builds `service_unknown`; the clause names the step that looked it up. @internal */
export function serviceUnknown(serviceCode: string, clause = '§3.1(2)'): ServiceUnknownError {
  return domainError('service_unknown', { serviceCode }, clause);
}

/** Builds `service_bay_types_mixed`. @internal */
export function serviceBayTypesMixed(
  serviceCodes: readonly string[],
  bayTypes: readonly string[],
): ServiceBayTypesMixedError {
  return domainError('service_bay_types_mixed', { serviceCodes, bayTypes }, '§3.1(2)');
}

/** Builds `horizon_too_long`. @internal */
export function horizonTooLong(horizonDays: number, maxHorizonDays: number): HorizonTooLongError {
  return domainError('horizon_too_long', { horizonDays, maxHorizonDays }, '§3.1(2)');
}

/** Builds `slot_limit_too_large`. @internal */
export function slotLimitTooLarge(limit: number, maxSlotLimit: number): SlotLimitTooLargeError {
  return domainError('slot_limit_too_large', { limit, maxSlotLimit }, '§3.1(2)');
}

/** Builds `slot_in_past`. @internal */
export function slotInPast(start: string, at: string): SlotInPastError {
  return domainError('slot_in_past', { start, at }, '§3.1(2)');
}

/** Builds `slot_unavailable`. @internal */
export function slotUnavailable(
  start: string,
  resource: SlotResource,
  resourceId: string | null,
  reason: SlotUnavailableReason,
): SlotUnavailableError {
  return domainError('slot_unavailable', { start, resource, resourceId, reason }, '§3.1(2)');
}

/** Builds `booking_day_mismatch`. @internal */
export function bookingDayMismatch(ledgerDate: string, slotDate: string): BookingDayMismatchError {
  return domainError('booking_day_mismatch', { ledgerDate, slotDate }, '§3.1(2)');
}

/** Builds `appointment_already_booked`. @internal */
export function appointmentAlreadyBooked(
  appointmentId: string,
  date: string,
): AppointmentAlreadyBookedError {
  return domainError('appointment_already_booked', { appointmentId, date }, '§3.1(2)');
}

/** Builds `vehicle_identification_required`. @internal */
export function vehicleIdentificationRequired(): VehicleIdentificationRequiredError {
  return domainError('vehicle_identification_required', {}, '§3.1(1)');
}

/** Builds `appointment_need_required`. @internal */
export function appointmentNeedRequired(): AppointmentNeedRequiredError {
  return domainError('appointment_need_required', {}, '§3.1(1)');
}

/** Builds `confirmation_items_mismatch`. @internal */
export function confirmationItemsMismatch(
  slotServiceCodes: readonly string[],
  itemCodes: readonly string[],
): ConfirmationItemsMismatchError {
  return domainError('confirmation_items_mismatch', { slotServiceCodes, itemCodes }, '§3.1(3)');
}

/** Builds `invalid_transition`. @internal */
export function invalidTransition(
  appointmentId: string,
  status: string,
  command: string,
): InvalidTransitionError {
  return domainError('invalid_transition', { appointmentId, status, command }, '§3.1(4)');
}

/** Builds `no_show_too_early`. @internal */
export function noShowTooEarly(
  appointmentId: string,
  start: string,
  noShowFrom: string,
): NoShowTooEarlyError {
  return domainError('no_show_too_early', { appointmentId, start, noShowFrom }, '§3.1(4)');
}

/** Builds `appointment_not_confirmed`. @internal */
export function appointmentNotConfirmed(
  appointmentId: string,
  status: string,
): AppointmentNotConfirmedError {
  return domainError('appointment_not_confirmed', { appointmentId, status }, '§3.1(4)');
}
