import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  CalendarDateSchema,
  ContactChannelSchema,
  entityBaseShape,
  InstantSchema,
  MobilePhoneSchema,
} from '../shared/index';
import { ConsentPurposeSchema, CustomerSourceSchema } from './channels';
import { CustomerIdSchema } from './ids';
import { boundedText } from './text';

/** A consent ledger this long is kept whole; beyond it the record is refused, not trimmed. */
const MAX_CONSENT_ENTRIES = 500;
const MAX_NAME = 100;
const MAX_EMAIL = 254;

/**
 * Schema of one consent ledger entry (同意记录, §7.1.1): for which purpose,
 * granted or withdrawn, when, through which channel, and who recorded it.
 * Entries are only ever appended; the latest at or before an instant wins.
 *
 * @example
 * ```ts
 * ConsentEntrySchema.safeParse({
 *   purpose: 'marketing', granted: false, at: '2026-03-01T02:00:00.000Z',
 *   channel: 'phone', recordedBy: 'emp_cs1',
 * }).success; // true
 * ```
 * @category crm
 * @see §7.1.1
 * @see §7.1.3
 */
export const ConsentEntrySchema = z.object({
  purpose: ConsentPurposeSchema,
  granted: z.boolean(),
  at: InstantSchema,
  channel: ContactChannelSchema,
  recordedBy: EmployeeIdSchema,
});

/**
 * One consent ledger entry.
 *
 * @example
 * ```ts
 * const entry: ConsentEntry = customer.consents[0]!;
 * entry.granted; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export type ConsentEntry = z.infer<typeof ConsentEntrySchema>;

/**
 * Schema of the kind of customer: a `person` or a `company` (a business or
 * fleet account, 单位/车队客户).
 *
 * @example
 * ```ts
 * CustomerKindSchema.safeParse('company').success; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const CustomerKindSchema = z.enum(['person', 'company']);

/**
 * A person or a company / fleet account.
 *
 * @example
 * ```ts
 * const kind: CustomerKind = 'person';
 * ```
 * @category crm
 * @see §7.1.1
 */
export type CustomerKind = z.infer<typeof CustomerKindSchema>;

/**
 * The fields a customer record holds besides its identity and history,
 * shared by the entity, the creation input and the change set.
 */
const customerFields = {
  kind: CustomerKindSchema,
  /** Person's name or company name. Personal data: masked by role. */
  name: boundedText(MAX_NAME),
  /** Normalised mainland mobile number; personal data. */
  mobilePhone: MobilePhoneSchema,
  email: z.nullable(z.email().check(z.maxLength(MAX_EMAIL))),
  /** For a company: the contact person's name (masked like a name). */
  contactName: z.nullable(boundedText(MAX_NAME)),
  /** For a person: the birthday, for birthday care (§7.1.3(2)). */
  birthday: z.nullable(CalendarDateSchema),
  preferredChannel: z.nullable(ContactChannelSchema),
};

/**
 * Schema of a customer (客户档案, §7.1.1): kind, name, normalised mobile
 * number, optional e-mail, company contact person and birthday, the
 * channel the record came from, the preferred contact channel, and the
 * consent ledger. Name, phone and e-mail are personal data: render them
 * through {@link renderCustomerProfile}, never into errors or events.
 *
 * @example
 * ```ts
 * parseWith(CustomerSchema, JSON.parse(row)).isOk();
 * ```
 * @category crm
 * @see §7.1.1
 * @see §1.2(7)
 */
export const CustomerSchema = z.object({
  ...entityBaseShape,
  id: CustomerIdSchema,
  ...customerFields,
  sourceChannel: CustomerSourceSchema,
  consents: z.array(ConsentEntrySchema).check(z.maxLength(MAX_CONSENT_ENTRIES)),
});

/**
 * A customer record.
 *
 * @example
 * ```ts
 * const customer: Customer = createCustomer(input, context)._unsafeUnwrap().customer;
 * ```
 * @category crm
 * @see §7.1.1
 */
export type Customer = z.infer<typeof CustomerSchema>;

/**
 * Schema of the input that creates a customer: the customer fields (all
 * but kind, name, mobile number and source optional) and the consents
 * given at creation, which are stamped with the command's instant and actor.
 *
 * @example
 * ```ts
 * CustomerInputSchema.safeParse({
 *   kind: 'person', name: '张三', mobilePhone: '138 1234 5678', sourceChannel: 'walk-in',
 *   consents: [{ purpose: 'service-contact', granted: true, channel: 'walk-in' }],
 * }).success; // true
 * ```
 * @category crm
 * @see §7.1.1
 * @see §2.2.2(3)
 */
export const CustomerInputSchema = z.strictObject({
  kind: customerFields.kind,
  name: customerFields.name,
  mobilePhone: customerFields.mobilePhone,
  email: z.optional(customerFields.email),
  contactName: z.optional(customerFields.contactName),
  birthday: z.optional(customerFields.birthday),
  preferredChannel: z.optional(customerFields.preferredChannel),
  sourceChannel: CustomerSourceSchema,
  consents: z.optional(
    z
      .array(
        z.strictObject({
          purpose: ConsentPurposeSchema,
          granted: z.boolean(),
          channel: ContactChannelSchema,
        }),
      )
      .check(z.maxLength(4)),
  ),
});

/**
 * Input that creates a customer (before parsing: the phone may carry
 * spaces or `+86`).
 *
 * @example
 * ```ts
 * const input: CustomerInput = { kind: 'person', name: '张三', mobilePhone: '13812345678', sourceChannel: 'phone' };
 * ```
 * @category crm
 * @see §7.1.1
 */
export type CustomerInput = z.input<typeof CustomerInputSchema>;

/**
 * Schema of a change set for an existing customer: any of the customer
 * fields; `null` clears an optional one. Unknown keys (including `id`,
 * `consents`, `sourceChannel`) are refused: consent changes go through
 * {@link recordConsent}.
 *
 * @example
 * ```ts
 * CustomerChangesSchema.safeParse({ mobilePhone: '13900001111' }).success; // true
 * CustomerChangesSchema.safeParse({ consents: [] }).success; // false
 * ```
 * @category crm
 * @see §7.1.3
 */
export const CustomerChangesSchema = z.strictObject({
  kind: z.optional(customerFields.kind),
  name: z.optional(customerFields.name),
  mobilePhone: z.optional(customerFields.mobilePhone),
  email: z.optional(customerFields.email),
  contactName: z.optional(customerFields.contactName),
  birthday: z.optional(customerFields.birthday),
  preferredChannel: z.optional(customerFields.preferredChannel),
});

/**
 * A change set for a customer (before parsing).
 *
 * @example
 * ```ts
 * const changes: CustomerChanges = { email: null };
 * ```
 * @category crm
 * @see §7.1.3
 */
export type CustomerChanges = z.input<typeof CustomerChangesSchema>;
