import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { ValidationError } from '../errors';
import type { Brand } from '../ids';
import { parseWith } from '../validation';
import { isRealDate, MAX_YEAR, MIN_YEAR, MS_PER_MINUTE } from './fields';

/**
 * A point in time as an ISO-8601 UTC string in canonical form,
 * `YYYY-MM-DDTHH:mm:ss.sssZ` (always milliseconds, always `Z`). Canonical
 * instants of years 1000–9999 sort as strings in time order, so adapters can
 * store and index them as text.
 *
 * @example
 * ```ts
 * import { parseInstant, type Instant } from 'aftersales/shared';
 * const at: Instant = parseInstant('2026-11-27T05:23:45Z')._unsafeUnwrap();
 * // '2026-11-27T05:23:45.000Z'
 * ```
 * @category shared
 */
export type Instant = Brand<string, 'Instant'>;

/** The longest accepted instant text: `2026-11-27T05:23:45.000Z`. */
const MAX_INSTANT_LENGTH = 24;

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

const MIN_EPOCH_MS = Date.UTC(MIN_YEAR, 0, 1);
const MAX_EPOCH_MS = Date.UTC(MAX_YEAR, 11, 31, 23, 59, 59, 999);

/** Epoch milliseconds of an instant text, or `undefined` when it is not a real UTC instant. */
function readInstantText(text: string): number | undefined {
  if (text.length > MAX_INSTANT_LENGTH) return undefined;
  const match = INSTANT_PATTERN.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Number((match[7] ?? '').padEnd(3, '0'));
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/**
 * Schema of an {@link Instant}: accepts `YYYY-MM-DDTHH:mm:ssZ` with 0–3
 * fraction digits (`…:45Z`, `…:45.5Z`, `…:45.000Z`) for years 1000–9999 and
 * outputs the canonical millisecond form. Rejects offsets other than `Z`,
 * impossible dates (February 30), hour 24, leap seconds, sub-millisecond
 * precision and anything that is not a string.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const Schema = z.object({ deliveredAt: InstantSchema });
 * Schema.parse({ deliveredAt: '2026-11-27T05:23:45Z' }).deliveredAt; // '2026-11-27T05:23:45.000Z'
 * ```
 * @category shared
 */
export const InstantSchema = z.pipe(
  z.string().check(
    z.maxLength(MAX_INSTANT_LENGTH),
    z.refine((text: string) => readInstantText(text) !== undefined, {
      message: 'must be an ISO-8601 UTC instant such as 2026-11-27T05:23:45.000Z',
      params: { reason: 'instant_format' },
    }),
  ),
  z.transform((text: string) => epochMsToInstant(readInstantText(text) ?? Number.NaN)),
);

/**
 * Parses unknown input into a canonical {@link Instant}. Never throws.
 *
 * Errors: `validation_failed` (reason `instant_format`, or zod's `invalid_type` / `too_big`).
 *
 * @example
 * ```ts
 * parseInstant('2026-11-27T05:23:45Z').isOk(); // true
 * parseInstant('2026-11-27T13:23:45+08:00').isErr(); // true: only UTC (`Z`) is accepted
 * ```
 * @category shared
 */
export function parseInstant(input: unknown): Result<Instant, ValidationError> {
  return parseWith(InstantSchema, input);
}

/**
 * Milliseconds since the Unix epoch of an instant, for arithmetic (slot
 * lengths, elapsed clocked time).
 *
 * @example
 * ```ts
 * instantToEpochMs(parseInstant('1970-01-01T00:00:01Z')._unsafeUnwrap()); // 1000
 * ```
 * @category shared
 */
export function instantToEpochMs(instant: Instant): number {
  return Date.parse(instant);
}

/**
 * The canonical {@link Instant} of an epoch-millisecond count.
 *
 * @throws RangeError when `epochMs` is not an integer inside years
 * 1000–9999 (a programmer error)
 * @example
 * ```ts
 * epochMsToInstant(0); // '1970-01-01T00:00:00.000Z'
 * epochMsToInstant(1.5); // throws RangeError
 * ```
 * @category shared
 */
export function epochMsToInstant(epochMs: number): Instant {
  if (!Number.isSafeInteger(epochMs) || epochMs < MIN_EPOCH_MS || epochMs > MAX_EPOCH_MS) {
    throw new RangeError(`epoch milliseconds out of the supported range: ${String(epochMs)}`);
  }
  // A Date built from a number is a pure conversion; it does not read the clock.
  return new Date(epochMs).toISOString() as Instant;
}

/**
 * Orders two instants: negative when `a` is earlier, `0` when equal, positive
 * when later — usable directly as an `Array.prototype.sort` comparator.
 *
 * @example
 * ```ts
 * [later, earlier].sort(compareInstants); // [earlier, later]
 * ```
 * @category shared
 */
export function compareInstants(a: Instant, b: Instant): number {
  return Math.sign(instantToEpochMs(a) - instantToEpochMs(b));
}

/**
 * The instant `minutes` later (negative: earlier). Elapsed time, not wall
 * time: adding 60 minutes across a DST change still adds exactly one hour.
 *
 * @throws RangeError when `minutes` is not an integer or the result leaves
 * years 1000–9999 (a programmer error)
 * @example
 * ```ts
 * addMinutesToInstant(parseInstant('2026-11-27T23:30:00Z')._unsafeUnwrap(), 45);
 * // '2026-11-28T00:15:00.000Z'
 * ```
 * @category shared
 */
export function addMinutesToInstant(instant: Instant, minutes: number): Instant {
  if (!Number.isSafeInteger(minutes)) {
    throw new RangeError(`minutes must be an integer: ${String(minutes)}`);
  }
  return epochMsToInstant(instantToEpochMs(instant) + minutes * MS_PER_MINUTE);
}
