import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { MASKABLE_FIELDS, type ValidationError } from '../shared/index';
import type { Actor } from './actor';
import { collectForRoles, freezeRoleTable, parseRoleTable, roleTableSchema } from './role-table';
import type { Role } from './roles';

/**
 * The customer fields that are personal data and are masked unless the
 * actor's role may see them: name, mobile phone, ID-card number (身份证号),
 * VIN, licence plate, e-mail. The same six names the shared masking helper uses.
 *
 * @example
 * ```ts
 * CUSTOMER_FIELDS.includes('vin'); // true
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 * @see §1.2(7)
 */
export const CUSTOMER_FIELDS: typeof MASKABLE_FIELDS = MASKABLE_FIELDS;

/**
 * Schema of a {@link CustomerField}.
 *
 * @example
 * ```ts
 * CustomerFieldSchema.safeParse('mobilePhone').success; // true
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 */
export const CustomerFieldSchema = z.enum(CUSTOMER_FIELDS);

/**
 * One maskable personal-data field of a customer or their vehicle.
 *
 * @example
 * ```ts
 * const field: CustomerField = 'licencePlate';
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 */
export type CustomerField = z.infer<typeof CustomerFieldSchema>;

/**
 * Which customer fields each role sees unmasked. A role that is absent sees
 * every field masked.
 *
 * @example
 * ```ts
 * const policy: FieldVisibility = { 'cs-agent': ['name', 'mobilePhone'] };
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 */
export type FieldVisibility = Readonly<Partial<Record<Role, readonly CustomerField[]>>>;

const workshopFields: readonly CustomerField[] = ['vin', 'licencePlate'];

// Least privilege (§11.3.2–§11.3.4, and PIPL's minimum-necessary rule): each
// role sees only what its own steps need. The ID-card number is sensitive
// personal information needed only for rare manager-level matters (disputes,
// insurance claims), so nobody else sees it by default; nor does anyone but
// the manager see e-mail, which no front-line step uses (mail goes out
// through the host, not typed by staff).
const table: Readonly<Record<Role, readonly CustomerField[]>> = {
  // §2.2.1(1): runs the department, handles escalated complaints (§7.3.2).
  'service-manager': CUSTOMER_FIELDS,
  // §2.2.2, §3.2: greets the customer, files records, identifies the car.
  'service-advisor': ['name', 'mobilePhone', 'vin', 'licencePlate'],
  // §2.2.5(2)(4): follow-up calls and complaints need who and how to call.
  'cs-supervisor': ['name', 'mobilePhone'],
  'cs-agent': ['name', 'mobilePhone'],
  // §2.2.3, §3.3, §3.4: the workshop works on a car, not with the customer.
  'workshop-supervisor': workshopFields,
  'team-leader': workshopFields,
  technician: workshopFields,
  'qc-inspector': workshopFields,
  // §2.2.4, §6: the warehouse works from part numbers and repair-order ids.
  'warehouse-supervisor': [],
  'parts-clerk': [],
  // §8, §9: training and safety records concern employees, not customers.
  'safety-officer': [],
  trainer: [],
};

/**
 * The manual's default field visibility (§11.3): the service manager sees
 * everything; advisors name, phone, VIN and plate; customer-service staff name
 * and phone; workshop roles VIN and plate; warehouse, parts, safety and
 * training roles nothing. Only the manager sees the ID-card number. Frozen.
 *
 * @example
 * ```ts
 * defaultFieldVisibility['technician']; // ['vin', 'licencePlate']
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 * @see §1.2(7)
 */
export const defaultFieldVisibility: FieldVisibility = freezeRoleTable(table);

const FieldVisibilitySchema = roleTableSchema(CustomerFieldSchema, CUSTOMER_FIELDS.length);

/**
 * Validates a host-supplied field-visibility policy. A role the policy leaves
 * out sees every field masked (the policy replaces the default, it does not
 * patch it). Never throws; the result is frozen.
 *
 * Errors: `validation_failed` — `unknown_role` at the key's path,
 * `invalid_value` for an unknown field, `duplicate` for a repeated field.
 *
 * @example
 * ```ts
 * parseFieldVisibility({ 'parts-clerk': ['vin'] }).isOk(); // true
 * parseFieldVisibility({ 'parts-clerk': ['bloodType'] }).isErr(); // true
 * ```
 * @returns the frozen policy, or `validation_failed`
 * @category org
 * @see §11.3.1–§11.3.4
 */
export function parseFieldVisibility(input: unknown): Result<FieldVisibility, ValidationError> {
  return parseRoleTable(FieldVisibilitySchema, input);
}

/**
 * The fields an actor sees unmasked: the union over the actor's roles, in
 * {@link CUSTOMER_FIELDS} order. Delegated capability grants do not widen it.
 *
 * @example
 * ```ts
 * visibleCustomerFields({ id: 'emp_1', roles: ['cs-agent'] } as Actor); // ['name', 'mobilePhone']
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 * @see §1.2(7)
 */
export function visibleCustomerFields(
  actor: Pick<Actor, 'roles'>,
  policy: FieldVisibility = defaultFieldVisibility,
): readonly CustomerField[] {
  return collectForRoles(policy, actor.roles, CUSTOMER_FIELDS);
}

/**
 * The fields that must be masked for an actor: the complement of
 * {@link visibleCustomerFields}, in {@link CUSTOMER_FIELDS} order.
 *
 * @example
 * ```ts
 * maskedCustomerFields({ id: 'emp_1', roles: ['technician'] } as Actor);
 * // ['name', 'mobilePhone', 'idCardNumber', 'email']
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 * @see §1.2(7)
 */
export function maskedCustomerFields(
  actor: Pick<Actor, 'roles'>,
  policy: FieldVisibility = defaultFieldVisibility,
): readonly CustomerField[] {
  const visible = new Set(visibleCustomerFields(actor, policy));
  return CUSTOMER_FIELDS.filter((field) => !visible.has(field));
}

/**
 * Whether an actor sees one field unmasked.
 *
 * @example
 * ```ts
 * isFieldVisible({ id: 'emp_1', roles: ['service-advisor'] } as Actor, 'idCardNumber'); // false
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 * @see §1.2(7)
 */
export function isFieldVisible(
  actor: Pick<Actor, 'roles'>,
  field: CustomerField,
  policy: FieldVisibility = defaultFieldVisibility,
): boolean {
  return visibleCustomerFields(actor, policy).includes(field);
}
