import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../../_lib/decimal';
import type { CalendarDate } from '../../shared/index';
import { partsError } from '../errors';
import { fitsUnit, formatQuantity, type Quantity, toQuantityDecimal } from '../quantity';
import type { ProcurementConfig } from './config';
import { type ProcurementError, procurementError } from './errors';
import type { PurchaseOrder, PurchaseOrderLine } from './purchase-order-schema';

/**
 * The receiving status that an order's quantities imply: `sent` while
 * nothing has arrived, `received` once every line's delivered quantity
 * (accepted + rejected) reaches the ordered one, `partially-received` in
 * between.
 *
 * @example
 * ```ts
 * deriveReceivingStatus(order.lines); // 'partially-received'
 * ```
 * @category parts
 * @see §6.1.4
 * @see §6.1.5
 */
export function deriveReceivingStatus(
  lines: readonly Pick<PurchaseOrderLine, 'quantity' | 'accepted' | 'rejected'>[],
): 'sent' | 'partially-received' | 'received' {
  const delivered = lines.map((line) => deliveredQuantity(line));
  if (delivered.every((quantity, i) => quantity.gte(lines[i]?.quantity ?? 0))) return 'received';
  return delivered.some((quantity) => quantity.gt(0)) ? 'partially-received' : 'sent';
}

/**
 * Accepted + rejected quantity of a line, as a decimal.
 *
 * @example
 * ```ts
 * deliveredQuantity(line).toFixed(); // '20'
 * ```
 * @category parts
 * @internal
 */
export function deliveredQuantity(line: Pick<PurchaseOrderLine, 'accepted' | 'rejected'>): Decimal {
  return toQuantityDecimal(line.accepted).plus(line.rejected);
}

/**
 * The most a line may deliver: its quantity plus the over-receipt tolerance.
 *
 * @example
 * ```ts
 * allowedDelivery('100' as Quantity, '5').toFixed(); // '105'
 * ```
 * @category parts
 * @internal
 */
export function allowedDelivery(quantity: Quantity, tolerancePercent: string): Decimal {
  return toQuantityDecimal(quantity).times(new Decimal(tolerancePercent).dividedBy(100).plus(1));
}

interface ReceivedLine {
  readonly lineNo: number;
  readonly accepted: Quantity;
  readonly rejected: Quantity;
}

function receiveLine(
  order: PurchaseOrder,
  line: PurchaseOrderLine,
  received: ReceivedLine,
  context: { readonly on: CalendarDate; readonly config: ProcurementConfig },
): Result<PurchaseOrderLine, ProcurementError> {
  for (const quantity of [received.accepted, received.rejected]) {
    if (!fitsUnit(quantity, line.unit)) {
      return err(
        partsError('quantity_invalid_for_unit', { partId: line.partId, unit: line.unit, quantity }),
      );
    }
  }
  const before = deliveredQuantity(line);
  const receiving = toQuantityDecimal(received.accepted).plus(received.rejected);
  const allowed = allowedDelivery(line.quantity, context.config.overReceiptTolerancePercent);
  if (before.plus(receiving).gt(allowed)) {
    return err(overReceipt(order, line, before, receiving, allowed));
  }
  const next: PurchaseOrderLine = {
    ...line,
    accepted: formatQuantity(toQuantityDecimal(line.accepted).plus(received.accepted)),
    rejected: formatQuantity(toQuantityDecimal(line.rejected).plus(received.rejected)),
  };
  const complete = deliveredQuantity(next).gte(line.quantity);
  return ok({ ...next, completedOn: line.completedOn ?? (complete ? context.on : null) });
}

function overReceipt(
  order: PurchaseOrder,
  line: PurchaseOrderLine,
  before: Decimal,
  receiving: Decimal,
  allowed: Decimal,
): ProcurementError {
  return procurementError('over_receipt', {
    purchaseOrderId: order.id,
    lineNo: line.lineNo,
    ordered: line.quantity,
    alreadyReceived: formatQuantity(before),
    receiving: formatQuantity(receiving),
    allowed: formatQuantity(allowed),
  });
}

/**
 * Adds a receipt's accepted and rejected quantities to an order's lines,
 * refusing any line whose delivered quantity would exceed the ordered one
 * plus the configured over-receipt tolerance.
 *
 * Errors: `purchase_order_line_unknown`, `quantity_invalid_for_unit`, `over_receipt`.
 *
 * @example
 * ```ts
 * applyReceivedLines(order, [{ lineNo: 1, accepted: '18', rejected: '2' }], { on, config });
 * ```
 * @category parts
 * @internal
 */
export function applyReceivedLines(
  order: PurchaseOrder,
  received: readonly ReceivedLine[],
  context: { readonly on: CalendarDate; readonly config: ProcurementConfig },
): Result<PurchaseOrderLine[], ProcurementError> {
  const lines = [...order.lines];
  for (const each of received) {
    const index = lines.findIndex((line) => line.lineNo === each.lineNo);
    const line = lines[index];
    if (line === undefined) {
      return err(
        procurementError('purchase_order_line_unknown', {
          purchaseOrderId: order.id,
          lineNo: each.lineNo,
        }),
      );
    }
    const next = receiveLine(order, line, each, context);
    if (next.isErr()) return err(next.error);
    lines[index] = next.value;
  }
  return ok(lines);
}
