import type { CalendarDate, ContactChannel, Instant } from '../shared/index';
import { type CrmConfig, defaultCrmConfig } from './config';
import type { Customer } from './customer-schema';
import type { CustomerId, VehicleId } from './ids';
import { hasConsent } from './record-consent';
import {
  birthdayCandidates,
  holidayCandidates,
  inspectionCandidates,
  insuranceCandidates,
  type ReminderCandidate,
  type ReminderKind,
  type ReminderWindow,
  serviceDueCandidates,
} from './reminder-candidates';
import type { ContactPurpose } from './reminder-config';
import type { Vehicle } from './vehicle-schema';

/**
 * One care or reminder contact to send (§7.1.3): what, for whom, about
 * which vehicle, when it is due and when to send it, whether it is a
 * service or a marketing contact, and the customer's preferred channel.
 * `key` is stable across runs, so a host that plans every day sends each
 * reminder once. Ids only, no personal data.
 *
 * @example
 * ```ts
 * const reminder: Reminder = plan.reminders[0]!;
 * reminder.key; // 'service-due:veh_1:ro_1'
 * ```
 * @category crm
 * @see §7.1.3
 */
export interface Reminder {
  readonly key: string;
  readonly kind: ReminderKind;
  readonly contact: ContactPurpose;
  readonly customerId: CustomerId;
  readonly vehicleId: VehicleId | null;
  readonly dueDate: CalendarDate;
  readonly sendOn: CalendarDate;
  readonly preferredChannel: ContactChannel | null;
  /** The configured holiday's id, for `holiday` reminders. */
  readonly holidayId: string | null;
  /** The odometer target, for `service-due` reminders that have one. */
  readonly dueOdometerKm: number | null;
}

/**
 * A reminder that was not produced because the customer has not
 * consented to that kind of contact (or withdrew consent).
 *
 * @example
 * ```ts
 * plan.suppressed[0]?.reason; // 'no_marketing_consent'
 * ```
 * @category crm
 * @see §7.1.3
 */
export interface SuppressedReminder {
  readonly key: string;
  readonly kind: ReminderKind;
  readonly contact: ContactPurpose;
  readonly customerId: CustomerId;
  readonly vehicleId: VehicleId | null;
  readonly reason: 'no_service_consent' | 'no_marketing_consent';
}

/**
 * The reminders of one customer for a window, and those held back for
 * lack of consent. Both sorted by send date, then key.
 *
 * @example
 * ```ts
 * const plan: ReminderPlan = planReminders(input);
 * ```
 * @category crm
 * @see §7.1.3
 */
export interface ReminderPlan {
  readonly reminders: readonly Reminder[];
  readonly suppressed: readonly SuppressedReminder[];
}

const KIND_RULE = {
  birthday: 'birthday',
  holiday: 'holiday',
  'service-due': 'serviceDue',
  'insurance-renewal': 'insuranceRenewal',
  'periodic-inspection': 'periodicInspection',
} as const satisfies Record<ReminderKind, keyof CrmConfig['reminders']>;

function bySendDate(
  a: { sendOn?: CalendarDate; key: string },
  b: { sendOn?: CalendarDate; key: string },
) {
  const order = (a.sendOn ?? '').localeCompare(b.sendOn ?? '');
  return order !== 0 ? order : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Plans a customer's care and reminder contacts whose send date falls in
 * `[from, to]` (dealer dates, §7.1.3): birthday and holiday greetings,
 * service due by date or mileage (from the last delivered order's
 * next-service reminder; mileage is projected from the vehicle's odometer
 * history), insurance renewal, and periodic inspection (年检). Each rule is
 * configurable ({@link ReminderConfigSchema}) and says whether it is a
 * service or a marketing contact. Consent is checked at `at`: a marketing
 * contact is never produced without marketing consent, nor a service
 * contact without service-contact consent — those go to `suppressed`.
 * Only the customer's own vehicles count. Pure; no error cases (an empty
 * or inverted window plans nothing).
 *
 * @example
 * ```ts
 * const plan = planReminders({ customer, vehicles, from: '2026-03-01', to: '2026-03-31', at });
 * plan.reminders.map((r) => r.kind); // ['service-due', 'periodic-inspection']
 * ```
 * @category crm
 * @see §7.1.3
 */
export function planReminders(
  input: {
    readonly customer: Customer;
    readonly vehicles: readonly Vehicle[];
    readonly from: CalendarDate;
    readonly to: CalendarDate;
    readonly at: Instant;
  },
  config: CrmConfig = defaultCrmConfig,
): ReminderPlan {
  const { customer } = input;
  if (input.to < input.from) return { reminders: [], suppressed: [] };
  const rules = config.reminders;
  const window: ReminderWindow = { from: input.from, to: input.to, timeZone: config.timeZone };
  const own = input.vehicles.filter((vehicle) => vehicle.customerId === customer.id);
  const candidates: ReminderCandidate[] = [
    ...birthdayCandidates(customer, rules, window),
    ...holidayCandidates(customer, rules, window),
    ...own.flatMap((vehicle) => [
      ...serviceDueCandidates(vehicle, rules, window),
      ...insuranceCandidates(vehicle, rules, window),
      ...inspectionCandidates(vehicle, rules, window),
    ]),
  ];
  const consent = {
    service: hasConsent(customer, 'service-contact', input.at),
    marketing: hasConsent(customer, 'marketing', input.at),
  };
  const reminders: Reminder[] = [];
  const suppressed: SuppressedReminder[] = [];
  for (const item of candidates) {
    const contact = rules[KIND_RULE[item.kind]].contact;
    const common = { key: item.key, kind: item.kind, contact, customerId: customer.id };
    if (consent[contact]) {
      reminders.push({
        ...common,
        vehicleId: item.vehicleId,
        dueDate: item.dueDate,
        sendOn: item.sendOn,
        preferredChannel: customer.preferredChannel,
        holidayId: item.holidayId,
        dueOdometerKm: item.dueOdometerKm,
      });
    } else {
      const reason = contact === 'service' ? 'no_service_consent' : 'no_marketing_consent';
      suppressed.push({ ...common, vehicleId: item.vehicleId, reason });
    }
  }
  return { reminders: reminders.sort(bySendDate), suppressed: suppressed.sort(bySendDate) };
}
