import { err, ok, type Result } from 'neverthrow';
import { defaultProcurementConfig } from './config';
import { checkContext, type ProcurementContext, permit } from './context';
import { type ProcurementError, procurementError } from './errors';
import { procurementEvent } from './events';
import { type MatchDocuments, matchThreeWay } from './match-three-way';
import type { SupplierInvoiceChange } from './record-supplier-invoice';
import type { SupplierInvoice } from './supplier-invoice-schema';

/**
 * Approves paying a supplier invoice (付款审批), only after the three-way
 * match passes: otherwise it is refused with `three_way_match_failed`
 * listing every mismatching line. Needs `supplier-payment.approve` (the
 * service manager by default).
 *
 * Errors: `validation_failed`, `forbidden`, `document_mismatch` (invoice of
 * another order), `invalid_transition` (already approved),
 * `three_way_match_failed`.
 *
 * @param invoice - the invoice to pay
 * @param documents - the order, its receipts and its other invoices
 * @example
 * ```ts
 * const result = approveSupplierPayment(invoice, { order, receipts }, { at, actor: manager });
 * if (result.isErr() && result.error.code === 'three_way_match_failed') result.error.data.mismatches;
 * ```
 * @category parts
 * @see §6.1.5
 */
export function approveSupplierPayment(
  invoice: SupplierInvoice,
  documents: Omit<MatchDocuments, 'invoice'>,
  context: ProcurementContext,
): Result<SupplierInvoiceChange, ProcurementError> {
  const config = context.config ?? defaultProcurementConfig;
  return checkContext(context)
    .andThen((when) => permit(context, 'supplier-payment.approve').map(() => when))
    .andThen(({ at, actor }) => {
      if (invoice.purchaseOrderId !== documents.order.id) {
        return err(
          procurementError('document_mismatch', {
            document: 'supplier-invoice',
            field: 'purchaseOrderId',
            expected: documents.order.id,
            actual: invoice.purchaseOrderId,
          }),
        );
      }
      if (invoice.status !== 'recorded') {
        return err(
          procurementError(
            'invalid_transition',
            { entity: 'supplier-invoice', status: invoice.status, command: 'approve-payment' },
            '§6.1.5',
          ),
        );
      }
      const match = matchThreeWay({ ...documents, invoice }, config);
      if (!match.passed) {
        return err(
          procurementError('three_way_match_failed', {
            supplierInvoiceId: invoice.id,
            mismatches: match.mismatches,
          }),
        );
      }
      return ok({
        invoice: {
          ...invoice,
          status: 'payment-approved' as const,
          paymentApprovedBy: actor.id,
          paymentApprovedAt: at,
          updatedAt: at,
        },
        events: [
          procurementEvent('parts.supplier-payment-approved', invoice.id, at, {
            supplierInvoiceId: invoice.id,
            purchaseOrderId: invoice.purchaseOrderId,
            total: invoice.total,
            actorId: actor.id,
          }),
        ],
      });
    });
}
