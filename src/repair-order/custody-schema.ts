import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { InstantSchema } from '../shared/index';
import { uniqueItems } from './values';

/**
 * Documents a customer may hand over with the keys.
 *
 * @example
 * ```ts
 * CUSTODY_DOCUMENTS.includes('vehicle-licence'); // true
 * ```
 * @category repair-order
 * @see §3.2(5)
 */
export const CUSTODY_DOCUMENTS = [
  'vehicle-licence',
  'insurance-policy',
  'service-booklet',
  'warranty-card',
  'other',
] as const;

/**
 * Key and document custody (钥匙与证件保管): what was received, when and by
 * whom (§3.2(5)), and when it was handed back (§3.5(4)); `returnedAt` is
 * `null` while the dealer holds them.
 *
 * @example
 * ```ts
 * const custody: Custody = {
 *   keys: 1, documents: ['vehicle-licence'], receivedAt: at, receivedBy: 'emp_sa' as EmployeeId,
 *   returnedAt: null, returnedBy: null,
 * };
 * ```
 * @category repair-order
 * @see §3.2(5)
 * @see §3.5(4)
 */
export const CustodySchema = z.object({
  keys: z.int().check(z.gte(0), z.lte(10)),
  documents: z.array(z.enum(CUSTODY_DOCUMENTS)).check(z.maxLength(5), uniqueItems()),
  receivedAt: InstantSchema,
  receivedBy: EmployeeIdSchema,
  returnedAt: z.nullable(InstantSchema),
  returnedBy: z.nullable(EmployeeIdSchema),
});

/**
 * A parsed {@link CustodySchema}.
 *
 * @example
 * ```ts
 * const value: Custody = parseWith(CustodySchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.2(5)
 */
export type Custody = z.infer<typeof CustodySchema>;
