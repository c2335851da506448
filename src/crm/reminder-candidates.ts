import {
  type CalendarDate,
  differenceInCalendarDays,
  type TimeZone,
  toDealerDate,
} from '../shared/index';
import {
  addMonths,
  anniversaryIn,
  daysAfter,
  daysBefore,
  isWithin,
  monthDayIn,
  yearOf,
} from './calendar';
import type { Customer } from './customer-schema';
import type { ReminderConfig } from './reminder-config';
import type { Vehicle } from './vehicle-schema';

/**
 * The kinds of care and reminder contact (§7.1.3).
 *
 * @example
 * ```ts
 * const kind: ReminderKind = 'periodic-inspection';
 * ```
 * @category crm
 * @see §7.1.3
 */
export type ReminderKind =
  | 'birthday'
  | 'holiday'
  | 'service-due'
  | 'insurance-renewal'
  | 'periodic-inspection';

/**
 * A reminder before consent is checked. Internal to crm.
 *
 * @example
 * ```ts
 * const candidate: ReminderCandidate = birthdayCandidates(customer, rules, window)[0]!;
 * ```
 * @internal
 * @category crm
 */
export interface ReminderCandidate {
  readonly key: string;
  readonly kind: ReminderKind;
  readonly vehicleId: Vehicle['id'] | null;
  readonly dueDate: CalendarDate;
  readonly sendOn: CalendarDate;
  readonly holidayId: string | null;
  readonly dueOdometerKm: number | null;
}

/**
 * The window reminders are planned for, in dealer dates, and the zone. Internal to crm.
 *
 * @example
 * ```ts
 * const window: ReminderWindow = { from, to, timeZone: config.timeZone };
 * ```
 * @internal
 * @category crm
 */
export interface ReminderWindow {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly timeZone: TimeZone;
}

type Base = Omit<ReminderCandidate, 'sendOn' | 'dueDate' | 'key'>;

function candidate(
  base: Base,
  key: string,
  dueDate: CalendarDate | undefined,
  leadDays: number,
  window: ReminderWindow,
): ReminderCandidate[] {
  if (dueDate === undefined) return [];
  const sendOn = daysBefore(dueDate, leadDays);
  if (sendOn === undefined || !isWithin(sendOn, window.from, window.to)) return [];
  return [{ ...base, key, dueDate, sendOn }];
}

/** The years whose dates, sent `leadDays` early, can land in the window. */
function yearsOf(window: ReminderWindow, leadDays: number): number[] {
  const last = yearOf(daysAfter(window.to, Math.min(leadDays, 366)));
  const years: number[] = [];
  for (let year = yearOf(window.from); year <= last; year += 1) years.push(year);
  return years;
}

/**
 * Birthday greetings for a person with a birthday (§7.1.3(2)). Internal to crm.
 *
 * @example
 * ```ts
 * birthdayCandidates(customer, config.reminders, window);
 * ```
 * @internal
 * @category crm
 */
export function birthdayCandidates(
  customer: Customer,
  rules: ReminderConfig,
  window: ReminderWindow,
): ReminderCandidate[] {
  const { birthday } = customer;
  if (!rules.birthday.enabled || customer.kind !== 'person' || birthday === null) return [];
  const base: Base = { kind: 'birthday', vehicleId: null, holidayId: null, dueOdometerKm: null };
  return yearsOf(window, rules.birthday.leadDays).flatMap((year) => {
    const due = anniversaryIn(birthday, year);
    if (due === undefined || due <= birthday) return [];
    return candidate(base, `birthday:${customer.id}:${due}`, due, rules.birthday.leadDays, window);
  });
}

/**
 * Holiday greetings (§7.1.3(2)). Internal to crm.
 *
 * @example
 * ```ts
 * holidayCandidates(customer, config.reminders, window);
 * ```
 * @internal
 * @category crm
 */
export function holidayCandidates(
  customer: Customer,
  rules: ReminderConfig,
  window: ReminderWindow,
): ReminderCandidate[] {
  if (!rules.holiday.enabled) return [];
  const lead = rules.holiday.leadDays;
  return rules.holidays.flatMap((holiday) => {
    const base: Base = {
      kind: 'holiday',
      vehicleId: null,
      holidayId: holiday.id,
      dueOdometerKm: null,
    };
    const dates =
      holiday.date !== undefined
        ? [holiday.date]
        : yearsOf(window, lead).map((year) => monthDayIn(holiday.monthDay ?? '', year));
    return dates.flatMap((due) =>
      candidate(base, `holiday:${holiday.id}:${customer.id}:${due}`, due, lead, window),
    );
  });
}

const MIN_SPAN_DAYS = 30;

