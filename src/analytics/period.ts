import {
  type CalendarDate,
  calendarPeriodBounds,
  calendarPeriodOf,
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
  return calendarPeriodOf(date, granularity);
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
  const bounds = calendarPeriodBounds(label);
  return bounds === undefined ? Number.NaN : differenceInCalendarDays(bounds.to, bounds.from) + 1;
}
