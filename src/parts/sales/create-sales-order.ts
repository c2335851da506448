import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  type ForbiddenError,
  MoneySchema,
  parseWith,
  type ValidationError,
  zeroMoney,
} from '../../shared/index';
import { LocationIdSchema, PartIdSchema } from '../ids';
import { PositiveQuantitySchema, type Quantity, UnitSchema } from '../quantity';
import { defaultPartsSalesConfig, type PartsSalesConfig } from './config';
import { checkActor, type SalesCommandContext } from './context';
import type { PartsCustomer, PartsCustomerClass } from './customer-schema';
import {
  customerClassInactive,
  customerClassMismatch,
  type PartsSalesRuleError,
  partsCustomerBlocked,
  salesOrderCustomerMismatch,
} from './errors';
import { type PartsSalesEvent, salesEvent } from './events';
import { PartsCustomerIdSchema, SalesOrderIdSchema } from './ids';
import { type PriceLineError, priceSalesLine, sumLineAmounts } from './price-sales-line';
import type { SalesOrder, SalesOrderLine } from './sales-order-schema';

const LineInputSchema = z.object({
  partId: PartIdSchema,
  locationId: LocationIdSchema,
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  listUnitPrice: MoneySchema,
  priceListUnitPrice: z.optional(MoneySchema),
  promisedDate: CalendarDateSchema,
});

/**
 * Schema of a sales order as it is received (see {@link createSalesOrder}).
 *
 * @example
 * ```ts
 * SalesOrderInputSchema.safeParse(input).success;
 * ```
 * @category parts
 * @see §6.3.3
 */
export const SalesOrderInputSchema = z.object({
  id: SalesOrderIdSchema,
  customerId: PartsCustomerIdSchema,
  lines: z.array(LineInputSchema).check(z.minLength(1), z.maxLength(500)),
});

/**
 * A sales order as the counter or a customer's order gives it (接收订单):
 * the lines with part, location, quantity, list unit price (and the named
 * price list's price for classes priced that way) and the promised date.
 *
 * @example
 * ```ts
 * const input: SalesOrderInput = {
 *   id: 'so_1', customerId: 'pcu_1',
 *   lines: [{ partId: 'part_1', locationId: 'wh-main', unit: 'piece', quantity: '2',
 *     listUnitPrice: { amount: '200.00', currency: 'CNY' }, promisedDate: '2026-12-01' }],
 * };
 * ```
 * @category parts
 * @see §6.3.3
 */
export type SalesOrderInput = z.input<typeof SalesOrderInputSchema>;

/**
 * The customer and its class, as loaded by the host, for pricing and review.
 *
 * @example
 * ```ts
 * const terms: CustomerTerms = { customer, customerClass: fleet };
 * ```
 * @category parts
 * @see §6.3.2
 */
export interface CustomerTerms {
  readonly customer: PartsCustomer;
  readonly customerClass: PartsCustomerClass;
}

/**
 * The new order and its `parts.sales-order-created` event.
 *
 * @example
 * ```ts
 * const { order, events }: SalesOrderCreated = createSalesOrder(input, terms, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface SalesOrderCreated {
  readonly order: SalesOrder;
  readonly events: readonly PartsSalesEvent[];
}

/**
 * Errors of {@link createSalesOrder}.
 *
 * @example
 * ```ts
 * function explain(error: CreateSalesOrderError) { return error.code; }
 * ```
 * @category parts
 * @see §6.3.3
 */
export type CreateSalesOrderError =
  | ValidationError
  | ForbiddenError
  | PartsSalesRuleError
  | PriceLineError;

/**
 * Checks that the customer may buy: it is the order's customer, active,
 * and in the active class given.
 *
 * Errors: `sales_order_customer_mismatch`, `customer_class_mismatch`,
 * `parts_customer_blocked`, `customer_class_inactive`.
 *
 * @example
 * ```ts
 * checkCustomerTerms('so_1', 'pcu_1', { customer, customerClass: fleet }).isOk();
 * ```
 * @category parts
 * @see §6.3.2
 */
