import { describe, expect, it } from 'vitest';
import {
  defaultQualityConfig,
  guaranteeExpiry,
  guaranteePeriodFor,
  isWithinGuarantee,
  longestGuaranteePeriod,
  parseQualityConfig,
} from '../../src/quality/index';
import { day } from './fixtures';

describe('quality guarantee periods (REG-1)', () => {
  it('REG-1 whole-vehicle and assembly repair: 100 days or 20,000 km', () => {
    expect(guaranteePeriodFor('whole-vehicle-overhaul')).toEqual({ days: 100, km: 20000 });
    expect(guaranteePeriodFor('assembly-overhaul')).toEqual({ days: 100, km: 20000 });
  });

  it('REG-1 second-level maintenance: 30 days or 5,000 km', () => {
    expect(guaranteePeriodFor('second-level-maintenance')).toEqual({ days: 30, km: 5000 });
  });

  it('REG-1 first-level maintenance, minor and special repair: 10 days or 2,000 km; routine maintenance the same', () => {
    for (const category of [
      'first-level-maintenance',
      'minor-repair',
      'special-repair',
      'routine-maintenance',
    ] as const) {
      expect(guaranteePeriodFor(category)).toEqual({ days: 10, km: 2000 });
    }
  });

  it('REG-1 periods are configurable per category', () => {
    const config = parseQualityConfig({
      guaranteePeriods: { 'minor-repair': { days: 30, km: 3000 } },
    })._unsafeUnwrap();
    expect(guaranteePeriodFor('minor-repair', config)).toEqual({ days: 30, km: 3000 });
    expect(guaranteePeriodFor('special-repair', config)).toEqual({ days: 10, km: 2000 });
  });

  it('REG-1 the period counts from the day after delivery, whichever of days or km ends first', () => {
    const expiry = guaranteeExpiry(day('2026-03-01'), 45000, 'minor-repair');
    expect(expiry).toEqual({ lastDay: '2026-03-11', lastOdometerKm: 47000 });
    expect(isWithinGuarantee(expiry, day('2026-03-11'), 47000)).toBe(true);
    expect(isWithinGuarantee(expiry, day('2026-03-12'), 45100)).toBe(false);
    expect(isWithinGuarantee(expiry, day('2026-03-05'), 47001)).toBe(false);
  });

  it('§4.3(7) an order of several categories is guaranteed for the longest one', () => {
    expect(longestGuaranteePeriod(['minor-repair', 'second-level-maintenance'])).toEqual({
      days: 30,
      km: 5000,
    });
    expect(longestGuaranteePeriod([])).toBeNull();
    const config = {
      ...defaultQualityConfig,
      guaranteePeriods: {
        ...defaultQualityConfig.guaranteePeriods,
        'minor-repair': { days: 5, km: 9000 },
      },
    };
    expect(longestGuaranteePeriod(['minor-repair', 'second-level-maintenance'], config)).toEqual({
      days: 30,
      km: 9000,
    });
  });
});
