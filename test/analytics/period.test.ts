import { describe, expect, it } from 'vitest';
import { periodDays, periodOfDate, periodOfInstant } from '../../src/analytics/index';
import type { CalendarDate, TimeZone } from '../../src/shared/index';
import { at } from './fixtures';

describe('periods', () => {
  it('§11.2.2 month, quarter and year labels of a dealer date', () => {
    const date = '2026-05-31' as CalendarDate;
    expect(periodOfDate(date, 'month')).toBe('2026-05');
    expect(periodOfDate(date, 'quarter')).toBe('2026-Q2');
    expect(periodOfDate(date, 'year')).toBe('2026');
    expect(periodOfDate('2026-12-01' as CalendarDate, 'quarter')).toBe('2026-Q4');
  });

  it('§11.2.2 an instant falls in the period of the dealer’s calendar, not UTC', () => {
    const instant = at('2026-12-31T16:30:00.000Z');
    expect(periodOfInstant(instant, 'year', 'Asia/Shanghai' as TimeZone)).toBe('2027');
    expect(periodOfInstant(instant, 'year', 'Europe/London' as TimeZone)).toBe('2026');
  });

  it('§11.2.2 days in a period', () => {
    expect(periodDays('2026-02')).toBe(28);
    expect(periodDays('2028-Q1')).toBe(91);
    expect(periodDays('2026-Q4')).toBe(92);
    expect(periodDays('2026-12')).toBe(31);
    expect(periodDays('2026')).toBe(365);
  });
});
