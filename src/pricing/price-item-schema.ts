import * as z from 'zod/mini';
import {
  CodeSchema,
  FEE_TYPES,
  FeeComponentsSchema,
  LocalizedTextSchema,
  MAX_CODE_LENGTH,
  MarketBandSchema,
  PartsGradeSchema,
  PriceSchema,
  QuantitySchema,
} from './value-schemas';

/** Longest item name accepted. */
const MAX_NAME_LENGTH = 200;

const itemBaseShape = {
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  category: z.optional(CodeSchema),
  cost: PriceSchema,
  components: z.optional(FeeComponentsSchema),
  explanation: z.optional(LocalizedTextSchema),
  marketBand: z.optional(MarketBandSchema),
};

/**
 * One labour operation (维修工时项目) of the labour-hour quota table (工时定额):
 * its price is quota hours × hourly rate for a vehicle class.
 *
 * @example
 * ```ts
 * const item: LabourItem = {
 *   kind: 'labour', opCode: 'OP-OIL', vehicleClass: 'B', quotaHours: '0.5',
 *   hourlyRate: { amount: '200.00', currency: 'CNY' }, name: 'Oil change',
 *   cost: { amount: '60.00', currency: 'CNY' },
 * };
 * ```
 * @category pricing
 * @see §4.1(2)
 * @see REG-2
 */
export const LabourItemSchema = z.object({
  kind: z.literal('labour'),
  opCode: CodeSchema,
  vehicleClass: CodeSchema,
  labourGrade: z.optional(CodeSchema),
  quotaHours: QuantitySchema,
  hourlyRate: PriceSchema,
  ...itemBaseShape,
});

/**
 * A labour operation.
 *
 * @example
 * ```ts
 * const labour = version.items.filter((item): item is LabourItem => item.kind === 'labour');
 * ```
 * @category pricing
 * @see §4.1(2)
 */
export type LabourItem = z.infer<typeof LabourItemSchema>;

/**
 * One part (配件) with its grade, unit and unit price.
 *
 * @example
 * ```ts
 * const item: PartItem = {
 *   kind: 'part', partNumber: 'P-FILTER', grade: 'oem', unit: 'pc', name: 'Oil filter',
 *   unitPrice: { amount: '80.00', currency: 'CNY' }, cost: { amount: '50.00', currency: 'CNY' },
 * };
 * ```
 * @category pricing
 * @see REG-3
 */
export const PartItemSchema = z.object({
  kind: z.literal('part'),
  partNumber: CodeSchema,
  grade: PartsGradeSchema,
  unit: z.string().check(z.minLength(1), z.maxLength(MAX_CODE_LENGTH)),
  unitPrice: PriceSchema,
  ...itemBaseShape,
});

/**
 * A part.
 *
 * @example
 * ```ts
 * const parts = version.items.filter((item): item is PartItem => item.kind === 'part');
 * ```
 * @category pricing
 * @see REG-3
 */
export type PartItem = z.infer<typeof PartItemSchema>;

/**
 * One fee (费用): transport, consumables/materials or disposal.
 *
 * @example
 * ```ts
 * const item: FeeItem = {
 *   kind: 'fee', feeCode: 'F-DISPOSAL', feeType: 'disposal', unit: 'job', name: 'Oil disposal',
 *   unitPrice: { amount: '10.00', currency: 'CNY' }, cost: { amount: '6.00', currency: 'CNY' },
 * };
 * ```
 * @category pricing
 * @see §5.1(3)
 */
export const FeeItemSchema = z.object({
  kind: z.literal('fee'),
  feeCode: CodeSchema,
  feeType: z.enum(FEE_TYPES),
  unit: z.string().check(z.minLength(1), z.maxLength(MAX_CODE_LENGTH)),
  unitPrice: PriceSchema,
  ...itemBaseShape,
});

/**
 * A fee.
 *
 * @example
 * ```ts
 * const fees = version.items.filter((item): item is FeeItem => item.kind === 'fee');
 * ```
 * @category pricing
 * @see §5.1(3)
 */
export type FeeItem = z.infer<typeof FeeItemSchema>;

/**
 * Any price-list item (价目表项目), discriminated by `kind`. Its key is
 * `labour:<opCode>:<vehicleClass>`, `part:<partNumber>` or `fee:<feeCode>`.
 * `cost` is one unit's cost in the same VAT basis as the price.
 *
 * @example
 * ```ts
 * PriceItemSchema.safeParse({ kind: 'fee', feeCode: 'F1' }).success; // false: fields missing
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export const PriceItemSchema = z.discriminatedUnion('kind', [
  LabourItemSchema,
  PartItemSchema,
  FeeItemSchema,
]);

/**
 * Any price-list item.
 *
 * @example
 * ```ts
 * const item: PriceItem | undefined = indexPriceList(version).items.get('part:P-FILTER');
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export type PriceItem = z.infer<typeof PriceItemSchema>;
