import { type CalendarDate, timeOfDayToMinutes } from '../shared/index';
import type { Advisor, Technician, WorkshopCapacity } from './capacity-schema';
import { type DayClock, wallToEpochMinutes, weekdayOf } from './day-clock';
import type { Shift, TimeWindow } from './hours-schema';
import type { Weekday } from './vocabulary';

/** One dealer day's opening, in wall minutes and epoch minutes. @internal */
export interface DayOpening {
  readonly clock: DayClock;
  readonly weekday: Weekday;
  readonly openWall: number;
  readonly closeWall: number;
  readonly open: number;
  readonly close: number;
}

/** A technician's working time on one day: flat `[start, end, …]` epoch minutes, breaks cut out. @internal */
export interface TechnicianDay {
  readonly id: string;
  readonly working: readonly number[];
}

/** An advisor's reception window on one day, in epoch minutes. @internal */
export interface AdvisorDay {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly maxArrivals: number;
}

/** Dates the workshop is shut (closures and public holidays), for O(1) lookups. @internal */
export function closedDates(capacity: WorkshopCapacity): ReadonlySet<string> {
  return new Set(capacity.closures.map((closure) => closure.date));
}

/**
 * The workshop's opening on the clock's day, or `undefined` when it is closed
 * (no hours that weekday, or a closure or holiday).
 * @internal
 */
export function openingOf(
  capacity: WorkshopCapacity,
  clock: DayClock,
  closed: ReadonlySet<string>,
): DayOpening | undefined {
  if (closed.has(clock.date)) return undefined;
  const weekday = weekdayOf(clock.date);
  const hours: TimeWindow | undefined = capacity.openingHours[weekday];
  if (hours === undefined) return undefined;
  const openWall = timeOfDayToMinutes(hours.start);
  const closeWall = timeOfDayToMinutes(hours.end);
  return {
    clock,
    weekday,
    openWall,
    closeWall,
    open: wallToEpochMinutes(clock, openWall),
    close: wallToEpochMinutes(clock, closeWall),
  };
}

function isAbsent(absences: readonly CalendarDate[] | undefined, date: CalendarDate): boolean {
  return absences?.includes(date) === true;
}

/**
 * A shift minus its breaks, clipped to the opening, as epoch-minute intervals;
 * empty when nothing of it lies inside the opening.
 */
function workingIntervals(shift: Shift, day: DayOpening): number[] {
  const cuts = [...(shift.breaks ?? [])]
    .map((pause) => [timeOfDayToMinutes(pause.start), timeOfDayToMinutes(pause.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  const working: number[] = [];
  let from = Math.max(timeOfDayToMinutes(shift.start), day.openWall);
  const until = Math.min(timeOfDayToMinutes(shift.end), day.closeWall);
  for (const [pauseStart, pauseEnd] of cuts) {
    const to = Math.min(pauseStart, until);
    if (to > from)
      working.push(wallToEpochMinutes(day.clock, from), wallToEpochMinutes(day.clock, to));
    from = Math.max(from, pauseEnd);
  }
  if (until > from)
    working.push(wallToEpochMinutes(day.clock, from), wallToEpochMinutes(day.clock, until));
  return working;
}

/** The technician's working time that day, or `undefined` when absent or off. @internal */
export function technicianDay(technician: Technician, day: DayOpening): TechnicianDay | undefined {
  const shift = technician.shifts[day.weekday];
  if (shift === undefined || isAbsent(technician.absences, day.clock.date)) return undefined;
  const working = workingIntervals(shift, day);
  return working.length === 0 ? undefined : { id: technician.id, working };
}

/** The advisor's reception window that day (inside the opening), or `undefined`. @internal */
export function advisorDay(advisor: Advisor, day: DayOpening): AdvisorDay | undefined {
  const shift = advisor.shifts[day.weekday];
  if (shift === undefined || isAbsent(advisor.absences, day.clock.date)) return undefined;
  const startWall = Math.max(timeOfDayToMinutes(shift.start), day.openWall);
  const endWall = Math.min(timeOfDayToMinutes(shift.end), day.closeWall);
  if (endWall <= startWall) return undefined;
  return {
    id: advisor.id,
    start: wallToEpochMinutes(day.clock, startWall),
    end: wallToEpochMinutes(day.clock, endWall),
    maxArrivals: advisor.maxArrivalsPerSlot,
  };
}

/**
 * When a job of `duration` working minutes that starts at `start` ends: work
 * pauses over breaks and resumes after them (the bay stays occupied). `NaN`
 * when `start` is not inside working time or the job does not fit the shift.
 * @internal
 */
export function jobEnd(working: readonly number[], start: number, duration: number): number {
  let remaining = duration;
  let cursor = start;
  let started = false;
  for (let i = 0; i < working.length; i += 2) {
    const from = working[i] ?? 0;
    const to = working[i + 1] ?? 0;
    if (!started) {
      if (start < from || start >= to) continue;
      started = true;
    } else {
      cursor = from;
    }
    if (cursor + remaining <= to) return cursor + remaining;
    remaining -= to - cursor;
  }
  return Number.NaN;
}
