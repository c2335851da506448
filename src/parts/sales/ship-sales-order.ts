import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Actor, ActorSchema } from '../../org/index';
import {
  type Instant,
  InstantSchema,
  type Money,
  parseWith,
  subtractMoney,
  toDealerDate,
  validationError,
} from '../../shared/index';
import { postMovement } from '../post-movements';
import {
  addQuantities,
  PositiveQuantitySchema,
  type Quantity,
  subtractQuantities,
  toQuantityDecimal,
} from '../quantity';
import { defaultPartsSalesConfig, type PartsSalesConfig } from './config';
import { permit } from './context';
import {
  type PartsSalesError,
  salesLineUnknown,
  salesOrderInvalidTransition,
  shipmentLineDuplicate,
  shipmentQuantityExceeded,
} from './errors';
import { ReceivableIdSchema, ShipmentIdSchema } from './ids';
import { lineAmount, sumLineAmounts } from './price-sales-line';
import { recordShipment, type SalesOrderShipped } from './record-shipment';
import { ledgerContextOf, type SalesOrderContext } from './sales-order-machine';
import type { SalesOrder, SalesOrderLine } from './sales-order-schema';
import { chainLedger, type LedgerSteps, releaseLine, reserveLine } from './sales-stock';
import type { ShipmentLine } from './shipment-schema';

/**
 * Schema of a shipment to record (see {@link shipSalesOrder}).
 *
 * @example
 * ```ts
 * ShipSalesOrderInputSchema.safeParse(input).success;
 * ```
 * @category parts
 * @see §6.3.4
 */
export const ShipSalesOrderInputSchema = z.object({
  shipmentId: ShipmentIdSchema,
  receivableId: ReceivableIdSchema,
  lines: z
    .array(
      z.object({ lineNo: z.int().check(z.gte(1), z.lte(500)), quantity: PositiveQuantitySchema }),
    )
    .check(z.minLength(1), z.maxLength(500)),
  at: InstantSchema,
  actor: ActorSchema,
});

/**
 * A shipment to record (发货): its id, the id of the receivable it raises,
 * the lines and quantities shipped, the instant and the shipping clerk.
 *
 * @example
 * ```ts
 * const input: ShipSalesOrderInput = {
 *   shipmentId: 'shp_1', receivableId: 'ar_1', lines: [{ lineNo: 1, quantity: '2' }], at, actor: clerk,
 * };
 * ```
 * @category parts
 * @see §6.3.4
 */
export type ShipSalesOrderInput = z.input<typeof ShipSalesOrderInputSchema>;

type ParsedShip = z.infer<typeof ShipSalesOrderInputSchema>;

function checkLines(order: SalesOrder, request: ParsedShip): Result<void, PartsSalesError> {
  const seen = new Set<number>();
  for (const { lineNo, quantity } of request.lines) {
    if (seen.has(lineNo)) return err(shipmentLineDuplicate(order.id, lineNo));
    seen.add(lineNo);
    const line = order.lines.find((candidate) => candidate.lineNo === lineNo);
    if (line === undefined) return err(salesLineUnknown(order.id, lineNo));
    const remaining = subtractQuantities(line.quantity, line.shippedQuantity);
    if (toQuantityDecimal(quantity).gt(remaining)) {
      return err(shipmentQuantityExceeded(order.id, lineNo, remaining, quantity));
    }
  }
  return ok(undefined);
}

interface LineShipped {
  readonly steps: LedgerSteps;
  readonly line: SalesOrderLine;
  readonly shipped: ShipmentLine;
}

/** The line's amount once `shippedQuantity` has shipped: cumulative, so partial amounts add up. */
function shippedAmountAt(
  line: SalesOrderLine,
  shippedQuantity: Quantity,
): Result<Money, PartsSalesError> {
  return shippedQuantity === line.quantity
    ? ok(line.amount)
    : lineAmount(line.unitPrice, shippedQuantity);
}

function shipLine(
  steps: LedgerSteps,
  order: SalesOrder,
  line: SalesOrderLine,
  quantity: Quantity,
  command: { readonly shipmentId: string; readonly at: Instant; readonly actor: Actor },
  shippedDate: string,
  context: SalesOrderContext,
): Result<LineShipped, PartsSalesError> {
  const ledgerContext = ledgerContextOf(context);
  const movementId = `${command.shipmentId}:${line.lineNo}`;
  const released = releaseLine(steps, line, command, ledgerContext);
  if (released.isErr()) return err(released.error);
  const posted = chainLedger(released.value.steps, (ledger) =>
    postMovement(
      ledger,
      {
        type: 'counter-sale',
        idempotencyKey: movementId,
        partId: line.partId,
        locationId: line.locationId,
        unit: line.unit,
        quantity,
        reference: { kind: 'sales-order', id: order.id },
        at: command.at,
        actor: command.actor,
      },
      ledgerContext,
    ),
  );
  if (posted.isErr()) return err(posted.error);
  const shippedQuantity = addQuantities(line.shippedQuantity, quantity);
  const shippedAmount = shippedAmountAt(line, shippedQuantity);
  if (shippedAmount.isErr()) return err(shippedAmount.error);
  const amount = subtractMoney(shippedAmount.value, line.shippedAmount);
  if (amount.isErr()) return err(amount.error);
  const updated: SalesOrderLine = {
    ...released.value.line,
    shippedQuantity,
    shippedAmount: shippedAmount.value,
  };
  const shipped: ShipmentLine = {
    lineNo: line.lineNo,
    partId: line.partId,
    locationId: line.locationId,
    quantity,
    amount: amount.value,
    promisedDate: line.promisedDate,
    onTime: shippedDate <= line.promisedDate,
    movementId: movementId as ShipmentLine['movementId'],
  };
  const remaining = subtractQuantities(line.quantity, shippedQuantity);
  if (toQuantityDecimal(remaining).isZero())
    return ok({ steps: posted.value, line: updated, shipped });
  return reserveLine(posted.value, order, updated, remaining, command, ledgerContext).map(
    (next) => ({ steps: next.steps, line: next.line, shipped }),
  );
}

