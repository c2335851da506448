import type { CalendarDate } from '../shared/index';
import type { Appointment } from './schema';

/**
 * The show-rate figures of a set of appointments (到店率).
 *
 * @example
 * ```ts
 * const { rate }: ShowRate = computeShowRate(appointments);
 * ```
 * @category appointment
 * @see §3.1(4)
 * @see §11.2.2
 */
export interface ShowRate {
  /** Appointments that came (checked in). */
  readonly shown: number;
  /** Of those, how many arrived late. */
  readonly late: number;
  /** Appointments recorded as no-shows. */
  readonly noShows: number;
  /** `shown + noShows`: the appointments whose outcome is known. */
  readonly decided: number;
  /** `shown / decided`, in [0, 1]; `null` when nothing is decided yet. */
  readonly rate: number | null;
}

/**
 * The appointment show rate: of the appointments whose outcome is known
 * (checked in or no-show), the share that came. Cancelled, rescheduled and
 * still-open appointments do not count. Optionally only appointments booked
 * for dates in `[from, to]` (dealer dates, inclusive).
 *
 * @param appointments - any appointments
 * @param period - optional first and last booked date
 * @example
 * ```ts
 * computeShowRate(appointments, { from: '2026-11-01', to: '2026-11-30' } as never).rate; // e.g. 0.92
 * ```
 * @category appointment
 * @see §3.1(4)
 * @see §11.2.2
 */
export function computeShowRate(
  appointments: readonly Appointment[],
  period: { readonly from?: CalendarDate; readonly to?: CalendarDate } = {},
): ShowRate {
  let shown = 0;
  let late = 0;
  let noShows = 0;
  for (const appointment of appointments) {
    const date = appointment.date;
    if (date === null) continue;
    if (
      (period.from !== undefined && date < period.from) ||
      (period.to !== undefined && date > period.to)
    ) {
      continue;
    }
    if (appointment.status === 'checked-in') {
      shown += 1;
      if (appointment.checkIn?.late === true) late += 1;
    } else if (appointment.status === 'no-show') {
      noShows += 1;
    }
  }
  const decided = shown + noShows;
  return { shown, late, noShows, decided, rate: decided === 0 ? null : shown / decided };
}
