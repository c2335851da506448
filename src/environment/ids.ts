import { type Id, idSchema } from '../shared/index';

/**
 * Identifier of a waste lot (废弃物批次) in the storage ledger.
 *
 * @example
 * ```ts
 * const id: WasteLotId = WasteLotIdSchema.parse('wl_1');
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteLotId = Id<'WasteLot'>;

/**
 * Schema of a {@link WasteLotId}.
 *
 * @example
 * ```ts
 * WasteLotIdSchema.safeParse('wl_1').success; // true
 * ```
 * @category environment
 * @see §10.3(5)
 */
export const WasteLotIdSchema = idSchema<'WasteLot'>();

/**
 * Identifier of a waste handler (废弃物处置单位) the dealer transfers waste to.
 *
 * @example
 * ```ts
 * const id: WasteHandlerId = WasteHandlerIdSchema.parse('wh_1');
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteHandlerId = Id<'WasteHandler'>;

/**
 * Schema of a {@link WasteHandlerId}.
 *
 * @example
 * ```ts
 * WasteHandlerIdSchema.safeParse('wh_1').success; // true
 * ```
 * @category environment
 * @see §10.3(5)
 */
export const WasteHandlerIdSchema = idSchema<'WasteHandler'>();

/**
 * Identifier of an energy or water meter (计量表).
 *
 * @example
 * ```ts
 * const id: MeterId = MeterIdSchema.parse('mtr_main');
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterId = Id<'Meter'>;

/**
 * Schema of a {@link MeterId}.
 *
 * @example
 * ```ts
 * MeterIdSchema.safeParse('mtr_1').success; // true
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const MeterIdSchema = idSchema<'Meter'>();

/**
 * Identifier of one meter reading (抄表记录).
 *
 * @example
 * ```ts
 * const id: MeterReadingId = MeterReadingIdSchema.parse('rdg_1');
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterReadingId = Id<'MeterReading'>;

/**
 * Schema of a {@link MeterReadingId}.
 *
 * @example
 * ```ts
 * MeterReadingIdSchema.safeParse('rdg_1').success; // true
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const MeterReadingIdSchema = idSchema<'MeterReading'>();
