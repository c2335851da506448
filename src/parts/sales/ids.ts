import * as z from 'zod/mini';
import { type Id, idSchema } from '../../shared/index';

/**
 * Identifier of a parts customer class (配件客户分类), e.g. `pcc_fleet`.
 *
 * @example
 * ```ts
 * const id: PartsCustomerClassId = PartsCustomerClassIdSchema.parse('pcc_fleet');
 * ```
 * @category parts
 * @see §6.3.2
 */
export type PartsCustomerClassId = Id<'PartsCustomerClass'>;

/**
 * Schema of a {@link PartsCustomerClassId}.
 *
 * @example
 * ```ts
 * PartsCustomerClassIdSchema.safeParse('pcc_fleet').success; // true
 * ```
 * @category parts
 * @see §6.3.2
 */
export const PartsCustomerClassIdSchema = idSchema<'PartsCustomerClass'>();

/**
 * Identifier of a parts customer (配件客户): a repair shop, fleet, insurer or
 * walk-in account that buys parts over the counter or by order.
 *
 * @example
 * ```ts
 * const id: PartsCustomerId = PartsCustomerIdSchema.parse('pcu_42');
 * ```
 * @category parts
 * @see §6.3.2
 */
export type PartsCustomerId = Id<'PartsCustomer'>;

/**
 * Schema of a {@link PartsCustomerId}.
 *
 * @example
 * ```ts
 * PartsCustomerIdSchema.safeParse('pcu_42').success; // true
 * ```
 * @category parts
 * @see §6.3.2
 */
export const PartsCustomerIdSchema = idSchema<'PartsCustomer'>();

/**
 * Identifier of a parts sales order (配件销售订单). At most 100 characters, so
 * the reservation ids derived from it (`<order>:<line>:<n>`) stay within 128.
 *
 * @example
 * ```ts
 * const id: SalesOrderId = SalesOrderIdSchema.parse('so_2026_0001');
 * ```
 * @category parts
 * @see §6.3.3
 */
export type SalesOrderId = Id<'SalesOrder'>;

/**
 * Schema of a {@link SalesOrderId} (at most 100 characters).
 *
 * @example
 * ```ts
 * SalesOrderIdSchema.safeParse('so_2026_0001').success; // true
 * ```
 * @category parts
 * @see §6.3.3
 */
export const SalesOrderIdSchema = idSchema<'SalesOrder'>().check(z.maxLength(100));

/**
 * Identifier of a shipment (发货单). At most 100 characters, so the stock
 * movement keys derived from it (`<shipment>:<line>`) stay within 128.
 *
 * @example
 * ```ts
 * const id: ShipmentId = ShipmentIdSchema.parse('shp_1');
 * ```
 * @category parts
 * @see §6.3.4
 */
export type ShipmentId = Id<'Shipment'>;

/**
 * Schema of a {@link ShipmentId} (at most 100 characters).
 *
 * @example
 * ```ts
 * ShipmentIdSchema.safeParse('shp_1').success; // true
 * ```
 * @category parts
 * @see §6.3.4
 */
export const ShipmentIdSchema = idSchema<'Shipment'>().check(z.maxLength(100));

/**
 * Identifier of a receivable (应收账款) raised by a shipment.
 *
 * @example
 * ```ts
 * const id: ReceivableId = ReceivableIdSchema.parse('ar_1');
 * ```
 * @category parts
 * @see §6.3.5
 */
export type ReceivableId = Id<'Receivable'>;

/**
 * Schema of a {@link ReceivableId}.
 *
 * @example
 * ```ts
 * ReceivableIdSchema.safeParse('ar_1').success; // true
 * ```
 * @category parts
 * @see §6.3.5
 */
export const ReceivableIdSchema = idSchema<'Receivable'>();

/**
 * Identifier of a customer payment (回款) applied to a receivable; applying
 * the same payment id twice changes nothing.
 *
 * @example
 * ```ts
 * const id: PaymentId = PaymentIdSchema.parse('pay_1');
 * ```
 * @category parts
 * @see §6.3.5
 */
export type PaymentId = Id<'Payment'>;

/**
 * Schema of a {@link PaymentId}.
 *
 * @example
 * ```ts
 * PaymentIdSchema.safeParse('pay_1').success; // true
 * ```
 * @category parts
 * @see §6.3.5
 */
export const PaymentIdSchema = idSchema<'Payment'>();

/**
 * Identifier of a sales target (销售目标) of the parts sales plan.
 *
 * @example
 * ```ts
 * const id: SalesTargetId = SalesTargetIdSchema.parse('tgt_2026_11');
 * ```
 * @category parts
 * @see §6.3.1
 */
export type SalesTargetId = Id<'SalesTarget'>;

/**
 * Schema of a {@link SalesTargetId}.
 *
 * @example
 * ```ts
 * SalesTargetIdSchema.safeParse('tgt_2026_11').success; // true
 * ```
 * @category parts
 * @see §6.3.1
 */
export const SalesTargetIdSchema = idSchema<'SalesTarget'>();
