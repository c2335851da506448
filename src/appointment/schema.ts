import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { QuoteSchema } from '../pricing/index';
import {
  CalendarDateSchema,
  ContactChannelSchema,
  entityBaseShape,
  InstantSchema,
  LicencePlateSchema,
  parseWith,
  type ValidationError,
  VinSchema,
} from '../shared/index';
import {
  AppointmentIdSchema,
  CustomerIdSchema,
  RepairOrderRefSchema,
  VehicleIdSchema,
} from './ids';
import { ServiceCodeSchema } from './service-schema';
import { MAX_SERVICES_PER_APPOINTMENT, SlotSchema } from './slot-schema';

const MAX_CONCERN_LENGTH = 2000;
const MAX_NOTE_LENGTH = 500;

/**
 * The lifecycle states of an appointment (预约状态): requested → confirmed →
 * checked-in (handed over to a repair order), or cancelled, no-show, or
 * rescheduled (its slot released, waiting to be confirmed at a new time).
 *
 * @example
 * ```ts
 * APPOINTMENT_STATUSES.includes('no-show'); // true
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const APPOINTMENT_STATUSES = [
  'requested',
  'confirmed',
  'rescheduled',
  'checked-in',
  'cancelled',
  'no-show',
] as const;

/**
 * Schema of an {@link AppointmentStatus}.
 *
 * @example
 * ```ts
 * AppointmentStatusSchema.safeParse('confirmed').success; // true
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const AppointmentStatusSchema = z.enum(APPOINTMENT_STATUSES);

/**
 * An appointment's lifecycle state, see {@link APPOINTMENT_STATUSES}.
 *
 * @example
 * ```ts
 * const status: AppointmentStatus = 'confirmed';
 * ```
 * @category appointment
 */
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;

/**
 * Why an appointment was cancelled (取消原因).
 *
 * @example
 * ```ts
 * CANCEL_REASONS.includes('customer-request'); // true
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const CANCEL_REASONS = ['customer-request', 'dealer-request', 'duplicate', 'other'] as const;

const NoteSchema = z.string().check(z.minLength(1), z.maxLength(MAX_NOTE_LENGTH));

/**
 * Schema of an {@link AppointmentRequest}: a customer id, the channel, a
 * vehicle id and/or its VIN and plate (checked by {@link requestAppointment}),
 * up to 20 distinct services and an optional free-text concern.
 *
 * @example
 * ```ts
 * parseAppointmentRequest({
 *   customerId: 'cus_1', channel: 'phone', vin: 'LSVAM4187C2184847', services: ['MAINT-10K'],
 * }).isOk(); // true
 * ```
 * @category appointment
 * @see §3.1
 * @see §3.1(1)
 * @see §1.2(2)
 */
export const AppointmentRequestSchema = z.object({
  customerId: CustomerIdSchema,
  channel: ContactChannelSchema,
  vehicleId: z.optional(VehicleIdSchema),
  /** The VIN (车架号) as given; validated by {@link requestAppointment}. */
  vin: z.optional(z.string().check(z.maxLength(64))),
  /** The licence plate (车牌号) as given; validated by {@link requestAppointment}. */
  plate: z.optional(z.string().check(z.maxLength(32))),
  services: z._default(
    z.array(ServiceCodeSchema).check(
      z.maxLength(MAX_SERVICES_PER_APPOINTMENT),
      z.refine((codes) => new Set(codes).size === codes.length, {
        message: 'must not repeat a service',
        params: { reason: 'duplicate' },
      }),
    ),
    [],
  ),
  /** The customer's own words about the problem (故障描述). */
  concern: z.optional(z.string().check(z.maxLength(MAX_CONCERN_LENGTH))),
  preferredAdvisorId: z.optional(EmployeeIdSchema),
  preferredDate: z.optional(CalendarDateSchema),
});

/**
 * A customer's appointment request (预约申请) before its domain checks.
 *
 * @example
 * ```ts
 * const request: AppointmentRequest = parseAppointmentRequest(body)._unsafeUnwrap();
 * ```
 * @category appointment
 * @see §3.1(1)
 */
export type AppointmentRequest = z.infer<typeof AppointmentRequestSchema>;

/**
 * Parses an appointment request at the boundary. Never throws.
 * Errors: `validation_failed` (clause `§3.1(1)`), e.g. a missing or unknown channel.
 *
 * @example
 * ```ts
 * parseAppointmentRequest({ customerId: 'cus_1', channel: 'fax' }).isErr(); // true
 * ```
 * @category appointment
 * @see §3.1(1)
 * @see §1.2(2)
 */
export function parseAppointmentRequest(
  input: unknown,
): Result<AppointmentRequest, ValidationError> {
  return parseWith(AppointmentRequestSchema, input, '§3.1(1)');
}

