import {
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  type TimeZone,
  toDealerDate,
} from '../shared/index';
import type { PeriodGranularity } from './kpi';

/**
 * The label of the period a dealer date falls in: `2026-03` (month),
 * `2026-Q1` (quarter) or `2026` (year). Labels of one granularity sort
 * chronologically as text.
 *
 * @param date - a dealer date
 * @param granularity - month, quarter or year
 * @example
 * ```ts
 * periodOfDate('2026-05-31' as CalendarDate, 'quarter'); // '2026-Q2'
 * ```
 * @category analytics
 * @see §11.2.2
 */
export function periodOfDate(date: CalendarDate, granularity: PeriodGranularity): string {
  if (granularity === 'year') return date.slice(0, 4);
  if (granularity === 'month') return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/**
 * The label of the period an instant falls in, on the dealer's calendar:
 * `2026-03-31T16:30:00.000Z` is April 1st in Shanghai, so month `2026-04`.
 *
 * @param at - an ISO-8601 UTC instant
 * @param granularity - month, quarter or year
 * @param zone - the dealer's time zone
 * @example
 * ```ts
 * periodOfInstant('2026-03-31T16:30:00.000Z' as Instant, 'month', 'Asia/Shanghai' as TimeZone); // '2026-04'
 * ```
 * @category analytics
 * @see §11.2.2
 */
export function periodOfInstant(
  at: Instant,
  granularity: PeriodGranularity,
  zone: TimeZone,
): string {
  return periodOfDate(toDealerDate(at, zone), granularity);
}

function firstDayOf(label: string): { year: number; month: number; months: number } {
  const year = Number(label.slice(0, 4));
  if (label.length === 4) return { year, month: 1, months: 12 };
  if (label[5] === 'Q') return { year, month: (Number(label.slice(6)) - 1) * 3 + 1, months: 3 };
  return { year, month: Number(label.slice(5, 7)), months: 1 };
}

function dateOf(year: number, month: number): CalendarDate {
  const carry = Math.floor((month - 1) / 12);
  const m = month - carry * 12;
  return `${String(year + carry).padStart(4, '0')}-${String(m).padStart(2, '0')}-01` as CalendarDate;
}

/**
 * The number of calendar days in a period label from {@link periodOfDate}
 * (31 for `2026-03`, 90 for `2026-Q1`, 365 for `2026`).
 *
 * @param label - `YYYY-MM`, `YYYY-Qn` or `YYYY`
 * @example
 * ```ts
 * periodDays('2028-Q1'); // 91 (a leap year)
 * ```
 * @category analytics
 * @see §11.2.2
 */
export function periodDays(label: string): number {
  const { year, month, months } = firstDayOf(label);
  return differenceInCalendarDays(dateOf(year, month + months), dateOf(year, month));
}