export function checkCustomerTerms(
  orderId: string,
  customerId: string,
  terms: CustomerTerms,
): Result<CustomerTerms, PartsSalesRuleError> {
  const { customer, customerClass } = terms;
  if (customer.id !== customerId) return err(salesOrderCustomerMismatch(orderId, customer.id));
  if (customer.classId !== customerClass.id) {
    return err(customerClassMismatch(customer.id, customerClass.id));
  }
  if (customer.status === 'blocked') return err(partsCustomerBlocked(customer.id));
  if (!customerClass.active) return err(customerClassInactive(customerClass.id));
  return ok(terms);
}

/**
 * Receives a parts sales order (接收订单) as a draft, priced by the
 * customer's class: each line at list × (1 − rate) or the named price
 * list's price, rounded half-up to 0.01; the total is the sum of the lines.
 * The class's price level and payment terms are copied onto the order.
 * Needs `parts-sale.create`.
 *
 * Errors: `validation_failed`, `forbidden`, `sales_order_customer_mismatch`,
 * `customer_class_mismatch`, `parts_customer_blocked`,
 * `customer_class_inactive`, `price_list_price_missing`,
 * `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * const { order } = createSalesOrder(input, { customer, customerClass: fleet }, { at, actor: clerk })._unsafeUnwrap();
 * order.status; // 'draft'
 * order.total; // { amount: '352.00', currency: 'CNY' }
 * ```
 * @category parts
 * @see §6.3.3
 * @see §6.3.2
 */
export function createSalesOrder(
  input: SalesOrderInput,
  terms: CustomerTerms,
  context: SalesCommandContext,
  config: PartsSalesConfig = defaultPartsSalesConfig,
): Result<SalesOrderCreated, CreateSalesOrderError> {
  const actorCheck = checkActor(context, 'parts-sale.create', '§6.3.3');
  if (actorCheck.isErr()) return err(actorCheck.error);
  const { at, actor } = actorCheck.value;
  const parsed = parseWith(SalesOrderInputSchema, input, '§6.3.3');
  if (parsed.isErr()) return err(parsed.error);
  const request = parsed.value;
  const checked = checkCustomerTerms(request.id, request.customerId, terms);
  if (checked.isErr()) return err(checked.error);
  const { customerClass } = terms;
  const lines: SalesOrderLine[] = [];
  for (const [index, line] of request.lines.entries()) {
    const lineNo = index + 1;
    const priced = priceSalesLine(line, line.quantity, customerClass.priceLevel, config.currency, {
      lineNo,
      partId: line.partId,
    });
    if (priced.isErr()) return err(priced.error);
    lines.push({
      lineNo,
      partId: line.partId,
      locationId: line.locationId,
      unit: line.unit,
      quantity: line.quantity,
      listUnitPrice: line.listUnitPrice,
      unitPrice: priced.value.unitPrice,
      amount: priced.value.amount,
      promisedDate: line.promisedDate,
      shippedQuantity: '0' as Quantity,
      shippedAmount: zeroMoney(config.currency),
      reservationId: null,
      reservationCount: 0,
    });
  }
  const total = sumLineAmounts(lines, config.currency);
  if (total.isErr()) return err(total.error);
  const order: SalesOrder = {
    id: request.id,
    version: 0,
    createdAt: at,
    updatedAt: at,
    customerId: request.customerId,
    classId: customerClass.id,
    priceLevel: customerClass.priceLevel,
    paymentTermsDays: customerClass.paymentTermsDays,
    currency: config.currency,
    status: 'draft',
    lines,
    total: total.value,
    submittedAt: null,
    review: null,
    rejection: null,
    cancellation: null,
    closedAt: null,
    shipmentIds: [],
    createdBy: actor.id,
  };
  const event = salesEvent('parts.sales-order-created', order.id, at, {
    orderId: order.id,
    customerId: order.customerId,
    classId: order.classId,
    total: order.total,
    actorId: actor.id,
  });
  return ok({ order, events: [event] });
}