/** Kilometres a day from the vehicle's own readings, or the configured assumption. */
function dailyKm(vehicle: Vehicle, rules: ReminderConfig, zone: TimeZone): number {
  const first = vehicle.odometerReadings.at(0);
  const last = vehicle.odometerReadings.at(-1);
  if (first === undefined || last === undefined) return rules.assumedDailyKm;
  const span = differenceInCalendarDays(toDealerDate(last.at, zone), toDealerDate(first.at, zone));
  const driven = last.km - first.km;
  return span >= MIN_SPAN_DAYS && driven > 0 ? driven / span : rules.assumedDailyKm;
}

/** When the odometer is projected to reach `dueKm`: the latest reading's day if already past. */
function mileageDueDate(
  vehicle: Vehicle,
  dueKm: number,
  rules: ReminderConfig,
  zone: TimeZone,
): CalendarDate | undefined {
  const last = vehicle.odometerReadings.at(-1);
  if (last === undefined) return undefined;
  const lastDay = toDealerDate(last.at, zone);
  if (last.km >= dueKm) return lastDay;
  const days = Math.ceil((dueKm - last.km) / dailyKm(vehicle, rules, zone));
  return days > 36_600 ? undefined : daysAfter(lastDay, days);
}

/**
 * Service due by date or mileage, whichever comes first, from the last
 * delivered order's next-service reminder (§7.1.3). The key names the
 * order, so a host that plans daily sends each reminder once. Internal to crm.
 *
 * @example
 * ```ts
 * serviceDueCandidates(vehicle, config.reminders, window);
 * ```
 * @internal
 * @category crm
 */
export function serviceDueCandidates(
  vehicle: Vehicle,
  rules: ReminderConfig,
  window: ReminderWindow,
): ReminderCandidate[] {
  const next = vehicle.nextService;
  if (!rules.serviceDue.enabled || next === null) return [];
  const byKm =
    next.dueOdometerKm === null
      ? undefined
      : mileageDueDate(vehicle, next.dueOdometerKm, rules, window.timeZone);
  const dates = [next.dueDate ?? undefined, byKm].filter((d): d is CalendarDate => d !== undefined);
  const due = dates.sort()[0];
  const base: Base = {
    kind: 'service-due',
    vehicleId: vehicle.id,
    holidayId: null,
    dueOdometerKm: next.dueOdometerKm,
  };
  const key = `service-due:${vehicle.id}:${next.repairOrderId}`;
  return candidate(base, key, due, rules.serviceDue.leadDays, window);
}

/**
 * Insurance renewal before the policy expires (§7.1.3). Internal to crm.
 *
 * @example
 * ```ts
 * insuranceCandidates(vehicle, config.reminders, window);
 * ```
 * @internal
 * @category crm
 */
export function insuranceCandidates(
  vehicle: Vehicle,
  rules: ReminderConfig,
  window: ReminderWindow,
): ReminderCandidate[] {
  const due = vehicle.insuranceExpiryDate;
  if (!rules.insuranceRenewal.enabled || due === null) return [];
  const base: Base = {
    kind: 'insurance-renewal',
    vehicleId: vehicle.id,
    holidayId: null,
    dueOdometerKm: null,
  };
  const key = `insurance-renewal:${vehicle.id}:${due}`;
  return candidate(base, key, due, rules.insuranceRenewal.leadDays, window);
}

/** Inspection due dates from registration by the schedule, up to `until`. */
function scheduledInspections(
  registered: CalendarDate,
  rules: ReminderConfig,
  until: CalendarDate,
): CalendarDate[] {
  const dates: CalendarDate[] = [];
  let months = 0;
  // The schedule's shortest step is a month, so this bound covers 100 years of steps.
  for (let guard = 0; guard < 1200; guard += 1) {
    const step = rules.inspectionSchedule.find(
      (s) => s.untilYears === null || months < s.untilYears * 12,
    );
    if (step === undefined) break;
    months += step.everyMonths;
    const due = addMonths(registered, months);
    if (due === undefined || due > until) break;
    dates.push(due);
  }
  return dates;
}

/**
 * The periodic inspection (年检): the vehicle's explicit due date, or the
 * dates the schedule derives from registration (§7.1.3). Internal to crm.
 *
 * @example
 * ```ts
 * inspectionCandidates(vehicle, config.reminders, window);
 * ```
 * @internal
 * @category crm
 */
export function inspectionCandidates(
  vehicle: Vehicle,
  rules: ReminderConfig,
  window: ReminderWindow,
): ReminderCandidate[] {
  if (!rules.periodicInspection.enabled) return [];
  const lead = rules.periodicInspection.leadDays;
  const base: Base = {
    kind: 'periodic-inspection',
    vehicleId: vehicle.id,
    holidayId: null,
    dueOdometerKm: null,
  };
  const until = daysAfter(window.to, lead);
  const dates =
    vehicle.inspectionDueDate !== null
      ? [vehicle.inspectionDueDate]
      : vehicle.registrationDate === null
        ? []
        : scheduledInspections(vehicle.registrationDate, rules, until);
  return dates.flatMap((due) =>
    candidate(base, `periodic-inspection:${vehicle.id}:${due}`, due, lead, window),
  );
}
