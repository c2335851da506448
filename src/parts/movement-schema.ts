import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema } from '../shared/index';
import { IdempotencyKeySchema, LocationIdSchema, PartIdSchema } from './ids';
import { PositiveQuantitySchema, UnitSchema } from './quantity';
import { UnitCostSchema } from './schema';

/**
 * The kinds of stock movement (出入库类型): receipt (入库), issue to a repair
 * order (领料出库), return from a repair order (退料), counter sale (柜台销售),
 * adjustment (调整), transfer between locations (移库) and scrap (报废).
 *
 * @example
 * ```ts
 * MOVEMENT_TYPES.includes('transfer'); // true
 * ```
 * @category parts
 * @see §6.2.2
 */
export const MOVEMENT_TYPES = Object.freeze([
  'receipt',
  'issue',
  'return',
  'counter-sale',
  'adjustment',
  'transfer',
  'scrap',
] as const);

/**
 * One of {@link MOVEMENT_TYPES}.
 *
 * @example
 * ```ts
 * const type: MovementType = 'issue';
 * ```
 * @category parts
 * @see §6.2.2
 */
export type MovementType = (typeof MOVEMENT_TYPES)[number];

/**
 * The source documents a movement, reservation or lost sale may reference.
 *
 * @example
 * ```ts
 * REFERENCE_KINDS.includes('goods-receipt'); // true
 * ```
 * @category parts
 */
export const REFERENCE_KINDS = Object.freeze([
  'repair-order',
  'appointment',
  'purchase-order',
  'goods-receipt',
  'sales-order',
  'stocktake',
  'transfer-note',
  'manual',
] as const);

/**
 * Schema of a movement's reference: `{ kind, id }` of its source document.
 *
 * @example
 * ```ts
 * StockReferenceSchema.parse({ kind: 'repair-order', id: 'ro_42' });
 * ```
 * @category parts
 */
export const StockReferenceSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  id: z.string().check(z.minLength(1), z.maxLength(128)),
});

const commonInput = {
  idempotencyKey: IdempotencyKeySchema,
  partId: PartIdSchema,
  locationId: LocationIdSchema,
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  unitCost: z.optional(UnitCostSchema),
  reference: StockReferenceSchema,
  at: InstantSchema,
  actor: ActorSchema,
  note: z.optional(z.string().check(z.maxLength(500))),
};

const reasonSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * Schema of one movement to post, discriminated by `type`. Every movement
 * carries an idempotency key, the part, location, unit (checked against the
 * catalogue), a positive quantity, its reference, instant and actor.
 * `unitCost` is required for receipts (the purchase cost) and defaults to
 * the part's moving-average cost otherwise. Issues and counter sales mark
 * `fromBackorder` when they serve a request that stock could not serve at
 * first (for the fill rate). Adjustments have a `direction` and a `reason`,
 * scraps a `reason`, transfers a different `toLocationId` (reason `same_location`).
 *
 * @example
 * ```ts
 * MovementInputSchema.parse({
 *   type: 'receipt', idempotencyKey: 'gr_7:1', partId: 'part_1', locationId: 'wh-main',
 *   unit: 'piece', quantity: '10', unitCost: { amount: '38.00', currency: 'CNY' },
 *   reference: { kind: 'goods-receipt', id: 'gr_7' }, at, actor,
 * });
 * ```
 * @category parts
 * @see §6.2.2
 */
export const MovementInputSchema = z
  .discriminatedUnion('type', [
    z.object({ ...commonInput, type: z.literal('receipt'), unitCost: UnitCostSchema }),
    z.object({
      ...commonInput,
      type: z.literal('issue'),
      fromBackorder: z._default(z.boolean(), false),
    }),
    z.object({ ...commonInput, type: z.literal('return') }),
    z.object({
      ...commonInput,
      type: z.literal('counter-sale'),
      fromBackorder: z._default(z.boolean(), false),
    }),
    z.object({
      ...commonInput,
      type: z.literal('adjustment'),
      direction: z.enum(['increase', 'decrease']),
      reason: reasonSchema,
    }),
    z.object({ ...commonInput, type: z.literal('transfer'), toLocationId: LocationIdSchema }),
    z.object({ ...commonInput, type: z.literal('scrap'), reason: reasonSchema }),
  ])
  .check(
    z.refine((input) => input.type !== 'transfer' || input.toLocationId !== input.locationId, {
      path: ['toLocationId'],
      message: 'a transfer must move stock to another location',
      params: { reason: 'same_location' },
    }),
  );

/**
 * A movement to post as a caller writes it (before parsing).
 *
 * @example
 * ```ts
 * const issue: MovementInput = {
 *   type: 'issue', idempotencyKey: 'ro_42:l1', partId: 'part_1', locationId: 'wh-main',
 *   unit: 'piece', quantity: '1', reference: { kind: 'repair-order', id: 'ro_42' }, at, actor,
 * };
 * ```
 * @category parts
 * @see §6.2.2
 */
export type MovementInput = z.input<typeof MovementInputSchema>;

/**
 * A parsed {@link MovementInput}.
 *
 * @example
 * ```ts
 * const parsed: ParsedMovementInput = MovementInputSchema.parse(input);
 * ```
 * @category parts
 */
export type ParsedMovementInput = z.infer<typeof MovementInputSchema>;

/**
 * Schema of a posted stock movement (库存流水): the parsed input with its
 * idempotency key as id, the actor reduced to `actorId`, the unit cost it
 * moved at, and entity fields (`createdAt` = `updatedAt` = `at`). Movements
 * are append-only: never edited, never deleted; a mistake is corrected by an
 * opposite movement.
 *
 * @example
 * ```ts
 * StockMovementSchema.safeParse(JSON.parse(row)).success; // true for a stored movement
 * ```
 * @category parts
 * @see §6.2.2
 */
export const StockMovementSchema = z.object({
  ...entityBaseShape,
  id: IdempotencyKeySchema,
  idempotencyKey: IdempotencyKeySchema,
  type: z.enum(MOVEMENT_TYPES),
  partId: PartIdSchema,
  locationId: LocationIdSchema,
  toLocationId: z.nullable(LocationIdSchema),
  direction: z.nullable(z.enum(['increase', 'decrease'])),
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  unitCost: UnitCostSchema,
  reference: StockReferenceSchema,
  fromBackorder: z.boolean(),
  reason: z.nullable(reasonSchema),
  note: z.nullable(z.string().check(z.maxLength(500))),
  at: InstantSchema,
  actorId: EmployeeIdSchema,
});

/**
 * A posted stock movement.
 *
 * @example
 * ```ts
 * const movement: StockMovement = ledger.movements[0];
 * ```
 * @category parts
 * @see §6.2.2
 */
export type StockMovement = z.infer<typeof StockMovementSchema>;
