/**
 * The customer fields the library knows how to mask, as `org` names them in
 * role-based masking rules.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { MASKABLE_FIELDS } from 'aftersales/shared';
 * const FieldSchema = z.enum(MASKABLE_FIELDS);
 * ```
 * @category shared
 * @see §1.2(7)
 * @see §11.3.1–§11.3.4
 */
export const MASKABLE_FIELDS = Object.freeze([
  'name',
  'mobilePhone',
  'idCardNumber',
  'vin',
  'licencePlate',
  'email',
] as const);

/**
 * One maskable customer field: `'name' | 'mobilePhone' | 'idCardNumber' |
 * 'vin' | 'licencePlate' | 'email'`.
 *
 * @example
 * ```ts
 * const field: MaskableField = 'mobilePhone';
 * maskField(field, '13812345678'); // '138****5678'
 * ```
 * @category shared
 * @see §11.3.1–§11.3.4
 */
export type MaskableField = (typeof MASKABLE_FIELDS)[number];
