import {
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  toDealerDate,
} from '../../shared/index';
import { type Quantity, subtractQuantities, toQuantityDecimal } from '../quantity';
import { defaultPartsSalesConfig, type PartsSalesConfig } from './config';
import type { SalesOrder } from './sales-order-schema';
import type { Shipment } from './shipment-schema';

/**
 * An order line still (partly) unshipped after its promised date.
 *
 * @example
 * ```ts
 * const line: OverdueLine = { orderId: 'so_1', customerId: 'pcu_1', lineNo: 1, partId: 'part_1',
 *   promisedDate: '2026-12-01', remaining: '2', daysLate: 3 };
 * ```
 * @category parts
 * @see §6.3.4
 */
export interface OverdueLine {
  readonly orderId: string;
  readonly customerId: string;
  readonly lineNo: number;
  readonly partId: string;
  readonly promisedDate: CalendarDate;
  readonly remaining: Quantity;
  readonly daysLate: number;
}

/**
 * A shipped line that left after its promised date.
 *
 * @example
 * ```ts
 * const late: LateShipmentLine = { shipmentId: 'shp_1', orderId: 'so_1', lineNo: 1,
 *   promisedDate: '2026-12-01', shippedDate: '2026-12-03', daysLate: 2 };
 * ```
 * @category parts
 * @see §6.3.4
 */
export interface LateShipmentLine {
  readonly shipmentId: string;
  readonly orderId: string;
  readonly lineNo: number;
  readonly promisedDate: CalendarDate;
  readonly shippedDate: CalendarDate;
  readonly daysLate: number;
}

/**
 * On-time delivery (按时发货) at a date: lines shipped late, lines of open
 * orders not shipped by their promised date, and the on-time rate of
 * shipped lines (`null` when nothing has shipped).
 *
 * @example
 * ```ts
 * const report: ShippingPunctuality = assessShippingPunctuality(orders, shipments, at);
 * report.onTimeRate; // 0.95
 * ```
 * @category parts
 * @see §6.3.4
 */
export interface ShippingPunctuality {
  readonly asOf: CalendarDate;
  readonly lateShipmentLines: readonly LateShipmentLine[];
  readonly overdueLines: readonly OverdueLine[];
  readonly shippedLines: number;
  readonly onTimeLines: number;
  /** On-time shipped lines ÷ shipped lines, in [0, 1]. */
  readonly onTimeRate: number | null;
}

const OPEN_STATUSES: ReadonlySet<SalesOrder['status']> = new Set([
  'confirmed',
  'partially-shipped',
]);

/**
 * The lines of open orders (confirmed, partially shipped) not fully shipped
 * by their promised date, at an instant in the dealer's zone: a line
 * promised for a day is late from the next day.
 *
 * @example
 * ```ts
 * findOverdueLines(orders, '2026-12-04T02:00:00.000Z'); // lines promised before 2026-12-04 still open
 * ```
 * @category parts
 * @see §6.3.4
 */
export function findOverdueLines(
  orders: readonly SalesOrder[],
  at: Instant,
  config: PartsSalesConfig = defaultPartsSalesConfig,
): OverdueLine[] {
  const asOf = toDealerDate(at, config.timeZone);
  return orders
    .filter((order) => OPEN_STATUSES.has(order.status))
    .flatMap((order) =>
      order.lines.map((line) => ({
        order,
        line,
        remaining: subtractQuantities(line.quantity, line.shippedQuantity),
      })),
    )
    .filter(({ line, remaining }) => toQuantityDecimal(remaining).gt(0) && line.promisedDate < asOf)
    .map(({ order, line, remaining }) => ({
      orderId: order.id,
      customerId: order.customerId,
      lineNo: line.lineNo,
      partId: line.partId,
      promisedDate: line.promisedDate,
      remaining,
      daysLate: differenceInCalendarDays(asOf, line.promisedDate),
    }));
}

/**
 * Assesses on-time shipping (§6.3.4) at an instant: every shipped line
 * after its promised date, every open line past its promised date, and the
 * on-time rate of shipped lines. Shipments after `at` are left out.
 *
 * @example
 * ```ts
 * const report = assessShippingPunctuality(orders, shipments, at);
 * report.lateShipmentLines.length; // lines that left late
 * report.overdueLines; // lines still waiting past their promised date
 * ```
 * @category parts
 * @see §6.3.4
 */
export function assessShippingPunctuality(
  orders: readonly SalesOrder[],
  shipments: readonly Shipment[],
  at: Instant,
  config: PartsSalesConfig = defaultPartsSalesConfig,
): ShippingPunctuality {
  const asOf = toDealerDate(at, config.timeZone);
  const lines = shipments
    .filter((shipment) => shipment.shippedDate <= asOf)
    .flatMap((shipment) => shipment.lines.map((line) => ({ shipment, line })));
  const lateShipmentLines = lines
    .filter(({ line }) => !line.onTime)
    .map(({ shipment, line }) => ({
      shipmentId: shipment.id,
      orderId: shipment.orderId,
      lineNo: line.lineNo,
      promisedDate: line.promisedDate,
      shippedDate: shipment.shippedDate,
      daysLate: differenceInCalendarDays(shipment.shippedDate, line.promisedDate),
    }));
  const onTimeLines = lines.length - lateShipmentLines.length;
  return {
    asOf,
    lateShipmentLines,
    overdueLines: findOverdueLines(orders, at, config),
    shippedLines: lines.length,
    onTimeLines,
    onTimeRate: lines.length === 0 ? null : onTimeLines / lines.length,
  };
}
