import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { ValidationError } from '../errors';
import type { Brand } from '../ids';
import { parseWith } from '../validation';
import { isRealDate, MAX_YEAR, MIN_YEAR, MS_PER_DAY } from './fields';

/**
 * A calendar date (日期) without a time or zone, `YYYY-MM-DD`: a due date, a
 * business day, an inspection date. Which instants it covers depends on the
 * dealer's time zone (see `startOfDealerDay`). Calendar dates sort
 * correctly as strings.
 *
 * @example
 * ```ts
 * import { parseCalendarDate, type CalendarDate } from 'aftersales/shared';
 * const due: CalendarDate = parseCalendarDate('2026-11-27')._unsafeUnwrap();
 * ```
 * @category shared
 */
export type CalendarDate = Brand<string, 'CalendarDate'>;

const DATE_LENGTH = 10;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const MIN_DAY_NUMBER = Date.UTC(MIN_YEAR, 0, 1) / MS_PER_DAY;
const MAX_DAY_NUMBER = Date.UTC(MAX_YEAR, 11, 31) / MS_PER_DAY;

function isCalendarDateText(text: string): boolean {
  const match = text.length === DATE_LENGTH ? DATE_PATTERN.exec(text) : null;
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Schema of a {@link CalendarDate}: exactly `YYYY-MM-DD`, a real day of
 * years 1000–9999 (no February 30, no `2026-1-5`, no time part).
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const Schema = z.object({ dueOn: CalendarDateSchema });
 * Schema.safeParse({ dueOn: '2026-02-30' }).success; // false
 * ```
 * @category shared
 */
export const CalendarDateSchema = z.pipe(
  z.string().check(
    z.maxLength(DATE_LENGTH),
    z.refine(isCalendarDateText, {
      message: 'must be a real calendar date written YYYY-MM-DD',
      params: { reason: 'calendar_date_format' },
    }),
  ),
  z.transform((text: string) => text as CalendarDate),
);

/**
 * Parses unknown input into a {@link CalendarDate}. Never throws.
 *
 * Errors: `validation_failed` (reason `calendar_date_format`, or zod's `invalid_type` / `too_big`).
 *
 * @example
 * ```ts
 * parseCalendarDate('2028-02-29').isOk(); // true (leap year)
 * parseCalendarDate('2026-02-29').isErr(); // true
 * ```
 * @category shared
 */
export function parseCalendarDate(input: unknown): Result<CalendarDate, ValidationError> {
  return parseWith(CalendarDateSchema, input);
}

/** Days since 1970-01-01 (UTC has no DST, so this count is exact). */
function toDayNumber(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(
      `calendar date out of the supported range (years ${MIN_YEAR}–${MAX_YEAR})`,
    );
  }
  // A Date built from a number is a pure conversion; it does not read the clock.
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, DATE_LENGTH) as CalendarDate;
}

/**
 * The date `days` calendar days after `date` (negative: before).
 *
 * @throws RangeError when `days` is not an integer or the result leaves
 * years 1000–9999 (a programmer error)
 * @example
 * ```ts
 * addCalendarDays(parseCalendarDate('2026-12-31')._unsafeUnwrap(), 1); // '2027-01-01'
 * addCalendarDays(parseCalendarDate('2028-03-01')._unsafeUnwrap(), -1); // '2028-02-29'
 * ```
 * @category shared
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer: ${String(days)}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * How many calendar days `later` is after `earlier` (negative when it is
 * before), counting dates, not 24-hour periods: the argument order follows
 * date-fns (`differenceInCalendarDays(later, earlier)`).
 *
 * @example
 * ```ts
 * differenceInCalendarDays(
 *   parseCalendarDate('2027-01-01')._unsafeUnwrap(),
 *   parseCalendarDate('2026-12-31')._unsafeUnwrap(),
 * ); // 1
 * ```
 * @category shared
 */
export function differenceInCalendarDays(later: CalendarDate, earlier: CalendarDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/**
 * `date` plus whole calendar months (negative: minus), the day clamped to
 * the target month's end (`2026-08-31` + 6 months is `2027-02-28`), so
 * "every six months" or "within one month of hire" follow the calendar
 * rather than a count of days.
 *
 * @throws RangeError when `months` is not an integer or the result leaves
 * years 1000–9999 (a programmer error)
 * @example
 * ```ts
 * addCalendarMonths(parseCalendarDate('2026-08-31')._unsafeUnwrap(), 6); // '2027-02-28'
 * addCalendarMonths(parseCalendarDate('2028-02-29')._unsafeUnwrap(), -12); // '2027-02-28'
 * ```
 * @category shared
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isSafeInteger(months)) {
    throw new RangeError(`months must be an integer: ${String(months)}`);
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  // Date.UTC reads years 0–99 as 1900–1999, so the range is checked first.
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new RangeError(
      `calendar date out of the supported range (years ${MIN_YEAR}–${MAX_YEAR})`,
    );
  }
  // Day 0 of the next month is the last day of this one; a pure conversion, no clock.
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)) / MS_PER_DAY);
}
