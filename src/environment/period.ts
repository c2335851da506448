import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type CalendarDate,
  CalendarDateSchema,
  type Instant,
  parseWith,
  type TimeZone,
  toDealerDate,
  type ValidationError,
} from '../shared/index';

/**
 * Schema of a reporting period: `from` and `to` are dealer-local calendar
 * dates, both inclusive (a month is `2026-03-01` to `2026-03-31`). A
 * period that ends before it starts fails with reason `period_reversed`.
 *
 * @example
 * ```ts
 * PeriodSchema.safeParse({ from: '2026-03-01', to: '2026-03-31' }).success; // true
 * ```
 * @category environment
 * @see §10.2(1)
 * @see §10.3(2)–(4)
 */
export const PeriodSchema = z
  .strictObject({ from: CalendarDateSchema, to: CalendarDateSchema })
  .check(
    z.refine((period) => period.from <= period.to, {
      message: 'the period ends before it starts',
      params: { reason: 'period_reversed' },
    }),
  );

/**
 * A reporting period in the dealer's calendar, both ends inclusive.
 *
 * @example
 * ```ts
 * const march: Period = { from: '2026-03-01', to: '2026-03-31' } as Period;
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type Period = z.infer<typeof PeriodSchema>;

/** Parses a period (never throws). */
export function parsePeriod(input: unknown, clause: string): Result<Period, ValidationError> {
  return parseWith(PeriodSchema, input, clause);
}

/** Whether a dealer-local date lies in the period. */
export function isDateInPeriod(date: CalendarDate, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

/** Whether an instant falls on a dealer-local date inside the period. */
export function isInstantInPeriod(instant: Instant, period: Period, zone: TimeZone): boolean {
  return isDateInPeriod(toDealerDate(instant, zone), period);
}
