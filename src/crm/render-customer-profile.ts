import {
  type Actor,
  type CustomerField,
  defaultFieldVisibility,
  type FieldVisibility,
  isFieldVisible,
  maskedCustomerFields,
  maskPersonalData,
} from '../org/index';
import type { CalendarDate, ContactChannel, Instant } from '../shared/index';
import type { ConsentPurpose, CustomerSource } from './channels';
import type { Customer, CustomerKind } from './customer-schema';
import type { CustomerId, VehicleId } from './ids';
import { consentStatus } from './record-consent';
import type { CustomerSummary } from './summarize-customer';
import type { NextService, Vehicle } from './vehicle-schema';

/**
 * A vehicle as a profile shows it: VIN and plate masked unless the
 * viewer's role may see them.
 *
 * @example
 * ```ts
 * const row: VehicleView = profile.vehicles[0]!;
 * row.vin; // '1M8GDM9AXKP042788' for an advisor, '***********042788' for a CS agent
 * ```
 * @category crm
 * @see §1.2(7)
 */
export interface VehicleView {
  readonly id: VehicleId;
  readonly vin: string;
  readonly licencePlate: string | null;
  readonly brand: string;
  readonly model: string;
  readonly modelYear: number | null;
  readonly latestOdometerKm: number | null;
  readonly nextService: NextService | null;
}

/**
 * A customer profile (客户画像) rendered for one viewer: personal data
 * masked by role (§1.2(7)), current consent, vehicles, and the summary if
 * one was given. `maskedFields` lists what this viewer cannot see.
 *
 * @example
 * ```ts
 * const view: CustomerProfileView = renderCustomerProfile(technician, { customer, vehicles, at });
 * view.mobilePhone; // '138****5678'
 * ```
 * @category crm
 * @see §1.2(7)
 * @see §7.1.2
 */
export interface CustomerProfileView {
  readonly id: CustomerId;
  readonly kind: CustomerKind;
  readonly name: string;
  readonly mobilePhone: string;
  readonly email: string | null;
  readonly contactName: string | null;
  /** Shown only to roles that see the name: with it, a birthday identifies a person. */
  readonly birthday: CalendarDate | null;
  readonly sourceChannel: CustomerSource;
  readonly preferredChannel: ContactChannel | null;
  readonly consent: Readonly<Record<ConsentPurpose, boolean>>;
  readonly vehicles: readonly VehicleView[];
  readonly summary: CustomerSummary | null;
  readonly maskedFields: readonly CustomerField[];
}

/**
 * Renders a customer's profile for a viewer (§1.2(7), §11.3): name, mobile
 * number, e-mail, company contact name, VIN and plate go through org's
 * `maskPersonalData`, so a technician sees `张*` and `138****5678` while the
 * service advisor sees them in full. Only the customer's own vehicles are
 * shown. Consent is evaluated at `at`. Pure; the inputs are not changed.
 *
 * @param viewer - who will see the profile
 * @param input - the customer, their vehicles, the instant, and optionally a {@link CustomerSummary}
 * @param visibility - a host's field-visibility table (org's default otherwise)
 * @example
 * ```ts
 * const view = renderCustomerProfile({ id: 'emp_t', roles: ['technician'] }, { customer, vehicles, at });
 * view.name; // '张*'
 * view.vehicles[0]?.vin; // shown in full: the workshop works on the car
 * ```
 * @category crm
 * @see §1.2(7)
 * @see §7.1.2
 * @see §11.3.1–§11.3.4
 */
export function renderCustomerProfile(
  viewer: Pick<Actor, 'roles'>,
  input: {
    readonly customer: Customer;
    readonly vehicles: readonly Vehicle[];
    readonly at: Instant;
    readonly summary?: CustomerSummary;
  },
  visibility: FieldVisibility = defaultFieldVisibility,
): CustomerProfileView {
  const { customer } = input;
  const person = maskPersonalData(
    viewer,
    { name: customer.name, mobilePhone: customer.mobilePhone, email: customer.email },
    visibility,
  );
  const contact =
    customer.contactName === null
      ? null
      : maskPersonalData(viewer, { name: customer.contactName }, visibility).name;
  return {
    id: customer.id,
    kind: customer.kind,
    name: person.name,
    mobilePhone: person.mobilePhone,
    email: person.email,
    contactName: contact,
    birthday: isFieldVisible(viewer, 'name', visibility) ? customer.birthday : null,
    sourceChannel: customer.sourceChannel,
    preferredChannel: customer.preferredChannel,
    consent: consentStatus(customer, input.at),
    vehicles: input.vehicles
      .filter((vehicle) => vehicle.customerId === customer.id)
      .map((vehicle) => renderVehicle(viewer, vehicle, visibility)),
    summary: input.summary ?? null,
    maskedFields: maskedCustomerFields(viewer, visibility),
  };
}

function renderVehicle(
  viewer: Pick<Actor, 'roles'>,
  vehicle: Vehicle,
  visibility: FieldVisibility,
): VehicleView {
  const masked = maskPersonalData(
    viewer,
    { vin: vehicle.vin as string, licencePlate: vehicle.licencePlate as string | null },
    visibility,
  );
  return {
    id: vehicle.id,
    vin: masked.vin,
    licencePlate: masked.licencePlate,
    brand: vehicle.brand,
    model: vehicle.model,
    modelYear: vehicle.modelYear,
    latestOdometerKm: vehicle.odometerReadings.at(-1)?.km ?? null,
    nextService: vehicle.nextService,
  };
}
