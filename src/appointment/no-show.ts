import { addMinutesToInstant, type Instant } from '../shared/index';
import { type AppointmentConfig, defaultAppointmentConfig } from './config';
import type { Appointment } from './schema';

/**
 * From when a confirmed appointment counts as a no-show (爽约): its start
 * plus `noShowGraceMinutes`; `null` when it holds no confirmed slot.
 *
 * @example
 * ```ts
 * noShowFrom(appointment); // '2026-11-30T01:00:00.000Z' for a start at 00:30Z (30 minutes' grace)
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export function noShowFrom(
  appointment: Appointment,
  config: AppointmentConfig = defaultAppointmentConfig,
): Instant | null {
  if (appointment.status !== 'confirmed' || appointment.start === null) return null;
  return addMinutesToInstant(appointment.start, config.noShowGraceMinutes);
}

/**
 * Whether a confirmed appointment is a no-show at `at`: the customer has not
 * checked in and the grace period after the start has passed. Then the
 * `mark-no-show` command succeeds.
 *
 * @example
 * ```ts
 * isNoShowDue(appointment, at); // true once at >= start + 30 minutes
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export function isNoShowDue(
  appointment: Appointment,
  at: Instant,
  config: AppointmentConfig = defaultAppointmentConfig,
): boolean {
  const from = noShowFrom(appointment, config);
  return from !== null && at >= from;
}

/**
 * The confirmed appointments that are no-shows at `at`, for a host's sweep
 * that records them (and releases their bookings).
 *
 * @example
 * ```ts
 * for (const late of findNoShowsDue(todays, now)) await applyAppointmentCommand(deps, late.id, markNoShow);
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export function findNoShowsDue(
  appointments: readonly Appointment[],
  at: Instant,
  config: AppointmentConfig = defaultAppointmentConfig,
): readonly Appointment[] {
  return appointments.filter((appointment) => isNoShowDue(appointment, at, config));
}
