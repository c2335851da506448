import * as z from 'zod/mini';
import { type TimeOfDay, TimeOfDaySchema, timeOfDayToMinutes } from '../shared/index';

/** A shift has a lunch break and maybe a tea break; the bound only keeps hostile input out. */
const MAX_BREAKS = 6;

function isOrdered(window: { start: TimeOfDay; end: TimeOfDay }): boolean {
  return timeOfDayToMinutes(window.start) < timeOfDayToMinutes(window.end);
}

const orderedWindow = z.refine<{ start: TimeOfDay; end: TimeOfDay }>(isOrdered, {
  message: 'start must be before end',
  params: { reason: 'window_order' },
});

/**
 * Schema of a {@link TimeWindow}: `start` strictly before `end`, both wall
 * times of one day (reason `window_order` otherwise).
 *
 * @example
 * ```ts
 * TimeWindowSchema.safeParse({ start: '08:30', end: '17:30' }).success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const TimeWindowSchema = z
  .object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .check(orderedWindow);

/**
 * Wall-clock hours of one day in the dealer's zone, `[start, end)`.
 *
 * @example
 * ```ts
 * const morning: TimeWindow = { start: '08:30', end: '12:00' } as TimeWindow;
 * ```
 * @category appointment
 */
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

function breaksFit(shift: { start: TimeOfDay; end: TimeOfDay; breaks?: TimeWindow[] }): boolean {
  const breaks = [...(shift.breaks ?? [])].sort(
    (a, b) => timeOfDayToMinutes(a.start) - timeOfDayToMinutes(b.start),
  );
  let cursor = timeOfDayToMinutes(shift.start);
  for (const pause of breaks) {
    if (timeOfDayToMinutes(pause.start) < cursor) return false;
    cursor = timeOfDayToMinutes(pause.end);
  }
  return cursor <= timeOfDayToMinutes(shift.end);
}

/**
 * Schema of a technician's {@link Shift}: a time window with optional breaks
 * that lie inside it and do not overlap (reason `breaks_outside_shift`).
 *
 * @example
 * ```ts
 * ShiftSchema.safeParse({ start: '08:30', end: '17:30', breaks: [{ start: '12:00', end: '13:00' }] })
 *   .success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const ShiftSchema = z
  .object({
    start: TimeOfDaySchema,
    end: TimeOfDaySchema,
    breaks: z.optional(z.array(TimeWindowSchema).check(z.maxLength(MAX_BREAKS))),
  })
  .check(
    orderedWindow,
    z.refine(breaksFit, {
      path: ['breaks'],
      message: 'breaks must lie inside the shift and not overlap',
      params: { reason: 'breaks_outside_shift' },
    }),
  );

/**
 * A technician's working hours on one weekday (班次), with breaks (休息).
 * A job that runs into a break pauses and resumes after it.
 *
 * @example
 * ```ts
 * const shift: Shift = ShiftSchema.parse({ start: '08:30', end: '17:30' });
 * ```
 * @category appointment
 */
export type Shift = z.infer<typeof ShiftSchema>;

/** A table with one optional entry per weekday; a missing day means closed / off. @internal */
export function weekly<T extends z.core.SomeType>(entry: T) {
  return z.object({
    monday: z.optional(entry),
    tuesday: z.optional(entry),
    wednesday: z.optional(entry),
    thursday: z.optional(entry),
    friday: z.optional(entry),
    saturday: z.optional(entry),
    sunday: z.optional(entry),
  });
}
