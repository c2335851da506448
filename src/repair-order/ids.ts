import { type Id, idSchema } from '../shared/index';

/**
 * Identifier of a repair order (维修工单).
 *
 * @example
 * ```ts
 * const id: RepairOrderId = RepairOrderIdSchema.parse('ro_1');
 * ```
 * @category repair-order
 */
export type RepairOrderId = Id<'RepairOrder'>;

/**
 * Schema of a {@link RepairOrderId}.
 *
 * @example
 * ```ts
 * RepairOrderIdSchema.safeParse('ro_1').success; // true
 * ```
 * @category repair-order
 */
export const RepairOrderIdSchema = idSchema<'RepairOrder'>();

/**
 * Identifier of a job (作业项目) inside a repair order.
 *
 * @example
 * ```ts
 * const id: JobId = JobIdSchema.parse('job_1');
 * ```
 * @category repair-order
 */
export type JobId = Id<'Job'>;

/**
 * Schema of a {@link JobId}.
 *
 * @example
 * ```ts
 * JobIdSchema.safeParse('job_1').success; // true
 * ```
 * @category repair-order
 */
export const JobIdSchema = idSchema<'Job'>();

/**
 * Identifier of one labour or part line of a job, unique within the order,
 * so that the customer can approve or decline added lines one by one.
 *
 * @example
 * ```ts
 * const id: LineId = LineIdSchema.parse('ln_1');
 * ```
 * @category repair-order
 * @see REG-4
 */
export type LineId = Id<'RepairOrderLine'>;

/**
 * Schema of a {@link LineId}.
 *
 * @example
 * ```ts
 * LineIdSchema.safeParse('ln_1').success; // true
 * ```
 * @category repair-order
 */
export const LineIdSchema = idSchema<'RepairOrderLine'>();

/**
 * Identifier of a supplementary estimate (追加项目估价单).
 *
 * @example
 * ```ts
 * const id: SupplementaryId = SupplementaryIdSchema.parse('sup_1');
 * ```
 * @category repair-order
 * @see §3.3(2)
 */
export type SupplementaryId = Id<'SupplementaryEstimate'>;

/**
 * Schema of a {@link SupplementaryId}.
 *
 * @example
 * ```ts
 * SupplementaryIdSchema.safeParse('sup_1').success; // true
 * ```
 * @category repair-order
 */
export const SupplementaryIdSchema = idSchema<'SupplementaryEstimate'>();

/**
 * Identifier of a payment, deposit or refund.
 *
 * @example
 * ```ts
 * const id: PaymentId = PaymentIdSchema.parse('pay_1');
 * ```
 * @category repair-order
 * @see §3.5(3)
 */
export type PaymentId = Id<'Payment'>;

/**
 * Schema of a {@link PaymentId}.
 *
 * @example
 * ```ts
 * PaymentIdSchema.safeParse('pay_1').success; // true
 * ```
 * @category repair-order
 */
export const PaymentIdSchema = idSchema<'Payment'>();

/**
 * Identifier of a customer, owned by the crm module; repair orders carry
 * only the id, never the customer's personal data.
 *
 * @example
 * ```ts
 * const id: CustomerRef = CustomerRefSchema.parse('cus_1');
 * ```
 * @category repair-order
 */
export type CustomerRef = Id<'Customer'>;

/**
 * Schema of a {@link CustomerRef}.
 *
 * @example
 * ```ts
 * CustomerRefSchema.safeParse('cus_1').success; // true
 * ```
 * @category repair-order
 */
export const CustomerRefSchema = idSchema<'Customer'>();

/**
 * Identifier of a vehicle, owned by the crm module (the VIN and plate stay there).
 *
 * @example
 * ```ts
 * const id: VehicleRef = VehicleRefSchema.parse('veh_1');
 * ```
 * @category repair-order
 */
export type VehicleRef = Id<'Vehicle'>;

/**
 * Schema of a {@link VehicleRef}.
 *
 * @example
 * ```ts
 * VehicleRefSchema.safeParse('veh_1').success; // true
 * ```
 * @category repair-order
 */
export const VehicleRefSchema = idSchema<'Vehicle'>();

/**
 * Identifier of an appointment, owned by the appointment module; repair-order
 * does not import that module, it only keeps the id.
 *
 * @example
 * ```ts
 * const id: AppointmentRef = AppointmentRefSchema.parse('apt_1');
 * ```
 * @category repair-order
 */
export type AppointmentRef = Id<'Appointment'>;

/**
 * Schema of an {@link AppointmentRef}.
 *
 * @example
 * ```ts
 * AppointmentRefSchema.safeParse('apt_1').success; // true
 * ```
 * @category repair-order
 */
export const AppointmentRefSchema = idSchema<'Appointment'>();
