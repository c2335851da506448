import { err, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type CalendarDate,
  CalendarDateSchema,
  entityBaseShape,
  type Id,
  type Instant,
  idSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import type { WorkshopCapacity } from './capacity-schema';
import { type CheckSlotError, checkSlot } from './check-slot';
import { type AppointmentConfig, defaultAppointmentConfig } from './config';
import {
  type AppointmentAlreadyBookedError,
  appointmentAlreadyBooked,
  type BookingDayMismatchError,
  bookingDayMismatch,
  type SlotInPastError,
  slotInPast,
} from './errors';
import {
  type DayBookingsEvent,
  dayBookingsEvent,
  type SlotReleasedEvent,
  type SlotReservedEvent,
} from './events';
import type { AppointmentId } from './ids';
import { type Booking, BookingSchema, type Slot } from './slot-schema';

/**
 * Identifier of a day's booking ledger: `day-bookings:YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const id: DayBookingsId = dayBookingsId(date);
 * ```
 * @category appointment
 */
export type DayBookingsId = Id<'DayBookings'>;

/**
 * Schema of a {@link DayBookings} ledger.
 *
 * @example
 * ```ts
 * parseDayBookings(JSON.parse(row.data)).isOk();
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const DayBookingsSchema = z.object({
  ...entityBaseShape,
  id: idSchema<'DayBookings'>(),
  date: CalendarDateSchema,
  bookings: z.array(BookingSchema).check(z.maxLength(10_000)),
});

/**
 * One dealer day's booking ledger (预约台账): every booking held that day. It
 * is the aggregate that guards against double booking — each reservation
 * re-checks the slot against it and saves it with `expectedVersion`, so of
 * two advisors booking the last free slot at once only one save succeeds;
 * the other gets `concurrency_conflict` and, on retry, `slot_unavailable`.
 *
 * @example
 * ```ts
 * const ledger: DayBookings = emptyDayBookings(date, at);
 * ledger.bookings.length; // 0
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see X-6
 */
export type DayBookings = z.infer<typeof DayBookingsSchema>;

/**
 * A ledger's new state and the events of the change.
 *
 * @example
 * ```ts
 * const { state, events }: DayBookingsTransition = releaseSlot(ledger, appointmentId, at);
 * ```
 * @category appointment
 */
export interface DayBookingsTransition {
  readonly state: DayBookings;
  readonly events: readonly DayBookingsEvent[];
}

/**
 * Errors {@link reserveSlot} can return.
 *
 * @example
 * ```ts
 * const codes: ReserveSlotError['code'][] = ['slot_unavailable', 'slot_in_past'];
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type ReserveSlotError =
  | CheckSlotError
  | SlotInPastError
  | BookingDayMismatchError
  | AppointmentAlreadyBookedError;

/**
 * Parses a stored ledger. Never throws. Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseDayBookings({ id: 'x' }).isErr(); // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export function parseDayBookings(input: unknown): Result<DayBookings, ValidationError> {
  return parseWith(DayBookingsSchema, input, '§3.1(2)');
}

/**
 * The id of the ledger of `date`; one ledger per dealer day.
 *
 * @example
 * ```ts
 * dayBookingsId('2026-11-30' as CalendarDate); // 'day-bookings:2026-11-30'
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export function dayBookingsId(date: CalendarDate): DayBookingsId {
  return `day-bookings:${date}` as DayBookingsId;
}

/**
 * A ledger with no bookings (version 0: not stored yet).
 *
 * @example
 * ```ts
 * emptyDayBookings(date, at).version; // 0
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export function emptyDayBookings(date: CalendarDate, at: Instant): DayBookings {
  return { id: dayBookingsId(date), version: 0, createdAt: at, updatedAt: at, date, bookings: [] };
}

/**
 * The booking a slot becomes once reserved for an appointment.
 *
 * @example
 * ```ts
 * bookingOfSlot(slot, 'apt_1' as AppointmentId).bayId === slot.bayId; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export function bookingOfSlot(slot: Slot, appointmentId: AppointmentId): Booking {
  const { start, end, advisorId, bayId, technicianId } = slot;
  return { appointmentId, start, end, advisorId, bayId, technicianId };
}

function byStart(a: Booking, b: Booking): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.appointmentId < b.appointmentId ? -1 : a.appointmentId > b.appointmentId ? 1 : 0;
}

/**
 * Reserves a slot for an appointment in the day's ledger, after checking it
 * afresh ({@link checkSlot}) against the capacity and the ledger's bookings:
 * the slot must be on this ledger's date, start after `at`, and still be
 * free. Save the result with `expectedVersion: ledger.version` so a
 * concurrent reservation of the same ledger fails with `concurrency_conflict`.
 *
 * Errors: `booking_day_mismatch`, `slot_in_past`, `appointment_already_booked`,
 * `slot_unavailable`, `service_unknown`, `service_bay_types_mixed`.
 *
 * @param ledger - the day's ledger as loaded (or {@link emptyDayBookings})
 * @param appointmentId - the appointment the slot is for
 * @param slot - the chosen slot
 * @param context - the instant, capacity and configuration
 * @returns the ledger with the booking and an `appointment.slot-reserved` event
 * @example
 * ```ts
 * const { state } = reserveSlot(ledger, 'apt_1' as AppointmentId, slot, { at, capacity })._unsafeUnwrap();
 * reserveSlot(state, 'apt_2' as AppointmentId, slot, { at, capacity })._unsafeUnwrapErr().code;
 * // 'slot_unavailable'
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see X-6
 */
export function reserveSlot(
  ledger: DayBookings,
  appointmentId: AppointmentId,
  slot: Slot,
  context: {
    readonly at: Instant;
    readonly capacity: WorkshopCapacity;
    readonly config?: AppointmentConfig;
  },
): Result<DayBookingsTransition, ReserveSlotError> {
  if (slot.date !== ledger.date) return err(bookingDayMismatch(ledger.date, slot.date));
  if (slot.start <= context.at) return err(slotInPast(slot.start, context.at));
  if (ledger.bookings.some((booking) => booking.appointmentId === appointmentId)) {
    return err(appointmentAlreadyBooked(appointmentId, ledger.date));
  }
  const config = context.config ?? defaultAppointmentConfig;
  return checkSlot(slot, context.capacity, ledger.bookings, config).map(() => {
    const booking = bookingOfSlot(slot, appointmentId);
    const state: DayBookings = {
      ...ledger,
      updatedAt: context.at,
      bookings: [...ledger.bookings, booking].sort(byStart),
    };
    const event = dayBookingsEvent<SlotReservedEvent>(
      'appointment.slot-reserved',
      ledger.id,
      context.at,
      booking,
    );
    return { state, events: [event] };
  });
}

/**
 * Releases an appointment's booking from the ledger (after a cancellation,
 * reschedule or no-show). Idempotent: releasing an appointment that holds no
 * booking returns the ledger unchanged and no event.
 *
 * @param ledger - the day's ledger
 * @param appointmentId - whose booking to release
 * @param at - when
 * @returns the ledger without the booking and an `appointment.slot-released` event
 * @example
 * ```ts
 * releaseSlot(ledger, 'apt_1' as AppointmentId, at).state.bookings.length; // one fewer
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see §3.1(4)
 */
export function releaseSlot(
  ledger: DayBookings,
  appointmentId: AppointmentId,
  at: Instant,
): DayBookingsTransition {
  const released = ledger.bookings.find((booking) => booking.appointmentId === appointmentId);
  if (released === undefined) return { state: ledger, events: [] };
  const state: DayBookings = {
    ...ledger,
    updatedAt: at,
    bookings: ledger.bookings.filter((booking) => booking.appointmentId !== appointmentId),
  };
  const event = dayBookingsEvent<SlotReleasedEvent>('appointment.slot-released', ledger.id, at, {
    appointmentId,
    start: released.start,
  });
  return { state, events: [event] };
}
