import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import {
  CalendarDateSchema,
  CurrencyCodeSchema,
  entityBaseShape,
  InstantSchema,
  MoneySchema,
} from '../../shared/index';
import { LocationIdSchema, PartIdSchema, ReservationIdSchema } from '../ids';
import { PositiveQuantitySchema, QuantitySchema, UnitSchema } from '../quantity';
import { PriceLevelSchema } from './customer-schema';
import {
  PartsCustomerClassIdSchema,
  PartsCustomerIdSchema,
  SalesOrderIdSchema,
  ShipmentIdSchema,
} from './ids';

/**
 * The statuses of a parts sales order (配件销售订单): `draft` → `under-review`
 * (订单评审) → `confirmed` or `rejected`; confirmed → `partially-shipped` →
 * `shipped` → `closed`; `cancelled` before anything ships.
 *
 * @example
 * ```ts
 * SALES_ORDER_STATUSES.includes('under-review'); // true
 * ```
 * @category parts
 * @see §6.3.3
 */
export const SALES_ORDER_STATUSES = Object.freeze([
  'draft',
  'under-review',
  'confirmed',
  'rejected',
  'partially-shipped',
  'shipped',
  'closed',
  'cancelled',
] as const);

/**
 * One of {@link SALES_ORDER_STATUSES}.
 *
 * @example
 * ```ts
 * const status: SalesOrderStatus = 'confirmed';
 * ```
 * @category parts
 * @see §6.3.3
 */
export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];

const ReasonSchema = z.string().check(z.minLength(1), z.maxLength(500));

/**
 * Schema of one order line: the part, the location it ships from, the
 * quantity, the list unit price (标准售价), the class's unit price (list ×
 * (1 − rate), or the named price list's price, unrounded), the line amount
 * (unit price × quantity, rounded half-up to 0.01), the promised date
 * (承诺交货日期), what has shipped so far and the open stock reservation.
 *
 * @example
 * ```ts
 * order.lines[0].amount; // { amount: '176.00', currency: 'CNY' }
 * ```
 * @category parts
 * @see §6.3.3
 * @see §6.3.4
 */
export const SalesOrderLineSchema = z.object({
  lineNo: z.int().check(z.gte(1), z.lte(500)),
  partId: PartIdSchema,
  locationId: LocationIdSchema,
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  listUnitPrice: MoneySchema,
  unitPrice: MoneySchema,
  amount: MoneySchema,
  promisedDate: CalendarDateSchema,
  shippedQuantity: QuantitySchema,
  shippedAmount: MoneySchema,
  reservationId: z.nullable(ReservationIdSchema),
  reservationCount: z.int().check(z.gte(0)),
});

/**
 * A sales order line.
 *
 * @example
 * ```ts
 * const line: SalesOrderLine = order.lines[0];
 * ```
 * @category parts
 * @see §6.3.3
 */
export type SalesOrderLine = z.infer<typeof SalesOrderLineSchema>;

/**
 * Schema of the review record (评审记录) kept on a confirmed order: the
 * credit position at review and, when the limit was exceeded, who approved
 * the override and why.
 *
 * @example
 * ```ts
 * order.review?.withinCreditLimit; // true
 * ```
 * @category parts
 * @see §6.3.3
 */
export const SalesOrderReviewRecordSchema = z.object({
  reviewedAt: InstantSchema,
  reviewerId: EmployeeIdSchema,
  creditLimit: MoneySchema,
  openReceivables: MoneySchema,
  withinCreditLimit: z.boolean(),
  override: z.nullable(z.object({ approverId: EmployeeIdSchema, reason: ReasonSchema })),
});

const DecisionSchema = z.object({ at: InstantSchema, by: EmployeeIdSchema, reason: ReasonSchema });

/**
 * Schema of a parts sales order. The customer's class, price level and
 * payment terms are copied in when the order is created, so later changes
 * to the class do not reprice it. `total` is the sum of the rounded line
 * amounts.
 *
 * @example
 * ```ts
 * SalesOrderSchema.safeParse(JSON.parse(row)).success; // true for a stored order
 * ```
 * @category parts
 * @see §6.3.3
 */
export const SalesOrderSchema = z.object({
  ...entityBaseShape,
  id: SalesOrderIdSchema,
  customerId: PartsCustomerIdSchema,
  classId: PartsCustomerClassIdSchema,
  priceLevel: PriceLevelSchema,
  paymentTermsDays: z.int().check(z.gte(0), z.lte(365)),
  currency: CurrencyCodeSchema,
  status: z.enum(SALES_ORDER_STATUSES),
  lines: z.array(SalesOrderLineSchema).check(z.minLength(1), z.maxLength(500)),
  total: MoneySchema,
  submittedAt: z.nullable(InstantSchema),
  review: z.nullable(SalesOrderReviewRecordSchema),
  rejection: z.nullable(DecisionSchema),
  cancellation: z.nullable(DecisionSchema),
  closedAt: z.nullable(InstantSchema),
  shipmentIds: z.array(ShipmentIdSchema),
  createdBy: EmployeeIdSchema,
});

/**
 * A parts sales order.
 *
 * @example
 * ```ts
 * const order: SalesOrder = createSalesOrder(input, terms, context)._unsafeUnwrap().order;
 * ```
 * @category parts
 * @see §6.3.3
 */
export type SalesOrder = z.infer<typeof SalesOrderSchema>;
