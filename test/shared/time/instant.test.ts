import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutesToInstant,
  compareInstants,
  epochMsToInstant,
  type Instant,
  InstantSchema,
  instantToEpochMs,
  parseInstant,
} from '../../../src/shared/index';

const instant = (text: string): Instant => parseInstant(text)._unsafeUnwrap();

const MIN_MS = Date.UTC(1000, 0, 1);
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Plain code-unit order, as a database compares text columns. */
const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

describe('InstantSchema / parseInstant', () => {
  it('accepts ISO-8601 UTC instants with 0–3 fraction digits and outputs the canonical form', () => {
    expect(parseInstant('2026-11-27T05:23:45.000Z')._unsafeUnwrap()).toBe(
      '2026-11-27T05:23:45.000Z',
    );
    expect(parseInstant('2026-11-27T05:23:45Z')._unsafeUnwrap()).toBe('2026-11-27T05:23:45.000Z');
    expect(parseInstant('2026-11-27T05:23:45.5Z')._unsafeUnwrap()).toBe('2026-11-27T05:23:45.500Z');
    expect(parseInstant('2026-11-27T05:23:45.05Z')._unsafeUnwrap()).toBe(
      '2026-11-27T05:23:45.050Z',
    );
    expect(parseInstant('2028-02-29T23:59:59.999Z')._unsafeUnwrap()).toBe(
      '2028-02-29T23:59:59.999Z',
    );
  });

  it.each([
    ['an offset other than Z', '2026-11-27T13:23:45+08:00'],
    ['a zero offset written numerically', '2026-11-27T05:23:45+00:00'],
    ['a lower-case z', '2026-11-27T05:23:45z'],
    ['no zone at all', '2026-11-27T05:23:45'],
    ['a space instead of T', '2026-11-27 05:23:45Z'],
    ['February 30', '2026-02-30T00:00:00Z'],
    ['February 29 of a common year', '2026-02-29T00:00:00Z'],
    ['February 29 of 1900', '1900-02-29T00:00:00Z'],
    ['April 31', '2026-04-31T00:00:00Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['day 0', '2026-11-00T00:00:00Z'],
    ['hour 24', '2026-11-27T24:00:00Z'],
    ['minute 60', '2026-11-27T23:60:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['sub-millisecond precision', '2026-11-27T05:23:45.0001Z'],
    ['no seconds', '2026-11-27T05:23Z'],
    ['a date only', '2026-11-27'],
    ['a three-digit year', '0999-01-01T00:00:00Z'],
    ['an expanded year', '+002026-11-27T05:23:45Z'],
    ['surrounding spaces', ' 2026-11-27T05:23:45Z'],
    ['an empty string', ''],
  ])('rejects %s', (_, text) => {
    const error = parseInstant(text)._unsafeUnwrapErr();
    expect(error.code).toBe('validation_failed');
  });

  it('names the reason of a malformed instant', () => {
    const issues = parseInstant('2026-02-30T00:00:00Z')._unsafeUnwrapErr().data.issues;
    expect(issues.map((issue) => issue.reason)).toContain('instant_format');
  });

  it('rejects a huge string without echoing it', () => {
    const huge = `2026-11-27T05:23:45Z${'9'.repeat(1_000_000)}`;
    const error = parseInstant(huge)._unsafeUnwrapErr();
    expect(JSON.stringify(error).length).toBeLessThan(1000);
  });

  it.each([
    ['a number', 1_795_000_000_000],
    ['null', null],
    ['undefined', undefined],
    ['a Date', new Date(0)],
    ['an object', { toString: () => '2026-11-27T05:23:45Z' }],
    ['an array', ['2026-11-27T05:23:45Z']],
    ['a symbol', Symbol('x')],
  ])('rejects %s without throwing', (_, input) => {
    expect(parseInstant(input).isErr()).toBe(true);
  });

  it('composes into object schemas and normalises there too', async () => {
    const z = await import('zod/mini');
    const Schema = z.object({ at: InstantSchema });
    expect(Schema.parse({ at: '2026-11-27T05:23:45Z' }).at).toBe('2026-11-27T05:23:45.000Z');
  });

  it('round-trips every representable millisecond and sorts as text in time order (property)', () => {
    const ms = fc.integer({ min: MIN_MS, max: MAX_MS });
    fc.assert(
      fc.property(ms, ms, (a, b) => {
        const ia = epochMsToInstant(a);
        const ib = epochMsToInstant(b);
        expect(parseInstant(ia)._unsafeUnwrap()).toBe(ia);
        expect(instantToEpochMs(ia)).toBe(a);
        expect(Math.sign(compareText(ia, ib))).toBe(Math.sign(a - b));
        expect(compareInstants(ia, ib)).toBe(Math.sign(a - b));
      }),
    );
  });
});

describe('instant arithmetic', () => {
  it('adds minutes across midnight and month ends', () => {
    expect(addMinutesToInstant(instant('2026-11-30T23:30:00Z'), 45)).toBe(
      '2026-12-01T00:15:00.000Z',
    );
    expect(addMinutesToInstant(instant('2026-12-01T00:15:00Z'), -45)).toBe(
      '2026-11-30T23:30:00.000Z',
    );
  });

  it('orders instants for Array.prototype.sort', () => {
    const list = [instant('2026-11-27T05:00:00Z'), instant('2026-11-27T04:00:00.001Z')];
    expect([...list].sort(compareInstants)).toEqual([list[1], list[0]]);
    expect(compareInstants(list[0]!, list[0]!)).toBe(0);
  });

  it('treats non-integer minutes and out-of-range results as programmer errors', () => {
    expect(() => addMinutesToInstant(instant('2026-11-27T05:00:00Z'), 1.5)).toThrow(RangeError);
    expect(() => addMinutesToInstant(instant('9999-12-31T23:59:00Z'), 5)).toThrow(RangeError);
    expect(() => epochMsToInstant(Number.NaN)).toThrow(RangeError);
    expect(() => epochMsToInstant(MIN_MS - 1)).toThrow(RangeError);
  });
});
