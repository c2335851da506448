import type { Actor } from '../../org/index';
import {
  addCalendarDays,
  type CalendarDate,
  type Instant,
  isZeroMoney,
  type Money,
  zeroMoney,
} from '../../shared/index';
import type { PartsEvent } from '../events';
import type { StockLedger } from '../ledger';
import { type PartsSalesEvent, salesEvent } from './events';
import type { Receivable } from './receivable-schema';
import type { SalesOrder, SalesOrderLine } from './sales-order-schema';
import type { LedgerSteps } from './sales-stock';
import type { Shipment, ShipmentLine } from './shipment-schema';

/**
 * The order, shipment, receivable and ledger after shipping, with every
 * event (the ledger's `parts.stock-moved`, … and `parts.sales-order-shipped`,
 * `parts.receivable-recorded`), to save in one unit of work.
 *
 * @example
 * ```ts
 * const { order, shipment, receivable, ledger, events }: SalesOrderShipped = shipSalesOrder(o, input, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.4
 * @see §6.3.5
 */
export interface SalesOrderShipped {
  readonly order: SalesOrder;
  readonly shipment: Shipment;
  readonly receivable: Receivable;
  readonly ledger: StockLedger;
  readonly events: readonly (PartsSalesEvent | PartsEvent)[];
}

/**
 * What a shipment did: the ledger steps, the order's lines after it, the
 * shipped lines, their amount and the shipment's dealer date.
 *
 * @category parts
 * @internal
 */
export interface ShipmentDone {
  readonly steps: LedgerSteps;
  readonly lines: readonly SalesOrderLine[];
  readonly shipped: readonly ShipmentLine[];
  readonly amount: Money;
  readonly shippedDate: CalendarDate;
}

/**
 * Builds the shipment, its receivable (due the order's payment terms after
 * the shipment's dealer date), the order after it and their events.
 *
 * @category parts
 * @internal
 */
export function recordShipment(
  order: SalesOrder,
  request: {
    readonly shipmentId: Shipment['id'];
    readonly receivableId: Receivable['id'];
    readonly at: Instant;
    readonly actor: Actor;
  },
  done: ShipmentDone,
): SalesOrderShipped {
  const { at, actor, shipmentId, receivableId } = request;
  const complete = done.lines.every((line) => line.shippedQuantity === line.quantity);
  const onTime = done.shipped.every((line) => line.onTime);
  const base = { version: 0, createdAt: at, updatedAt: at };
  const shipment: Shipment = {
    ...base,
    id: shipmentId,
    orderId: order.id,
    customerId: order.customerId,
    classId: order.classId,
    shippedAt: at,
    shippedDate: done.shippedDate,
    lines: [...done.shipped],
    amount: done.amount,
    onTime,
    receivableId,
    actorId: actor.id,
  };
  const dueDate = addCalendarDays(done.shippedDate, order.paymentTermsDays);
  const receivable: Receivable = {
    ...base,
    id: receivableId,
    customerId: order.customerId,
    orderId: order.id,
    shipmentId,
    amount: done.amount,
    paid: zeroMoney(done.amount.currency),
    outstanding: done.amount,
    issueDate: done.shippedDate,
    dueDate,
    payments: [],
    status: isZeroMoney(done.amount) ? 'settled' : 'open',
  };
  const next: SalesOrder = {
    ...order,
    status: complete ? 'shipped' : 'partially-shipped',
    lines: [...done.lines],
    shipmentIds: [...order.shipmentIds, shipmentId],
    updatedAt: at,
  };
  const events = [
    ...done.steps.events,
    salesEvent('parts.sales-order-shipped', order.id, at, {
      orderId: order.id,
      shipmentId,
      amount: done.amount,
      onTime,
      complete,
      actorId: actor.id,
    }),
    salesEvent('parts.receivable-recorded', receivableId, at, {
      receivableId,
      customerId: order.customerId,
      shipmentId,
      amount: done.amount,
      dueDate,
    }),
  ];
  return { order: next, shipment, receivable, ledger: done.steps.ledger, events };
}
