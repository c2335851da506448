import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema, isJsonSafe } from '../shared/index';
import { RevisionIdSchema } from './ids';

const FieldNameSchema = z.string().check(z.minLength(1), z.maxLength(64));
const JsonValueSchema = z.custom<unknown>(isJsonSafe, {
  message: 'must be JSON-safe data',
  params: { reason: 'not_json_safe' },
});

/**
 * Schema of one changed field inside a {@link Revision}: its name and its
 * value before and after (`null` when unset).
 *
 * @example
 * ```ts
 * FieldChangeSchema.safeParse({ field: 'email', before: null, after: 'a@b.cn' }).success; // true
 * ```
 * @category crm
 * @see §7.1.3
 */
export const FieldChangeSchema = z.object({
  field: FieldNameSchema,
  before: JsonValueSchema,
  after: JsonValueSchema,
});

/**
 * One changed field.
 *
 * @example
 * ```ts
 * const change: FieldChange = { field: 'brand', before: '大众', after: '一汽-大众' };
 * ```
 * @category crm
 * @see §7.1.3
 */
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/**
 * Schema of a history entry (变更记录, §7.1.3 "keep it current"): which
 * customer or vehicle changed, who changed it, when, and each field's
 * before and after. Stored in its own collection, one entry per change,
 * so the history is complete and never rewritten. It holds personal data
 * (old phone numbers…), like the records it describes: show it through
 * role masking.
 *
 * @example
 * ```ts
 * parseWith(RevisionSchema, JSON.parse(row)).isOk();
 * ```
 * @category crm
 * @see §7.1.3
 * @see §2.2.2(3)
 */
export const RevisionSchema = z.object({
  ...entityBaseShape,
  id: RevisionIdSchema,
  subjectType: z.enum(['customer', 'vehicle']),
  subjectId: z.string().check(z.minLength(1), z.maxLength(128)),
  /** The subject's version this change produced (its stored version + 1). */
  subjectVersion: z.int().check(z.gte(1)),
  at: InstantSchema,
  actorId: EmployeeIdSchema,
  changes: z.array(FieldChangeSchema).check(z.minLength(1), z.maxLength(32)),
});

/**
 * A history entry of a customer or vehicle.
 *
 * @example
 * ```ts
 * const revision: Revision | null = updateCustomer(customer, changes, context)._unsafeUnwrap().revision;
 * ```
 * @category crm
 * @see §7.1.3
 */
export type Revision = z.infer<typeof RevisionSchema>;
