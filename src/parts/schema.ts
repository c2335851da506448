import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type Brand,
  entityBaseShape,
  MoneySchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { PartIdSchema, SupplierIdSchema } from './ids';
import {
  fitsUnit,
  PositiveQuantitySchema,
  type Quantity,
  QuantitySchema,
  toQuantityDecimal,
  type Unit,
  UnitSchema,
} from './quantity';

/**
 * The parts grades a customer is told about (REG-3): original (`oem`, 原厂件),
 * brand aftermarket (`aftermarket-brand`, 品牌件) and refurbished
 * (`refurbished`, 再制造件).
 *
 * @example
 * ```ts
 * PART_GRADES[0]; // 'oem'
 * ```
 * @category parts
 * @see REG-3
 */
export const PART_GRADES = Object.freeze(['oem', 'aftermarket-brand', 'refurbished'] as const);

/**
 * Schema of a {@link PartGrade}.
 *
 * @example
 * ```ts
 * PartGradeSchema.safeParse('refurbished').success; // true
 * ```
 * @category parts
 * @see REG-3
 */
export const PartGradeSchema = z.enum(PART_GRADES);

/**
 * A part's grade, shown on estimates and statements (REG-3).
 *
 * @example
 * ```ts
 * const grade: PartGrade = 'aftermarket-brand';
 * ```
 * @category parts
 * @see REG-3
 */
export type PartGrade = z.infer<typeof PartGradeSchema>;

/**
 * A manufacturer's part number (零件号), upper-cased: 1–40 letters, digits
 * and `. _ / -`, starting with a letter or digit (`04152-YZZA1`).
 *
 * @example
 * ```ts
 * const number: PartNumber = PartNumberSchema.parse('04152-yzza1'); // '04152-YZZA1'
 * ```
 * @category parts
 */
export type PartNumber = Brand<string, 'PartNumber'>;

const PART_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;

/**
 * Schema of a {@link PartNumber}; canonicalises to upper case so that
 * supersession and look-ups do not depend on how a clerk typed it.
 *
 * @example
 * ```ts
 * PartNumberSchema.safeParse('90915-YZZE1').success; // true
 * ```
 * @category parts
 */
export const PartNumberSchema = z.pipe(
  z.string().check(z.maxLength(40), z.regex(PART_NUMBER_PATTERN)),
  z.transform((text: string) => text.toUpperCase() as PartNumber),
);

/**
 * Schema of a unit cost: money that is not negative (reason `negative_cost`).
 *
 * @example
 * ```ts
 * UnitCostSchema.safeParse({ amount: '-1.00', currency: 'CNY' }).success; // false
 * ```
 * @category parts
 */
export const UnitCostSchema = MoneySchema.check(
  z.refine((money: { amount: string }) => !money.amount.startsWith('-'), {
    message: 'must not be negative',
    params: { reason: 'negative_cost' },
  }),
);

const TextSchema = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * How a part is replenished (补货参数): its supplier, the supplier's lead time
 * in days, the order multiple and minimum order quantity, and optional
 * min / max stock levels. Defaults: no supplier, 7 days, multiple 1, MOQ 1,
 * no min or max.
 *
 * @example
 * ```ts
 * ReplenishmentSettingsSchema.parse({ supplierId: 'sup_faw', leadTimeDays: 3 });
 * ```
 * @category parts
 * @see §6.1.1
 * @see §6.2.2
 */
export const ReplenishmentSettingsSchema = z
  .object({
    supplierId: z._default(z.nullable(SupplierIdSchema), null),
    leadTimeDays: z._default(z.int().check(z.gte(0), z.lte(365)), 7),
    orderMultiple: z._default(PositiveQuantitySchema, '1' as Quantity),
    minimumOrderQuantity: z._default(PositiveQuantitySchema, '1' as Quantity),
    minStock: z._default(z.nullable(QuantitySchema), null),
    maxStock: z._default(z.nullable(QuantitySchema), null),
  })
  .check(
    z.refine(
      (s) =>
        s.minStock === null ||
        s.maxStock === null ||
        toQuantityDecimal(s.minStock).lte(toQuantityDecimal(s.maxStock)),
      {
        path: ['maxStock'],
        message: 'must not be below minStock',
        params: { reason: 'max_below_min' },
      },
    ),
  );

