import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  type CalendarDate,
  calendarPeriodBounds,
  calendarPeriodOf,
  isDateInCalendarPeriod,
  parseCalendarDate,
  previousCalendarPeriod,
} from '../../../src/shared/index';

const date = (text: string): CalendarDate => parseCalendarDate(text)._unsafeUnwrap();

describe('calendar periods', () => {
  it('labels the month, quarter and year of a date', () => {
    expect(calendarPeriodOf(date('2026-05-31'), 'month')).toBe('2026-05');
    expect(calendarPeriodOf(date('2026-05-31'), 'quarter')).toBe('2026-Q2');
    expect(calendarPeriodOf(date('2026-05-31'), 'year')).toBe('2026');
  });

  it('knows the first and last day of each label, leap years included', () => {
    expect(calendarPeriodBounds('2028-02')).toEqual({
      kind: 'month',
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(calendarPeriodBounds('2026-Q4')).toEqual({
      kind: 'quarter',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(calendarPeriodBounds('2026')).toEqual({
      kind: 'year',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    for (const bad of ['2026-13', '2026-Q5', '26', '2026-1', '']) {
      expect(calendarPeriodBounds(bad)).toBeUndefined();
    }
  });

  it('steps back one period across year ends', () => {
    expect(previousCalendarPeriod('2026-01')).toBe('2025-12');
    expect(previousCalendarPeriod('2026-Q1')).toBe('2025-Q4');
    expect(previousCalendarPeriod('2026')).toBe('2025');
    expect(previousCalendarPeriod('nope')).toBeUndefined();
  });

  it('a date lies in exactly the periods that label it, and the day before a period lies in the previous one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1100, max: 9800 }),
        fc.integer({ min: 0, max: 365 }),
        (year, offset) => {
          const day = addCalendarDays(date(`${year}-01-01`), offset);
          for (const kind of ['month', 'quarter', 'year'] as const) {
            const label = calendarPeriodOf(day, kind);
            expect(isDateInCalendarPeriod(day, label)).toBe(true);
            const bounds = calendarPeriodBounds(label);
            const before = addCalendarDays(bounds?.from ?? day, -1);
            expect(calendarPeriodOf(before, kind)).toBe(previousCalendarPeriod(label));
            expect(isDateInCalendarPeriod(before, label)).toBe(false);
          }
        },
      ),
    );
  });
});
