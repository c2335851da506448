import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import {
  addCalendarDays,
  type CalendarDate,
  type Instant,
  listAllMatching,
  type Repository,
  type StorageError,
  type Store,
  type ValidationError,
} from '../shared/index';
import { type DayBookings, dayBookingsId, emptyDayBookings } from './day-bookings';
import type { Appointment, AppointmentStatus } from './schema';
import type { Booking } from './slot-schema';

/**
 * The storage collection of appointments.
 *
 * @example
 * ```ts
 * store.repository<Appointment>(APPOINTMENT_COLLECTION);
 * ```
 * @category appointment
 */
export const APPOINTMENT_COLLECTION = 'appointment';

/**
 * The storage collection of the per-day booking ledgers.
 *
 * @example
 * ```ts
 * store.repository<DayBookings>(DAY_BOOKINGS_COLLECTION);
 * ```
 * @category appointment
 */
export const DAY_BOOKINGS_COLLECTION = 'appointment-day-bookings';

/**
 * The appointment storage port: the generic repository plus the queries the
 * appointment desk needs, all expressible as `list` equality queries so any
 * `Store` implements them.
 *
 * @example
 * ```ts
 * const today = await appointments.listByDate(date); // for the no-show sweep and the desk's day view
 * ```
 * @category appointment
 * @see §3.1(4)
 * @see X-6
 */
export interface AppointmentRepository extends Repository<Appointment> {
  /** Every appointment holding (or, checked in / no-show, having held) a slot on `date`. */
  listByDate(
    date: CalendarDate,
  ): ResultAsync<readonly Appointment[], StorageError | ValidationError>;
  /** Every appointment in `status` (e.g. `requested`, waiting for a time). */
  listByStatus(
    status: AppointmentStatus,
  ): ResultAsync<readonly Appointment[], StorageError | ValidationError>;
}

/**
 * The storage port of the per-day booking ledgers (see {@link DayBookings}).
 *
 * @example
 * ```ts
 * const ledger = await ledgers.getForDate(date, at); // an empty ledger (version 0) if none is stored
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see X-6
 */
export interface DayBookingsRepository extends Repository<DayBookings> {
  /** The ledger of `date`, or an empty one (version 0) when none is stored. */
  getForDate(date: CalendarDate, at: Instant): ResultAsync<DayBookings, StorageError>;
  /** The bookings of `days` dealer days from `from`: the input of {@link findSlots}. */
  listBookings(from: CalendarDate, days: number): ResultAsync<readonly Booking[], StorageError>;
}

/**
 * Builds the {@link AppointmentRepository} on any shared `Store` (memory,
 * SQL or a host's adapter), in the {@link APPOINTMENT_COLLECTION} collection.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const appointments = createAppointmentRepository(createMemoryStore());
 * ```
 * @category appointment
 * @see X-6
 */
export function createAppointmentRepository(store: Store): AppointmentRepository {
  const repository = store.repository<Appointment>(APPOINTMENT_COLLECTION);
  return {
    get: (id) => repository.get(id),
    save: (entity, options) => repository.save(entity, options),
    list: (query) => repository.list(query),
    listByDate: (date) => listAllMatching(repository, { date }),
    listByStatus: (status) => listAllMatching(repository, { status }),
  };
}

/**
 * Builds the {@link DayBookingsRepository} on any shared `Store`, in the
 * {@link DAY_BOOKINGS_COLLECTION} collection.
 *
 * @example
 * ```ts
 * const ledgers = createDayBookingsRepository(store);
 * const bookings = (await ledgers.listBookings(today, 14))._unsafeUnwrap();
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see X-6
 */
export function createDayBookingsRepository(store: Store): DayBookingsRepository {
  const repository = store.repository<DayBookings>(DAY_BOOKINGS_COLLECTION);
  const getForDate = (date: CalendarDate, at: Instant): ResultAsync<DayBookings, StorageError> =>
    repository
      .get(dayBookingsId(date))
      .orElse((error) =>
        error.code === 'not_found' ? okAsync(emptyDayBookings(date, at)) : errAsync(error),
      );
  return {
    get: (id) => repository.get(id),
    save: (entity, options) => repository.save(entity, options),
    list: (query) => repository.list(query),
    getForDate,
    listBookings: (from, days) => {
      const dates = Array.from({ length: Math.max(0, days) }, (_, i) => addCalendarDays(from, i));
      return ResultAsync.combine(
        dates.map((date) => getForDate(date, `${date}T00:00:00.000Z` as Instant)),
      ).map((ledgers) => ledgers.flatMap((ledger) => ledger.bookings));
    },
  };
}
