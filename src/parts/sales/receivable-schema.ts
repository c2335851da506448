import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import {
  CalendarDateSchema,
  entityBaseShape,
  InstantSchema,
  MoneySchema,
} from '../../shared/index';
import {
  PartsCustomerIdSchema,
  PaymentIdSchema,
  ReceivableIdSchema,
  SalesOrderIdSchema,
  ShipmentIdSchema,
} from './ids';

/**
 * Schema of a payment (回款) applied to a receivable.
 *
 * @example
 * ```ts
 * receivable.payments[0].amount; // { amount: '500.00', currency: 'CNY' }
 * ```
 * @category parts
 * @see §6.3.5
 */
export const ReceivablePaymentSchema = z.object({
  paymentId: PaymentIdSchema,
  amount: MoneySchema,
  method: z.enum(['cash', 'bank-transfer', 'card', 'mobile', 'other']),
  at: InstantSchema,
  actorId: EmployeeIdSchema,
});

/**
 * A payment applied to a receivable.
 *
 * @example
 * ```ts
 * const payment: ReceivablePayment = receivable.payments[0];
 * ```
 * @category parts
 * @see §6.3.5
 */
export type ReceivablePayment = z.infer<typeof ReceivablePaymentSchema>;

/**
 * Schema of a receivable (应收账款) raised by a shipment: the amount, the
 * issue date (the shipment's dealer date), the due date (issue date + the
 * order's payment terms), payments applied, what is `paid` and
 * `outstanding` (amount − paid, never negative), and `status`
 * (`open` until nothing is outstanding, then `settled`).
 *
 * @example
 * ```ts
 * ReceivableSchema.safeParse(JSON.parse(row)).success; // true for a stored receivable
 * ```
 * @category parts
 * @see §6.3.5
 */
export const ReceivableSchema = z.object({
  ...entityBaseShape,
  id: ReceivableIdSchema,
  customerId: PartsCustomerIdSchema,
  orderId: SalesOrderIdSchema,
  shipmentId: ShipmentIdSchema,
  amount: MoneySchema,
  paid: MoneySchema,
  outstanding: MoneySchema,
  issueDate: CalendarDateSchema,
  dueDate: CalendarDateSchema,
  payments: z.array(ReceivablePaymentSchema),
  status: z.enum(['open', 'settled']),
});

/**
 * A receivable.
 *
 * @example
 * ```ts
 * const receivable: Receivable = shipSalesOrder(order, input, context)._unsafeUnwrap().receivable;
 * ```
 * @category parts
 * @see §6.3.5
 */
export type Receivable = z.infer<typeof ReceivableSchema>;
