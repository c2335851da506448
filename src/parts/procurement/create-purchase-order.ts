import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  currencyMismatch,
  type Instant,
  multiplyMoney,
  parseWith,
  roundHalfUp,
  sumMoney,
  toDealerDate,
} from '../../shared/index';
import { type Catalogue, findPart } from '../catalogue';
import { partsError } from '../errors';
import { LocationIdSchema, PartIdSchema, SupplierIdSchema } from '../ids';
import { fitsUnit, PositiveQuantitySchema, ZERO_QUANTITY } from '../quantity';
import { UnitCostSchema } from '../schema';
import { defaultProcurementConfig } from './config';
import { checkContext, type ProcurementContext, permit } from './context';
import { checkContractPrice } from './contract';
import type { PurchaseContract } from './contract-schema';
import { type ProcurementError, procurementError } from './errors';
import { type ProcurementEvent, procurementEvent } from './events';
import { PurchaseOrderIdSchema } from './ids';
import { flaggedLines, type PurchaseOrder, type PurchaseOrderLine } from './purchase-order-schema';
import { checkSupplierQualified } from './supplier';
import type { Supplier } from './supplier-schema';

const LineInputSchema = z.object({
  partId: PartIdSchema,
  quantity: PositiveQuantitySchema,
  unitPrice: UnitCostSchema,
  promisedDate: CalendarDateSchema,
});

/**
 * Schema of a {@link PurchaseOrderInput}: 1–9,999 lines, each with a
 * positive quantity, a unit price and a promised date.
 *
 * @example
 * ```ts
 * PurchaseOrderInputSchema.safeParse({ id: 'po_1', supplierId: 'sup_faw', locationId: 'wh-main', lines: [] }).success; // false
 * ```
 * @category parts
 * @see §6.1.4
 */
export const PurchaseOrderInputSchema = z.object({
  id: PurchaseOrderIdSchema,
  supplierId: SupplierIdSchema,
  locationId: LocationIdSchema,
  lines: z.array(LineInputSchema).check(z.minLength(1), z.maxLength(9999)),
});

/**
 * What {@link createPurchaseOrder} takes: the new order's id, the supplier,
 * the delivery location and the lines (part, quantity, unit price, promised date).
 *
 * @example
 * ```ts
 * const input: PurchaseOrderInput = {
 *   id: 'po_1', supplierId: 'sup_faw', locationId: 'wh-main',
 *   lines: [{ partId: 'part_filter', quantity: '20', unitPrice: { amount: '36.00', currency: 'CNY' }, promisedDate: '2026-03-05' }],
 * };
 * ```
 * @category parts
 * @see §6.1.4
 */
export type PurchaseOrderInput = z.input<typeof PurchaseOrderInputSchema>;

/**
 * What an order is checked against: the supplier (must be qualified), its
 * contract (`null` when there is none) and the parts catalogue.
 *
 * @example
 * ```ts
 * const refs: PurchaseOrderRefs = { supplier, contract, catalogue };
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.3
 */
export interface PurchaseOrderRefs {
  readonly supplier: Supplier;
  readonly contract: PurchaseContract | null;
  readonly catalogue: Catalogue;
}

/**
 * A purchase order after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { order, events }: PurchaseOrderChange = createPurchaseOrder(input, refs, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.4
 */
export interface PurchaseOrderChange {
  readonly order: PurchaseOrder;
  readonly events: readonly ProcurementEvent[];
}

type ParsedInput = z.infer<typeof PurchaseOrderInputSchema>;

function checkRefs(input: ParsedInput, refs: PurchaseOrderRefs): Result<void, ProcurementError> {
  if (refs.supplier.id !== input.supplierId) {
    return err(
      procurementError(
        'document_mismatch',
        { document: 'supplier', field: 'id', expected: input.supplierId, actual: refs.supplier.id },
        '§6.1.4',
      ),
    );
  }
  if (refs.contract !== null && refs.contract.supplierId !== input.supplierId) {
    return err(
      procurementError(
        'document_mismatch',
        {
          document: 'purchase-contract',
          field: 'supplierId',
          expected: input.supplierId,
          actual: refs.contract.supplierId,
        },
        '§6.1.3',
      ),
    );
  }
  return checkSupplierQualified(refs.supplier).map(() => undefined);
}

