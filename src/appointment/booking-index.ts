import { epochDayOf, epochMinutesOf } from './day-clock';
import type { Booking } from './slot-schema';

/**
 * Bookings bucketed once per search by the UTC days they touch, so each
 * searched day parses and indexes only its own few bookings: a search that
 * stops on its first day never reads the other 29 days' bookings.
 * @internal
 */
export interface BookingTimeline {
  readonly bookings: readonly Booking[];
  /** UTC day number of bucket 0. */
  readonly firstDay: number;
  /** Per UTC day, the positions of the bookings touching it. */
  readonly buckets: readonly (number[] | undefined)[];
  /** Each booking's first UTC day, to visit it once per span. */
  readonly startDays: Int32Array;
}

/**
 * Existing bookings of one span indexed for slot arithmetic, in epoch
 * minutes: per bay and per technician the busy time as sorted, merged,
 * disjoint intervals (flat `[start0, end0, start1, end1, …]`), and per advisor
 * the sorted arrival minutes.
 * @internal
 */
export interface BookingIndex {
  readonly bays: ReadonlyMap<string, readonly number[]>;
  readonly technicians: ReadonlyMap<string, readonly number[]>;
  readonly arrivals: ReadonlyMap<string, readonly number[]>;
}

const NONE: readonly number[] = Object.freeze([]);
const MINUTES_PER_DAY = 1440;

/**
 * Buckets the bookings that touch the UTC days of `[windowStart, windowEnd)`
 * by day, reading only the date part of their instants.
 * @internal
 */
export function prepareTimeline(
  bookings: readonly Booking[],
  windowStart: string,
  windowEnd: string,
): BookingTimeline {
  const firstDay = epochDayOf(windowStart);
  const dayCount = epochDayOf(windowEnd) - firstDay + 1;
  const buckets: (number[] | undefined)[] = new Array(dayCount);
  const startDays = new Int32Array(bookings.length);
  bookings.forEach((booking, i) => {
    const from = epochDayOf(booking.start);
    startDays[i] = from;
    const until = Math.min(epochDayOf(booking.end), firstDay + dayCount - 1);
    for (let day = Math.max(from, firstDay); day <= until; day += 1) {
      const bucket = buckets[day - firstDay];
      if (bucket === undefined) buckets[day - firstDay] = [i];
      else bucket.push(i);
    }
  });
  return { bookings, firstDay, buckets, startDays };
}

/** Appends `[start, end)` to a resource's sorted busy list, merging overlaps. */
function addBusy(map: Map<string, number[]>, key: string, start: number, end: number): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [start, end]);
    return;
  }
  const last = list.length - 1;
  if (start <= (list[last] ?? 0)) list[last] = Math.max(list[last] ?? 0, end);
  else list.push(start, end);
}

/** The bookings overlapping `[from, to)` as `[start, end, position]`, sorted by start. */
function spanBookings(timeline: BookingTimeline, from: number, to: number): number[][] {
  const firstDay = Math.max(Math.floor(from / MINUTES_PER_DAY), timeline.firstDay);
  const lastDay = Math.floor((to - 1) / MINUTES_PER_DAY);
  const found: number[][] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const i of timeline.buckets[day - timeline.firstDay] ?? NONE) {
      // A booking spanning several days sits in several buckets: take it from its first.
      if (Math.max(timeline.startDays[i] ?? 0, firstDay) !== day) continue;
      const booking = timeline.bookings[i];
      if (booking === undefined) continue;
      const start = epochMinutesOf(booking.start);
      const end = epochMinutesOf(booking.end);
      if (end > start && end > from && start < to) found.push([start, end, i]);
    }
  }
  return found.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

/**
 * Indexes the bookings that overlap `[from, to)` (epoch minutes). Visiting
 * them in start order keeps every list sorted without a sort per resource.
 * @internal
 */
export function indexSpan(timeline: BookingTimeline, from: number, to: number): BookingIndex {
  const bays = new Map<string, number[]>();
  const technicians = new Map<string, number[]>();
  const arrivals = new Map<string, number[]>();
  for (const [start = 0, end = 0, i = 0] of spanBookings(timeline, from, to)) {
    const booking = timeline.bookings[i] as Booking;
    addBusy(bays, booking.bayId, start, end);
    addBusy(technicians, booking.technicianId, start, end);
    const list = arrivals.get(booking.advisorId);
    if (list === undefined) arrivals.set(booking.advisorId, [start]);
    else list.push(start);
  }
  return { bays, technicians, arrivals };
}

/** Indexes all bookings overlapping `[windowStart, windowEnd)` in one step. @internal */
export function indexBookings(
  bookings: readonly Booking[],
  windowStart: string,
  windowEnd: string,
): BookingIndex {
  const timeline = prepareTimeline(bookings, windowStart, windowEnd);
  return indexSpan(timeline, epochMinutesOf(windowStart), epochMinutesOf(windowEnd));
}

/** The busy intervals of one resource, empty when it has none. @internal */
export function busyOf(map: ReadonlyMap<string, readonly number[]>, id: string): readonly number[] {
  return map.get(id) ?? NONE;
}

/**
 * How long a resource stays free from minute `at`: the start of its next busy
 * interval (`Infinity` if none), or `-Infinity` when it is busy at `at`.
 * A job `[at, end)` fits iff `end <= freeUntil(busy, at)`.
 * @internal
 */
export function freeUntil(busy: readonly number[], at: number): number {
  // Binary search for the first interval whose end is after `at` (ends ascend: disjoint, sorted).
  let low = 0;
  let high = busy.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((busy[mid * 2 + 1] ?? 0) > at) high = mid;
    else low = mid + 1;
  }
  if (low * 2 >= busy.length) return Number.POSITIVE_INFINITY;
  const start = busy[low * 2] ?? 0;
  return start <= at ? Number.NEGATIVE_INFINITY : start;
}

/** How many sorted values lie in `[from, to)`. @internal */
export function countInRange(sorted: readonly number[], from: number, to: number): number {
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
