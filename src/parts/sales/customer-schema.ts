import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { entityBaseShape, MoneySchema, parseWith, type ValidationError } from '../../shared/index';
import { PartsCustomerClassIdSchema, PartsCustomerIdSchema } from './ids';

/**
 * The kinds of parts customer (配件客户类型): walk-in retail (零售), repair
 * shops (修理厂), fleets (车队), insurers (保险公司), other dealers (同行) and other.
 *
 * @example
 * ```ts
 * CUSTOMER_CLASS_KINDS.includes('fleet'); // true
 * ```
 * @category parts
 * @see §6.3.2
 */
export const CUSTOMER_CLASS_KINDS = Object.freeze([
  'retail',
  'repair-shop',
  'fleet',
  'insurance',
  'dealer',
  'other',
] as const);

/**
 * A stable, upper-case business code such as `FLEET-A` or `C000123`.
 *
 * @example
 * ```ts
 * BusinessCodeSchema.parse('fleet-a'); // 'FLEET-A'
 * ```
 * @category parts
 * @see §6.3.2
 */
export const BusinessCodeSchema = z.pipe(
  z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/)),
  z.transform((code: string) => code.toUpperCase()),
);

/**
 * A discount off list price as a decimal rate: `"0.15"` is 15 % off.
 * At least 0, below 1, at most four decimals.
 *
 * @example
 * ```ts
 * DiscountRateSchema.safeParse('0.15').success; // true
 * DiscountRateSchema.safeParse('1').success; // false
 * ```
 * @category parts
 * @see §6.3.2
 */
export const DiscountRateSchema = z
  .string()
  .check(z.regex(/^0(\.\d{1,4})?$/, 'must be a rate in [0, 1) with at most four decimals'));

/**
 * How a class is priced (价格级别): a discount rate off the list price, or
 * a named price list whose unit prices the order lines carry.
 *
 * @example
 * ```ts
 * PriceLevelSchema.parse({ kind: 'discount', rate: '0.10' });
 * PriceLevelSchema.parse({ kind: 'price-list', priceListId: 'pl_insurance' });
 * ```
 * @category parts
 * @see §6.3.2
 */
export const PriceLevelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('discount'), rate: DiscountRateSchema }),
  z.object({
    kind: z.literal('price-list'),
    priceListId: z.string().check(z.minLength(1), z.maxLength(128)),
  }),
]);

/**
 * A parsed {@link PriceLevelSchema} value.
 *
 * @example
 * ```ts
 * const level: PriceLevel = { kind: 'discount', rate: '0.10' };
 * ```
 * @category parts
 * @see §6.3.2
 */
export type PriceLevel = z.infer<typeof PriceLevelSchema>;

/** Credit limits are never negative; zero means cash on delivery. */
const CreditLimitSchema = MoneySchema.check(
  z.refine((money: { amount: string }) => !money.amount.startsWith('-'), {
    message: 'must not be negative',
    params: { reason: 'negative' },
  }),
);

/**
 * Schema of a parts customer class (配件客户分类): its code, kind, price
 * level, credit limit (信用额度) and payment terms (账期) in days after
 * shipment. An inactive class takes no new customers or orders.
 *
 * @example
 * ```ts
 * PartsCustomerClassSchema.parse({
 *   id: 'pcc_fleet', version: 0, createdAt: at, updatedAt: at, code: 'FLEET', kind: 'fleet',
 *   priceLevel: { kind: 'discount', rate: '0.12' },
 *   creditLimit: { amount: '50000.00', currency: 'CNY' }, paymentTermsDays: 30, active: true,
 * });
 * ```
 * @category parts
 * @see §6.3.2
 */
export const PartsCustomerClassSchema = z.object({
  ...entityBaseShape,
  id: PartsCustomerClassIdSchema,
  code: BusinessCodeSchema,
  kind: z.enum(CUSTOMER_CLASS_KINDS),
  priceLevel: PriceLevelSchema,
  creditLimit: CreditLimitSchema,
  paymentTermsDays: z.int().check(z.gte(0), z.lte(365)),
  active: z.boolean(),
});

/**
 * A parts customer class.
 *
 * @example
 * ```ts
 * const fleet: PartsCustomerClass = parsePartsCustomerClass(json)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.2
 */
export type PartsCustomerClass = z.infer<typeof PartsCustomerClassSchema>;

/**
 * Schema of a parts customer (配件客户). It holds codes and ids only; names
 * and contacts stay in the host's customer records (`crmCustomerId` links
 * one when the buyer is also a service customer). `creditLimit`, when set,
 * overrides the class's limit for this customer.
 *
 * @example
 * ```ts
 * PartsCustomerSchema.parse({
 *   id: 'pcu_1', version: 0, createdAt: at, updatedAt: at, code: 'C0001', classId: 'pcc_fleet',
 *   crmCustomerId: null, creditLimit: null, status: 'active',
 * });
 * ```
 * @category parts
 * @see §6.3.2
 */
export const PartsCustomerSchema = z.object({
  ...entityBaseShape,
  id: PartsCustomerIdSchema,
  code: BusinessCodeSchema,
  classId: PartsCustomerClassIdSchema,
  crmCustomerId: z.nullable(z.string().check(z.minLength(1), z.maxLength(128))),
  creditLimit: z.nullable(CreditLimitSchema),
  status: z.enum(['active', 'blocked']),
});

/**
 * A parts customer.
 *
 * @example
 * ```ts
 * const customer: PartsCustomer = parsePartsCustomer(json)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.2
 */
export type PartsCustomer = z.infer<typeof PartsCustomerSchema>;

/**
 * Parses a stored or submitted customer class. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parsePartsCustomerClass(JSON.parse(row)).isOk();
 * ```
 * @category parts
 * @see §6.3.2
 */
export function parsePartsCustomerClass(
  input: unknown,
): Result<PartsCustomerClass, ValidationError> {
  return parseWith(PartsCustomerClassSchema, input, '§6.3.2');
}

/**
 * Parses a stored or submitted parts customer. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parsePartsCustomer(JSON.parse(row)).isOk();
 * ```
 * @category parts
 * @see §6.3.2
 */
export function parsePartsCustomer(input: unknown): Result<PartsCustomer, ValidationError> {
  return parseWith(PartsCustomerSchema, input, '§6.3.2');
}
