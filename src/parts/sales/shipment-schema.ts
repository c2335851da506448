import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import {
  CalendarDateSchema,
  entityBaseShape,
  InstantSchema,
  MoneySchema,
} from '../../shared/index';
import { IdempotencyKeySchema, LocationIdSchema, PartIdSchema } from '../ids';
import { PositiveQuantitySchema } from '../quantity';
import {
  PartsCustomerClassIdSchema,
  PartsCustomerIdSchema,
  ReceivableIdSchema,
  SalesOrderIdSchema,
  ShipmentIdSchema,
} from './ids';

/**
 * Schema of one shipped line: the quantity, its amount (the line's
 * cumulative rounded amount after this shipment minus before it, so a
 * line's shipments add up to the line amount exactly), the promised date,
 * whether it shipped on time (dealer date ≤ promised date), and the stock
 * movement that issued it.
 *
 * @example
 * ```ts
 * shipment.lines[0].onTime; // true
 * ```
 * @category parts
 * @see §6.3.4
 */
export const ShipmentLineSchema = z.object({
  lineNo: z.int().check(z.gte(1), z.lte(500)),
  partId: PartIdSchema,
  locationId: LocationIdSchema,
  quantity: PositiveQuantitySchema,
  amount: MoneySchema,
  promisedDate: CalendarDateSchema,
  onTime: z.boolean(),
  movementId: IdempotencyKeySchema,
});

/**
 * A shipped line.
 *
 * @example
 * ```ts
 * const line: ShipmentLine = shipment.lines[0];
 * ```
 * @category parts
 * @see §6.3.4
 */
export type ShipmentLine = z.infer<typeof ShipmentLineSchema>;

/**
 * Schema of a shipment (发货单) of a sales order: when it left (instant and
 * dealer date), its lines, amount (sum of the lines), whether every line
 * was on time, the customer and class (for the sales plan's actuals), and
 * the receivable it raised.
 *
 * @example
 * ```ts
 * ShipmentSchema.safeParse(JSON.parse(row)).success; // true for a stored shipment
 * ```
 * @category parts
 * @see §6.3.4
 */
export const ShipmentSchema = z.object({
  ...entityBaseShape,
  id: ShipmentIdSchema,
  orderId: SalesOrderIdSchema,
  customerId: PartsCustomerIdSchema,
  classId: PartsCustomerClassIdSchema,
  shippedAt: InstantSchema,
  shippedDate: CalendarDateSchema,
  lines: z.array(ShipmentLineSchema).check(z.minLength(1)),
  amount: MoneySchema,
  onTime: z.boolean(),
  receivableId: ReceivableIdSchema,
  actorId: EmployeeIdSchema,
});

/**
 * A shipment.
 *
 * @example
 * ```ts
 * const shipment: Shipment = shipSalesOrder(order, input, context)._unsafeUnwrap().shipment;
 * ```
 * @category parts
 * @see §6.3.4
 */
export type Shipment = z.infer<typeof ShipmentSchema>;
