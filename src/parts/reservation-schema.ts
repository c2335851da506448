import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema } from '../shared/index';
import { IdempotencyKeySchema, LocationIdSchema, PartIdSchema, ReservationIdSchema } from './ids';
import { PositiveQuantitySchema, UnitSchema } from './quantity';

const ReservationReferenceSchema = z.object({
  kind: z.enum(['appointment', 'repair-order', 'sales-order']),
  id: z.string().check(z.minLength(1), z.maxLength(128)),
});

/**
 * Schema of a request to reserve stock (预留) for a confirmed appointment
 * (§3.1(4)) or a repair order: the reservation id (posting it twice changes
 * nothing), part, location, unit, a positive quantity, reference, instant and actor.
 *
 * @example
 * ```ts
 * ReserveStockInputSchema.parse({
 *   reservationId: 'res_1', partId: 'part_1', locationId: 'wh-main', unit: 'piece',
 *   quantity: '1', reference: { kind: 'appointment', id: 'apt_9' }, at, actor,
 * });
 * ```
 * @category parts
 * @see §6.2.2
 */
export const ReserveStockInputSchema = z.object({
  reservationId: ReservationIdSchema,
  partId: PartIdSchema,
  locationId: LocationIdSchema,
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  reference: ReservationReferenceSchema,
  at: InstantSchema,
  actor: ActorSchema,
});

/**
 * A reservation request as a caller writes it.
 *
 * @example
 * ```ts
 * const input: ReserveStockInput = { reservationId: 'res_1', … };
 * ```
 * @category parts
 * @see §6.2.2
 */
export type ReserveStockInput = z.input<typeof ReserveStockInputSchema>;

/**
 * Schema of a request to release a reservation (the appointment was
 * cancelled, the job no longer needs the part).
 *
 * @example
 * ```ts
 * ReleaseReservationInputSchema.parse({ reservationId: 'res_1', at, actor });
 * ```
 * @category parts
 * @see §6.2.2
 */
export const ReleaseReservationInputSchema = z.object({
  reservationId: ReservationIdSchema,
  at: InstantSchema,
  actor: ActorSchema,
});

/**
 * A release request as a caller writes it.
 *
 * @example
 * ```ts
 * const input: ReleaseReservationInput = { reservationId: 'res_1', at, actor };
 * ```
 * @category parts
 * @see §6.2.2
 */
export type ReleaseReservationInput = z.input<typeof ReleaseReservationInputSchema>;

/**
 * Schema of a request to consume a reservation: issue the reserved stock to
 * its repair order as an `issue` movement with `idempotencyKey`. `quantity`
 * defaults to the whole reservation; a smaller quantity issues that much and
 * releases the rest.
 *
 * @example
 * ```ts
 * ConsumeReservationInputSchema.parse({ reservationId: 'res_1', idempotencyKey: 'ro_42:l1', at, actor });
 * ```
 * @category parts
 * @see §6.2.2
 */
export const ConsumeReservationInputSchema = z.object({
  reservationId: ReservationIdSchema,
  idempotencyKey: IdempotencyKeySchema,
  quantity: z.optional(PositiveQuantitySchema),
  repairOrderId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  at: InstantSchema,
  actor: ActorSchema,
});

/**
 * A consume request as a caller writes it.
 *
 * @example
 * ```ts
 * const input: ConsumeReservationInput = { reservationId: 'res_1', idempotencyKey: 'ro_42:l1', at, actor };
 * ```
 * @category parts
 * @see §6.2.2
 */
export type ConsumeReservationInput = z.input<typeof ConsumeReservationInputSchema>;

/**
 * Schema of a reservation as the ledger keeps it. `status` is `open` until it
 * is explicitly `released` or `consumed`; only open reservations count as reserved.
 *
 * @example
 * ```ts
 * ReservationSchema.safeParse(ledger.reservations['res_1']).success; // true
 * ```
 * @category parts
 * @see §6.2.2
 */
export const ReservationSchema = z.object({
  ...entityBaseShape,
  id: ReservationIdSchema,
  partId: PartIdSchema,
  locationId: LocationIdSchema,
  unit: UnitSchema,
  quantity: PositiveQuantitySchema,
  reference: ReservationReferenceSchema,
  status: z.enum(['open', 'released', 'consumed']),
  actorId: EmployeeIdSchema,
});

/**
 * A reservation of stock for an appointment or repair order.
 *
 * @example
 * ```ts
 * const reservation: Reservation | undefined = ledger.reservations['res_1'];
 * ```
 * @category parts
 * @see §6.2.2
 */
export type Reservation = z.infer<typeof ReservationSchema>;
