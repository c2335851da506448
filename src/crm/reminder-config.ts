import * as z from 'zod/mini';
import { CalendarDateSchema } from '../shared/index';

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HOLIDAY_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/**
 * Schema of whom a reminder contacts for what: `service` (about the
 * customer's own car; needs service-contact consent) or `marketing`
 * (greetings, offers, sales; needs marketing consent).
 *
 * @example
 * ```ts
 * ContactPurposeSchema.safeParse('marketing').success; // true
 * ```
 * @category crm
 * @see §7.1.3
 */
export const ContactPurposeSchema = z.enum(['service', 'marketing']);

/**
 * Whether a contact is a service or a marketing contact.
 *
 * @example
 * ```ts
 * const purpose: ContactPurpose = 'service';
 * ```
 * @category crm
 * @see §7.1.3
 */
export type ContactPurpose = z.infer<typeof ContactPurposeSchema>;

interface RuleDefaults {
  readonly enabled: boolean;
  readonly contact: ContactPurpose;
  readonly leadDays: number;
}

function ruleSchema(defaults: RuleDefaults) {
  return z._default(
    z.strictObject({
      enabled: z._default(z.boolean(), defaults.enabled),
      contact: z._default(ContactPurposeSchema, defaults.contact),
      leadDays: z._default(z.int().check(z.gte(0), z.lte(366)), defaults.leadDays),
    }),
    { ...defaults },
  );
}

/**
 * Schema of a {@link Holiday}: an id, a name, and either a recurring
 * `monthDay` (`MM-DD`) or a one-off `date` (issue reason
 * `holiday_date_required` otherwise).
 *
 * @example
 * ```ts
 * HolidaySchema.safeParse({ id: 'mid-autumn-2026', name: '中秋节', date: '2026-09-25' }).success; // true
 * ```
 * @category crm
 * @see §7.1.3
 */
export const HolidaySchema = z
  .strictObject({
    id: z.string().check(z.maxLength(40), z.regex(HOLIDAY_KEY)),
    name: z.string().check(z.maxLength(50), z.trim(), z.minLength(1)),
    /** Every year on this `MM-DD` (Gregorian holidays: 元旦, 劳动节, 国庆节). */
    monthDay: z.optional(z.string().check(z.maxLength(5), z.regex(MONTH_DAY))),
    /** Once, on this date (lunar holidays such as 春节 and 中秋节, one entry per year). */
    date: z.optional(CalendarDateSchema),
  })
  .check(
    z.refine((holiday) => (holiday.monthDay === undefined) !== (holiday.date === undefined), {
      message: 'a holiday has either a monthDay or a date',
      params: { reason: 'holiday_date_required' },
    }),
  );

/**
 * A care holiday (节日关怀, §7.1.3(2)): a recurring Gregorian `monthDay`
 * or a one-off `date`. Lunar holidays move every year, so a host lists
 * them by date.
 *
 * @example
 * ```ts
 * const springFestival: Holiday = { id: 'spring-festival-2027', name: '春节', date: '2027-02-06' };
 * ```
 * @category crm
 * @see §7.1.3
 */
export type Holiday = z.infer<typeof HolidaySchema>;

const InspectionStepSchema = z.strictObject({
  /** The step applies while the vehicle is younger than this many years; `null` = for ever. */
  untilYears: z.nullable(z.int().check(z.gte(1), z.lte(100))),
  everyMonths: z.int().check(z.gte(1), z.lte(120)),
});

const REMINDER_DEFAULTS = {
  birthday: { enabled: true, contact: 'marketing', leadDays: 0 },
  holiday: { enabled: true, contact: 'marketing', leadDays: 0 },
  serviceDue: { enabled: true, contact: 'service', leadDays: 7 },
  insuranceRenewal: { enabled: true, contact: 'marketing', leadDays: 30 },
  periodicInspection: { enabled: true, contact: 'service', leadDays: 30 },
  holidays: [
    { id: 'new-year', name: '元旦', monthDay: '01-01' },
    { id: 'labour-day', name: '劳动节', monthDay: '05-01' },
    { id: 'national-day', name: '国庆节', monthDay: '10-01' },
  ],
  assumedDailyKm: 33,
  inspectionSchedule: [
    { untilYears: 10, everyMonths: 24 },
    { untilYears: 15, everyMonths: 12 },
    { untilYears: null, everyMonths: 6 },
  ],
} as const satisfies Record<string, unknown>;

