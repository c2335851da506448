/**
 * Appointments (预约, manual §3.1): the workshop's capacity (opening hours,
 * closures and holidays, bays by type, technicians with skills and shifts,
 * advisors with reception slots, the service catalogue), a slot search that
 * never double-books, the appointment lifecycle (requested → confirmed →
 * checked-in, or cancelled, no-show, rescheduled) with a confirmation that
 * carries the `pricing.quote` estimate, preparation checklists, reminders as
 * data, no-show detection and the show rate. A per-day booking ledger saved
 * with optimistic concurrency keeps two advisors from booking the same last
 * slot.
 *
 * @example
 * ```ts
 * import { findSlots, parseWorkshopCapacity, requestAppointment, transition } from 'aftersales/appointment';
 *
 * const capacity = parseWorkshopCapacity(json)._unsafeUnwrap();
 * const [slot] = findSlots({ services: ['MAINT-10K'], after: now }, capacity, bookings)._unsafeUnwrap();
 * const { state } = requestAppointment(request, { id, at: now, actor, catalogue: capacity.services })
 *   ._unsafeUnwrap();
 * // …price the estimate with pricing.quote, then:
 * transition(state, { type: 'confirm', at: now, actor, slot, items, estimate });
 * ```
 *
 * @packageDocumentation
 * @module appointment
 */
export type {
  Advisor,
  Bay,
  BayId,
  Closure,
  Technician,
  WorkshopCapacity,
} from './capacity-schema';
export {
  AdvisorSchema,
  BayIdSchema,
  BaySchema,
  ClosureSchema,
  parseWorkshopCapacity,
  TechnicianSchema,
  WorkshopCapacitySchema,
} from './capacity-schema';
export type { CheckSlotError } from './check-slot';
export { checkSlot } from './check-slot';
export type {
  AppointmentCommand,
  CancelCommand,
  CheckInCommand,
  ConfirmCommand,
  MarkNoShowCommand,
  RescheduleCommand,
} from './commands';
export {
  AppointmentCommandSchema,
  CancelCommandSchema,
  CheckInCommandSchema,
  ConfirmCommandSchema,
  MarkNoShowCommandSchema,
  parseAppointmentCommand,
  RescheduleCommandSchema,
} from './commands';
export type { ShowRate } from './compute-show-rate';
export { computeShowRate } from './compute-show-rate';
export type { AppointmentConfig } from './config';
export {
  AppointmentConfigSchema,
  defaultAppointmentConfig,
  parseAppointmentConfig,
} from './config';
export type { EstimateInput } from './confirmation';
export { buildEstimateRequest, describeItems, partsForServices } from './confirmation';
export type {
  DayBookings,
  DayBookingsId,
  DayBookingsTransition,
  ReserveSlotError,
} from './day-bookings';
export {
  bookingOfSlot,
  DayBookingsSchema,
  dayBookingsId,
  emptyDayBookings,
  parseDayBookings,
  releaseSlot,
  reserveSlot,
} from './day-bookings';
export type {
  AppointmentAlreadyBookedError,
  AppointmentError,
  AppointmentFailure,
  AppointmentNeedRequiredError,
  AppointmentNotConfirmedError,
  BookingDayMismatchError,
  ConfirmationItemsMismatchError,
  HorizonTooLongError,
  InvalidTransitionError,
  NoShowTooEarlyError,
  ServiceBayTypesMixedError,
  ServiceUnknownError,
  SlotInPastError,
  SlotLimitTooLargeError,
  SlotResource,
  SlotUnavailableError,
  SlotUnavailableReason,
  VehicleIdentificationRequiredError,
} from './errors';
export type {
  AppointmentCancelledEvent,
  AppointmentCheckedInEvent,
  AppointmentConfirmedEvent,
  AppointmentEvent,
  AppointmentNoShowRecordedEvent,
  AppointmentRequestedEvent,
  AppointmentRescheduledEvent,
  DayBookingsEvent,
  SlotReleasedEvent,
  SlotReservedEvent,
} from './events';
export type { FindSlotsError } from './find-slots';
export { findSlots } from './find-slots';
export type { Shift, TimeWindow } from './hours-schema';
export { ShiftSchema, TimeWindowSchema } from './hours-schema';
export type { AppointmentId, CustomerId, RepairOrderRef, VehicleId } from './ids';
export {
  AppointmentIdSchema,
  CustomerIdSchema,
  RepairOrderRefSchema,
  VehicleIdSchema,
} from './ids';
export type { TransitionError, TransitionOptions } from './machine';
export { transition } from './machine';
export { appointmentMessages } from './messages';
export { findNoShowsDue, isNoShowDue, noShowFrom } from './no-show';
export type { Reminder } from './plan-reminders';
export { findDueReminders, planReminders } from './plan-reminders';
export type { PreparationChecklist } from './prepare-checklist';
export { prepareChecklist } from './prepare-checklist';
export type { AppointmentRepository, DayBookingsRepository } from './repository';
export {
  APPOINTMENT_COLLECTION,
  createAppointmentRepository,
  createDayBookingsRepository,
  DAY_BOOKINGS_COLLECTION,
} from './repository';
export type {
  AppointmentTransition,
  RequestAppointmentError,
  RequestContext,
} from './request-appointment';
export { requestAppointment } from './request-appointment';
export type { Job } from './resolve-job';
export { resolveJob } from './resolve-job';
export type {
  Appointment,
  AppointmentRequest,
  AppointmentStatus,
  Confirmation,
  ConfirmedItem,
} from './schema';
export {
  APPOINTMENT_STATUSES,
  AppointmentRequestSchema,
  AppointmentSchema,
  AppointmentStatusSchema,
  CANCEL_REASONS,
  ConfirmationSchema,
  ConfirmedItemSchema,
  parseAppointment,
  parseAppointmentRequest,
} from './schema';
export type { PartRequirement, ServiceCode, ServiceDefinition } from './service-schema';
export {
  PartQuantitySchema,
  PartRequirementSchema,
  ServiceCodeSchema,
  ServiceDefinitionSchema,
} from './service-schema';
export type {
  AppointmentServiceDeps,
  AppointmentServiceResult,
  ConfirmAppointmentError,
  ConfirmAppointmentInput,
  FollowUpCommand,
} from './services';
export { applyAppointmentCommand, confirmAppointment, recordAppointmentRequest } from './services';
export type { Booking, Slot, SlotRequest } from './slot-schema';
export {
  BookingSchema,
  MAX_SERVICES_PER_APPOINTMENT,
  parseSlotRequest,
  ServiceCodesSchema,
  SlotRequestSchema,
  SlotSchema,
} from './slot-schema';
export type { BayType, Weekday } from './vocabulary';
export {
  BAY_TYPES,
  BayTypeSchema,
  SkillSchema,
  WEEKDAYS,
} from './vocabulary';
