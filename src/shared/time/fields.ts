/**
 * Calendar-field checks shared by the instant and calendar-date schemas.
 * Internal to `src/shared/time`: not exported from the shared index.
 */

/** Milliseconds in one UTC day; UTC has no DST, so calendar arithmetic on it is exact. */
export const MS_PER_DAY = 86_400_000;

/** Milliseconds in one minute. */
export const MS_PER_MINUTE = 60_000;

/** Smallest year the time helpers accept (four digits; keeps `Date`'s 2-digit-year quirk away). */
export const MIN_YEAR = 1000;

/** Largest year the time helpers accept (four digits). */
export const MAX_YEAR = 9999;

/** Whether `year-month-day` (month 1–12) names a real day of the proleptic Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Left-pads a non-negative integer with zeros to `width` digits. */
export function padNumber(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats calendar fields (month 1–12) as `YYYY-MM-DD`. */
export function formatDateFields(year: number, month: number, day: number): string {
  return `${padNumber(year, 4)}-${padNumber(month, 2)}-${padNumber(day, 2)}`;
}
