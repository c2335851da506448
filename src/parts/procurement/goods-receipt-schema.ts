import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import { CalendarDateSchema, entityBaseShape, InstantSchema } from '../../shared/index';
import { LocationIdSchema, PartIdSchema, SupplierIdSchema } from '../ids';
import { QuantitySchema, UnitSchema } from '../quantity';
import { UnitCostSchema } from '../schema';
import { GoodsReceiptIdSchema, PurchaseOrderIdSchema } from './ids';

const ReasonSchema = z.string().check(z.minLength(1), z.maxLength(500));

/**
 * Schema of one inspected line of a goods receipt: the order line, part and
 * unit, accepted and rejected quantities, the reason for rejecting (required
 * whenever something is rejected) and the unit cost it enters stock at.
 *
 * @example
 * ```ts
 * GoodsReceiptLineSchema.parse(receipt.lines[0]);
 * ```
 * @category parts
 * @see §6.1.5
 */
export const GoodsReceiptLineSchema = z.object({
  lineNo: z.int().check(z.gte(1), z.lte(9999)),
  partId: PartIdSchema,
  unit: UnitSchema,
  accepted: QuantitySchema,
  rejected: QuantitySchema,
  rejectionReason: z.nullable(ReasonSchema),
  unitCost: UnitCostSchema,
});

/**
 * Schema of a goods receipt (到货验收单): what arrived against one purchase
 * order, inspected line by line, where it was put, when and by whom.
 *
 * @example
 * ```ts
 * GoodsReceiptSchema.safeParse(JSON.parse(row)).success; // true for a stored receipt
 * ```
 * @category parts
 * @see §6.1.5
 */
export const GoodsReceiptSchema = z.object({
  ...entityBaseShape,
  id: GoodsReceiptIdSchema,
  purchaseOrderId: PurchaseOrderIdSchema,
  supplierId: SupplierIdSchema,
  locationId: LocationIdSchema,
  receivedAt: InstantSchema,
  receivedOn: CalendarDateSchema,
  lines: z.array(GoodsReceiptLineSchema).check(z.minLength(1), z.maxLength(9999)),
  receivedBy: EmployeeIdSchema,
});

/**
 * A parsed {@link GoodsReceiptSchema}.
 *
 * @example
 * ```ts
 * const { receipt }: { receipt: GoodsReceipt } = recordGoodsReceipt(order, input, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.5
 */
export type GoodsReceipt = z.infer<typeof GoodsReceiptSchema>;

/**
 * Schema of what a receiving clerk enters: the receipt id, the order, and per
 * order line the accepted and rejected quantities (zero or more, not both
 * zero) with a reason for any rejection (reason `rejection_reason_required`).
 * `locationId` defaults to the order's delivery location.
 *
 * @example
 * ```ts
 * GoodsReceiptInputSchema.parse({
 *   id: 'gr_7', purchaseOrderId: 'po_1',
 *   lines: [{ lineNo: 1, accepted: '18', rejected: '2', rejectionReason: '包装破损' }],
 * });
 * ```
 * @category parts
 * @see §6.1.5
 */
export const GoodsReceiptInputSchema = z.object({
  id: GoodsReceiptIdSchema,
  purchaseOrderId: PurchaseOrderIdSchema,
  locationId: z.optional(LocationIdSchema),
  lines: z
    .array(
      z
        .object({
          lineNo: z.int().check(z.gte(1), z.lte(9999)),
          accepted: QuantitySchema,
          rejected: QuantitySchema,
          rejectionReason: z.optional(ReasonSchema),
        })
        .check(
          z.refine((line) => line.rejected === '0' || line.rejectionReason !== undefined, {
            path: ['rejectionReason'],
            message: 'a rejection needs a reason',
            params: { reason: 'rejection_reason_required' },
          }),
        ),
    )
    .check(z.minLength(1), z.maxLength(9999)),
});

/**
 * A goods receipt as a caller enters it.
 *
 * @example
 * ```ts
 * const input: GoodsReceiptInput = { id: 'gr_7', purchaseOrderId: 'po_1', lines: [{ lineNo: 1, accepted: '20', rejected: '0' }] };
 * ```
 * @category parts
 * @see §6.1.5
 */
export type GoodsReceiptInput = z.input<typeof GoodsReceiptInputSchema>;
