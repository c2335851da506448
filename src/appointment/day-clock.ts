import {
  addCalendarDays,
  type CalendarDate,
  dealerDateTimeToInstant,
  epochMsToInstant,
  type Instant,
  instantToEpochMs,
  startOfDealerDay,
  type TimeOfDay,
  type TimeZone,
} from '../shared/index';
import { WEEKDAYS, type Weekday } from './vocabulary';

/** Milliseconds in a minute: slot arithmetic runs on integer epoch minutes. @internal */
export const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;
const LAST_DATE = '9999-12-31';
const TWO_DIGITS: readonly string[] = Object.freeze(
  Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0')),
);

/**
 * Converts one dealer day's wall-clock minutes to epoch minutes. Zone lookups
 * are slow next to slot arithmetic, so a day costs one lookup when its
 * offset does not change (every day in Asia/Shanghai); only a DST-change day
 * converts each wall time through the shared helper, memoised.
 * @internal
 */
export interface DayClock {
  readonly date: CalendarDate;
  readonly zone: TimeZone;
  /** Epoch minutes of the day's first instant. */
  readonly start: number;
  /** Epoch minutes of the next day's first instant. */
  readonly end: number;
  /** True when wall minute `m` is simply `start + m`. */
  readonly linear: boolean;
  readonly memo: Map<number, number>;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** The canonical instant layout `YYYY-MM-DDTHH:mm:ss.sssZ`, checked by its separators. */
function isCanonical(text: string): boolean {
  return (
    text.length === 24 &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === 'T' &&
    text[13] === ':' &&
    text[16] === ':' &&
    text[19] === '.' &&
    text[23] === 'Z'
  );
}

/** The UTC day number (days since 1970-01-01) an instant string falls on. @internal */
export function epochDayOf(instant: string): number {
  if (!isCanonical(instant))
    return Math.floor(Date.parse(instant) / (MS_PER_MINUTE * MINUTES_PER_DAY));
  return daysFromCivil(digitsAt(instant, 0, 4), digitsAt(instant, 5, 2), digitsAt(instant, 8, 2));
}

/**
 * Epoch minutes of an instant string. Slot search reads thousands of booking
 * instants, and `Date.parse` costs several times this field arithmetic on
 * the canonical layout; anything else falls back to `Date.parse`.
 * @internal
 */
export function epochMinutesOf(instant: string): number {
  if (!isCanonical(instant)) return Date.parse(instant) / MS_PER_MINUTE;
  const days = daysFromCivil(
    digitsAt(instant, 0, 4),
    digitsAt(instant, 5, 2),
    digitsAt(instant, 8, 2),
  );
  const minutes = digitsAt(instant, 11, 2) * 60 + digitsAt(instant, 14, 2);
  const millis = digitsAt(instant, 17, 2) * 1000 + digitsAt(instant, 20, 3);
  return days * MINUTES_PER_DAY + minutes + millis / MS_PER_MINUTE;
}

/**
 * The clock of `date`. Pass `start` when the caller already knows the day's
 * first instant (the previous day's `end`), saving a zone lookup.
 * @internal
 */
export function createDayClock(date: CalendarDate, zone: TimeZone, start?: number): DayClock {
  const first = start ?? instantToEpochMs(startOfDealerDay(date, zone)) / MS_PER_MINUTE;
  // The last representable date has no next day to ask the zone about.
  const end =
    date >= LAST_DATE
      ? first + MINUTES_PER_DAY
      : instantToEpochMs(startOfDealerDay(addCalendarDays(date, 1), zone)) / MS_PER_MINUTE;
  return {
    date,
    zone,
    start: first,
    end,
    // Zones change offset at most once a day, so a 24-hour day has one offset
    // throughout and its first instant is wall midnight.
    linear: end - first === MINUTES_PER_DAY,
    memo: new Map(),
  };
}

function formatWall(minutes: number): TimeOfDay {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}` as TimeOfDay;
}

/** Epoch minutes at which the dealer's wall clock shows `wallMinutes` (0–1439) on the day. @internal */
export function wallToEpochMinutes(clock: DayClock, wallMinutes: number): number {
  if (clock.linear) return clock.start + wallMinutes;
  const known = clock.memo.get(wallMinutes);
  if (known !== undefined) return known;
  const instant = dealerDateTimeToInstant(clock.date, formatWall(wallMinutes), clock.zone);
  const minutes = instantToEpochMs(instant) / MS_PER_MINUTE;
  clock.memo.set(wallMinutes, minutes);
  return minutes;
}

/** The weekday of a calendar date (pure arithmetic on the date's fields). @internal */
export function weekdayOf(date: CalendarDate): Weekday {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

/**
 * The instant text of an epoch minute. A search formats hundreds of them,
 * and building a `Date` for each costs more than the search itself: each UTC
 * day's `YYYY-MM-DDT` is formatted once (through `epochMsToInstant`, which
 * also range-checks it) and kept in `dayPrefixes`, the time comes from a
 * table. Fractional minutes (zones with second-level offsets) take the
 * general path.
 * @internal
 */
export function instantOfMinute(minute: number, dayPrefixes: Map<number, string>): Instant {
  if (!Number.isInteger(minute)) return epochMsToInstant(Math.round(minute * MS_PER_MINUTE));
  const day = Math.floor(minute / MINUTES_PER_DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = epochMsToInstant(day * MINUTES_PER_DAY * MS_PER_MINUTE).slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const wall = minute - day * MINUTES_PER_DAY;
  return `${prefix}${TWO_DIGITS[Math.floor(wall / 60)]}:${TWO_DIGITS[wall % 60]}:00.000Z` as Instant;
}
