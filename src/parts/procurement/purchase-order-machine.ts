import { err, ok, type Result } from 'neverthrow';
import { match, P } from 'ts-pattern';
import type { Capability, CapabilityMap } from '../../org/index';
import { type Instant, parseWith, toDealerDate, validationError } from '../../shared/index';
import { applyReceivedLines, deriveReceivingStatus } from './apply-received-lines';
import { defaultProcurementConfig, type ProcurementConfig } from './config';
import { permit } from './context';
import type { PurchaseOrderChange } from './create-purchase-order';
import { type ProcurementError, procurementError } from './errors';
import { type ProcurementEvent, procurementEvent } from './events';
import {
  type ParsedPurchaseOrderCommand,
  type PurchaseOrderCommand,
  PurchaseOrderCommandSchema,
} from './purchase-order-commands';
import { flaggedLines, type PurchaseOrder } from './purchase-order-schema';
import { checkSupplierQualified } from './supplier';
import type { Supplier } from './supplier-schema';

/**
 * Options of {@link transitionPurchaseOrder}: the procurement policy, the
 * host's role → capability map, and the order's supplier — required to
 * `approve` and `send`, which refuse a disqualified supplier (§6.1.2).
 *
 * @example
 * ```ts
 * const options: PurchaseOrderOptions = { supplier, config };
 * ```
 * @category parts
 * @see §6.1.4
 */
export interface PurchaseOrderOptions {
  readonly supplier?: Supplier;
  readonly config?: ProcurementConfig;
  readonly capabilityMap?: CapabilityMap;
}

type Outcome = Result<PurchaseOrderChange, ProcurementError>;
type Cmd<T extends ParsedPurchaseOrderCommand['type']> = Extract<
  ParsedPurchaseOrderCommand,
  { type: T }
>;

function done(
  order: PurchaseOrder,
  at: Instant,
  patch: Partial<PurchaseOrder>,
  event: ProcurementEvent,
): Outcome {
  return ok({ order: { ...order, ...patch, updatedAt: at }, events: [event] });
}

function requireSupplier(
  order: PurchaseOrder,
  options: PurchaseOrderOptions,
): Result<Supplier, ProcurementError> {
  const supplier = options.supplier;
  if (supplier === undefined) {
    return err(
      validationError(
        [{ path: 'supplier', reason: 'required', detail: "the order's supplier is needed" }],
        '§6.1.2',
      ),
    );
  }
  if (supplier.id !== order.supplierId) {
    return err(
      procurementError(
        'document_mismatch',
        { document: 'supplier', field: 'id', expected: order.supplierId, actual: supplier.id },
        '§6.1.4',
      ),
    );
  }
  return checkSupplierQualified(supplier);
}

function approve(
  order: PurchaseOrder,
  cmd: Cmd<'approve'>,
  options: PurchaseOrderOptions,
): Outcome {
  const config = options.config ?? defaultProcurementConfig;
  const flagged = flaggedLines(order);
  // Lines priced outside the contract always need the approver (§6.1.3);
  // within the contract, the dealer's policy decides (§6.1.4).
  const [capability, clause]: [Capability, string] =
    flagged.length > 0
      ? ['purchase-order.approve', '§6.1.3']
      : config.approvalForEveryOrder
        ? ['purchase-order.approve', '§6.1.4']
        : ['purchase-order.create', '§6.1.4'];
  return permit({ ...cmd, ...options }, capability, clause)
    .andThen(() => requireSupplier(order, options))
    .andThen(() =>
      done(
        order,
        cmd.at,
        { status: 'approved', approvedBy: cmd.actor.id, approvedAt: cmd.at },
        procurementEvent('parts.purchase-order-approved', order.id, cmd.at, {
          purchaseOrderId: order.id,
          flaggedLines: flagged,
          actorId: cmd.actor.id,
        }),
      ),
    );
}

function send(order: PurchaseOrder, cmd: Cmd<'send'>, options: PurchaseOrderOptions): Outcome {
  return permit({ ...cmd, ...options }, 'purchase-order.create')
    .andThen(() => requireSupplier(order, options))
    .andThen(() =>
      done(
        order,
        cmd.at,
        { status: 'sent', sentAt: cmd.at },
        procurementEvent('parts.purchase-order-sent', order.id, cmd.at, {
          purchaseOrderId: order.id,
          supplierId: order.supplierId,
          actorId: cmd.actor.id,
        }),
      ),
    );
}

function receive(
  order: PurchaseOrder,
  cmd: Cmd<'receive'>,
  options: PurchaseOrderOptions,
): Outcome {
  const config = options.config ?? defaultProcurementConfig;
  return permit({ ...cmd, ...options }, 'goods-receipt.record')
    .andThen(() =>
      applyReceivedLines(order, cmd.lines, { on: toDealerDate(cmd.at, config.timeZone), config }),
    )
    .andThen((lines) => {
      const status = deriveReceivingStatus(lines);
      return done(
        order,
        cmd.at,
        { lines, status },
        procurementEvent('parts.purchase-order-received', order.id, cmd.at, {
          purchaseOrderId: order.id,
          goodsReceiptId: cmd.goodsReceiptId,
          status,
          actorId: cmd.actor.id,
        }),
      );
    });
}

