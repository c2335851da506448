import { err, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { parseWith, toDealerDate } from '../../shared/index';
import type { MovementInput } from '../movement-schema';
import { defaultProcurementConfig } from './config';
import { checkContext, type ProcurementContext } from './context';
import { type ProcurementError, procurementError } from './errors';
import { type ProcurementEvent, procurementEvent } from './events';
import {
  type GoodsReceipt,
  type GoodsReceiptInput,
  GoodsReceiptInputSchema,
} from './goods-receipt-schema';
import { transitionPurchaseOrder } from './purchase-order-machine';
import type { PurchaseOrder } from './purchase-order-schema';

type ParsedInput = z.infer<typeof GoodsReceiptInputSchema>;

/**
 * The result of recording a goods receipt: the receipt, the advanced order,
 * the stock-ledger receipt movements for the accepted quantities (post them
 * with `postMovements`) and the events.
 *
 * @example
 * ```ts
 * const { receipt, order, movements, events }: GoodsReceiptChange = recordGoodsReceipt(order, input, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.5
 */
export interface GoodsReceiptChange {
  readonly receipt: GoodsReceipt;
  readonly order: PurchaseOrder;
  readonly movements: readonly MovementInput[];
  readonly events: readonly ProcurementEvent[];
}

/**
 * Records a goods receipt (到货验收) against a sent or partially received
 * order: each line's accepted and rejected quantities, with a reason for
 * rejections. The order advances to `partially-received` or `received`
 * (via `transitionPurchaseOrder`'s `receive`), and only accepted quantities
 * become stock: one ledger `receipt` movement per accepted line, at the
 * order's unit price, keyed `<receipt id>:<line>` so posting twice changes
 * nothing. Rejected goods stay out of stock (to return to the supplier).
 * Needs `goods-receipt.record`.
 *
 * Errors: `validation_failed` (reasons include `rejection_reason_required`,
 * `nothing_received`, `duplicate_line`), `forbidden`, `document_mismatch`
 * (a receipt for another order), `invalid_transition` (order not sent or
 * already received), `purchase_order_line_unknown`,
 * `quantity_invalid_for_unit`, `over_receipt`.
 *
 * @example
 * ```ts
 * const { order: next, movements } = recordGoodsReceipt(order, {
 *   id: 'gr_7', purchaseOrderId: order.id,
 *   lines: [{ lineNo: 1, accepted: '18', rejected: '2', rejectionReason: '包装破损' }],
 * }, { at, actor: clerk })._unsafeUnwrap();
 * postMovements(ledger, movements, { catalogue });
 * ```
 * @category parts
 * @see §6.1.5
 * @see §6.2.2
 */
export function recordGoodsReceipt(
  order: PurchaseOrder,
  input: GoodsReceiptInput,
  context: ProcurementContext,
): Result<GoodsReceiptChange, ProcurementError> {
  const config = context.config ?? defaultProcurementConfig;
  return checkContext(context)
    .andThen((when) =>
      parseWith(GoodsReceiptInputSchema, input, '§6.1.5').map((parsed) => ({ ...when, parsed })),
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
      return transitionPurchaseOrder(
        order,
        { type: 'receive', goodsReceiptId: parsed.id, lines: parsed.lines, at, actor },
        context,
      ).map((change) => {
        const receipt: GoodsReceipt = {
          id: parsed.id,
          purchaseOrderId: order.id,
          supplierId: order.supplierId,
          locationId: parsed.locationId ?? order.locationId,
          receivedAt: at,
          receivedOn: toDealerDate(at, config.timeZone),
          lines: receiptLines(order, parsed.lines),
          receivedBy: actor.id,
          version: 0,
          createdAt: at,
          updatedAt: at,
        };
        const recorded = procurementEvent('parts.goods-receipt-recorded', receipt.id, at, {
          goodsReceiptId: receipt.id,
          purchaseOrderId: order.id,
          supplierId: order.supplierId,
          acceptedLines: receipt.lines.filter((line) => line.accepted !== '0').length,
          rejectedLines: receipt.lines.filter((line) => line.rejected !== '0').length,
          actorId: actor.id,
        });
        return {
          receipt,
          order: change.order,
          movements: receiptMovements(receipt, actor),
          events: [recorded, ...change.events],
        };
      });
    });
}

function receiptLines(
  order: PurchaseOrder,
  lines: readonly ParsedInput['lines'][number][],
): GoodsReceipt['lines'] {
  const byLine = new Map(order.lines.map((line) => [line.lineNo, line]));
  return lines.flatMap((line) => {
    const ordered = byLine.get(line.lineNo);
    if (ordered === undefined) return [];
    return [
      {
        lineNo: line.lineNo,
        partId: ordered.partId,
        unit: ordered.unit,
        accepted: line.accepted,
        rejected: line.rejected,
        rejectionReason: line.rejectionReason ?? null,
        unitCost: ordered.unitPrice,
      },
    ];
  });
}

/**
 * The stock-ledger receipt movements (入库) of a goods receipt: one per line
 * with an accepted quantity, at the line's unit cost, referencing the
 * receipt, keyed `<receipt id>:<line>`. Rejected quantities never enter stock.
 *
 * @param actor - who posts them (needs `stock.move` when posted)
 * @example
 * ```ts
 * postMovements(ledger, receiptMovements(receipt, clerk), { catalogue });
 * ```
 * @category parts
 * @see §6.1.5
 * @see §6.2.2
 */
export function receiptMovements(
  receipt: GoodsReceipt,
  actor: MovementInput['actor'],
): readonly MovementInput[] {
  return receipt.lines
    .filter((line) => line.accepted !== '0')
    .map((line) => ({
      type: 'receipt' as const,
      idempotencyKey: `${receipt.id}:${line.lineNo}`,
      partId: line.partId,
      locationId: receipt.locationId,
      unit: line.unit,
      quantity: line.accepted,
      unitCost: line.unitCost,
      reference: { kind: 'goods-receipt' as const, id: receipt.id },
      at: receipt.receivedAt,
      actor,
    }));
}
