import { err, ok, type Result } from 'neverthrow';
import { epochMsToInstant, toDealerDate } from '../shared/index';
import { type BookingIndex, busyOf, countInRange, freeUntil, indexBookings } from './booking-index';
import type { WorkshopCapacity } from './capacity-schema';
import { type AppointmentConfig, defaultAppointmentConfig } from './config';
import { createDayClock, epochMinutesOf, MS_PER_MINUTE } from './day-clock';
import {
  advisorDay,
  closedDates,
  type DayOpening,
  jobEnd,
  openingOf,
  technicianDay,
} from './day-plan';
import {
  type ServiceBayTypesMixedError,
  type ServiceUnknownError,
  type SlotUnavailableError,
  slotUnavailable,
} from './errors';
import { type Job, resolveJob } from './resolve-job';
import type { Booking, Slot } from './slot-schema';

/**
 * Errors {@link checkSlot} can return.
 *
 * @example
 * ```ts
 * const codes: CheckSlotError['code'][] = ['slot_unavailable', 'service_unknown'];
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type CheckSlotError = SlotUnavailableError | ServiceUnknownError | ServiceBayTypesMixedError;

/** What every resource check reads. */
interface SlotContext {
  readonly slot: Slot;
  readonly capacity: WorkshopCapacity;
  readonly opening: DayOpening;
  readonly index: BookingIndex;
  readonly job: Job;
  readonly start: number;
  readonly end: number;
}

function isAbsent(absences: readonly string[] | undefined, date: string): boolean {
  return absences?.includes(date) === true;
}

function checkAdvisor(context: SlotContext): SlotUnavailableError | undefined {
  const { slot, capacity, opening, start } = context;
  const unavailable = (reason: 'unknown' | 'absent' | 'outside_hours' | 'full') =>
    slotUnavailable(slot.start, 'advisor', slot.advisorId, reason);
  const advisor = capacity.advisors.find((candidate) => candidate.id === slot.advisorId);
  if (advisor === undefined) return unavailable('unknown');
  if (isAbsent(advisor.absences, slot.date)) return unavailable('absent');
  const window = advisorDay(advisor, opening);
  if (window === undefined || start < window.start || start >= window.end) {
    return unavailable('outside_hours');
  }
  const arrivals = countInRange(
    busyOf(context.index.arrivals, advisor.id),
    start,
    start + capacity.receptionSlotMinutes,
  );
  return arrivals >= advisor.maxArrivalsPerSlot ? unavailable('full') : undefined;
}

function checkBay(context: SlotContext): SlotUnavailableError | undefined {
  const { slot, capacity, start, end } = context;
  const unavailable = (reason: 'unknown' | 'bay_type' | 'closed' | 'busy') =>
    slotUnavailable(slot.start, 'bay', slot.bayId, reason);
  const bay = capacity.bays.find((candidate) => candidate.id === slot.bayId);
  if (bay === undefined) return unavailable('unknown');
  if (bay.type !== context.job.bayType || bay.type !== slot.bayType) return unavailable('bay_type');
  if (isAbsent(bay.outOfService, slot.date)) return unavailable('closed');
  return freeUntil(busyOf(context.index.bays, bay.id), start) < end
    ? unavailable('busy')
    : undefined;
}

function checkTechnician(context: SlotContext): SlotUnavailableError | undefined {
  const { slot, capacity, start, end, job } = context;
  const unavailable = (
    reason: 'unknown' | 'skill' | 'absent' | 'outside_hours' | 'duration' | 'busy',
  ) => slotUnavailable(slot.start, 'technician', slot.technicianId, reason);
  const technician = capacity.technicians.find((candidate) => candidate.id === slot.technicianId);
  if (technician === undefined) return unavailable('unknown');
  if (!job.skills.every((skill) => technician.skills.includes(skill))) return unavailable('skill');
  if (isAbsent(technician.absences, slot.date)) return unavailable('absent');
  const working = technicianDay(technician, context.opening)?.working;
  const expectedEnd =
    working === undefined ? Number.NaN : jobEnd(working, start, job.durationMinutes);
  if (Number.isNaN(expectedEnd)) return unavailable('outside_hours');
  if (expectedEnd !== end) return unavailable('duration');
  return freeUntil(busyOf(context.index.technicians, technician.id), start) < end
    ? unavailable('busy')
    : undefined;
}

/**
 * Re-checks one slot against the capacity and the bookings held now: the
 * workshop is open, the advisor receives then with room left in the reception
 * slot, the bay has the services' type and is free, the technician has every
 * skill, works then, and is free, and the slot's end is the job's end (the
 * catalogue's durations, breaks included). {@link reserveSlot} runs it before
 * booking, so a stale or tampered slot is refused.
 *
 * Errors: `slot_unavailable` (with the first failing resource — workshop,
 * advisor, bay, technician in that order — and the reason), `service_unknown`,
 * `service_bay_types_mixed`.
 *
 * @param slot - a slot, usually from {@link findSlots}
 * @param capacity - the workshop capacity
 * @param bookings - the bookings held (the day's ledger)
 * @param config - for the dealer's time zone
 * @returns the slot when it can be booked
 * @example
 * ```ts
 * checkSlot(slot, capacity, ledger.bookings).isOk(); // true until somebody books it
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export function checkSlot(
  slot: Slot,
  capacity: WorkshopCapacity,
  bookings: readonly Booking[],
  config: AppointmentConfig = defaultAppointmentConfig,
): Result<Slot, CheckSlotError> {
  const job = resolveJob(slot.serviceCodes, capacity.services);
  if (job.isErr()) return err(job.error);
  const workshop = (reason: 'closed' | 'outside_hours' | 'duration') =>
    err(slotUnavailable(slot.start, 'workshop', null, reason));
  if (job.value.durationMinutes !== slot.durationMinutes) return workshop('duration');
  const date = toDealerDate(slot.start, config.timeZone);
  if (date !== slot.date) return workshop('outside_hours');
  const clock = createDayClock(date, config.timeZone);
  const opening = openingOf(capacity, clock, closedDates(capacity));
  if (opening === undefined) return workshop('closed');
  const start = epochMinutesOf(slot.start);
  const end = epochMinutesOf(slot.end);
  if (start < opening.open || end > opening.close || end <= start) return workshop('outside_hours');
  const index = indexBookings(
    bookings,
    epochMsToInstant(Math.round(clock.start * MS_PER_MINUTE)),
    epochMsToInstant(Math.round(clock.end * MS_PER_MINUTE)),
  );
  const context: SlotContext = { slot, capacity, opening, index, job: job.value, start, end };
  const problem = checkAdvisor(context) ?? checkBay(context) ?? checkTechnician(context);
  return problem === undefined ? ok(slot) : err(problem);
}
