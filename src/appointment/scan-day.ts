import type { TimeZone } from '../shared/index';
import {
  type BookingIndex,
  type BookingTimeline,
  busyOf,
  countInRange,
  freeUntil,
} from './booking-index';
import type { Advisor, Bay, Technician, WorkshopCapacity } from './capacity-schema';
import { instantOfMinute, wallToEpochMinutes } from './day-clock';
import { type AdvisorDay, type DayOpening, jobEnd, type TechnicianDay } from './day-plan';
import type { Job } from './resolve-job';
import type { Slot, SlotRequest } from './slot-schema';

// The inner loop of findSlots: one day's reception grid, in integer epoch minutes.
// Internal: nothing here is part of the public surface.

/** Everything fixed for one search, computed once. @internal */
export interface Search {
  readonly job: Job;
  readonly request: SlotRequest;
  readonly capacity: WorkshopCapacity;
  readonly zone: TimeZone;
  /** Epoch minutes of the first searched day's start. */
  readonly windowStart: number;
  readonly timeline: BookingTimeline;
  /** No slot starts before this epoch minute (after + lead time). */
  readonly earliest: number;
  readonly limit: number;
  readonly perStart: number;
  readonly bays: readonly Bay[];
  readonly technicians: readonly Technician[];
  readonly advisors: readonly Advisor[];
  readonly results: Slot[];
  /** UTC day → its `YYYY-MM-DDT`, filled as slots are formatted (see `instantOfMinute`). */
  readonly dayPrefixes: Map<number, string>;
}

/** One working day of the search: who works, and when, and the day's bookings. @internal */
export interface SearchDay {
  readonly opening: DayOpening;
  readonly index: BookingIndex;
  readonly bays: readonly Bay[];
  readonly technicians: readonly TechnicianDay[];
  readonly advisors: readonly AdvisorDay[];
}

interface TechnicianOption {
  readonly id: string;
  readonly end: number;
}

function toSlot(search: Search, day: SearchDay, pick: SlotPick): Slot {
  return {
    date: day.opening.clock.date,
    start: instantOfMinute(pick.start, search.dayPrefixes),
    end: instantOfMinute(pick.end, search.dayPrefixes),
    advisorId: pick.advisorId as Slot['advisorId'],
    bayId: pick.bayId as Slot['bayId'],
    bayType: search.job.bayType,
    technicianId: pick.technicianId as Slot['technicianId'],
    serviceCodes: [...search.request.services],
    durationMinutes: search.job.durationMinutes,
  };
}

interface SlotPick {
  readonly start: number;
  readonly end: number;
  readonly advisorId: string;
  readonly bayId: string;
  readonly technicianId: string;
}

function receives(search: Search, day: SearchDay, advisor: AdvisorDay, start: number): boolean {
  if (start < advisor.start || start >= advisor.end) return false;
  const arrivals = busyOf(day.index.arrivals, advisor.id);
  const slotEnd = start + search.capacity.receptionSlotMinutes;
  return countInRange(arrivals, start, slotEnd) < advisor.maxArrivals;
}

function technicianOptions(search: Search, day: SearchDay, start: number): TechnicianOption[] {
  const options: TechnicianOption[] = [];
  for (const technician of day.technicians) {
    const end = jobEnd(technician.working, start, search.job.durationMinutes);
    if (Number.isNaN(end)) continue;
    if (freeUntil(busyOf(day.index.technicians, technician.id), start) < end) continue;
    options.push({ id: technician.id, end });
  }
  return options;
}

/**
 * Appends the best combinations at `start` for one receiving advisor, ranked
 * by bay id then technician id; returns how many it took.
 */
function collectForAdvisor(
  search: Search,
  day: SearchDay,
  pick: { readonly start: number; readonly advisorId: string; readonly wanted: number },
  options: readonly TechnicianOption[],
): number {
  const shortest = options.reduce((min, option) => Math.min(min, option.end), Infinity);
  let taken = 0;
  for (const bay of day.bays) {
    const free = freeUntil(busyOf(day.index.bays, bay.id), pick.start);
    if (free < shortest) continue;
    for (const option of options) {
      if (option.end > free) continue;
      const chosen = {
        start: pick.start,
        end: option.end,
        advisorId: pick.advisorId,
        bayId: bay.id,
      };
      search.results.push(toSlot(search, day, { ...chosen, technicianId: option.id }));
      taken += 1;
      if (taken >= pick.wanted || search.results.length >= search.limit) return taken;
    }
  }
  return taken;
}

/**
 * Appends the best combinations at `start`, ranked by advisor (preferred,
 * then id), bay id and technician id. The advisor only receives the car, so
 * the bay/technician pairs are the same for every receiving advisor: when
 * the first has none, no advisor has.
 */
function collectAt(search: Search, day: SearchDay, start: number): void {
  let options: TechnicianOption[] | undefined;
  let taken = 0;
  for (const advisor of day.advisors) {
    if (!receives(search, day, advisor, start)) continue;
    options ??= technicianOptions(search, day, start);
    const wanted = search.perStart - taken;
    const added = collectForAdvisor(search, day, { start, advisorId: advisor.id, wanted }, options);
    if (added === 0) return;
    taken += added;
    if (taken >= search.perStart || search.results.length >= search.limit) return;
  }
}

/**
 * Walks one open day's reception grid from the opening, collecting slots
 * into `search.results` until the day ends or the limit is reached.
 * @internal
 */
export function scanDay(search: Search, day: SearchDay): void {
  const step = search.capacity.receptionSlotMinutes;
  const { opening } = day;
  let previous = Number.NEGATIVE_INFINITY;
  for (
    let wall = Math.ceil(opening.openWall / step) * step;
    wall < opening.closeWall;
    wall += step
  ) {
    const start = wallToEpochMinutes(opening.clock, wall);
    // A wall time skipped by DST moves onto a later one; never offer the same start twice.
    if (start <= previous || start < search.earliest) continue;
    previous = start;
    if (start + search.job.durationMinutes > opening.close) return;
    collectAt(search, day, start);
    if (search.results.length >= search.limit) return;
  }
}
