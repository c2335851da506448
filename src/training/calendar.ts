import type { CalendarDate } from '../shared/index';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * The year, month (1–12) and day of a date. Internal to training.
 *
 * @example
 * ```ts
 * dateParts('2026-03-31' as CalendarDate); // [2026, 3, 31]
 * ```
 * @internal
 * @category training
 */
export function dateParts(date: CalendarDate): readonly [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Formats a year, month and day as a calendar date. Internal to training.
 *
 * @example
 * ```ts
 * formatDate(2026, 4, 1); // '2026-04-01'
 * ```
 * @internal
 * @category training
 */
export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

/**
 * The number of days of a month (1–12) of a year. Internal to training.
 *
 * @example
 * ```ts
 * daysInMonth(2028, 2); // 29
 * ```
 * @internal
 * @category training
 */
export function daysInMonth(year: number, month: number): number {
  // Date.UTC is a pure calendar computation here; no clock is read.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
