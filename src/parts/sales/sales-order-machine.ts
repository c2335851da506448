import { err, ok, type Result } from 'neverthrow';
import { match, P } from 'ts-pattern';
import type * as z from 'zod/mini';
import type { CapabilityMap } from '../../org/index';
import { parseWith, validationError } from '../../shared/index';
import type { Catalogue } from '../catalogue';
import type { PartsConfig } from '../config';
import type { PartsEvent } from '../events';
import type { StockLedger } from '../ledger';
import type { LedgerContext } from '../ledger-draft';
import { permit } from './context';
import {
  creditLimitExceeded,
  type PartsSalesError,
  salesOrderInvalidTransition,
  stockUnavailable,
} from './errors';
import { type PartsSalesEvent, salesEvent } from './events';
import { type ReviewInputs, reviewSalesOrder } from './review-sales-order';
import { type SalesOrderCommand, SalesOrderCommandSchema } from './sales-order-commands';
import type { SalesOrder, SalesOrderLine } from './sales-order-schema';
import { type LedgerSteps, releaseAllLines, reserveLine } from './sales-stock';

/**
 * What a sales order step needs besides the order and the command: the
 * stock ledger and catalogue (confirmation reserves stock, cancelling
 * releases it), the parts policy, the host's capability map, and for
 * `confirm` the review inputs (customer, class, open receivables).
 *
 * @example
 * ```ts
 * const context: SalesOrderContext = { ledger, catalogue, review: { customer, customerClass: fleet, openReceivables } };
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface SalesOrderContext {
  readonly ledger: StockLedger;
  readonly catalogue: Catalogue;
  readonly partsConfig?: PartsConfig;
  readonly capabilityMap?: CapabilityMap;
  readonly review?: Omit<ReviewInputs, 'ledger'>;
}

/**
 * A sales order after a step, the stock ledger after it, and the events of
 * both (sales events and the ledger's `parts.stock-reserved`, …), to save
 * together in one unit of work.
 *
 * @example
 * ```ts
 * const { order, ledger, events }: SalesOrderTransition = transitionSalesOrder(o, command, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface SalesOrderTransition {
  readonly order: SalesOrder;
  readonly ledger: StockLedger;
  readonly events: readonly (PartsSalesEvent | PartsEvent)[];
}

type Parsed = z.infer<typeof SalesOrderCommandSchema>;
type Of<T extends Parsed['type']> = Extract<Parsed, { type: T }>;
type Outcome = Result<SalesOrderTransition, PartsSalesError>;

/**
 * The `LedgerContext` of a sales step.
 *
 * @category parts
 * @internal
 */
export function ledgerContextOf(context: SalesOrderContext): LedgerContext {
  return {
    catalogue: context.catalogue,
    ...(context.partsConfig === undefined ? {} : { config: context.partsConfig }),
    capabilityMap: context.capabilityMap,
  };
}

function submit(order: SalesOrder, c: Of<'submit'>, context: SalesOrderContext): Outcome {
  return permit(c.actor, 'parts-sale.create', context.capabilityMap).map(() => ({
    order: { ...order, status: 'under-review', submittedAt: c.at, updatedAt: c.at },
    ledger: context.ledger,
    events: [
      salesEvent('parts.sales-order-submitted', order.id, c.at, {
        orderId: order.id,
        total: order.total,
        actorId: c.actor.id,
      }),
    ],
  }));
}

function reserveAll(
  order: SalesOrder,
  c: Of<'confirm'>,
  context: SalesOrderContext,
): Result<{ steps: LedgerSteps; lines: SalesOrderLine[] }, PartsSalesError> {
  let steps: LedgerSteps = { ledger: context.ledger, events: [] };
  const lines: SalesOrderLine[] = [];
  for (const line of order.lines) {
    const reserved = reserveLine(steps, order, line, line.quantity, c, ledgerContextOf(context));
    if (reserved.isErr()) return err(reserved.error);
    steps = reserved.value.steps;
    lines.push(reserved.value.line);
  }
  return ok({ steps, lines });
}

function confirm(order: SalesOrder, c: Of<'confirm'>, context: SalesOrderContext): Outcome {
  const allowed = permit(c.actor, 'parts-sale.create', context.capabilityMap);
  if (allowed.isErr()) return err(allowed.error);
  if (context.review === undefined) {
    return err(
      validationError(
        [{ path: 'review', reason: 'required', detail: 'confirming needs the review inputs' }],
        '§6.3.3',
      ),
    );
  }
  const review = reviewSalesOrder(order, { ...context.review, ledger: context.ledger });
  if (review.isErr()) return err(review.error);
  const { shortages, withinCreditLimit, creditLimit, openReceivables } = review.value;
  if (shortages.length > 0) return err(stockUnavailable(order.id, shortages));
  if (!withinCreditLimit) {
    if (c.override === undefined) {
      return err(
        creditLimitExceeded({
          orderId: order.id,
          customerId: order.customerId,
          creditLimit,
          openReceivables,
          orderTotal: order.total,
        }),
      );
    }
    const approver = permit(c.actor, 'parts-sale.approve', context.capabilityMap);
    if (approver.isErr()) return err(approver.error);
  }
  const override =
    withinCreditLimit || c.override === undefined
      ? null
      : { approverId: c.actor.id, reason: c.override.reason };
  return reserveAll(order, c, context).map(({ steps, lines }) => ({
    order: {
      ...order,
      status: 'confirmed',
      lines,
      review: {
        reviewedAt: c.at,
        reviewerId: c.actor.id,
        creditLimit,
        openReceivables,
        withinCreditLimit,
        override,
      },
      updatedAt: c.at,
    },
    ledger: steps.ledger,
    events: [
      ...steps.events,
      salesEvent('parts.sales-order-confirmed', order.id, c.at, {
        orderId: order.id,
        customerId: order.customerId,
        total: order.total,
        creditOverride: override !== null,
        actorId: c.actor.id,
      }),
    ],
  }));
}

