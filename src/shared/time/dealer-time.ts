import { tzOffset } from '@date-fns/tz/tzOffset';
import type { CalendarDate } from './calendar-date';
import { formatDateFields, MS_PER_DAY, MS_PER_MINUTE } from './fields';
import { epochMsToInstant, type Instant, instantToEpochMs } from './instant';
import { type TimeOfDay, timeOfDayToMinutes } from './time-of-day';
import { DEFAULT_TIME_ZONE, type TimeZone } from './time-zone';

// Offsets come from `tzOffset` (Intl data for the named zone) and all field
// arithmetic is done in UTC. TZDate's wall-field constructor is not used: it
// resolves ambiguous wall times through the host's zone, so the same input
// gave different instants on differently configured machines.

/** The zone's UTC offset at an instant, in milliseconds (east positive). */
function offsetMs(zone: TimeZone, epochMs: number): number {
  const minutes = tzOffset(zone, new Date(epochMs));
  // Only a zone cast instead of parsed gets here without an offset: a programmer error.
  if (Number.isNaN(minutes)) throw new RangeError(`unknown time zone: ${zone}`);
  return Math.round(minutes * MS_PER_MINUTE);
}

/**
 * The instant at which the zone's wall clock reads `wallMs` (wall fields
 * encoded as if UTC). Real zones change offset at most once in 48 hours, so
 * the offsets a day before and after are the only candidates.
 */
function wallToEpochMs(wallMs: number, zone: TimeZone): number {
  const before = offsetMs(zone, wallMs - MS_PER_DAY);
  const after = offsetMs(zone, wallMs + MS_PER_DAY);
  const matches = [wallMs - before, wallMs - after].filter(
    (candidate) => candidate + offsetMs(zone, candidate) === wallMs,
  );
  // Repeated wall time: the first occurrence. Skipped wall time: read it with the
  // offset in force before the change, which moves it forward by the gap.
  return matches.length > 0 ? Math.min(...matches) : wallMs - before;
}

/**
 * The calendar date an instant falls on in the dealer's time zone: what the
 * service desk's wall calendar shows at that moment.
 *
 * @param instant - the moment
 * @param zone - the dealer's zone, `Asia/Shanghai` by default
 * @throws RangeError for a zone that did not come from `TimeZoneSchema` and
 * is unknown (a programmer error)
 * @example
 * ```ts
 * const at = parseInstant('2026-11-26T16:30:00Z')._unsafeUnwrap();
 * toDealerDate(at); // '2026-11-27' (00:30 in Shanghai)
 * toDealerDate(at, parseTimeZone('America/New_York')._unsafeUnwrap()); // '2026-11-26'
 * ```
 * @category shared
 */
export function toDealerDate(instant: Instant, zone: TimeZone = DEFAULT_TIME_ZONE): CalendarDate {
  const epochMs = instantToEpochMs(instant);
  // A Date built from a number is a pure conversion; only its UTC fields are read.
  const wall = new Date(epochMs + offsetMs(zone, epochMs));
  return formatDateFields(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
  ) as CalendarDate;
}

/**
 * The instant at which the dealer's wall clock shows `time` on `date`,
 * following the zone's daylight-saving rules. A wall time skipped by a
 * spring-forward change moves forward by the gap (02:30 on 2026-03-08 in
 * New York becomes 03:30 EDT); a wall time repeated by a fall-back change
 * resolves to its first occurrence (01:30 on 2026-11-01 in New York is 01:30 EDT).
 *
 * @param date - the dealer's calendar date
 * @param time - the wall-clock time, `HH:mm`
 * @param zone - the dealer's zone, `Asia/Shanghai` by default
 * @throws RangeError for a zone that did not come from `TimeZoneSchema` and
 * is unknown (a programmer error)
 * @example
 * ```ts
 * const date = parseCalendarDate('2026-11-27')._unsafeUnwrap();
 * const opensAt = parseTimeOfDay('08:30')._unsafeUnwrap();
 * dealerDateTimeToInstant(date, opensAt); // '2026-11-27T00:30:00.000Z'
 * ```
 * @category shared
 */
export function dealerDateTimeToInstant(
  date: CalendarDate,
  time: TimeOfDay,
  zone: TimeZone = DEFAULT_TIME_ZONE,
): Instant {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const minutes = timeOfDayToMinutes(time);
  const wallMs = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  return epochMsToInstant(wallToEpochMs(wallMs, zone));
}

/**
 * The first instant of a calendar date in the dealer's zone. Usually local
 * midnight; where a DST change skips midnight, the first wall time that exists.
 * Together with the next day's start it bounds "today" for queries and KPIs:
 * `startOfDealerDay(d) <= at < startOfDealerDay(addCalendarDays(d, 1))`.
 *
 * @param date - the dealer's calendar date
 * @param zone - the dealer's zone, `Asia/Shanghai` by default
 * @throws RangeError for an unknown zone, as {@link dealerDateTimeToInstant}
 * @example
 * ```ts
 * startOfDealerDay(parseCalendarDate('2026-11-27')._unsafeUnwrap()); // '2026-11-26T16:00:00.000Z'
 * ```
 * @category shared
 */
export function startOfDealerDay(date: CalendarDate, zone: TimeZone = DEFAULT_TIME_ZONE): Instant {
  return dealerDateTimeToInstant(date, '00:00' as TimeOfDay, zone);
}