/**
 * A part's parsed {@link ReplenishmentSettingsSchema}.
 *
 * @example
 * ```ts
 * const settings: ReplenishmentSettings = part.replenishment;
 * ```
 * @category parts
 * @see §6.1.1
 */
export type ReplenishmentSettings = z.infer<typeof ReplenishmentSettingsSchema>;

function quantitiesFitUnit(part: { unit: Unit; replenishment: ReplenishmentSettings }): boolean {
  const { orderMultiple, minimumOrderQuantity, minStock, maxStock } = part.replenishment;
  return [orderMultiple, minimumOrderQuantity, minStock, maxStock].every(
    (quantity) => quantity === null || fitsUnit(quantity, part.unit),
  );
}

/**
 * A catalogue part (配件档案): number, name, grade (REG-3), unit, category,
 * bin location (货位), moving-average cost (移动加权平均成本), supersession and
 * replenishment settings. `supersededBy` names the part number that replaced
 * this one (替代件); chains are resolved by {@link buildCatalogue}.
 * `movingAverageCost` is the catalogue's copy of the cost the stock ledger
 * keeps; it seeds the ledger and {@link syncPartCost} refreshes it.
 * Quantities in the settings must suit the unit (reason `unit_precision`).
 *
 * @example
 * ```ts
 * PartSchema.parse({
 *   id: 'part_1', partNumber: '90915-YZZE1', name: '机油滤清器', grade: 'oem',
 *   unit: 'piece', category: 'filters', binLocation: 'A-01-03',
 *   movingAverageCost: { amount: '38.00', currency: 'CNY' }, supersededBy: null,
 *   replenishment: { supplierId: 'sup_faw', leadTimeDays: 3 },
 *   version: 0, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
 * });
 * ```
 * @category parts
 * @see REG-3
 * @see §6.2.2
 */
export const PartSchema = z
  .object({
    ...entityBaseShape,
    id: PartIdSchema,
    partNumber: PartNumberSchema,
    name: TextSchema(200),
    grade: PartGradeSchema,
    unit: UnitSchema,
    category: TextSchema(60),
    binLocation: z._default(z.nullable(TextSchema(40)), null),
    movingAverageCost: UnitCostSchema,
    supersededBy: z._default(z.nullable(PartNumberSchema), null),
    replenishment: z.prefault(ReplenishmentSettingsSchema, {}),
  })
  .check(
    z.refine((part) => quantitiesFitUnit(part), {
      path: ['replenishment'],
      message: 'quantities must suit the unit (whole numbers for countable units)',
      params: { reason: 'unit_precision' },
    }),
    z.refine((part) => part.supersededBy !== part.partNumber, {
      path: ['supersededBy'],
      message: 'a part cannot supersede itself',
      params: { reason: 'supersession_cycle' },
    }),
  );

/**
 * A parsed {@link PartSchema}.
 *
 * @example
 * ```ts
 * const part: Part = parsePart(json)._unsafeUnwrap();
 * ```
 * @category parts
 * @see REG-3
 */
export type Part = z.infer<typeof PartSchema>;

/**
 * Parses a catalogue part at the boundary. Never throws.
 *
 * Errors: `validation_failed` (reasons include `unit_precision`,
 * `max_below_min`, `supersession_cycle`).
 *
 * @example
 * ```ts
 * parsePart({ ...part, grade: 'copy' }).isErr(); // true: not a REG-3 grade
 * ```
 * @category parts
 * @see REG-3
 */
export function parsePart(input: unknown): Result<Part, ValidationError> {
  return parseWith(PartSchema, input);
}
