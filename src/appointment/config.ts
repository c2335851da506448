import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  DEFAULT_TIME_ZONE,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';

/** Minutes in one day; bounds every minute offset in the configuration. */
const MINUTES_PER_DAY = 1440;

/**
 * The defaults, in one place for the schema and the constant. The manual
 * (§3.1) names no figures; these are common 4S-shop practice: search two weeks
 * ahead, book at least an hour ahead, remind a day and two hours before,
 * call a no-show 30 minutes after the booked time.
 */
const DEFAULTS = {
  timeZone: DEFAULT_TIME_ZONE,
  horizonDays: 14,
  maxHorizonDays: 60,
  minLeadTimeMinutes: 60,
  slotLimit: 10,
  maxSlotLimit: 200,
  reminderOffsetsMinutes: [1440, 120],
  lateAfterMinutes: 10,
  noShowGraceMinutes: 30,
  preparationLeadMinutes: 1440,
} as const;

const minutesOfDays = (days: number) => z.int().check(z.gte(0), z.lte(days * MINUTES_PER_DAY));

/**
 * Schema of an {@link AppointmentConfig}; every field is optional and
 * defaults to {@link defaultAppointmentConfig}. `horizonDays` may not exceed
 * `maxHorizonDays` (reason `horizon_above_max`).
 *
 * @example
 * ```ts
 * import { parseWith } from 'aftersales/shared';
 * parseWith(AppointmentConfigSchema, { noShowGraceMinutes: 15 })._unsafeUnwrap().horizonDays; // 14
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see §3.1(4)
 */
export const AppointmentConfigSchema = z
  .object({
    /** The dealer's time zone (时区); opening hours and shifts are wall times in it. */
    timeZone: z._default(TimeZoneSchema, DEFAULTS.timeZone),
    /** Days searched by {@link findSlots} when the request names none. */
    horizonDays: z._default(z.int().check(z.gte(1), z.lte(366)), DEFAULTS.horizonDays),
    /** The longest horizon a request may ask for (`horizon_too_long` beyond it). */
    maxHorizonDays: z._default(z.int().check(z.gte(1), z.lte(366)), DEFAULTS.maxHorizonDays),
    /** A slot must start at least this many minutes after the request's `after`. */
    minLeadTimeMinutes: z._default(minutesOfDays(30), DEFAULTS.minLeadTimeMinutes),
    /** Slots returned when the request names no `limit`. */
    slotLimit: z._default(z.int().check(z.gte(1), z.lte(1000)), DEFAULTS.slotLimit),
    /** The largest `limit` a request may ask for. */
    maxSlotLimit: z._default(z.int().check(z.gte(1), z.lte(1000)), DEFAULTS.maxSlotLimit),
    /** Reminders (提醒) are planned this many minutes before the booked start. */
    reminderOffsetsMinutes: z._default(
      z.array(minutesOfDays(30).check(z.gte(1))).check(z.maxLength(10)),
      [...DEFAULTS.reminderOffsetsMinutes],
    ),
    /** An arrival more than this many minutes after the start counts as late (迟到). */
    lateAfterMinutes: z._default(minutesOfDays(1), DEFAULTS.lateAfterMinutes),
    /** A confirmed appointment becomes a no-show (爽约) this many minutes after its start. */
    noShowGraceMinutes: z._default(minutesOfDays(1), DEFAULTS.noShowGraceMinutes),
    /** The preparation checklist is due this many minutes before the start. */
    preparationLeadMinutes: z._default(minutesOfDays(30), DEFAULTS.preparationLeadMinutes),
  })
  .check(
    z.refine((config) => config.horizonDays <= config.maxHorizonDays, {
      path: ['horizonDays'],
      message: 'must not exceed maxHorizonDays',
      params: { reason: 'horizon_above_max' },
    }),
    z.refine((config) => config.slotLimit <= config.maxSlotLimit, {
      path: ['slotLimit'],
      message: 'must not exceed maxSlotLimit',
      params: { reason: 'limit_above_max' },
    }),
  );

/**
 * How a dealer runs appointments (预约): time zone, slot-search horizon and
 * lead time, result limits, reminder offsets, lateness and no-show grace, and
 * when preparation is due. All durations are whole minutes.
 *
 * @example
 * ```ts
 * const config: AppointmentConfig = { ...defaultAppointmentConfig, noShowGraceMinutes: 15 };
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see §3.1(4)
 */
export type AppointmentConfig = z.infer<typeof AppointmentConfigSchema>;

/**
 * The default appointment configuration: `Asia/Shanghai`, a 14-day horizon
 * (at most 60), 60 minutes' lead time, 10 slots per search (at most 200),
 * reminders 24 h and 2 h before, late after 10 minutes, no-show after 30
 * minutes, preparation due 24 h before.
 *
 * @example
 * ```ts
 * defaultAppointmentConfig.reminderOffsetsMinutes; // [1440, 120]
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see §3.1(4)
 */
export const defaultAppointmentConfig: AppointmentConfig = Object.freeze({
  ...DEFAULTS,
  reminderOffsetsMinutes: Object.freeze([...DEFAULTS.reminderOffsetsMinutes]) as number[],
});

/**
 * Parses a dealer's appointment configuration, filling missing fields with
 * the defaults. Never throws.
 *
 * Errors: `validation_failed` (clause `§3.1(2)`), e.g. a negative lead time,
 * an unknown time zone, reason `horizon_above_max`.
 *
 * @example
 * ```ts
 * parseAppointmentConfig({ reminderOffsetsMinutes: [2880, 60] })._unsafeUnwrap().horizonDays; // 14
 * parseAppointmentConfig({ horizonDays: 90 }).isErr(); // true: above maxHorizonDays (60)
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see §3.1(4)
 */
export function parseAppointmentConfig(input: unknown): Result<AppointmentConfig, ValidationError> {
  return parseWith(AppointmentConfigSchema, input, '§3.1(2)');
}