function cancel(order: PurchaseOrder, cmd: Cmd<'cancel'>, options: PurchaseOrderOptions): Outcome {
  // The orderer may drop a draft; an approved or sent order needs the approver.
  const capability = order.status === 'draft' ? 'purchase-order.create' : 'purchase-order.approve';
  return permit({ ...cmd, ...options }, capability).andThen(() =>
    done(
      order,
      cmd.at,
      { status: 'cancelled', cancelledAt: cmd.at, statusReason: cmd.reason },
      procurementEvent('parts.purchase-order-cancelled', order.id, cmd.at, {
        purchaseOrderId: order.id,
        actorId: cmd.actor.id,
      }),
    ),
  );
}

function close(order: PurchaseOrder, cmd: Cmd<'close'>, options: PurchaseOrderOptions): Outcome {
  const shortClosed = order.status === 'partially-received';
  if (shortClosed && cmd.reason === undefined) {
    return err(
      validationError(
        [{ path: 'reason', reason: 'required', detail: 'closing short needs a reason' }],
        '§6.1.4',
      ),
    );
  }
  const capability = shortClosed ? 'purchase-order.approve' : 'purchase-order.create';
  return permit({ ...cmd, ...options }, capability).andThen(() =>
    done(
      order,
      cmd.at,
      { status: 'closed', closedAt: cmd.at, shortClosed, statusReason: cmd.reason ?? null },
      procurementEvent('parts.purchase-order-closed', order.id, cmd.at, {
        purchaseOrderId: order.id,
        shortClosed,
        actorId: cmd.actor.id,
      }),
    ),
  );
}

/**
 * The purchase-order state machine (采购订单管理, §6.1.4): applies one
 * command and returns the new order and its events, or a typed error; never
 * mutates `order`. Matched over `[status, command.type]`:
 *
 * | status | command | needs | effect |
 * |---|---|---|---|
 * | `draft` | `approve` | `purchase-order.approve` (or `purchase-order.create` when `approvalForEveryOrder` is off and no line is flagged); qualified supplier | → `approved` |
 * | `approved` | `send` | `purchase-order.create`; qualified supplier | → `sent` |
 * | `sent`, `partially-received` | `receive` | `goods-receipt.record` | adds accepted / rejected; → `partially-received` / `received` |
 * | `received` | `close` | `purchase-order.create` | → `closed` |
 * | `partially-received` | `close` with a reason | `purchase-order.approve` | → `closed` short |
 * | `draft` | `cancel` | `purchase-order.create` | → `cancelled` |
 * | `approved`, `sent` | `cancel` | `purchase-order.approve` | → `cancelled` (nothing received yet) |
 * | anything else | | | `invalid_transition` |
 *
 * Errors: `validation_failed`, `forbidden`, `supplier_disqualified`,
 * `document_mismatch`, `purchase_order_line_unknown`,
 * `quantity_invalid_for_unit`, `over_receipt`, `invalid_transition`.
 *
 * @param order - the order as loaded
 * @param command - what happened, with `at` and `actor`
 * @param options - supplier, policy and capability map
 * @example
 * ```ts
 * const approved = transitionPurchaseOrder(draft, { type: 'approve', at, actor: supervisor }, { supplier })._unsafeUnwrap().order;
 * transitionPurchaseOrder(approved, { type: 'send', at, actor: clerk }, { supplier });
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.3
 * @see §6.1.4
 * @see §6.1.5
 */
export function transitionPurchaseOrder(
  order: PurchaseOrder,
  command: PurchaseOrderCommand,
  options: PurchaseOrderOptions = {},
): Result<PurchaseOrderChange, ProcurementError> {
  const parsed = parseWith(PurchaseOrderCommandSchema, command, '§6.1.4');
  if (parsed.isErr()) return err(parsed.error);
  const c = parsed.value;
  return match<[PurchaseOrder['status'], ParsedPurchaseOrderCommand], Outcome>([order.status, c])
    .with(['draft', { type: 'approve' }], ([, cmd]) => approve(order, cmd, options))
    .with(['approved', { type: 'send' }], ([, cmd]) => send(order, cmd, options))
    .with([P.union('sent', 'partially-received'), { type: 'receive' }], ([, cmd]) =>
      receive(order, cmd, options),
    )
    .with([P.union('received', 'partially-received'), { type: 'close' }], ([, cmd]) =>
      close(order, cmd, options),
    )
    .with([P.union('draft', 'approved', 'sent'), { type: 'cancel' }], ([, cmd]) =>
      cancel(order, cmd, options),
    )
    .otherwise(() =>
      err(
        procurementError('invalid_transition', {
          entity: 'purchase-order',
          status: String(order.status),
          command: c.type,
        }),
      ),
    );
}
