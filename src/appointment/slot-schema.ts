import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  CalendarDateSchema,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { BayIdSchema } from './capacity-schema';
import { AppointmentIdSchema } from './ids';
import { ServiceCodeSchema } from './service-schema';
import { BayTypeSchema } from './vocabulary';

/**
 * The most services one appointment or slot search may name; a long visit is
 * a handful of operations, so the bound only keeps hostile input out.
 *
 * @example
 * ```ts
 * request.services.length <= MAX_SERVICES_PER_APPOINTMENT; // true for any parsed request
 * ```
 * @category appointment
 */
export const MAX_SERVICES_PER_APPOINTMENT = 20;

/**
 * Schema of a list of distinct service codes, 1–20 of them (reason `duplicate`).
 *
 * @example
 * ```ts
 * ServiceCodesSchema.safeParse(['MAINT-10K', 'MAINT-10K']).success; // false
 * ```
 * @category appointment
 * @see §3.1(1)
 */
export const ServiceCodesSchema = z.array(ServiceCodeSchema).check(
  z.minLength(1),
  z.maxLength(MAX_SERVICES_PER_APPOINTMENT),
  z.refine((codes) => new Set(codes).size === codes.length, {
    message: 'must not repeat a service',
    params: { reason: 'duplicate' },
  }),
);

/**
 * Schema of a {@link SlotRequest}: 1–20 distinct services; the optional
 * `horizonDays` (1–366), `limit` (1–1000) and `alternativesPerStart` (1–50).
 * The configured maxima are checked by {@link findSlots} (`horizon_too_long`,
 * `slot_limit_too_large`).
 *
 * @example
 * ```ts
 * parseSlotRequest({ services: ['MAINT-10K'], after: '2026-11-27T01:00:00Z' }).isOk(); // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const SlotRequestSchema = z.object({
  services: ServiceCodesSchema,
  /** "Now": the lead time counts from here and no slot starts before it. */
  after: InstantSchema,
  /** The first dealer date the customer would come (still within the horizon). */
  from: z.optional(CalendarDateSchema),
  horizonDays: z.optional(z.int().check(z.gte(1), z.lte(366))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  /** The advisor the customer asked for; ranked first among equal start times. */
  preferredAdvisorId: z.optional(EmployeeIdSchema),
  /** Resource combinations returned per start time; 1 (the best) by default. */
  alternativesPerStart: z.optional(z.int().check(z.gte(1), z.lte(50))),
});

/**
 * What a slot search asks for (预约时段查询).
 *
 * @example
 * ```ts
 * const request: SlotRequest = { services: ['MAINT-10K'], after: now, preferredAdvisorId: 'emp_a2' as EmployeeId };
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type SlotRequest = z.infer<typeof SlotRequestSchema>;

/**
 * Parses a slot-search request at the boundary. Never throws.
 *
 * Errors: `validation_failed` (clause `§3.1(2)`).
 *
 * @example
 * ```ts
 * parseSlotRequest({ services: [], after: '2026-11-27T01:00:00Z' }).isErr(); // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export function parseSlotRequest(input: unknown): Result<SlotRequest, ValidationError> {
  return parseWith(SlotRequestSchema, input, '§3.1(2)');
}

/**
 * Schema of a {@link Slot}.
 *
 * @example
 * ```ts
 * parseWith(SlotSchema, JSON.parse(text), '§3.1(2)');
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const SlotSchema = z.object({
  /** The dealer's calendar date of the slot. */
  date: CalendarDateSchema,
  /** Arrival and start of work. */
  start: InstantSchema,
  /** When the bay and technician are free again (breaks included). */
  end: InstantSchema,
  advisorId: EmployeeIdSchema,
  bayId: BayIdSchema,
  bayType: BayTypeSchema,
  technicianId: EmployeeIdSchema,
  serviceCodes: ServiceCodesSchema,
  /** Estimated working minutes, the sum of the services' durations. */
  durationMinutes: z.int().check(z.gte(1), z.lte(1440)),
});

/**
 * A bookable slot (可预约时段) as {@link findSlots} returns it: an arrival
 * time with an advisor, a bay and a technician that are all free for the
 * whole job. Book it through {@link reserveSlot}.
 *
 * @example
 * ```ts
 * const [best]: readonly Slot[] = findSlots(request, capacity, bookings)._unsafeUnwrap();
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type Slot = z.infer<typeof SlotSchema>;

/**
 * Schema of a {@link Booking}.
 *
 * @example
 * ```ts
 * BookingSchema.safeParse(booking).success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const BookingSchema = z.object({
  appointmentId: AppointmentIdSchema,
  start: InstantSchema,
  end: InstantSchema,
  advisorId: EmployeeIdSchema,
  bayId: BayIdSchema,
  technicianId: EmployeeIdSchema,
});

/**
 * One held booking (已占用时段): the resources an appointment occupies from
 * `start` (arrival) to `end`. The advisor is busy only for the arrival; the
 * bay and the technician for the whole interval.
 *
 * @example
 * ```ts
 * const booking: Booking = bookingOfSlot(slot, appointmentId);
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type Booking = z.infer<typeof BookingSchema>;
