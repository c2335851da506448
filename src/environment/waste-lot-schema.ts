import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  CalendarDateSchema,
  entityBaseShape,
  InstantSchema,
  idSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { WasteHandlerIdSchema, WasteLotIdSchema } from './ids';
import { PositiveQuantitySchema } from './quantity';
import {
  HazardousWasteClassSchema,
  HazardousWasteCodeSchema,
  WasteCategorySchema,
} from './waste-category';

/**
 * Where a lot ends up (§10.3(2)–(4)): `recycle` 回收利用 (paper, plastic,
 * metal, regenerated oil), `harmless-disposal` 无害化处理 (incineration,
 * landfill or physico-chemical treatment of what cannot be recovered), or
 * `remanufacture` 再制造与再利用 (dismantled, refurbished, rebuilt).
 *
 * @example
 * ```ts
 * DISPOSAL_ROUTES.includes('remanufacture'); // true
 * ```
 * @category environment
 * @see §10.3(2)–(4)
 */
export const DISPOSAL_ROUTES = Object.freeze([
  'recycle',
  'harmless-disposal',
  'remanufacture',
] as const);

/**
 * Schema of a {@link DisposalRoute}.
 *
 * @example
 * ```ts
 * DisposalRouteSchema.safeParse('recycle').success; // true
 * ```
 * @category environment
 * @see §10.3(2)–(4)
 */
export const DisposalRouteSchema = z.enum(DISPOSAL_ROUTES);

/**
 * A disposal route; see {@link DISPOSAL_ROUTES}.
 *
 * @example
 * ```ts
 * const route: DisposalRoute = 'harmless-disposal';
 * ```
 * @category environment
 * @see §10.3(2)–(4)
 */
export type DisposalRoute = z.infer<typeof DisposalRouteSchema>;

/**
 * The storage ledger's states of a lot (§10.3(5)): `generated` 产生 (recorded
 * where it arose), `stored` 入库贮存 (in the waste store), `transferred` 转移
 * (handed to a licensed handler).
 *
 * @example
 * ```ts
 * WASTE_LOT_STATUSES; // ['generated', 'stored', 'transferred']
 * ```
 * @category environment
 * @see §10.3(5)
 */
export const WASTE_LOT_STATUSES = Object.freeze(['generated', 'stored', 'transferred'] as const);

/**
 * Schema of a {@link WasteLotStatus}.
 *
 * @example
 * ```ts
 * WasteLotStatusSchema.safeParse('stored').success; // true
 * ```
 * @category environment
 * @see §10.3(5)
 */
export const WasteLotStatusSchema = z.enum(WASTE_LOT_STATUSES);

/**
 * A waste lot's status.
 *
 * @example
 * ```ts
 * const status: WasteLotStatus = 'transferred';
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteLotStatus = z.infer<typeof WasteLotStatusSchema>;

const LocationSchema = z.string().check(z.minLength(1), z.maxLength(100));

/**
 * Schema of a transfer manifest number (转移联单编号): 1–40 letters, digits
 * and `-`.
 *
 * @example
 * ```ts
 * ManifestNumberSchema.safeParse('3201002026000123').success; // true
 * ```
 * @category environment
 * @see REG-6
 */
export const ManifestNumberSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, 'must be 1–40 letters, digits or -'));

/**
 * Schema of a waste lot (废弃物批次), one line of the storage ledger
 * (§10.3(5)): category and, copied from the category rule when it was
 * generated, the hazardous flag, catalogue class and code (§10.3(1));
 * weight in kilograms as a decimal string (up to 3 decimals, i.e. grams)
 * (estimated when generated) and an optional piece count (batteries,
 * tyres); where and when it was generated, stored and transferred, with the
 * weight weighed at handover; the planned and actual disposal route
 * (§10.3(2)–(4)); the handler, its licence number and the transfer manifest.
 *
 * @example
 * ```ts
 * parseWasteLot(JSON.parse(row)).isOk();
 * ```
 * @category environment
 * @see §10.3(1)
 * @see §10.3(5)
 * @see REG-6
 */