/**
 * Schema of the care and reminder rules (§7.1.3). Each kind has `enabled`,
 * `contact` (service or marketing) and `leadDays` (how long before the due
 * date to send). Defaults and why:
 * - birthday and holidays: marketing, on the day — §7.1.3(2) sends wishes
 *   *or offers*, so they need marketing consent;
 * - service due: service, 7 days ahead — time to book a slot;
 * - insurance renewal: marketing, 30 days ahead — renewal is a sale;
 *   insurers open renewal about a month before expiry;
 * - periodic inspection (年检): service, 30 days ahead — a legal duty of
 *   the owner, bookable in the last months before the due date.
 *
 * `holidays` default to 元旦 (01-01), 劳动节 (05-01) and 国庆节 (10-01).
 * `assumedDailyKm` (33, ≈ 12,000 km a year) projects mileage when a
 * vehicle's own readings span under 30 days. `inspectionSchedule` defaults
 * to the 2022 rules for non-operating small passenger cars: every 2 years
 * until 10 years old, yearly until 15, then every 6 months.
 *
 * @example
 * ```ts
 * ReminderConfigSchema.safeParse({ birthday: { enabled: false } }).success; // true
 * ```
 * @category crm
 * @see §7.1.3
 */
export const ReminderConfigSchema = z.object({
  birthday: ruleSchema(REMINDER_DEFAULTS.birthday),
  holiday: ruleSchema(REMINDER_DEFAULTS.holiday),
  serviceDue: ruleSchema(REMINDER_DEFAULTS.serviceDue),
  insuranceRenewal: ruleSchema(REMINDER_DEFAULTS.insuranceRenewal),
  periodicInspection: ruleSchema(REMINDER_DEFAULTS.periodicInspection),
  holidays: z._default(
    z.array(HolidaySchema).check(z.maxLength(100)),
    REMINDER_DEFAULTS.holidays.map((holiday) => ({ ...holiday })),
  ),
  assumedDailyKm: z._default(
    z.int().check(z.gte(1), z.lte(2000)),
    REMINDER_DEFAULTS.assumedDailyKm,
  ),
  inspectionSchedule: z._default(
    z.array(InspectionStepSchema).check(
      z.minLength(1),
      z.maxLength(10),
      z.refine((steps) => steps.at(-1)?.untilYears === null, {
        message: 'the last step must apply for ever (untilYears: null)',
        params: { reason: 'schedule_open_ended' },
      }),
    ),
    REMINDER_DEFAULTS.inspectionSchedule.map((step) => ({ ...step })),
  ),
});

/**
 * Care and reminder rules.
 *
 * @example
 * ```ts
 * const reminders: ReminderConfig = defaultCrmConfig.reminders;
 * reminders.serviceDue.leadDays; // 7
 * ```
 * @category crm
 * @see §7.1.3
 */
export type ReminderConfig = z.infer<typeof ReminderConfigSchema>;

/**
 * The default care and reminder rules (see {@link ReminderConfigSchema}).
 *
 * @example
 * ```ts
 * defaultReminderConfig.insuranceRenewal; // { enabled: true, contact: 'marketing', leadDays: 30 }
 * ```
 * @category crm
 * @see §7.1.3
 */
export const defaultReminderConfig: ReminderConfig = {
  ...REMINDER_DEFAULTS,
  holidays: REMINDER_DEFAULTS.holidays.map((holiday) => ({ ...holiday })),
  inspectionSchedule: REMINDER_DEFAULTS.inspectionSchedule.map((step) => ({ ...step })),
};