function buildLines(
  input: ParsedInput,
  refs: PurchaseOrderRefs,
  orderDate: PurchaseOrder['orderDate'],
  currency: PurchaseOrder['currency'],
): Result<PurchaseOrderLine[], ProcurementError> {
  const lines: PurchaseOrderLine[] = [];
  for (const [index, line] of input.lines.entries()) {
    const part = findPart(refs.catalogue, line.partId);
    if (part === undefined) return err(partsError('part_unknown', { partId: line.partId }));
    if (!fitsUnit(line.quantity, part.unit)) {
      return err(
        partsError('quantity_invalid_for_unit', {
          partId: part.id,
          unit: part.unit,
          quantity: line.quantity,
        }),
      );
    }
    if (line.unitPrice.currency !== currency) {
      return err(currencyMismatch(currency, line.unitPrice.currency));
    }
    lines.push({
      lineNo: index + 1,
      partId: part.id,
      partNumber: part.partNumber,
      unit: part.unit,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      promisedDate: line.promisedDate,
      priceCheck: checkContractPrice(refs.contract, part.partNumber, line.unitPrice, orderDate),
      accepted: ZERO_QUANTITY,
      rejected: ZERO_QUANTITY,
      completedOn: null,
    });
  }
  return ok(lines);
}

/**
 * The order total: each line's quantity × unit price rounded half-up to the
 * cent, then summed, so the order always adds up.
 *
 * Errors: `money_out_of_range`, `money_invalid_factor`, `currency_mismatch`.
 *
 * @example
 * ```ts
 * computePurchaseOrderTotal(order.lines, 'CNY'); // ok({ amount: '720.00', currency: 'CNY' })
 * ```
 * @category parts
 * @see §6.1.4
 */
export function computePurchaseOrderTotal(
  lines: readonly Pick<PurchaseOrderLine, 'quantity' | 'unitPrice'>[],
  currency: PurchaseOrder['currency'],
): Result<PurchaseOrder['total'], ProcurementError> {
  const amounts = [];
  for (const line of lines) {
    const amount = multiplyMoney(line.unitPrice, line.quantity);
    if (amount.isErr()) return err(amount.error);
    amounts.push(roundHalfUp(amount.value));
  }
  return sumMoney(amounts, currency);
}

/**
 * Drafts a purchase order (采购订单, status `draft`) for a qualified
 * supplier. Each line takes part number and unit from the catalogue and is
 * checked against the contract on the order date (the dealer date of `at`):
 * a price above the agreed one, without agreement, without a contract or
 * outside the contract's validity is flagged and the order then needs
 * `purchase-order.approve`. Needs `purchase-order.create`.
 *
 * Errors: `validation_failed`, `forbidden`, `document_mismatch` (supplier or
 * contract of another supplier), `supplier_disqualified` (§6.1.2: graded D or
 * suspended), `part_unknown`, `quantity_invalid_for_unit`,
 * `currency_mismatch` (a price not in the configured currency),
 * `money_out_of_range`.
 *
 * @example
 * ```ts
 * const { order } = createPurchaseOrder(input, { supplier, contract, catalogue }, { at, actor: clerk })._unsafeUnwrap();
 * order.status; // 'draft'
 * flaggedLines(order); // line numbers priced outside the contract
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.3
 * @see §6.1.4
 */
export function createPurchaseOrder(
  input: PurchaseOrderInput,
  refs: PurchaseOrderRefs,
  context: ProcurementContext,
): Result<PurchaseOrderChange, ProcurementError> {
  const config = context.config ?? defaultProcurementConfig;
  return checkContext(context).andThen(({ at, actor }) =>
    permit(context, 'purchase-order.create')
      .andThen(() => parseWith(PurchaseOrderInputSchema, input, '§6.1.4'))
      .andThen((parsed) => checkRefs(parsed, refs).map(() => parsed))
      .andThen((parsed) => {
        const orderDate = toDealerDate(at, config.timeZone);
        return buildLines(parsed, refs, orderDate, config.currency).andThen((lines) =>
          computePurchaseOrderTotal(lines, config.currency).map((total) =>
            draftOrder(parsed, refs, { lines, total, orderDate, at, actorId: actor.id }),
          ),
        );
      }),
  );
}

function draftOrder(
  parsed: ParsedInput,
  refs: PurchaseOrderRefs,
  made: {
    lines: PurchaseOrderLine[];
    total: PurchaseOrder['total'];
    orderDate: PurchaseOrder['orderDate'];
    at: Instant;
    actorId: PurchaseOrder['createdBy'];
  },
): PurchaseOrderChange {
  const order: PurchaseOrder = {
    id: parsed.id,
    supplierId: parsed.supplierId,
    contractId: refs.contract?.id ?? null,
    locationId: parsed.locationId,
    currency: made.total.currency,
    orderDate: made.orderDate,
    status: 'draft',
    lines: made.lines,
    total: made.total,
    createdBy: made.actorId,
    approvedBy: null,
    approvedAt: null,
    sentAt: null,
    closedAt: null,
    shortClosed: false,
    cancelledAt: null,
    statusReason: null,
    version: 0,
    createdAt: made.at,
    updatedAt: made.at,
  };
  const event = procurementEvent('parts.purchase-order-drafted', order.id, made.at, {
    purchaseOrderId: order.id,
    supplierId: order.supplierId,
    lineCount: order.lines.length,
    total: order.total,
    flaggedLines: flaggedLines(order),
    actorId: made.actorId,
  });
  return { order, events: [event] };
}
