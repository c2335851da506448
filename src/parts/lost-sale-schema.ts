import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema } from '../shared/index';
import { IdempotencyKeySchema, LocationIdSchema, PartIdSchema } from './ids';
import { StockReferenceSchema } from './movement-schema';
import { PositiveQuantitySchema, UnitSchema } from './quantity';

/**
 * Schema of a lost sale to record (缺货损失, X-4): demand for a part that stock
 * could not serve — the quantity asked for and not supplied, with an
 * idempotency key, optional location and reference, instant and actor.
 *
 * @example
 * ```ts
 * LostSaleInputSchema.parse({
 *   idempotencyKey: 'ro_42:l2:lost', partId: 'part_1', unit: 'piece', quantity: '2',
 *   reference: { kind: 'repair-order', id: 'ro_42' }, at, actor,
 * });
 * ```
 * @category parts
 * @see X-4
 */
export const LostSaleInputSchema = z.object({
  idempotencyKey: IdempotencyKeySchema,
  partId: PartIdSchema,
  locationId: z._default(z.nullable(LocationIdSchema), null),
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  reference: z._default(z.nullable(StockReferenceSchema), null),
  at: InstantSchema,
  actor: ActorSchema,
  note: z._default(z.nullable(z.string().check(z.maxLength(500))), null),
});

/**
 * A lost sale as a caller writes it.
 *
 * @example
 * ```ts
 * const input: LostSaleInput = { idempotencyKey: 'cs_9:lost', partId: 'part_1', unit: 'piece', quantity: '1', at, actor };
 * ```
 * @category parts
 * @see X-4
 */
export type LostSaleInput = z.input<typeof LostSaleInputSchema>;

/**
 * Schema of a recorded lost sale; its id is its idempotency key.
 *
 * @example
 * ```ts
 * LostSaleSchema.safeParse(ledger.lostSales[0]).success; // true
 * ```
 * @category parts
 * @see X-4
 */
export const LostSaleSchema = z.object({
  ...entityBaseShape,
  id: IdempotencyKeySchema,
  partId: PartIdSchema,
  locationId: z.nullable(LocationIdSchema),
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  reference: z.nullable(StockReferenceSchema),
  at: InstantSchema,
  actorId: EmployeeIdSchema,
  note: z.nullable(z.string().check(z.maxLength(500))),
});

/**
 * A recorded lost sale: demand that counts in forecasts and against the fill rate.
 *
 * @example
 * ```ts
 * const lost: LostSale = ledger.lostSales[0];
 * ```
 * @category parts
 * @see X-4
 */
export type LostSale = z.infer<typeof LostSaleSchema>;
