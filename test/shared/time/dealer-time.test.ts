import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  type CalendarDate,
  DEFAULT_TIME_ZONE,
  dealerDateTimeToInstant,
  epochMsToInstant,
  type Instant,
  instantToEpochMs,
  parseCalendarDate,
  parseInstant,
  parseTimeOfDay,
  parseTimeZone,
  startOfDealerDay,
  type TimeOfDay,
  type TimeZone,
  timeOfDayToMinutes,
  toDealerDate,
} from '../../../src/shared/index';

const instant = (text: string): Instant => parseInstant(text)._unsafeUnwrap();
const date = (text: string): CalendarDate => parseCalendarDate(text)._unsafeUnwrap();
const time = (text: string): TimeOfDay => parseTimeOfDay(text)._unsafeUnwrap();
const zone = (name: string): TimeZone => parseTimeZone(name)._unsafeUnwrap();

const shanghai = zone('Asia/Shanghai');
const newYork = zone('America/New_York');
const HOUR_MS = 3_600_000;

describe('TimeZoneSchema / parseTimeZone', () => {
  it.each([
    'Asia/Shanghai',
    'Asia/Urumqi',
    'America/New_York',
    'America/Argentina/Buenos_Aires',
    'Europe/London',
    'Etc/GMT+8',
    'UTC',
  ])('accepts %s', (name) => {
    expect(parseTimeZone(name)._unsafeUnwrap()).toBe(name);
  });

  it.each([
    ['an offset', '+08:00'],
    ['an ambiguous abbreviation (CST is America/Chicago to the runtime)', 'CST'],
    ['a legacy single name', 'PRC'],
    ['an unknown zone', 'Mars/Olympus'],
    ['a path', '../etc/passwd'],
    ['an empty string', ''],
    ['a huge string', `Asia/${'a'.repeat(100_000)}`],
  ])('rejects %s', (_, name) => {
    const error = parseTimeZone(name)._unsafeUnwrapErr();
    expect(error.code).toBe('validation_failed');
  });

  it('rejects wrong types without throwing', () => {
    for (const input of [8, null, undefined, {}, ['Asia/Shanghai'], Symbol('tz')]) {
      expect(parseTimeZone(input).isErr()).toBe(true);
    }
  });

  it('defaults to Asia/Shanghai', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Shanghai');
    expect(parseTimeZone(DEFAULT_TIME_ZONE).isOk()).toBe(true);
  });
});

describe('TimeOfDaySchema / parseTimeOfDay', () => {
  it('accepts HH:mm from 00:00 to 23:59 and counts minutes since midnight', () => {
    expect(timeOfDayToMinutes(time('00:00'))).toBe(0);
    expect(timeOfDayToMinutes(time('08:30'))).toBe(510);
    expect(timeOfDayToMinutes(time('23:59'))).toBe(1439);
  });

  it.each(['24:00', '7:30', '07:60', '07:30:00', '0730', '', 7.5, null])('rejects %s', (input) => {
    expect(parseTimeOfDay(input).isErr()).toBe(true);
  });
});

describe('dealer-zone conversions', () => {
  it('converts to the Asia/Shanghai date across midnight UTC (default zone)', () => {
    expect(toDealerDate(instant('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
    expect(toDealerDate(instant('2026-11-26T15:59:59.999Z'))).toBe('2026-11-26');
    expect(toDealerDate(instant('2026-11-26T16:00:00Z'), shanghai)).toBe('2026-11-27');
    expect(toDealerDate(instant('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('places Shanghai wall times and day starts at UTC+8', () => {
    expect(dealerDateTimeToInstant(date('2026-11-27'), time('08:30'))).toBe(
      '2026-11-27T00:30:00.000Z',
    );
    expect(startOfDealerDay(date('2026-11-27'))).toBe('2026-11-26T16:00:00.000Z');
  });

  it('follows New York daylight saving (EST −5 / EDT −4)', () => {
    expect(toDealerDate(instant('2026-11-26T16:30:00Z'), newYork)).toBe('2026-11-26');
    expect(toDealerDate(instant('2026-03-08T04:59:59Z'), newYork)).toBe('2026-03-07');
    expect(dealerDateTimeToInstant(date('2026-03-07'), time('09:00'), newYork)).toBe(
      '2026-03-07T14:00:00.000Z',
    );
    expect(dealerDateTimeToInstant(date('2026-03-08'), time('09:00'), newYork)).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(dealerDateTimeToInstant(date('2026-11-01'), time('09:00'), newYork)).toBe(
      '2026-11-01T14:00:00.000Z',
    );
  });

  it('moves a wall time skipped by spring-forward forward by the gap', () => {
    expect(dealerDateTimeToInstant(date('2026-03-08'), time('02:30'), newYork)).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('resolves a wall time repeated by fall-back to its first occurrence', () => {
    expect(dealerDateTimeToInstant(date('2026-11-01'), time('01:30'), newYork)).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('gives 23- and 25-hour days where DST changes', () => {
    const length = (day: string) =>
      instantToEpochMs(startOfDealerDay(addCalendarDays(date(day), 1), newYork)) -
      instantToEpochMs(startOfDealerDay(date(day), newYork));
    expect(length('2026-03-08')).toBe(23 * HOUR_MS);
    expect(length('2026-11-01')).toBe(25 * HOUR_MS);
    expect(length('2026-11-27')).toBe(24 * HOUR_MS);
  });

  it('starts a day whose midnight is skipped at its first existing wall time', () => {
    // São Paulo sprang forward at midnight on 2018-11-04: the day began at 01:00 (−02:00).
    expect(startOfDealerDay(date('2018-11-04'), zone('America/Sao_Paulo'))).toBe(
      '2018-11-04T03:00:00.000Z',
    );
  });

  it('every instant lies inside its own dealer day (property)', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe'].map(
      zone,
    );
    const ms = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(ms, fc.constantFrom(...zones), (epochMs, tz) => {
        const at = epochMsToInstant(epochMs);
        const day = toDealerDate(at, tz);
        expect(instantToEpochMs(startOfDealerDay(day, tz))).toBeLessThanOrEqual(epochMs);
        expect(instantToEpochMs(startOfDealerDay(addCalendarDays(day, 1), tz))).toBeGreaterThan(
          epochMs,
        );
      }),
    );
  });

  describe('purity: the host time zone does not matter', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'UTC'])(
      'gives the same answers when the host runs in %s',
      (host) => {
        process.env.TZ = host;
        expect(toDealerDate(instant('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
        expect(dealerDateTimeToInstant(date('2026-03-08'), time('02:30'), newYork)).toBe(
          '2026-03-08T07:30:00.000Z',
        );
        expect(dealerDateTimeToInstant(date('2026-11-01'), time('01:30'), newYork)).toBe(
          '2026-11-01T05:30:00.000Z',
        );
        expect(startOfDealerDay(date('2026-11-27'))).toBe('2026-11-26T16:00:00.000Z');
      },
    );
  });

  it('treats a zone that was cast instead of parsed as a programmer error', () => {
    const bogus = 'Mars/Olympus' as TimeZone;
    expect(() => toDealerDate(instant('2026-11-26T16:30:00Z'), bogus)).toThrow(RangeError);
    expect(() => startOfDealerDay(date('2026-11-27'), bogus)).toThrow(RangeError);
  });
});
