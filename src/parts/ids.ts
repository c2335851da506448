import * as z from 'zod/mini';
import { type Id, idSchema } from '../shared/index';

/**
 * Identifier of a catalogue part (配件).
 *
 * @example
 * ```ts
 * const id: PartId = PartIdSchema.parse('part_1');
 * ```
 * @category parts
 */
export type PartId = Id<'Part'>;

/**
 * Schema of a {@link PartId}.
 *
 * @example
 * ```ts
 * PartIdSchema.safeParse('part_1').success; // true
 * ```
 * @category parts
 */
export const PartIdSchema = idSchema<'Part'>();

/**
 * Identifier of a stock location: a warehouse or a bin area (库位).
 *
 * @example
 * ```ts
 * const main: LocationId = LocationIdSchema.parse('wh-main');
 * ```
 * @category parts
 * @see §6.2.2
 */
export type LocationId = Id<'Location'>;

/**
 * Schema of a {@link LocationId}.
 *
 * @example
 * ```ts
 * LocationIdSchema.safeParse('wh-main').success; // true
 * ```
 * @category parts
 */
export const LocationIdSchema = idSchema<'Location'>();

/**
 * Identifier of a supplier (供应商); suppliers themselves arrive with the
 * procurement issue (§6.1.2).
 *
 * @example
 * ```ts
 * const supplier: SupplierId = SupplierIdSchema.parse('sup_faw');
 * ```
 * @category parts
 */
export type SupplierId = Id<'Supplier'>;

/**
 * Schema of a {@link SupplierId}.
 *
 * @example
 * ```ts
 * SupplierIdSchema.safeParse('sup_faw').success; // true
 * ```
 * @category parts
 */
export const SupplierIdSchema = idSchema<'Supplier'>();

/**
 * An idempotency key (幂等键): the caller's name for one business operation,
 * e.g. `ro_42:line_3:issue`. Posting the same key twice changes nothing; it is
 * also the id of the stock movement or lost sale it posted.
 *
 * @example
 * ```ts
 * const key: IdempotencyKey = IdempotencyKeySchema.parse('ro_42:line_3:issue');
 * ```
 * @category parts
 * @see §6.2.2
 */
export type IdempotencyKey = Id<'IdempotencyKey'>;

/**
 * Schema of an {@link IdempotencyKey}: 1–128 letters, digits and `_ . : -`.
 *
 * @example
 * ```ts
 * IdempotencyKeySchema.safeParse('gr_7:line_1').success; // true
 * ```
 * @category parts
 */
export const IdempotencyKeySchema = idSchema<'IdempotencyKey'>();

/**
 * Identifier of a reservation (预留) of stock for an appointment or repair order.
 *
 * @example
 * ```ts
 * const id: ReservationId = ReservationIdSchema.parse('res_1');
 * ```
 * @category parts
 */
export type ReservationId = Id<'Reservation'>;

/**
 * Schema of a {@link ReservationId}.
 *
 * @example
 * ```ts
 * ReservationIdSchema.safeParse('res_1').success; // true
 * ```
 * @category parts
 */
export const ReservationIdSchema = idSchema<'Reservation'>();

/**
 * Identifier of a stocktake session (盘点).
 *
 * @example
 * ```ts
 * const id: StocktakeId = StocktakeIdSchema.parse('st_2026_11');
 * ```
 * @category parts
 */
export type StocktakeId = Id<'Stocktake'>;

/**
 * Schema of a {@link StocktakeId}: an id of at most 100 characters, so the
 * idempotency keys of its adjustments (`<id>:<line>`) stay within 128.
 *
 * @example
 * ```ts
 * StocktakeIdSchema.safeParse('st_2026_11').success; // true
 * ```
 * @category parts
 */
export const StocktakeIdSchema = idSchema<'Stocktake'>().check(z.maxLength(100));