/**
 * Schema of a confirmed item: a catalogue service as the customer agreed to it.
 *
 * @example
 * ```ts
 * ConfirmedItemSchema.safeParse({ code: 'MAINT-10K', name: '10,000 km service', durationMinutes: 90 }).success;
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export const ConfirmedItemSchema = z.object({
  code: ServiceCodeSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  durationMinutes: z.int().check(z.gte(5), z.lte(1440)),
});

/**
 * One confirmed item (确认的维修项目).
 *
 * @example
 * ```ts
 * const item: ConfirmedItem = { code: 'MAINT-10K', name: '10,000 km service', durationMinutes: 90 };
 * ```
 * @category appointment
 */
export type ConfirmedItem = z.infer<typeof ConfirmedItemSchema>;

/**
 * Schema of a {@link Confirmation}.
 *
 * @example
 * ```ts
 * parseWith(ConfirmationSchema, appointment.confirmation);
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export const ConfirmationSchema = z.object({
  slot: SlotSchema,
  items: z
    .array(ConfirmedItemSchema)
    .check(z.minLength(1), z.maxLength(MAX_SERVICES_PER_APPOINTMENT)),
  /** The booked time window: arrival to the end of work. */
  window: z.object({ start: InstantSchema, end: InstantSchema }),
  /** The estimate (预计费用) priced by `pricing.quote`. */
  estimate: QuoteSchema,
  confirmedAt: InstantSchema,
  confirmedBy: EmployeeIdSchema,
});

/**
 * The confirmation record (预约确认): the items, the time window, the booked
 * resources and the estimated cost, as confirmed with the customer.
 *
 * @example
 * ```ts
 * appointment.confirmation?.estimate.total; // { amount: '480.00', currency: 'CNY' }
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export type Confirmation = z.infer<typeof ConfirmationSchema>;

const StepSchema = { at: InstantSchema, by: EmployeeIdSchema };

/**
 * Schema of an {@link Appointment}.
 *
 * @example
 * ```ts
 * parseAppointment(JSON.parse(row.data)).isOk();
 * ```
 * @category appointment
 * @see §3.1
 * @see §3.1(4)
 */
export const AppointmentSchema = z.object({
  ...entityBaseShape,
  id: AppointmentIdSchema,
  status: AppointmentStatusSchema,
  channel: ContactChannelSchema,
  customerId: CustomerIdSchema,
  vehicleId: z.nullable(VehicleIdSchema),
  vehicle: z.object({ vin: z.optional(VinSchema), plate: z.optional(LicencePlateSchema) }),
  services: z.array(ServiceCodeSchema).check(z.maxLength(MAX_SERVICES_PER_APPOINTMENT)),
  concern: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_CONCERN_LENGTH))),
  preferredAdvisorId: z.optional(EmployeeIdSchema),
  preferredDate: z.optional(CalendarDateSchema),
  requestedBy: EmployeeIdSchema,
  /** The booked dealer date, start and advisor while a slot is held (for list queries). */
  date: z.nullable(CalendarDateSchema),
  start: z.nullable(InstantSchema),
  advisorId: z.nullable(EmployeeIdSchema),
  confirmation: z.nullable(ConfirmationSchema),
  reschedules: z
    .array(z.object({ ...StepSchema, previousStart: InstantSchema, note: z.optional(NoteSchema) }))
    .check(z.maxLength(100)),
  checkIn: z.nullable(
    z.object({
      ...StepSchema,
      lateMinutes: z.int().check(z.gte(0)),
      late: z.boolean(),
      repairOrderId: z.optional(RepairOrderRefSchema),
    }),
  ),
  cancellation: z.nullable(
    z.object({ ...StepSchema, reason: z.enum(CANCEL_REASONS), note: z.optional(NoteSchema) }),
  ),
  noShow: z.nullable(z.object(StepSchema)),
});

/**
 * An appointment (预约): who booked what for which vehicle through which
 * channel, its lifecycle state, and the records of each step (confirmation
 * with estimate, reschedules, check-in, cancellation, no-show). Holds ids and
 * the vehicle's VIN / plate, never the customer's personal data.
 *
 * @example
 * ```ts
 * const { state } = requestAppointment(request, context)._unsafeUnwrap();
 * state.status; // 'requested'
 * ```
 * @category appointment
 * @see §3.1
 * @see §3.1(4)
 */
export type Appointment = z.infer<typeof AppointmentSchema>;

/**
 * Parses a stored or transmitted appointment. Never throws.
 * Errors: `validation_failed` (clause `§3.1`).
 *
 * @example
 * ```ts
 * parseAppointment({}).isErr(); // true
 * ```
 * @category appointment
 * @see §3.1
 */
export function parseAppointment(input: unknown): Result<Appointment, ValidationError> {
  return parseWith(AppointmentSchema, input, '§3.1');
}
