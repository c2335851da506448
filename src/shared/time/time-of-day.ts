import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { ValidationError } from '../errors';
import type { Brand } from '../ids';
import { parseWith } from '../validation';

/**
 * A wall-clock time of day in the dealer's zone, `HH:mm` on a 24-hour clock
 * (`00:00`–`23:59`): opening hours, appointment slot starts.
 *
 * @example
 * ```ts
 * import { parseTimeOfDay, type TimeOfDay } from 'aftersales/shared';
 * const opensAt: TimeOfDay = parseTimeOfDay('08:30')._unsafeUnwrap();
 * ```
 * @category shared
 */
export type TimeOfDay = Brand<string, 'TimeOfDay'>;

const TIME_OF_DAY_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Schema of a {@link TimeOfDay}: exactly `HH:mm`, hours `00`–`23`, minutes `00`–`59`.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.object({ opensAt: TimeOfDaySchema }).safeParse({ opensAt: '24:00' }).success; // false
 * ```
 * @category shared
 */
export const TimeOfDaySchema = z.pipe(
  z.string().check(
    z.maxLength(5),
    z.refine((text: string) => TIME_OF_DAY_PATTERN.test(text), {
      message: 'must be a 24-hour time of day written HH:mm',
      params: { reason: 'time_of_day_format' },
    }),
  ),
  z.transform((text: string) => text as TimeOfDay),
);

/**
 * Parses unknown input into a {@link TimeOfDay}. Never throws.
 *
 * Errors: `validation_failed` (reason `time_of_day_format`, or zod's `invalid_type` / `too_big`).
 *
 * @example
 * ```ts
 * parseTimeOfDay('17:45').isOk(); // true
 * parseTimeOfDay('7:45').isErr(); // true: two-digit hours only
 * ```
 * @category shared
 */
export function parseTimeOfDay(input: unknown): Result<TimeOfDay, ValidationError> {
  return parseWith(TimeOfDaySchema, input);
}

/**
 * Minutes since midnight of a time of day, for slot arithmetic.
 *
 * @example
 * ```ts
 * timeOfDayToMinutes(parseTimeOfDay('08:30')._unsafeUnwrap()); // 510
 * ```
 * @category shared
 */
export function timeOfDayToMinutes(time: TimeOfDay): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
