import { err, ok, type Result } from 'neverthrow';
import type { ContactChannel } from '../shared/index';
import { addMinutesToInstant, type Instant } from '../shared/index';
import { type AppointmentConfig, defaultAppointmentConfig } from './config';
import { type AppointmentNotConfirmedError, appointmentNotConfirmed } from './errors';
import type { AppointmentId, CustomerId } from './ids';
import type { Appointment } from './schema';

/**
 * A reminder to send (预约提醒), as data: the host's messaging sends it at
 * `sendAt` through the customer's channel. Ids only, no contact details.
 *
 * @example
 * ```ts
 * const [dayBefore]: readonly Reminder[] = planReminders(appointment)._unsafeUnwrap();
 * dayBefore.offsetMinutes; // 1440
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export interface Reminder {
  readonly appointmentId: AppointmentId;
  readonly customerId: CustomerId;
  readonly channel: ContactChannel;
  /** How long before the start it is sent. */
  readonly offsetMinutes: number;
  readonly sendAt: Instant;
  readonly start: Instant;
}

/**
 * The reminders of a confirmed appointment: one per configured offset
 * (24 h and 2 h before by default), earliest first, leaving out those whose
 * time had already passed when the appointment was confirmed.
 *
 * Errors: `appointment_not_confirmed`.
 *
 * @param appointment - a confirmed appointment
 * @param config - `reminderOffsetsMinutes`
 * @example
 * ```ts
 * planReminders(appointment)._unsafeUnwrap().map((r) => r.sendAt);
 * // ['2026-11-29T00:30:00.000Z', '2026-11-29T22:30:00.000Z'] for a start at 2026-11-30T00:30Z
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export function planReminders(
  appointment: Appointment,
  config: AppointmentConfig = defaultAppointmentConfig,
): Result<readonly Reminder[], AppointmentNotConfirmedError> {
  const confirmation = appointment.confirmation;
  if (appointment.status !== 'confirmed' || confirmation === null) {
    return err(appointmentNotConfirmed(appointment.id, appointment.status));
  }
  const start = confirmation.slot.start;
  const offsets = [...new Set(config.reminderOffsetsMinutes)].sort((a, b) => b - a);
  const reminders = offsets
    .map((offsetMinutes) => ({
      appointmentId: appointment.id,
      customerId: appointment.customerId,
      channel: appointment.channel,
      offsetMinutes,
      sendAt: addMinutesToInstant(start, -offsetMinutes),
      start,
    }))
    .filter((reminder) => reminder.sendAt > confirmation.confirmedAt);
  return ok(reminders);
}

/**
 * The reminders due in `[from, to)` across appointments, ordered by send
 * time then appointment id, for a host's scheduler that polls. Appointments
 * that are not confirmed have none.
 *
 * @example
 * ```ts
 * findDueReminders(appointments, lastRun, now); // send these, then remember `now`
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export function findDueReminders(
  appointments: readonly Appointment[],
  from: Instant,
  to: Instant,
  config: AppointmentConfig = defaultAppointmentConfig,
): readonly Reminder[] {
  return appointments
    .flatMap((appointment) => planReminders(appointment, config).unwrapOr([]))
    .filter((reminder) => reminder.sendAt >= from && reminder.sendAt < to)
    .sort((a, b) =>
      a.sendAt !== b.sendAt
        ? a.sendAt < b.sendAt
          ? -1
          : 1
        : a.appointmentId < b.appointmentId
          ? -1
          : a.appointmentId > b.appointmentId
            ? 1
            : 0,
    );
}
