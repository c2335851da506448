import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { ValidationError } from '../errors';
import type { Brand } from '../ids';
import { parseWith } from '../validation';

/**
 * An IANA time-zone name (时区) such as `Asia/Shanghai`, checked against the
 * runtime's time-zone database. A dealer's zone is configuration; calendar
 * logic (business days, due dates, slot calendars) is evaluated in it.
 *
 * @example
 * ```ts
 * import { parseTimeZone, type TimeZone } from 'aftersales/shared';
 * const zone: TimeZone = parseTimeZone('Asia/Urumqi')._unsafeUnwrap();
 * ```
 * @category shared
 */
export type TimeZone = Brand<string, 'TimeZone'>;

/**
 * The dealer time zone used when none is configured: China Standard Time,
 * which has no daylight saving.
 *
 * @example
 * ```ts
 * toDealerDate(at) === toDealerDate(at, DEFAULT_TIME_ZONE); // true
 * ```
 * @category shared
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai' as TimeZone;

const MAX_TIME_ZONE_LENGTH = 64;

// Area/Location IANA names (`Asia/Shanghai`, `America/Argentina/Buenos_Aires`,
// `Etc/GMT+8`) or `UTC`; checked before Intl so hostile strings never reach it.
// Bare abbreviations are refused: runtimes read `CST` as America/Chicago and
// `IST` as Asia/Kolkata, while a Chinese dealer writing `CST` means China.
const TIME_ZONE_PATTERN = /^(?:UTC|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){1,2})$/;

function isKnownTimeZone(name: string): boolean {
  if (name.length > MAX_TIME_ZONE_LENGTH || !TIME_ZONE_PATTERN.test(name)) return false;
  try {
    // Intl is the runtime's own zone database; an unknown zone throws a RangeError.
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Schema of a {@link TimeZone}: an IANA `Area/Location` zone name, or `UTC`
 * (at most 64 characters), that the runtime knows. Offsets such as `+08:00`
 * are rejected (only named zones carry DST rules), and so are bare
 * abbreviations and legacy single names such as `CST`, `IST` or `PRC`:
 * runtimes resolve `CST` to America/Chicago, not China Standard Time.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.object({ timeZone: TimeZoneSchema }).safeParse({ timeZone: 'Mars/Olympus' }).success; // false
 * ```
 * @category shared
 */
export const TimeZoneSchema = z.pipe(
  z.string().check(
    z.maxLength(MAX_TIME_ZONE_LENGTH),
    z.refine(isKnownTimeZone, {
      message: 'must be an IANA time-zone name known to the runtime, such as Asia/Shanghai',
      params: { reason: 'time_zone_unknown' },
    }),
  ),
  z.transform((name: string) => name as TimeZone),
);

/**
 * Parses unknown input into a {@link TimeZone}. Never throws.
 *
 * Errors: `validation_failed` (reason `time_zone_unknown`, or zod's `invalid_type` / `too_big`).
 *
 * @example
 * ```ts
 * parseTimeZone('America/New_York').isOk(); // true
 * parseTimeZone('+08:00').isErr(); // true
 * ```
 * @category shared
 */
export function parseTimeZone(input: unknown): Result<TimeZone, ValidationError> {
  return parseWith(TimeZoneSchema, input);
}
