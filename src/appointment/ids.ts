import { type Id, idSchema } from '../shared/index';

/**
 * Identifier of an appointment (预约单).
 *
 * @example
 * ```ts
 * const id: AppointmentId = AppointmentIdSchema.parse('apt_1');
 * ```
 * @category appointment
 */
export type AppointmentId = Id<'Appointment'>;

/**
 * Schema of an {@link AppointmentId}.
 *
 * @example
 * ```ts
 * AppointmentIdSchema.safeParse('apt_1').success; // true
 * ```
 * @category appointment
 */
export const AppointmentIdSchema = idSchema<'Appointment'>();

/**
 * Identifier of a customer (客户) as the crm module issues it; appointments
 * hold the id, never the customer's personal data.
 *
 * @example
 * ```ts
 * const id: CustomerId = CustomerIdSchema.parse('cus_1');
 * ```
 * @category appointment
 */
export type CustomerId = Id<'Customer'>;

/**
 * Schema of a {@link CustomerId}.
 *
 * @example
 * ```ts
 * CustomerIdSchema.safeParse('cus_1').success; // true
 * ```
 * @category appointment
 */
export const CustomerIdSchema = idSchema<'Customer'>();

/**
 * Identifier of a vehicle (车辆) as the crm module issues it.
 *
 * @example
 * ```ts
 * const id: VehicleId = VehicleIdSchema.parse('veh_1');
 * ```
 * @category appointment
 */
export type VehicleId = Id<'Vehicle'>;

/**
 * Schema of a {@link VehicleId}.
 *
 * @example
 * ```ts
 * VehicleIdSchema.safeParse('veh_1').success; // true
 * ```
 * @category appointment
 */
export const VehicleIdSchema = idSchema<'Vehicle'>();

/**
 * Identifier of a repair order (维修工单), as the repair-order module issues
 * it; a check-in may name the order the appointment became.
 *
 * @example
 * ```ts
 * const id: RepairOrderRef = RepairOrderRefSchema.parse('ro_1');
 * ```
 * @category appointment
 */
export type RepairOrderRef = Id<'RepairOrder'>;

/**
 * Schema of a {@link RepairOrderRef}.
 *
 * @example
 * ```ts
 * RepairOrderRefSchema.safeParse('ro_1').success; // true
 * ```
 * @category appointment
 */
export const RepairOrderRefSchema = idSchema<'RepairOrder'>();
