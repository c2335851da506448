import type { CalendarDate } from './calendar-date';

/**
 * The calendar periods reports, targets and assessments are kept by: a month
 * (`2026-03`), a quarter (`2026-Q1`) or a year (`2026`), always of the
 * dealer's calendar dates.
 *
 * @example
 * ```ts
 * CALENDAR_PERIOD_KINDS.includes('quarter'); // true
 * ```
 * @category shared
 */
export const CALENDAR_PERIOD_KINDS = Object.freeze(['month', 'quarter', 'year'] as const);

/** One of {@link CALENDAR_PERIOD_KINDS}. @category shared */
export type CalendarPeriodKind = (typeof CALENDAR_PERIOD_KINDS)[number];

const PERIOD_LABEL = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;
const MONTHS_OF: Readonly<Record<CalendarPeriodKind, number>> = { month: 1, quarter: 3, year: 12 };

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function labelOf(kind: CalendarPeriodKind, year: number, month: number): string {
  if (kind === 'year') return pad(year, 4);
  if (kind === 'quarter') return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * The label of the period of `kind` that holds `date`.
 *
 * @example
 * ```ts
 * calendarPeriodOf('2026-05-31' as CalendarDate, 'quarter'); // '2026-Q2'
 * ```
 * @category shared
 */
export function calendarPeriodOf(date: CalendarDate, kind: CalendarPeriodKind): string {
  return labelOf(kind, Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/**
 * What a period label covers: its kind and its first and last dates;
 * `undefined` for text that is not a label.
 *
 * @example
 * ```ts
 * calendarPeriodBounds('2028-Q1'); // { kind: 'quarter', from: '2028-01-01', to: '2028-03-31' }
 * ```
 * @category shared
 */
export function calendarPeriodBounds(
  label: string,
):
  | { readonly kind: CalendarPeriodKind; readonly from: CalendarDate; readonly to: CalendarDate }
  | undefined {
  const match = PERIOD_LABEL.exec(label);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const kind: CalendarPeriodKind =
    match[2] !== undefined ? 'month' : match[3] !== undefined ? 'quarter' : 'year';
  const first =
    kind === 'month' ? Number(match[2]) : kind === 'quarter' ? Number(match[3]) * 3 - 2 : 1;
  const last = first + MONTHS_OF[kind] - 1;
  // Day 0 of the next month is the last day of this one; a pure conversion, no clock.
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return {
    kind,
    from: `${pad(year, 4)}-${pad(first, 2)}-01` as CalendarDate,
    to: `${pad(year, 4)}-${pad(last, 2)}-${pad(lastDay, 2)}` as CalendarDate,
  };
}

/**
 * The period of the same kind just before a label's; `undefined` for text
 * that is not a label.
 *
 * @example
 * ```ts
 * previousCalendarPeriod('2026-Q1'); // '2025-Q4'
 * ```
 * @category shared
 */
export function previousCalendarPeriod(label: string): string | undefined {
  const bounds = calendarPeriodBounds(label);
  if (bounds === undefined) return undefined;
  const index =
    Number(bounds.from.slice(0, 4)) * 12 +
    Number(bounds.from.slice(5, 7)) -
    1 -
    MONTHS_OF[bounds.kind];
  return labelOf(bounds.kind, Math.floor(index / 12), (index % 12) + 1);
}

/**
 * Whether `date` falls in the period a label names (`false` for text that
 * is not a label).
 *
 * @example
 * ```ts
 * isDateInCalendarPeriod('2026-02-14' as CalendarDate, '2026-Q1'); // true
 * ```
 * @category shared
 */
export function isDateInCalendarPeriod(date: CalendarDate, label: string): boolean {
  const bounds = calendarPeriodBounds(label);
  return bounds !== undefined && date >= bounds.from && date <= bounds.to;
}