function shipAll(
  order: SalesOrder,
  request: ParsedShip,
  shippedDate: string,
  context: SalesOrderContext,
): Result<
  { steps: LedgerSteps; lines: SalesOrderLine[]; shipped: ShipmentLine[] },
  PartsSalesError
> {
  let steps: LedgerSteps = { ledger: context.ledger, events: [] };
  const lines: SalesOrderLine[] = [];
  const shipped: ShipmentLine[] = [];
  for (const line of order.lines) {
    const requested = request.lines.find((candidate) => candidate.lineNo === line.lineNo);
    if (requested === undefined) {
      lines.push(line);
      continue;
    }
    const result = shipLine(steps, order, line, requested.quantity, request, shippedDate, context);
    if (result.isErr()) return err(result.error);
    steps = result.value.steps;
    lines.push(result.value.line);
    shipped.push(result.value.shipped);
  }
  return ok({ steps, lines, shipped });
}

/**
 * Ships (发货) lines of a confirmed or partially shipped order, on time
 * against each line's promised date (§6.3.4). For each line it releases
 * the order's reservation, issues the stock through the stock ledger as a
 * `counter-sale` movement referencing the order (key `<shipment>:<line>`),
 * and reserves again whatever is still to ship. The shipment's amount is
 * what the shipped quantities are worth at the order's prices (a line's
 * shipments always add up to its amount), and it raises a receivable
 * (应收账款, §6.3.5) due the order's payment terms after the shipment's
 * dealer date. The order becomes `shipped` when every line is complete,
 * else `partially-shipped`. Needs `parts-sale.ship`, and for the ledger
 * `stock.move` and `stock.reserve`.
 *
 * Errors: `validation_failed` (also a shipment id used before on the
 * order), `forbidden`, `invalid_transition`, `sales_line_unknown`,
 * `shipment_line_duplicate`, `shipment_quantity_exceeded`, the stock
 * ledger's errors (`insufficient_stock`, `quantity_invalid_for_unit`, …),
 * `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * const shipped = shipSalesOrder(confirmed, {
 *   shipmentId: 'shp_1', receivableId: 'ar_1', lines: [{ lineNo: 1, quantity: '2' }], at, actor: clerk,
 * }, { ledger, catalogue })._unsafeUnwrap();
 * shipped.order.status; // 'shipped'
 * shipped.receivable.dueDate; // shipped date + payment terms
 * ```
 * @category parts
 * @see §6.3.4
 * @see §6.3.5
 */
export function shipSalesOrder(
  order: SalesOrder,
  input: ShipSalesOrderInput,
  context: SalesOrderContext,
  config: PartsSalesConfig = defaultPartsSalesConfig,
): Result<SalesOrderShipped, PartsSalesError> {
  const parsed = parseWith(ShipSalesOrderInputSchema, input, '§6.3.4');
  if (parsed.isErr()) return err(parsed.error);
  const request = parsed.value;
  const allowed = permit(request.actor, 'parts-sale.ship', context.capabilityMap);
  if (allowed.isErr()) return err(allowed.error);
  if (order.status !== 'confirmed' && order.status !== 'partially-shipped') {
    return err(salesOrderInvalidTransition(order.id, order.status, 'ship'));
  }
  if (order.shipmentIds.includes(request.shipmentId)) {
    const detail = 'the shipment id was used before on this order';
    return err(validationError([{ path: 'shipmentId', reason: 'duplicate', detail }], '§6.3.4'));
  }
  const checked = checkLines(order, request);
  if (checked.isErr()) return err(checked.error);
  const shippedDate = toDealerDate(request.at, config.timeZone);
  const result = shipAll(order, request, shippedDate, context);
  if (result.isErr()) return err(result.error);
  const { steps, lines, shipped } = result.value;
  const amount = sumLineAmounts(shipped, order.currency);
  if (amount.isErr()) return err(amount.error);
  return ok(
    recordShipment(order, request, { steps, lines, shipped, amount: amount.value, shippedDate }),
  );
}
