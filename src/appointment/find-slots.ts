import { err, type Result } from 'neverthrow';
import {
  addCalendarDays,
  type CalendarDate,
  differenceInCalendarDays,
  startOfDealerDay,
  toDealerDate,
} from '../shared/index';
import { indexSpan, prepareTimeline } from './booking-index';
import type { Advisor, Technician, WorkshopCapacity } from './capacity-schema';
import { type AppointmentConfig, defaultAppointmentConfig } from './config';
import { createDayClock, epochMinutesOf } from './day-clock';
import {
  type AdvisorDay,
  advisorDay,
  closedDates,
  type DayOpening,
  openingOf,
  type TechnicianDay,
  technicianDay,
} from './day-plan';
import {
  type HorizonTooLongError,
  horizonTooLong,
  type ServiceBayTypesMixedError,
  type ServiceUnknownError,
  type SlotLimitTooLargeError,
  slotLimitTooLarge,
} from './errors';
import { type Job, resolveJob } from './resolve-job';
import { type Search, type SearchDay, scanDay } from './scan-day';
import type { Booking, Slot, SlotRequest } from './slot-schema';

const LAST_DATE = '9999-12-30' as CalendarDate;

/**
 * Errors {@link findSlots} can return.
 *
 * @example
 * ```ts
 * const codes: FindSlotsError['code'][] = ['service_unknown', 'horizon_too_long'];
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type FindSlotsError =
  | ServiceUnknownError
  | ServiceBayTypesMixedError
  | HorizonTooLongError
  | SlotLimitTooLargeError;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function rankAdvisors(advisors: readonly Advisor[], preferred: string | undefined): Advisor[] {
  const sorted = [...advisors].sort(byId);
  const index = sorted.findIndex((advisor) => advisor.id === preferred);
  if (index <= 0) return sorted;
  const [first] = sorted.splice(index, 1);
  return first === undefined ? sorted : [first, ...sorted];
}

function hasSkills(technician: Technician, skills: readonly string[]): boolean {
  return skills.every((skill) => technician.skills.includes(skill));
}

function planSearchDay(search: Search, opening: DayOpening): SearchDay | undefined {
  const date = opening.clock.date;
  const bays = search.bays.filter((bay) => !(bay.outOfService ?? []).includes(date));
  const technicians = search.technicians
    .map((technician) => technicianDay(technician, opening))
    .filter((day): day is TechnicianDay => day !== undefined);
  const advisors = search.advisors
    .map((advisor) => advisorDay(advisor, opening))
    .filter((day): day is AdvisorDay => day !== undefined);
  if (bays.length === 0 || technicians.length === 0 || advisors.length === 0) return undefined;
  const index = indexSpan(search.timeline, opening.clock.start, opening.clock.end);
  return { opening, index, bays, technicians, advisors };
}

function runSearch(search: Search, firstDate: CalendarDate, lastDate: CalendarDate): void {
  const closed = closedDates(search.capacity);
  let dayStart = search.windowStart;
  for (let date = firstDate; date <= lastDate; date = addCalendarDays(date, 1)) {
    const clock = createDayClock(date, search.zone, dayStart);
    dayStart = clock.end;
    // Days that end before the earliest possible finish cannot hold a slot.
    if (clock.end < search.earliest + search.job.durationMinutes) continue;
    const opening = openingOf(search.capacity, clock, closed);
    const day = opening === undefined ? undefined : planSearchDay(search, opening);
    if (day !== undefined) scanDay(search, day);
    if (search.results.length >= search.limit) return;
  }
}

function startSearch(
  request: SlotRequest,
  job: Job,
  capacity: WorkshopCapacity,
  bookings: readonly Booking[],
  options: { config: AppointmentConfig; horizonDays: number; limit: number },
): readonly Slot[] {
  const { config } = options;
  const zone = config.timeZone;
  const today = toDealerDate(request.after, zone);
  const firstDate = request.from !== undefined && request.from > today ? request.from : today;
  // Calendar dates end at 9999-12-31, and the day after the horizon must exist.
  const lastDay = Math.min(options.horizonDays - 1, differenceInCalendarDays(LAST_DATE, today));
  const lastDate = addCalendarDays(today, lastDay);
  const bays = capacity.bays.filter((bay) => bay.type === job.bayType).sort(byId);
  const technicians = capacity.technicians
    .filter((technician) => hasSkills(technician, job.skills))
    .sort(byId);
  const advisors = rankAdvisors(capacity.advisors, request.preferredAdvisorId);
  if (firstDate > lastDate || bays.length === 0 || technicians.length === 0) return [];
  const windowStart = startOfDealerDay(firstDate, zone);
  const windowEnd = startOfDealerDay(addCalendarDays(lastDate, 1), zone);
  const search: Search = {
    job,
    request,
    capacity,
    zone,
    windowStart: epochMinutesOf(windowStart),
    timeline: prepareTimeline(bookings, windowStart, windowEnd),
    earliest: Math.ceil(epochMinutesOf(request.after) + config.minLeadTimeMinutes),
    limit: options.limit,
    perStart: request.alternativesPerStart ?? 1,
    bays,
    technicians,
    advisors,
    results: [],
    dayPrefixes: new Map(),
  };
  runSearch(search, firstDate, lastDate);
  return search.results;
}

/**
 * Finds bookable slots (安排合适的维修时间): start times within the horizon
 * where a service advisor can receive the car (a reception slot with room
 * left), a bay of the services' type and a technician holding every required
 * skill are all free for the whole estimated duration, inside opening hours
 * and the technician's shift. Work pauses over the technician's breaks (the
 * bay stays occupied). Never proposes a slot that overlaps a booking, a
 * closure or public holiday, an absence or an out-of-service bay, nor one
 * that starts before `request.after` plus the minimum lead time.
 *
 * Ranking is deterministic: earliest start first; for the same start the
 * customer's preferred advisor, then advisor id, bay id, technician id (by
 * code unit). By default one slot per start time (the best combination);
 * `alternativesPerStart` returns more. Stops after `limit` slots.
 *
 * Start times lie on the reception grid (every `receptionSlotMinutes` from
 * wall-clock midnight) in the dealer's time zone, DST-safe. Internally every
 * time is an integer minute; the zone is consulted once per day searched.
 *
 * Errors: `service_unknown`, `service_bay_types_mixed`, `horizon_too_long`
 * (`horizonDays` above `config.maxHorizonDays`), `slot_limit_too_large`.
 *
 * @param request - the services, "now", and optional horizon, limit, first date, preferred advisor
 * @param capacity - the workshop capacity (parse it with {@link parseWorkshopCapacity})
 * @param bookings - bookings already held (e.g. the days' {@link DayBookings} ledgers)
 * @param config - the dealer's appointment configuration
 * @returns the ranked slots, possibly none
 * @example
 * ```ts
 * import { findSlots, parseWorkshopCapacity } from 'aftersales/appointment';
 *
 * const capacity = parseWorkshopCapacity({
 *   openingHours: { monday: { start: '08:30', end: '17:30' } },
 *   bays: [{ id: 'bay_1', type: 'express' }],
 *   technicians: [{ id: 'emp_t1', skills: ['maintenance'],
 *     shifts: { monday: { start: '08:30', end: '17:30', breaks: [{ start: '12:00', end: '13:00' }] } } }],
 *   advisors: [{ id: 'emp_a1', maxArrivalsPerSlot: 2, shifts: { monday: { start: '08:30', end: '17:00' } } }],
 *   services: [{ code: 'MAINT-10K', name: '10,000 km service', durationMinutes: 90,
 *     bayType: 'express', skill: 'maintenance' }],
 * })._unsafeUnwrap();
 *
 * const slots = findSlots(
 *   { services: ['MAINT-10K'], after: '2026-11-29T00:00:00.000Z' as Instant, limit: 3 },
 *   capacity,
 *   [],
 * )._unsafeUnwrap();
 * slots[0]?.start; // '2026-11-30T00:30:00.000Z' (Monday 08:30 in Shanghai)
 * slots[0]?.end; // '2026-11-30T02:00:00.000Z' (10:00)
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export function findSlots(
  request: SlotRequest,
  capacity: WorkshopCapacity,
  bookings: readonly Booking[],
  config: AppointmentConfig = defaultAppointmentConfig,
): Result<readonly Slot[], FindSlotsError> {
  const horizonDays = request.horizonDays ?? config.horizonDays;
  if (horizonDays > config.maxHorizonDays) {
    return err(horizonTooLong(horizonDays, config.maxHorizonDays));
  }
  const limit = request.limit ?? config.slotLimit;
  if (limit > config.maxSlotLimit) return err(slotLimitTooLarge(limit, config.maxSlotLimit));
  return resolveJob(request.services, capacity.services).map((job) =>
    startSearch(request, job, capacity, bookings, { config, horizonDays, limit }),
  );
}
