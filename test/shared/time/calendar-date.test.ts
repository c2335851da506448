import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  type CalendarDate,
  differenceInCalendarDays,
  parseCalendarDate,
} from '../../../src/shared/index';

const date = (text: string): CalendarDate => parseCalendarDate(text)._unsafeUnwrap();

/** Plain code-unit order, as a database compares text columns. */
const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

describe('CalendarDateSchema / parseCalendarDate', () => {
  it.each(['2026-11-27', '2028-02-29', '2000-02-29', '1000-01-01', '9999-12-31'])(
    'accepts %s',
    (text) => {
      expect(parseCalendarDate(text)._unsafeUnwrap()).toBe(text);
    },
  );

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-11-00',
    '2026-1-5',
    '26-11-27',
    '2026/11/27',
    '2026-11-27T00:00:00Z',
    ' 2026-11-27',
    '0999-12-31',
    '',
  ])('rejects %s', (text) => {
    const error = parseCalendarDate(text)._unsafeUnwrapErr();
    expect(error.code).toBe('validation_failed');
  });

  it('rejects huge strings and wrong types without throwing', () => {
    expect(parseCalendarDate('2026-11-27'.repeat(100_000)).isErr()).toBe(true);
    for (const input of [20261127, null, undefined, new Date(0), {}, [], Symbol('d'), 1n]) {
      expect(parseCalendarDate(input).isErr()).toBe(true);
    }
  });

  it('names the reason of an impossible date', () => {
    const issues = parseCalendarDate('2026-02-30')._unsafeUnwrapErr().data.issues;
    expect(issues.map((issue) => issue.reason)).toContain('calendar_date_format');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays(date('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addCalendarDays(date('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addCalendarDays(date('2028-03-01'), -1)).toBe('2028-02-29');
    expect(addCalendarDays(date('2026-11-27'), 0)).toBe('2026-11-27');
    expect(addCalendarDays(date('2026-01-31'), 365)).toBe('2027-01-31');
  });

  it('counts calendar days, later minus earlier', () => {
    expect(differenceInCalendarDays(date('2027-01-01'), date('2026-12-31'))).toBe(1);
    expect(differenceInCalendarDays(date('2026-12-31'), date('2027-01-01'))).toBe(-1);
    expect(differenceInCalendarDays(date('2029-01-01'), date('2028-01-01'))).toBe(366);
  });

  it('adding n days then differencing gives n back (property)', () => {
    const start = fc.integer({ min: 0, max: 2_800_000 });
    fc.assert(
      fc.property(start, fc.integer({ min: -100_000, max: 100_000 }), (offset, n) => {
        const from = addCalendarDays(date('1300-01-01'), offset);
        const to = addCalendarDays(from, n);
        expect(parseCalendarDate(to).isOk()).toBe(true);
        expect(differenceInCalendarDays(to, from)).toBe(n);
        expect(Math.sign(compareText(to, from))).toBe(Math.sign(n));
      }),
    );
  });

  it('treats non-integer days and out-of-range results as programmer errors', () => {
    expect(() => addCalendarDays(date('2026-11-27'), 0.5)).toThrow(RangeError);
    expect(() => addCalendarDays(date('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => addCalendarDays(date('1000-01-01'), -1)).toThrow(RangeError);
  });
});

describe('addCalendarMonths', () => {
  it('clamps the day to the end of the target month, forwards and backwards', () => {
    expect(addCalendarMonths(date('2026-08-31'), 6)).toBe('2027-02-28');
    expect(addCalendarMonths(date('2027-08-31'), 6)).toBe('2028-02-29');
    expect(addCalendarMonths(date('2028-02-29'), -12)).toBe('2027-02-28');
    expect(addCalendarMonths(date('2026-01-15'), -13)).toBe('2024-12-15');
    expect(addCalendarMonths(date('2026-11-27'), 0)).toBe('2026-11-27');
  });

  it('agrees with whole years of twelve months and never moves the day past the original', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1100, max: 9800 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -1200, max: 1200 }),
        (year, month, day, months) => {
          const from = date(
            `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          );
          const to = addCalendarMonths(from, months);
          const [y, m, d] = to.split('-').map(Number) as [number, number, number];
          expect(y * 12 + m - (year * 12 + month)).toBe(months);
          expect(d).toBe(day); // days 1–28 exist in every month
        },
      ),
    );
  });

  it('rejects fractional months and results outside years 1000–9999 as programmer errors', () => {
    expect(() => addCalendarMonths(date('2026-01-31'), 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths(date('9999-12-01'), 1)).toThrow(RangeError);
    expect(() => addCalendarMonths(date('1000-01-01'), -12_000)).toThrow(RangeError);
  });
});
