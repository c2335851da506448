import {
  type PurchaseOrder,
  recordSupplierInvoice,
  type SupplierInvoice,
} from '../../../src/parts/procurement/index';
import { clerk, cny, dayAt } from './fixtures';

/** Records an invoice for an order; throws if the fixture itself is wrong. */
export function invoiceFor(
  order: PurchaseOrder,
  lines: readonly { lineNo: number; quantity: string; price: string }[],
  id = 'si_1',
): SupplierInvoice {
  return recordSupplierInvoice(
    order,
    {
      id,
      purchaseOrderId: order.id,
      invoiceNumber: `FP-${id}`,
      invoiceDate: '2026-03-06',
      lines: lines.map((line) => ({
        lineNo: line.lineNo,
        quantity: line.quantity,
        unitPrice: cny(line.price),
      })),
    },
    { at: dayAt(4), actor: clerk },
  )._unsafeUnwrap().invoice;
}
