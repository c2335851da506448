import * as z from 'zod/mini';
import {
  type CalendarDate,
  type CalendarPeriodKind,
  calendarPeriodBounds,
  calendarPeriodOf,
  previousCalendarPeriod,
} from '../shared/index';
import { type AssessmentPeriodKind, AssessmentPeriodKindSchema } from './vocabulary';

const CALENDAR_KIND: Readonly<Record<AssessmentPeriodKind, CalendarPeriodKind>> = {
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
};

const LABEL_PATTERNS: Readonly<Record<AssessmentPeriodKind, RegExp>> = {
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  annual: /^\d{4}$/,
};

/**
 * Schema of an {@link AssessmentPeriod}: the kind and its label, `2026-03`
 * (monthly), `2026-Q1` (quarterly) or `2026` (annual), in the dealer's calendar.
 * A label that does not fit the kind fails with reason `period_label_invalid`.
 *
 * @example
 * ```ts
 * AssessmentPeriodSchema.safeParse({ kind: 'quarterly', label: '2026-Q2' }).success; // true
 * AssessmentPeriodSchema.safeParse({ kind: 'monthly', label: '2026-Q2' }).success; // false
 * ```
 * @category training
 * @see §8.3.1
 */
export const AssessmentPeriodSchema = z
  .object({ kind: AssessmentPeriodKindSchema, label: z.string().check(z.maxLength(7)) })
  .check(
    z.refine((period) => LABEL_PATTERNS[period.kind].test(period.label), {
      message: 'the label does not fit the period kind (2026-03, 2026-Q1 or 2026)',
      path: ['label'],
      params: { reason: 'period_label_invalid' },
    }),
  );

/**
 * One assessment period (考核周期).
 *
 * @example
 * ```ts
 * const period: AssessmentPeriod = { kind: 'monthly', label: '2026-03' };
 * ```
 * @category training
 * @see §8.3.1
 */
export type AssessmentPeriod = z.infer<typeof AssessmentPeriodSchema>;

/**
 * The period of `kind` that contains `date` (a date in the dealer's zone,
 * e.g. from `toDealerDate`).
 *
 * @example
 * ```ts
 * assessmentPeriodOf('quarterly', '2026-05-20' as CalendarDate); // { kind: 'quarterly', label: '2026-Q2' }
 * ```
 * @category training
 * @see §8.3.1
 * @see §8.1.2
 */
export function assessmentPeriodOf(
  kind: AssessmentPeriodKind,
  date: CalendarDate,
): AssessmentPeriod {
  return { kind, label: calendarPeriodOf(date, CALENDAR_KIND[kind]) };
}

/**
 * The first and last date of a period (both inclusive).
 *
 * @example
 * ```ts
 * assessmentPeriodBounds({ kind: 'quarterly', label: '2026-Q1' }); // { from: '2026-01-01', to: '2026-03-31' }
 * ```
 * @category training
 * @see §8.3.1
 */
export function assessmentPeriodBounds(period: AssessmentPeriod): {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
} {
  const bounds = calendarPeriodBounds(period.label);
  // A parsed AssessmentPeriod's label always fits its kind.
  if (bounds === undefined) throw new RangeError(`not a period label: ${period.label}`);
  return { from: bounds.from, to: bounds.to };
}

/**
 * The period just before `period` (same kind).
 *
 * @example
 * ```ts
 * previousAssessmentPeriod({ kind: 'quarterly', label: '2026-Q1' }); // { kind: 'quarterly', label: '2025-Q4' }
 * ```
 * @category training
 * @see §8.3.1
 * @see §8.3.4
 */
export function previousAssessmentPeriod(period: AssessmentPeriod): AssessmentPeriod {
  const label = previousCalendarPeriod(period.label);
  // A parsed AssessmentPeriod's label always fits its kind.
  if (label === undefined) throw new RangeError(`not a period label: ${period.label}`);
  return { kind: period.kind, label };
}

/**
 * Every period of `kind` from the one containing `from` to the one
 * containing `to`, oldest first (empty when `to` is before `from`).
 *
 * @example
 * ```ts
 * assessmentPeriodsBetween('quarterly', '2026-02-01' as CalendarDate, '2026-07-01' as CalendarDate)
 *   .map((p) => p.label); // ['2026-Q1', '2026-Q2', '2026-Q3']
 * ```
 * @category training
 * @see §8.1.2
 * @see §8.3.1
 */
export function assessmentPeriodsBetween(
  kind: AssessmentPeriodKind,
  from: CalendarDate,
  to: CalendarDate,
): readonly AssessmentPeriod[] {
  if (to < from) return [];
  const periods: AssessmentPeriod[] = [];
  let current = assessmentPeriodOf(kind, to);
  const first = assessmentPeriodOf(kind, from).label;
  while (current.label >= first) {
    periods.push(current);
    current = previousAssessmentPeriod(current);
  }
  return periods.reverse();
}