function reject(order: SalesOrder, c: Of<'reject'>, context: SalesOrderContext): Outcome {
  return permit(c.actor, 'parts-sale.create', context.capabilityMap).map(() => ({
    order: {
      ...order,
      status: 'rejected',
      rejection: { at: c.at, by: c.actor.id, reason: c.reason },
      updatedAt: c.at,
    },
    ledger: context.ledger,
    events: [
      salesEvent('parts.sales-order-rejected', order.id, c.at, {
        orderId: order.id,
        reason: c.reason,
        actorId: c.actor.id,
      }),
    ],
  }));
}

function cancel(order: SalesOrder, c: Of<'cancel'>, context: SalesOrderContext): Outcome {
  const allowed = permit(c.actor, 'parts-sale.create', context.capabilityMap);
  if (allowed.isErr()) return err(allowed.error);
  return releaseAllLines(context.ledger, order, c, ledgerContextOf(context)).map(
    ({ steps, lines }) => ({
      order: {
        ...order,
        status: 'cancelled',
        lines,
        cancellation: { at: c.at, by: c.actor.id, reason: c.reason },
        updatedAt: c.at,
      },
      ledger: steps.ledger,
      events: [
        ...steps.events,
        salesEvent('parts.sales-order-cancelled', order.id, c.at, {
          orderId: order.id,
          actorId: c.actor.id,
        }),
      ],
    }),
  );
}

function close(order: SalesOrder, c: Of<'close'>, context: SalesOrderContext): Outcome {
  const shortClosed = order.status === 'partially-shipped';
  const capability = shortClosed ? 'parts-sale.approve' : 'parts-sale.create';
  const allowed = permit(c.actor, capability, context.capabilityMap);
  if (allowed.isErr()) return err(allowed.error);
  if (shortClosed && c.reason === undefined) {
    return err(
      validationError(
        [{ path: 'reason', reason: 'required', detail: 'short-closing needs a reason' }],
        '§6.3.3',
      ),
    );
  }
  return releaseAllLines(context.ledger, order, c, ledgerContextOf(context)).map(
    ({ steps, lines }) => ({
      order: { ...order, status: 'closed', lines, closedAt: c.at, updatedAt: c.at },
      ledger: steps.ledger,
      events: [
        ...steps.events,
        salesEvent('parts.sales-order-closed', order.id, c.at, {
          orderId: order.id,
          shortClosed,
          actorId: c.actor.id,
        }),
      ],
    }),
  );
}

/**
 * Applies one review-lifecycle command to a sales order (订单评审, §6.3.3):
 * draft → `submit` → under-review → `confirm` → confirmed, or `reject` →
 * rejected; `cancel` from draft, under-review or confirmed (releasing the
 * reservations); `close` a shipped order, or short-close a partially
 * shipped one (with a reason and `parts-sale.approve`, releasing what is
 * still reserved). Confirming reviews the order: every line must be
 * available (unreserved) stock, and open receivables plus the order must
 * be within the customer's credit limit — otherwise the reviewer needs
 * `parts-sale.approve` and an `override` reason, or the order is rejected.
 * Confirmation reserves each line in the stock ledger. Other steps need
 * `parts-sale.create`; the ledger steps also need `stock.reserve`. Any
 * other combination of status and command is `invalid_transition`.
 *
 * Errors: `validation_failed`, `forbidden`, `invalid_transition`,
 * `stock_unavailable`, `credit_limit_exceeded`, `parts_customer_blocked`,
 * `customer_class_inactive`, `customer_class_mismatch`,
 * `sales_order_customer_mismatch`, `currency_mismatch`, and the stock
 * ledger's errors (`insufficient_stock`, `part_unknown`, …).
 *
 * @example
 * ```ts
 * const submitted = transitionSalesOrder(draft, { type: 'submit', at, actor: clerk }, { ledger, catalogue })._unsafeUnwrap();
 * const confirmed = transitionSalesOrder(submitted.order, { type: 'confirm', at, actor: clerk }, {
 *   ledger, catalogue, review: { customer, customerClass: fleet, openReceivables },
 * })._unsafeUnwrap();
 * confirmed.order.status; // 'confirmed'
 * stockLevel(confirmed.ledger, 'part_1', 'wh-main').reserved; // the ordered quantity
 * ```
 * @category parts
 * @see §6.3.3
 */
export function transitionSalesOrder(
  order: SalesOrder,
  command: SalesOrderCommand,
  context: SalesOrderContext,
): Result<SalesOrderTransition, PartsSalesError> {
  return parseWith(SalesOrderCommandSchema, command, '§6.3.3').andThen((c) =>
    match([order.status, c] as const)
      .with(['draft', { type: 'submit' }], ([, cmd]) => submit(order, cmd, context))
      .with(['under-review', { type: 'confirm' }], ([, cmd]) => confirm(order, cmd, context))
      .with(['under-review', { type: 'reject' }], ([, cmd]) => reject(order, cmd, context))
      .with([P.union('draft', 'under-review', 'confirmed'), { type: 'cancel' }], ([, cmd]) =>
        cancel(order, cmd, context),
      )
      .with([P.union('shipped', 'partially-shipped'), { type: 'close' }], ([, cmd]) =>
        close(order, cmd, context),
      )
      .otherwise(([status, cmd]) => err(salesOrderInvalidTransition(order.id, status, cmd.type))),
  );
}
