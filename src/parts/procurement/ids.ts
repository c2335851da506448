import * as z from 'zod/mini';
import { type Id, idSchema } from '../../shared/index';

/**
 * Identifier of a purchase contract (采购合同).
 *
 * @example
 * ```ts
 * const id: ContractId = ContractIdSchema.parse('pc_2026_faw');
 * ```
 * @category parts
 * @see §6.1.3
 */
export type ContractId = Id<'PurchaseContract'>;

/**
 * Schema of a {@link ContractId}.
 *
 * @example
 * ```ts
 * ContractIdSchema.safeParse('pc_2026_faw').success; // true
 * ```
 * @category parts
 * @see §6.1.3
 */
export const ContractIdSchema = idSchema<'PurchaseContract'>();

/**
 * Identifier of a purchase order (采购订单).
 *
 * @example
 * ```ts
 * const id: PurchaseOrderId = PurchaseOrderIdSchema.parse('po_1');
 * ```
 * @category parts
 * @see §6.1.4
 */
export type PurchaseOrderId = Id<'PurchaseOrder'>;

/**
 * Schema of a {@link PurchaseOrderId}.
 *
 * @example
 * ```ts
 * PurchaseOrderIdSchema.safeParse('po_1').success; // true
 * ```
 * @category parts
 * @see §6.1.4
 */
export const PurchaseOrderIdSchema = idSchema<'PurchaseOrder'>();

/**
 * Identifier of a goods receipt (到货验收单). At most 100 characters, so the
 * idempotency keys of its stock movements (`<id>:<line>`) stay within 128.
 *
 * @example
 * ```ts
 * const id: GoodsReceiptId = GoodsReceiptIdSchema.parse('gr_7');
 * ```
 * @category parts
 * @see §6.1.5
 */
export type GoodsReceiptId = Id<'GoodsReceipt'>;

/**
 * Schema of a {@link GoodsReceiptId} (at most 100 characters).
 *
 * @example
 * ```ts
 * GoodsReceiptIdSchema.safeParse('gr_7').success; // true
 * ```
 * @category parts
 * @see §6.1.5
 */
export const GoodsReceiptIdSchema = idSchema<'GoodsReceipt'>().check(z.maxLength(100));

/**
 * Identifier of a supplier invoice (供应商发票) as the dealer records it.
 *
 * @example
 * ```ts
 * const id: SupplierInvoiceId = SupplierInvoiceIdSchema.parse('si_1');
 * ```
 * @category parts
 * @see §6.1.5
 */
export type SupplierInvoiceId = Id<'SupplierInvoice'>;

/**
 * Schema of a {@link SupplierInvoiceId}.
 *
 * @example
 * ```ts
 * SupplierInvoiceIdSchema.safeParse('si_1').success; // true
 * ```
 * @category parts
 * @see §6.1.5
 */
export const SupplierInvoiceIdSchema = idSchema<'SupplierInvoice'>();

/**
 * Identifier of one periodic supplier evaluation (供应商评估).
 *
 * @example
 * ```ts
 * const id: SupplierEvaluationId = SupplierEvaluationIdSchema.parse('se_2026q1_faw');
 * ```
 * @category parts
 * @see §6.1.2
 */
export type SupplierEvaluationId = Id<'SupplierEvaluation'>;

/**
 * Schema of a {@link SupplierEvaluationId}.
 *
 * @example
 * ```ts
 * SupplierEvaluationIdSchema.safeParse('se_2026q1_faw').success; // true
 * ```
 * @category parts
 * @see §6.1.2
 */
export const SupplierEvaluationIdSchema = idSchema<'SupplierEvaluation'>();