export const WasteLotSchema = z
  .object({
    ...entityBaseShape,
    id: WasteLotIdSchema,
    category: WasteCategorySchema,
    hazardous: z.boolean(),
    hazardousClass: z.nullable(HazardousWasteClassSchema),
    wasteCode: z.nullable(HazardousWasteCodeSchema),
    weightKg: PositiveQuantitySchema,
    pieces: z.nullable(z.int().check(z.gte(1), z.lte(1_000_000))),
    repairOrderId: z.nullable(idSchema<'RepairOrder'>()),
    status: WasteLotStatusSchema,
    generatedAt: InstantSchema,
    generatedOn: CalendarDateSchema,
    generatedBy: EmployeeIdSchema,
    plannedRoute: z.nullable(DisposalRouteSchema),
    storage: z.nullable(
      z.object({
        location: LocationSchema,
        storedAt: InstantSchema,
        storedOn: CalendarDateSchema,
        storedBy: EmployeeIdSchema,
      }),
    ),
    transfer: z.nullable(
      z.object({
        handlerId: WasteHandlerIdSchema,
        licenceNumber: z.string().check(z.minLength(1), z.maxLength(64)),
        route: DisposalRouteSchema,
        /** The weight handed over, as weighed and written on the manifest. */
        weightKg: PositiveQuantitySchema,
        manifestNumber: z.nullable(ManifestNumberSchema),
        transferredAt: InstantSchema,
        transferredOn: CalendarDateSchema,
        transferredBy: EmployeeIdSchema,
      }),
    ),
  })
  .check(
    z.refine<{ status: WasteLotStatus; storage: unknown; transfer: unknown }>(
      (lot) =>
        (lot.storage === null) === (lot.status === 'generated') &&
        (lot.transfer === null) === (lot.status !== 'transferred'),
      {
        message: 'storage and transfer do not match the status',
        params: { reason: 'status_mismatch' },
      },
    ),
    z.refine<{ hazardous: boolean; hazardousClass: string | null; wasteCode: string | null }>(
      (lot) => lot.hazardous || (lot.hazardousClass === null && lot.wasteCode === null),
      {
        message: 'only hazardous waste has a class or code',
        params: { reason: 'code_without_hazard' },
      },
    ),
  );

/**
 * A waste lot in the storage ledger.
 *
 * @example
 * ```ts
 * const { lot }: { lot: WasteLot } = recordWasteLot(input, context)._unsafeUnwrap();
 * lot.status; // 'generated'
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteLot = z.infer<typeof WasteLotSchema>;

/**
 * Parses a stored or received waste lot. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseWasteLot({}).isErr(); // true
 * ```
 * @category environment
 * @see §10.3(5)
 */
export function parseWasteLot(input: unknown): Result<WasteLot, ValidationError> {
  return parseWith(WasteLotSchema, input, '§10.3(5)');
}

/**
 * Schema of the input that records a newly generated lot: category, weight
 * in kg, optional piece count, repair order, planned route, and the
 * catalogue class or code when the category's rule leaves them open.
 *
 * @example
 * ```ts
 * WasteLotInputSchema.safeParse({ category: 'used-oil', weightKg: '18.5' }).success; // true
 * ```
 * @category environment
 * @see §10.3(1)
 * @see §10.3(5)
 */
export const WasteLotInputSchema = z.strictObject({
  category: WasteCategorySchema,
  weightKg: PositiveQuantitySchema,
  pieces: z.optional(z.nullable(z.int().check(z.gte(1), z.lte(1_000_000)))),
  repairOrderId: z.optional(z.nullable(idSchema<'RepairOrder'>())),
  plannedRoute: z.optional(z.nullable(DisposalRouteSchema)),
  hazardousClass: z.optional(z.nullable(HazardousWasteClassSchema)),
  wasteCode: z.optional(z.nullable(HazardousWasteCodeSchema)),
});

/**
 * Input that records a generated lot (before parsing).
 *
 * @example
 * ```ts
 * const input: WasteLotInput = { category: 'lead-acid-battery', weightKg: '42', pieces: 3 };
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteLotInput = z.input<typeof WasteLotInputSchema>;
