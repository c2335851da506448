import { err, ok, type Result } from 'neverthrow';
import type { Actor } from '../../org/index';
import type { Instant } from '../../shared/index';
import type { PartsError } from '../errors';
import type { PartsEvent } from '../events';
import type { ReservationId } from '../ids';
import type { StockLedger } from '../ledger';
import type { LedgerChange, LedgerContext } from '../ledger-draft';
import type { Quantity } from '../quantity';
import type { ReserveStockInput } from '../reservation-schema';
import { releaseReservation, reserveStock } from '../reservations';
import type { SalesOrder, SalesOrderLine } from './sales-order-schema';

/**
 * A ledger after several steps, with every event they caused in order.
 *
 * @category parts
 * @internal
 */
export interface LedgerSteps {
  readonly ledger: StockLedger;
  readonly events: readonly PartsEvent[];
}

/**
 * Applies one ledger step after others, keeping the events.
 *
 * @category parts
 * @internal
 */
export function chainLedger(
  steps: LedgerSteps,
  step: (ledger: StockLedger) => Result<LedgerChange, PartsError>,
): Result<LedgerSteps, PartsError> {
  return step(steps.ledger).map((change) => ({
    ledger: change.ledger,
    events: [...steps.events, ...change.events],
  }));
}

/**
 * The reference of a sales order's reservations. The cast exists only until
 * the ledger's reservation references accept `'sales-order'` (as its
 * movement references already do); without that, `reserveStock` refuses
 * the kind with `validation_failed` at `reference.kind`.
 */
function salesOrderReference(orderId: string): ReserveStockInput['reference'] {
  return { kind: 'sales-order', id: orderId };
}

/**
 * The id of a line's `n`-th reservation: `<order>:<line>:<n>`.
 *
 * @category parts
 * @internal
 */
export function reservationIdFor(orderId: string, lineNo: number, n: number): string {
  return `${orderId}:${lineNo}:${n}`;
}

/**
 * Reserves `quantity` of a line under its next reservation id.
 *
 * @category parts
 * @internal
 */
export function reserveLine(
  steps: LedgerSteps,
  order: SalesOrder,
  line: SalesOrderLine,
  quantity: Quantity,
  command: { readonly at: Instant; readonly actor: Actor },
  context: LedgerContext,
): Result<{ steps: LedgerSteps; line: SalesOrderLine }, PartsError> {
  const reservationId = reservationIdFor(
    order.id,
    line.lineNo,
    line.reservationCount,
  ) as ReservationId;
  const reserved = chainLedger(steps, (ledger) =>
    reserveStock(
      ledger,
      {
        reservationId,
        partId: line.partId,
        locationId: line.locationId,
        unit: line.unit,
        quantity,
        reference: salesOrderReference(order.id),
        at: command.at,
        actor: command.actor,
      },
      context,
    ),
  );
  if (reserved.isErr()) return err(reserved.error);
  return ok({
    steps: reserved.value,
    line: { ...line, reservationId, reservationCount: line.reservationCount + 1 },
  });
}

/**
 * Releases a line's open reservation, if it has one.
 *
 * @category parts
 * @internal
 */
export function releaseLine(
  steps: LedgerSteps,
  line: SalesOrderLine,
  command: { readonly at: Instant; readonly actor: Actor },
  context: LedgerContext,
): Result<{ steps: LedgerSteps; line: SalesOrderLine }, PartsError> {
  const { reservationId } = line;
  if (reservationId === null) return ok({ steps, line });
  return chainLedger(steps, (ledger) =>
    releaseReservation(ledger, { reservationId, at: command.at, actor: command.actor }, context),
  ).map((next) => ({ steps: next, line: { ...line, reservationId: null } }));
}

/**
 * Releases every line's open reservation (cancelling or short-closing an order).
 *
 * @category parts
 * @internal
 */
export function releaseAllLines(
  ledger: StockLedger,
  order: SalesOrder,
  command: { readonly at: Instant; readonly actor: Actor },
  context: LedgerContext,
): Result<{ steps: LedgerSteps; lines: SalesOrderLine[] }, PartsError> {
  let steps: LedgerSteps = { ledger, events: [] };
  const lines: SalesOrderLine[] = [];
  for (const line of order.lines) {
    const released = releaseLine(steps, line, command, context);
    if (released.isErr()) return err(released.error);
    steps = released.value.steps;
    lines.push(released.value.line);
  }
  return ok({ steps, lines });
}
