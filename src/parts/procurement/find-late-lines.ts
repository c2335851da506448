import {
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  toDealerDate,
} from '../../shared/index';
import { formatQuantity, type Quantity, toQuantityDecimal } from '../quantity';
import { deliveredQuantity } from './apply-received-lines';
import { defaultProcurementConfig, type ProcurementConfig } from './config';
import type { PurchaseOrder } from './purchase-order-schema';

/**
 * A line that has not arrived in full by its promised date (逾期未到货).
 *
 * @example
 * ```ts
 * const late: LateLine = { purchaseOrderId: 'po_1', lineNo: 2, partId: 'part_pads', promisedDate: '2026-03-05', outstanding: '4', daysLate: 3 };
 * ```
 * @category parts
 * @see §6.1.4
 */
export interface LateLine {
  readonly purchaseOrderId: string;
  readonly lineNo: number;
  readonly partId: string;
  readonly promisedDate: CalendarDate;
  readonly outstanding: Quantity;
  readonly daysLate: number;
}

const OPEN: ReadonlySet<PurchaseOrder['status']> = new Set([
  'approved',
  'sent',
  'partially-received',
]);

/**
 * The late lines of open orders at an instant: lines of approved, sent or
 * partially received orders whose promised date is before the dealer date
 * of `at` (in the configured zone) and whose delivered quantity (accepted +
 * rejected) is still short of the ordered one. Drafts, closed and cancelled
 * orders have none. Ordered by days late (most first), then order and line.
 *
 * @param orders - the orders to track (跟踪订单执行)
 * @param at - the instant to judge at
 * @example
 * ```ts
 * findLateLines([order], '2026-03-08T02:00:00Z' as Instant);
 * // [{ purchaseOrderId: 'po_1', lineNo: 2, outstanding: '4', daysLate: 3, … }]
 * ```
 * @category parts
 * @see §6.1.4
 */
export function findLateLines(
  orders: readonly PurchaseOrder[],
  at: Instant,
  config: ProcurementConfig = defaultProcurementConfig,
): readonly LateLine[] {
  const today = toDealerDate(at, config.timeZone);
  const late: LateLine[] = [];
  for (const order of orders) {
    if (!OPEN.has(order.status)) continue;
    for (const line of order.lines) {
      const outstanding = toQuantityDecimal(line.quantity).minus(deliveredQuantity(line));
      if (line.promisedDate >= today || outstanding.lte(0)) continue;
      late.push({
        purchaseOrderId: order.id,
        lineNo: line.lineNo,
        partId: line.partId,
        promisedDate: line.promisedDate,
        outstanding: formatQuantity(outstanding),
        daysLate: differenceInCalendarDays(today, line.promisedDate),
      });
    }
  }
  return late.sort(
    (a, b) =>
      b.daysLate - a.daysLate ||
      (a.purchaseOrderId < b.purchaseOrderId
        ? -1
        : a.purchaseOrderId > b.purchaseOrderId
          ? 1
          : 0) ||
      a.lineNo - b.lineNo,
  );
}
