import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOfMinute } from '../../src/appointment/day-clock';
import { epochMsToInstant } from '../../src/shared/index';

const MS_PER_MINUTE = 60_000;
/** Epoch minutes of the first and last supported minutes: 1000-01-01 00:00 and 9999-12-31 23:59. */
const FIRST = Date.UTC(1000, 0, 1) / MS_PER_MINUTE;
const LAST = Date.UTC(9999, 11, 31, 23, 59) / MS_PER_MINUTE;

describe('instantOfMinute', () => {
  it('§3.1(2) formats every whole epoch minute exactly as epochMsToInstant does', () => {
    const prefixes = new Map<number, string>();
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (minute) => {
        expect(instantOfMinute(minute, prefixes)).toBe(epochMsToInstant(minute * MS_PER_MINUTE));
      }),
    );
    for (const minute of [FIRST, LAST, 0, -1, 1439, 1440, 29_500_000 + 719]) {
      expect(instantOfMinute(minute, prefixes)).toBe(epochMsToInstant(minute * MS_PER_MINUTE));
    }
  });

  it('§3.1(2) rounds fractional minutes (second-level zone offsets) to the millisecond', () => {
    expect(instantOfMinute(29_500_000.5, new Map())).toBe(
      epochMsToInstant(29_500_000.5 * MS_PER_MINUTE),
    );
  });

  it('§3.1(2) refuses minutes outside the supported range, as epochMsToInstant does', () => {
    expect(() => instantOfMinute(LAST + 1440, new Map())).toThrow(RangeError);
    expect(() => instantOfMinute(FIRST - 1, new Map())).toThrow(RangeError);
  });
});
