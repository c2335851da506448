import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Id, InstantSchema, idSchema, parseWith, type ValidationError } from '../shared/index';
import { uniqueItems } from './checks';
import { containsPersonalData } from './personal-data-patterns';
import { CUSTOMER_FIELDS, CustomerFieldSchema } from './pii-visibility';
import { EmployeeIdSchema } from './schema';

const MAX_REASON_LENGTH = 500;
const MAX_CLAUSE_LENGTH = 64;
const MAX_SUBJECT_TYPE_LENGTH = 64;

/**
 * What an audit entry records: a manager `override` of a rule (e.g. charging
 * an unlisted item, §5.2(3)), an `unmasked-read` of personal data, a
 * `personal-data-change` of a customer or vehicle, or a `policy-change`
 * (capability map, field visibility, dealer policy).
 *
 * @example
 * ```ts
 * AUDIT_ACTIONS.includes('unmasked-read'); // true
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 */
export const AUDIT_ACTIONS = [
  'override',
  'unmasked-read',
  'personal-data-change',
  'policy-change',
] as const;

/**
 * Schema of an {@link AuditAction}.
 *
 * @example
 * ```ts
 * AuditActionSchema.safeParse('override').success; // true
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 */
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);

/**
 * One of {@link AUDIT_ACTIONS}.
 *
 * @example
 * ```ts
 * const action: AuditAction = 'policy-change';
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 */
export type AuditAction = z.infer<typeof AuditActionSchema>;

/**
 * Identifier of an audit entry.
 *
 * @example
 * ```ts
 * const id: AuditEntryId = AuditEntryIdSchema.parse('audit_1');
 * ```
 * @category org
 */
export type AuditEntryId = Id<'AuditEntry'>;

/**
 * Schema of an {@link AuditEntryId}.
 *
 * @example
 * ```ts
 * AuditEntryIdSchema.safeParse('audit_1').success; // true
 * ```
 * @category org
 */
export const AuditEntryIdSchema = idSchema<'AuditEntry'>();

const ReasonSchema = z.string().check(
  z.maxLength(MAX_REASON_LENGTH),
  z.trim(),
  z.minLength(1),
  z.refine((text) => !containsPersonalData(text), {
    message: 'must not contain personal data (phone, ID number, e-mail, plate, VIN)',
    params: { reason: 'personal_data' },
  }),
);

/**
 * An audit entry (审计记录), append-only and immutable, so it has no version.
 * It names fields and ids, never personal-data values: `reason` (1–500
 * characters, trimmed) is rejected when it looks like it holds a phone or
 * ID-card number, e-mail, plate or VIN (reason `personal_data`). An
 * `override` needs a reason (`reason_required`); an `unmasked-read` needs
 * the fields read (`fields_required`). Unknown keys are rejected, so a value
 * cannot ride along in an extra property.
 *
 * @example
 * ```ts
 * AuditEntrySchema.safeParse({
 *   id: 'audit_1', at: '2024-05-01T08:30:00Z', actorId: 'emp_1', action: 'unmasked-read',
 *   subject: { type: 'customer', id: 'cus_42' }, fields: ['mobilePhone'],
 * }).success; // true
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 * @see §1.2(7)
 */
export const AuditEntrySchema = z
  .strictObject({
    id: AuditEntryIdSchema,
    at: InstantSchema,
    actorId: EmployeeIdSchema,
    action: AuditActionSchema,
    subject: z.strictObject({
      type: z
        .string()
        .check(z.maxLength(MAX_SUBJECT_TYPE_LENGTH), z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)),
      id: idSchema<string>(),
    }),
    fields: z.optional(
      z
        .array(CustomerFieldSchema)
        .check(z.minLength(1), z.maxLength(CUSTOMER_FIELDS.length), uniqueItems()),
    ),
    reason: z.optional(ReasonSchema),
    clause: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_CLAUSE_LENGTH))),
  })
  .check(
    z.refine((entry) => entry.action !== 'override' || entry.reason !== undefined, {
      path: ['reason'],
      message: 'an override needs a reason',
      params: { reason: 'reason_required' },
    }),
    z.refine((entry) => entry.action !== 'unmasked-read' || entry.fields !== undefined, {
      path: ['fields'],
      message: 'an unmasked read must name the fields read',
      params: { reason: 'fields_required' },
    }),
  );

/**
 * A parsed {@link AuditEntrySchema}.
 *
 * @example
 * ```ts
 * const entry: AuditEntry = createAuditEntry(input)._unsafeUnwrap();
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/**
 * What {@link createAuditEntry} takes: an {@link AuditEntry} with plain
 * strings for ids. The caller supplies `id` and `at` (from its id generator
 * and clock) because the pure core has neither.
 *
 * @example
 * ```ts
 * const input: AuditEntryInput = {
 *   id: 'audit_7', at: '2024-05-01T08:30:00Z', actorId: 'emp_1', action: 'override',
 *   subject: { type: 'repair-order', id: 'ro_9' }, reason: '客户为老客户，经理批准', clause: '§5.2(3)',
 * };
 * ```
 * @category org
 */
export type AuditEntryInput = z.input<typeof AuditEntrySchema>;

/**
 * Validates and freezes an audit entry for an override, a read of unmasked
 * personal data, a change of personal data or a policy change. Never throws.
 *
 * Errors: `validation_failed` — among others `reason_required` (override
 * without a reason), `fields_required` (unmasked read without fields),
 * `personal_data` (the reason holds a phone, ID number, e-mail, plate or
 * VIN), `unrecognized_keys` (an extra property).
 *
 * @example
 * ```ts
 * createAuditEntry({
 *   id: 'audit_8', at: '2024-05-01T08:31:00Z', actorId: 'emp_1', action: 'unmasked-read',
 *   subject: { type: 'customer', id: 'cus_42' }, fields: ['mobilePhone'], clause: '§11.3.4',
 * }).isOk(); // true
 * ```
 * @returns the frozen entry, or `validation_failed`
 * @category org
 * @see §11.3.1–§11.3.4
 * @see §1.2(7)
 */
export function createAuditEntry(input: AuditEntryInput): Result<AuditEntry, ValidationError> {
  // Frozen at run time so a stored entry cannot be edited in place; the
  // type stays the schema's so entries flow into repositories unchanged.
  return parseWith(AuditEntrySchema, input, '§11.3.1–§11.3.4').map(
    (entry) =>
      Object.freeze({
        ...entry,
        subject: Object.freeze({ ...entry.subject }),
        ...(entry.fields === undefined ? {} : { fields: Object.freeze([...entry.fields]) }),
      }) as AuditEntry,
  );
}
