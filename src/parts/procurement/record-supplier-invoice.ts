import { err, type Result } from 'neverthrow';
import { currencyMismatch, parseWith } from '../../shared/index';
import { checkContext, type ProcurementContext, permit } from './context';
import { computePurchaseOrderTotal } from './create-purchase-order';
import { type ProcurementError, procurementError } from './errors';
import { type ProcurementEvent, procurementEvent } from './events';
import type { PurchaseOrder } from './purchase-order-schema';
import {
  type SupplierInvoice,
  type SupplierInvoiceInput,
  SupplierInvoiceInputSchema,
} from './supplier-invoice-schema';

/**
 * A supplier invoice after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { invoice, events }: SupplierInvoiceChange = recordSupplierInvoice(order, input, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.5
 */
export interface SupplierInvoiceChange {
  readonly invoice: SupplierInvoice;
  readonly events: readonly ProcurementEvent[];
}

/**
 * Records a supplier invoice (供应商发票) against a purchase order, for the
 * three-way match. Prices must be in the order's currency. Needs
 * `supplier-invoice.record`.
 *
 * Errors: `validation_failed` (reason `duplicate_line`), `forbidden`,
 * `document_mismatch` (an invoice for another order), `invalid_transition`
 * (a draft or cancelled order), `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * const { invoice } = recordSupplierInvoice(order, {
 *   id: 'si_1', purchaseOrderId: order.id, invoiceNumber: 'FP-0001', invoiceDate: '2026-03-06',
 *   lines: [{ lineNo: 1, quantity: '18', unitPrice: { amount: '36.00', currency: 'CNY' } }],
 * }, { at, actor: clerk })._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.5
 */
export function recordSupplierInvoice(
  order: PurchaseOrder,
  input: SupplierInvoiceInput,
  context: ProcurementContext,
): Result<SupplierInvoiceChange, ProcurementError> {
  return checkContext(context)
    .andThen((when) => permit(context, 'supplier-invoice.record').map(() => when))
    .andThen((when) =>
      parseWith(SupplierInvoiceInputSchema, input, '§6.1.5').map((parsed) => ({ ...when, parsed })),
    )
    .andThen(({ at, actor, parsed }) => {
      if (parsed.purchaseOrderId !== order.id) {
        return err(
          procurementError('document_mismatch', {
            document: 'purchase-order',
            field: 'id',
            expected: order.id,
            actual: parsed.purchaseOrderId,
          }),
        );
      }
      if (order.status === 'draft' || order.status === 'cancelled') {
        return err(
          procurementError(
            'invalid_transition',
            { entity: 'purchase-order', status: order.status, command: 'invoice' },
            '§6.1.5',
          ),
        );
      }
      const foreign = parsed.lines.find((line) => line.unitPrice.currency !== order.currency);
      if (foreign !== undefined) {
        return err(currencyMismatch(order.currency, foreign.unitPrice.currency));
      }
      return computePurchaseOrderTotal(parsed.lines, order.currency).map((total) => {
        const invoice: SupplierInvoice = {
          ...parsed,
          supplierId: order.supplierId,
          currency: order.currency,
          total,
          status: 'recorded',
          recordedBy: actor.id,
          paymentApprovedBy: null,
          paymentApprovedAt: null,
          version: 0,
          createdAt: at,
          updatedAt: at,
        };
        return {
          invoice,
          events: [
            procurementEvent('parts.supplier-invoice-recorded', invoice.id, at, {
              supplierInvoiceId: invoice.id,
              purchaseOrderId: order.id,
              supplierId: order.supplierId,
              total,
              actorId: actor.id,
            }),
          ],
        };
      });
    });
}
