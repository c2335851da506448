import type { ContactChannel, Money } from '../shared/index';
import { type DomainEvent, domainEvent, type Instant } from '../shared/index';

/** Aggregate type of appointments in events and storage. @internal */
export const APPOINTMENT_AGGREGATE = 'appointment';
/** Aggregate type of the per-day booking ledgers. @internal */
export const DAY_BOOKINGS_AGGREGATE = 'appointment-day-bookings';

/**
 * An appointment was requested (预约申请). Ids only: no customer data.
 *
 * @example
 * ```ts
 * if (event.type === 'appointment.requested') handle(event.payload);
 * ```
 * @category appointment
 * @see §3.1(1)
 */
export type AppointmentRequestedEvent = DomainEvent<
  'appointment.requested',
  {
    readonly customerId: string;
    readonly vehicleId: string | null;
    readonly channel: ContactChannel;
    readonly services: readonly string[];
    readonly hasConcern: boolean;
  }
>;

/**
 * An appointment was confirmed with a slot and an estimate.
 *
 * @example
 * ```ts
 * if (event.type === 'appointment.confirmed') handle(event.payload);
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export type AppointmentConfirmedEvent = DomainEvent<
  'appointment.confirmed',
  {
    readonly date: string;
    readonly start: Instant;
    readonly end: Instant;
    readonly advisorId: string;
    readonly bayId: string;
    readonly technicianId: string;
    readonly services: readonly string[];
    readonly quoteId: string;
    readonly estimateTotal: Money;
  }
>;

/**
 * A confirmed appointment's slot was given up to move it to another time.
 *
 * @example
 * ```ts
 * if (event.type === 'appointment.rescheduled') handle(event.payload);
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type AppointmentRescheduledEvent = DomainEvent<
  'appointment.rescheduled',
  { readonly previousDate: string; readonly previousStart: Instant; readonly count: number }
>;

/**
 * An appointment was cancelled.
 *
 * @example
 * ```ts
 * if (event.type === 'appointment.cancelled') handle(event.payload);
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type AppointmentCancelledEvent = DomainEvent<
  'appointment.cancelled',
  { readonly reason: string; readonly previousStatus: string; readonly releasedDate: string | null }
>;

/**
 * The customer arrived: reception takes over and opens a repair order from
 * the confirmed items (the repair-order module takes these as plain input).
 *
 * @example
 * ```ts
 * if (event.type === 'appointment.checked-in') handle(event.payload);
 * ```
 * @category appointment
 * @see §3.1(4)
 * @see §3.2
 */
export type AppointmentCheckedInEvent = DomainEvent<
  'appointment.checked-in',
  {
    readonly customerId: string;
    readonly vehicleId: string | null;
    readonly advisorId: string;
    readonly services: readonly string[];
    readonly start: Instant;
    readonly lateMinutes: number;
    readonly late: boolean;
    readonly repairOrderId: string | null;
  }
>;

/**
 * The customer did not come within the grace period (爽约).
 *
 * @example
 * ```ts
 * if (event.type === 'appointment.no-show-recorded') handle(event.payload);
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type AppointmentNoShowRecordedEvent = DomainEvent<
  'appointment.no-show-recorded',
  { readonly date: string; readonly start: Instant; readonly advisorId: string }
>;

/**
 * A slot was reserved in a day's booking ledger.
 *
 * @example
 * ```ts
 * if (event.type === 'appointment.slot-reserved') handle(event.payload);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type SlotReservedEvent = DomainEvent<
  'appointment.slot-reserved',
  {
    readonly appointmentId: string;
    readonly start: Instant;
    readonly end: Instant;
    readonly advisorId: string;
    readonly bayId: string;
    readonly technicianId: string;
  }
>;

/**
 * A booking was released from a day's ledger (cancel, reschedule, no-show).
 *
 * @example
 * ```ts
 * if (event.type === 'appointment.slot-released') handle(event.payload);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type SlotReleasedEvent = DomainEvent<
  'appointment.slot-released',
  { readonly appointmentId: string; readonly start: Instant }
>;

/**
 * Every event an appointment emits.
 *
 * @example
 * ```ts
 * function onEvent(event: AppointmentEvent) {
 *   if (event.type === 'appointment.checked-in') openRepairOrder(event.aggregateId, event.payload.services);
 * }
 * ```
 * @category appointment
 * @see X-5
 */
export type AppointmentEvent =
  | AppointmentRequestedEvent
  | AppointmentConfirmedEvent
  | AppointmentRescheduledEvent
  | AppointmentCancelledEvent
  | AppointmentCheckedInEvent
  | AppointmentNoShowRecordedEvent;

/**
 * Every event a day's booking ledger emits.
 *
 * @example
 * ```ts
 * const types: DayBookingsEvent['type'][] = ['appointment.slot-reserved', 'appointment.slot-released'];
 * ```
 * @category appointment
 * @see X-5
 */
export type DayBookingsEvent = SlotReservedEvent | SlotReleasedEvent;

/** Builds an appointment event with the appointment as aggregate. @internal */
export function appointmentEvent<E extends AppointmentEvent>(
  type: E['type'],
  aggregateId: string,
  at: Instant,
  payload: E['payload'],
): E {
  return domainEvent(type, { aggregateType: APPOINTMENT_AGGREGATE, aggregateId, at, payload }) as E;
}

/** Builds a ledger event with the day's ledger as aggregate. @internal */
export function dayBookingsEvent<E extends DayBookingsEvent>(
  type: E['type'],
  aggregateId: string,
  at: Instant,
  payload: E['payload'],
): E {
  return domainEvent(type, {
    aggregateType: DAY_BOOKINGS_AGGREGATE,
    aggregateId,
    at,
    payload,
  }) as E;
}
