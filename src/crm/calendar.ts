import { addCalendarDays, type CalendarDate, parseCalendarDate } from '../shared/index';

function parts(date: CalendarDate): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

function format(year: number, month: number, day: number): CalendarDate | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = parseCalendarDate(text);
  return parsed.isOk() ? parsed.value : undefined;
}

/**
 * The year of a calendar date. Internal to crm.
 *
 * @example
 * ```ts
 * yearOf('2026-03-01' as CalendarDate); // 2026
 * ```
 * @internal
 * @category crm
 */
export function yearOf(date: CalendarDate): number {
  return parts(date)[0];
}

/**
 * `date` plus whole months, the day clamped to the month's end
 * (`2024-01-31` + 1 month = `2024-02-29`); `undefined` outside the
 * supported years. Internal to crm.
 *
 * @example
 * ```ts
 * addMonths('2020-02-29' as CalendarDate, 12); // '2021-02-28'
 * ```
 * @internal
 * @category crm
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate | undefined {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * The date with the same month and day in `year` (29 February becomes 28
 * February in common years); `undefined` outside the supported years.
 * Internal to crm.
 *
 * @example
 * ```ts
 * anniversaryIn('2000-02-29' as CalendarDate, 2027); // '2027-02-28'
 * ```
 * @internal
 * @category crm
 */
export function anniversaryIn(date: CalendarDate, year: number): CalendarDate | undefined {
  const [, month, day] = parts(date);
  return format(year, month, Math.min(day, daysInMonth(year, month)));
}

/**
 * `MM-DD` in `year`, or `undefined` when that day does not exist (29
 * February in a common year). Internal to crm.
 *
 * @example
 * ```ts
 * monthDayIn('10-01', 2026); // '2026-10-01'
 * ```
 * @internal
 * @category crm
 */
export function monthDayIn(monthDay: string, year: number): CalendarDate | undefined {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return day <= daysInMonth(year, month) ? format(year, month, day) : undefined;
}

/**
 * `date` minus `days`, or `undefined` outside the supported years.
 * Internal to crm.
 *
 * @example
 * ```ts
 * daysBefore('2026-03-08' as CalendarDate, 7); // '2026-03-01'
 * ```
 * @internal
 * @category crm
 */
export function daysBefore(date: CalendarDate, days: number): CalendarDate | undefined {
  try {
    return addCalendarDays(date, -days);
  } catch {
    // Only dates at the very edge of the supported range get here.
    return undefined;
  }
}

/**
 * `date` plus `days`, or `date` itself when that would leave the
 * supported years. Internal to crm.
 *
 * @example
 * ```ts
 * daysAfter('2026-03-01' as CalendarDate, 7); // '2026-03-08'
 * ```
 * @internal
 * @category crm
 */
export function daysAfter(date: CalendarDate, days: number): CalendarDate {
  try {
    return addCalendarDays(date, days);
  } catch {
    // Only dates at the very edge of the supported range get here.
    return date;
  }
}

/**
 * Whether `date` lies within `[from, to]` (ISO dates compare as text).
 * Internal to crm.
 *
 * @example
 * ```ts
 * isWithin('2026-03-05' as CalendarDate, from, to); // true
 * ```
 * @internal
 * @category crm
 */
export function isWithin(date: CalendarDate, from: CalendarDate, to: CalendarDate): boolean {
  return date >= from && date <= to;
}
