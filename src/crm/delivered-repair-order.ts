import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  CalendarDateSchema,
  InstantSchema,
  MoneySchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { CustomerIdSchema, RepairOrderRefSchema, VehicleIdSchema } from './ids';

/**
 * Schema of a delivered repair order as crm consumes it: the payload of the
 * repair-order module's `repair-order.delivered` event (交车), declared here
 * structurally so that crm does not depend on that module. Ids only, no
 * personal data. Unknown payload fields are ignored.
 *
 * @example
 * ```ts
 * parseWith(DeliveredRepairOrderSchema, event.payload).isOk();
 * ```
 * @category crm
 * @see §2.2.5(2)
 * @see §3.5(5)
 */
export const DeliveredRepairOrderSchema = z.object({
  repairOrderId: RepairOrderRefSchema,
  customerId: CustomerIdSchema,
  vehicleId: VehicleIdSchema,
  advisorId: EmployeeIdSchema,
  deliveredAt: InstantSchema,
  repairCategories: z
    .array(z.string().check(z.minLength(1), z.maxLength(64)))
    .check(z.maxLength(50)),
  odometerKm: z.int().check(z.gte(0), z.lte(9_999_999)),
  nextService: z.object({
    dueDate: z.nullable(CalendarDateSchema),
    dueOdometerKm: z.nullable(z.int().check(z.gte(0), z.lte(9_999_999))),
  }),
  total: MoneySchema,
});

/**
 * A delivered repair order (the `repair-order.delivered` payload). A host
 * passes the event's payload to crm's reactions: {@link followUpFromDelivery},
 * {@link surveyInvitationFromDelivery}, {@link applyDeliveryToVehicle}, and
 * to {@link measureCustomerActivity} for segmentation.
 *
 * @example
 * ```ts
 * const delivery: DeliveredRepairOrder = {
 *   repairOrderId: 'ro_1', customerId: 'cus_1', vehicleId: 'veh_1', advisorId: 'emp_sa',
 *   deliveredAt: '2026-03-02T09:30:00.000Z', repairCategories: ['maintenance'], odometerKm: 15230,
 *   nextService: { dueDate: '2026-09-02', dueOdometerKm: 25230 },
 *   total: { amount: '680.00', currency: 'CNY' },
 * } as DeliveredRepairOrder;
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export type DeliveredRepairOrder = z.infer<typeof DeliveredRepairOrderSchema>;

/**
 * Parses a `repair-order.delivered` payload (unknown input). Never throws.
 *
 * Errors: `validation_failed` (clause `§2.2.5(2)`).
 *
 * @example
 * ```ts
 * const delivery = parseDeliveredRepairOrder(event.payload);
 * if (delivery.isOk()) followUpFromDelivery(delivery.value, { id: ids.next('fu') });
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export function parseDeliveredRepairOrder(
  input: unknown,
): Result<DeliveredRepairOrder, ValidationError> {
  return parseWith(DeliveredRepairOrderSchema, input, '§2.2.5(2)');
}
