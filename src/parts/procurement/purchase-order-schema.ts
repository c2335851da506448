import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import {
  CalendarDateSchema,
  CurrencyCodeSchema,
  entityBaseShape,
  InstantSchema,
  MoneySchema,
  parseWith,
  type ValidationError,
} from '../../shared/index';
import { LocationIdSchema, PartIdSchema, SupplierIdSchema } from '../ids';
import { PositiveQuantitySchema, QuantitySchema, UnitSchema } from '../quantity';
import { PartNumberSchema, UnitCostSchema } from '../schema';
import { ContractIdSchema, PurchaseOrderIdSchema } from './ids';

/**
 * The purchase-order lifecycle (采购订单状态): `draft` → `approved` → `sent`
 * → `partially-received` → `received` → `closed`, or `cancelled` before
 * anything is received.
 *
 * @example
 * ```ts
 * PURCHASE_ORDER_STATUSES.includes('partially-received'); // true
 * ```
 * @category parts
 * @see §6.1.4
 */
export const PURCHASE_ORDER_STATUSES = Object.freeze([
  'draft',
  'approved',
  'sent',
  'partially-received',
  'received',
  'closed',
  'cancelled',
] as const);

/**
 * One of {@link PURCHASE_ORDER_STATUSES}.
 *
 * @example
 * ```ts
 * const status: PurchaseOrderStatus = 'sent';
 * ```
 * @category parts
 * @see §6.1.4
 */
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/**
 * Schema of an order line's price check against the contract (see `PriceCheck`).
 *
 * @example
 * ```ts
 * PriceCheckSchema.parse({ status: 'no-contract', agreedPrice: null });
 * ```
 * @category parts
 * @see §6.1.3
 */
export const PriceCheckSchema = z.object({
  status: z.enum([
    'within-contract',
    'above-contract',
    'no-agreement',
    'contract-expired',
    'no-contract',
  ]),
  agreedPrice: z.nullable(MoneySchema),
});

/**
 * Schema of a purchase-order line: part, part number and unit from the
 * catalogue, ordered quantity, unit price (the price the supplier is to
 * invoice), promised delivery date (承诺到货日), the contract price
 * check, and what has arrived so far — `accepted` and `rejected`
 * quantities and `completedOn`, the dealer date the delivered quantity
 * (accepted + rejected) reached the ordered one.
 *
 * @example
 * ```ts
 * const line = PurchaseOrderLineSchema.parse(order.lines[0]);
 * ```
 * @category parts
 * @see §6.1.4
 * @see §6.1.5
 */
export const PurchaseOrderLineSchema = z.object({
  lineNo: z.int().check(z.gte(1), z.lte(9999)),
  partId: PartIdSchema,
  partNumber: PartNumberSchema,
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  unitPrice: UnitCostSchema,
  promisedDate: CalendarDateSchema,
  priceCheck: PriceCheckSchema,
  accepted: QuantitySchema,
  rejected: QuantitySchema,
  completedOn: z.nullable(CalendarDateSchema),
});

/**
 * A purchase-order line.
 *
 * @example
 * ```ts
 * const flagged = order.lines.filter((line: PurchaseOrderLine) => line.priceCheck.status !== 'within-contract');
 * ```
 * @category parts
 * @see §6.1.4
 */
export type PurchaseOrderLine = z.infer<typeof PurchaseOrderLineSchema>;

/**
 * Schema of a purchase order (采购订单): supplier, contract (if any),
 * delivery location, currency, order date (dealer date), status, lines and
 * total (sum of lines rounded half-up to the cent), and who drafted,
 * approved, sent, closed or cancelled it.
 *
 * @example
 * ```ts
 * parsePurchaseOrder(JSON.parse(row)).isOk();
 * ```
 * @category parts
 * @see §6.1.4
 */
export const PurchaseOrderSchema = z.object({
  ...entityBaseShape,
  id: PurchaseOrderIdSchema,
  supplierId: SupplierIdSchema,
  contractId: z.nullable(ContractIdSchema),
  locationId: LocationIdSchema,
  currency: CurrencyCodeSchema,
  orderDate: CalendarDateSchema,
  status: z.enum(PURCHASE_ORDER_STATUSES),
  lines: z.array(PurchaseOrderLineSchema).check(z.minLength(1), z.maxLength(9999)),
  total: MoneySchema,
  createdBy: EmployeeIdSchema,
  approvedBy: z.nullable(EmployeeIdSchema),
  approvedAt: z.nullable(InstantSchema),
  sentAt: z.nullable(InstantSchema),
  closedAt: z.nullable(InstantSchema),
  shortClosed: z.boolean(),
  cancelledAt: z.nullable(InstantSchema),
  statusReason: z.nullable(z.string().check(z.minLength(1), z.maxLength(500))),
});

/**
 * A parsed {@link PurchaseOrderSchema}.
 *
 * @example
 * ```ts
 * const order: PurchaseOrder = createPurchaseOrder(input, refs, context)._unsafeUnwrap().order;
 * ```
 * @category parts
 * @see §6.1.4
 */
export type PurchaseOrder = z.infer<typeof PurchaseOrderSchema>;

/**
 * Parses a stored purchase order. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parsePurchaseOrder({ ...order, status: 'shipped' }).isErr(); // true
 * ```
 * @category parts
 * @see §6.1.4
 */
export function parsePurchaseOrder(input: unknown): Result<PurchaseOrder, ValidationError> {
  return parseWith(PurchaseOrderSchema, input);
}

/**
 * The line numbers whose price is outside the contract (flagged lines).
 *
 * @example
 * ```ts
 * flaggedLines(order); // [2]
 * ```
 * @category parts
 * @see §6.1.3
 */
export function flaggedLines(order: Pick<PurchaseOrder, 'lines'>): readonly number[] {
  return order.lines
    .filter((line) => line.priceCheck.status !== 'within-contract')
    .map((line) => line.lineNo);
}
