import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import {
  CalendarDateSchema,
  CurrencyCodeSchema,
  entityBaseShape,
  InstantSchema,
  MoneySchema,
} from '../../shared/index';
import { SupplierIdSchema } from '../ids';
import { PositiveQuantitySchema } from '../quantity';
import { UnitCostSchema } from '../schema';
import { PurchaseOrderIdSchema, SupplierInvoiceIdSchema } from './ids';

/**
 * Schema of one invoiced line: the order line it bills, the quantity and the
 * unit price the supplier charges.
 *
 * @example
 * ```ts
 * SupplierInvoiceLineSchema.parse({ lineNo: 1, quantity: '18', unitPrice: { amount: '36.00', currency: 'CNY' } });
 * ```
 * @category parts
 * @see §6.1.5
 */
export const SupplierInvoiceLineSchema = z.object({
  lineNo: z.int().check(z.gte(1), z.lte(9999)),
  quantity: PositiveQuantitySchema,
  unitPrice: UnitCostSchema,
});

const LinesSchema = z.array(SupplierInvoiceLineSchema).check(
  z.minLength(1),
  z.maxLength(9999),
  z.refine((lines) => new Set(lines.map((l) => l.lineNo)).size === lines.length, {
    message: 'each order line is invoiced once per invoice',
    params: { reason: 'duplicate_line' },
  }),
);

/**
 * Schema of a supplier invoice (供应商发票) for one purchase order: the
 * supplier's invoice number and date, the lines it bills, the total (lines
 * rounded half-up to the cent, summed), and whether payment was approved
 * after the three-way match.
 *
 * @example
 * ```ts
 * SupplierInvoiceSchema.safeParse(JSON.parse(row)).success; // true for a stored invoice
 * ```
 * @category parts
 * @see §6.1.5
 */
export const SupplierInvoiceSchema = z.object({
  ...entityBaseShape,
  id: SupplierInvoiceIdSchema,
  supplierId: SupplierIdSchema,
  purchaseOrderId: PurchaseOrderIdSchema,
  invoiceNumber: z.string().check(z.minLength(1), z.maxLength(60)),
  invoiceDate: CalendarDateSchema,
  currency: CurrencyCodeSchema,
  lines: LinesSchema,
  total: MoneySchema,
  status: z.enum(['recorded', 'payment-approved']),
  recordedBy: EmployeeIdSchema,
  paymentApprovedBy: z.nullable(EmployeeIdSchema),
  paymentApprovedAt: z.nullable(InstantSchema),
});

/**
 * A parsed {@link SupplierInvoiceSchema}.
 *
 * @example
 * ```ts
 * const invoice: SupplierInvoice = recordSupplierInvoice(order, input, context)._unsafeUnwrap().invoice;
 * ```
 * @category parts
 * @see §6.1.5
 */
export type SupplierInvoice = z.infer<typeof SupplierInvoiceSchema>;

/**
 * Schema of an invoice as the clerk enters it.
 *
 * @example
 * ```ts
 * SupplierInvoiceInputSchema.parse({
 *   id: 'si_1', purchaseOrderId: 'po_1', invoiceNumber: 'FP-0001', invoiceDate: '2026-03-06',
 *   lines: [{ lineNo: 1, quantity: '18', unitPrice: { amount: '36.00', currency: 'CNY' } }],
 * });
 * ```
 * @category parts
 * @see §6.1.5
 */
export const SupplierInvoiceInputSchema = z.object({
  id: SupplierInvoiceIdSchema,
  purchaseOrderId: PurchaseOrderIdSchema,
  invoiceNumber: z.string().check(z.minLength(1), z.maxLength(60)),
  invoiceDate: CalendarDateSchema,
  lines: LinesSchema,
});

/**
 * An invoice as a caller enters it.
 *
 * @example
 * ```ts
 * const input: SupplierInvoiceInput = { id: 'si_1', purchaseOrderId: 'po_1', invoiceNumber: 'FP-0001', invoiceDate: '2026-03-06', lines };
 * ```
 * @category parts
 * @see §6.1.5
 */
export type SupplierInvoiceInput = z.input<typeof SupplierInvoiceInputSchema>;
