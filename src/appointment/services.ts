import { errAsync, type Result, type ResultAsync } from 'neverthrow';
import type { Actor, CapabilityMap } from '../org/index';
import { type PricingError, type QuoteContext, quote } from '../pricing/index';
import type { Change, Instant, RepositoryError, Store } from '../shared/index';
import type { WorkshopCapacity } from './capacity-schema';
import type { AppointmentCommand, ConfirmCommand } from './commands';
import type { AppointmentConfig } from './config';
import { buildEstimateRequest, describeItems, type EstimateInput } from './confirmation';
import { type DayBookings, type ReserveSlotError, releaseSlot, reserveSlot } from './day-bookings';
import type { ServiceUnknownError } from './errors';
import type { AppointmentId } from './ids';
import { type TransitionError, transition } from './machine';
import {
  APPOINTMENT_COLLECTION,
  createAppointmentRepository,
  createDayBookingsRepository,
  DAY_BOOKINGS_COLLECTION,
} from './repository';
import {
  type RequestAppointmentError,
  type RequestContext,
  requestAppointment,
} from './request-appointment';
import type { Appointment, AppointmentRequest } from './schema';
import type { Slot } from './slot-schema';

/**
 * What the appointment services work with: a storage adapter, the workshop
 * capacity, and optionally the dealer's configuration and capability map.
 *
 * @example
 * ```ts
 * const deps: AppointmentServiceDeps = { store: createMemoryStore(), capacity };
 * ```
 * @category appointment
 */
export interface AppointmentServiceDeps {
  readonly store: Store;
  readonly capacity: WorkshopCapacity;
  readonly config?: AppointmentConfig;
  readonly capabilityMap?: CapabilityMap;
}

/**
 * Input of {@link confirmAppointment}.
 *
 * @example
 * ```ts
 * const input: ConfirmAppointmentInput = {
 *   appointmentId, slot, at, actor: advisor,
 *   estimate: { quoteId: 'q_1', currency: 'CNY', vehicleClass: 'B' },
 *   pricing: { priceLists: [published] },
 * };
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export interface ConfirmAppointmentInput {
  readonly appointmentId: AppointmentId;
  readonly slot: Slot;
  readonly at: Instant;
  readonly actor: Actor;
  /** The pricing facts the appointment does not hold. */
  readonly estimate: EstimateInput;
  /** Price lists and discount rules for `pricing.quote`; the actor is added when absent. */
  readonly pricing: QuoteContext;
}

/**
 * Errors {@link confirmAppointment} can return.
 *
 * @example
 * ```ts
 * if (error.code === 'concurrency_conflict') retry(); // somebody booked that day first
 * ```
 * @category appointment
 * @see §3.1(3)
 * @see X-6
 */
export type ConfirmAppointmentError =
  | TransitionError
  | ReserveSlotError
  | ServiceUnknownError
  | PricingError
  | RepositoryError;

/**
 * The stored appointment and day ledger after a service call.
 *
 * @example
 * ```ts
 * const { appointment, ledger }: AppointmentServiceResult = (await confirmAppointment(deps, input))._unsafeUnwrap();
 * ```
 * @category appointment
 */
export interface AppointmentServiceResult {
  readonly appointment: Appointment;
  /** The ledger that changed, if one did. */
  readonly ledger: DayBookings | null;
}

function commitChanges(
  store: Store,
  changes: readonly Change[],
): ResultAsync<AppointmentServiceResult, RepositoryError> {
  return store.unitOfWork.commit(changes).map((stored) => ({
    appointment: stored[0] as Appointment,
    ledger: (stored[1] as DayBookings | undefined) ?? null,
  }));
}

function decideConfirmation(
  deps: AppointmentServiceDeps,
  input: ConfirmAppointmentInput,
  appointment: Appointment,
  ledger: DayBookings,
): Result<readonly Change[], ConfirmAppointmentError> {
  const { slot, at, actor } = input;
  const catalogue = deps.capacity.services;
  const pricing: QuoteContext = { ...input.pricing, actor: input.pricing.actor ?? actor };
  return describeItems(slot.serviceCodes, catalogue).andThen((items) =>
    buildEstimateRequest(slot, catalogue, at, input.estimate)
      .andThen(
        (request): Result<ConfirmCommand['estimate'], ConfirmAppointmentError> =>
          quote(request, pricing),
      )
      .andThen((estimate) => {
        const command: ConfirmCommand = { type: 'confirm', at, actor, slot, items, estimate };
        return transition(appointment, command, deps);
      })
      .andThen((confirmed) =>
        reserveSlot(ledger, appointment.id, slot, {
          at,
          capacity: deps.capacity,
          config: deps.config,
        }).map((reserved): readonly Change[] => [
          {
            collection: APPOINTMENT_COLLECTION,
            entity: confirmed.state,
            expectedVersion: appointment.version,
            events: confirmed.events,
          },
          {
            collection: DAY_BOOKINGS_COLLECTION,
            entity: reserved.state,
            expectedVersion: ledger.version,
            events: reserved.events,
          },
        ]),
      ),
  );
}

/**
 * Confirms an appointment at a slot (§3.1(3)): prices the estimate with
 * `pricing.quote` (a labour line per service, part lines from the catalogue),
 * applies the `confirm` command, reserves the slot in the day's booking
 * ledger, and commits appointment, ledger and their events in one unit of
 * work with optimistic concurrency. Two advisors booking the last free slot
 * at once: both read the same ledger version, one commit wins, the other
 * fails with `concurrency_conflict` (and a retry with `slot_unavailable`), so
 * a slot is never double-booked.
 *
 * A host with its own storage can do the same with the pure functions:
 * {@link buildEstimateRequest} → `quote` → {@link transition} →
 * {@link reserveSlot}, then save both aggregates atomically.
 *
 * Errors: those of {@link transition} and {@link reserveSlot}, the pricing
 * errors of `quote`, `service_unknown`, and storage errors (`not_found`,
 * `concurrency_conflict`, `storage_failed`, `validation_failed`).
 *
 * @example
 * ```ts
 * const result = await confirmAppointment(deps, {
 *   appointmentId, slot, at, actor: advisor,
 *   estimate: { quoteId: 'q_1', currency: 'CNY', vehicleClass: 'B' },
 *   pricing: { priceLists: [published] },
 * });
 * result._unsafeUnwrap().appointment.status; // 'confirmed'
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see §3.1(3)
 * @see X-5
 * @see X-6
 */
export function confirmAppointment(
  deps: AppointmentServiceDeps,
  input: ConfirmAppointmentInput,
): ResultAsync<AppointmentServiceResult, ConfirmAppointmentError> {
  const appointments = createAppointmentRepository(deps.store);
  const ledgers = createDayBookingsRepository(deps.store);
  return appointments.get(input.appointmentId).andThen((appointment) =>
    ledgers
      .getForDate(input.slot.date, input.at)
      .andThen((ledger) => decideConfirmation(deps, input, appointment, ledger))
      .andThen((changes) => commitChanges(deps.store, changes)),
  );
}

/**
 * The lifecycle commands other than `confirm`.
 *
 * @example
 * ```ts
 * const command: FollowUpCommand = { type: 'mark-no-show', at, actor };
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type FollowUpCommand = Exclude<AppointmentCommand, ConfirmCommand>;

/** Cancelling, rescheduling or a no-show frees the booked bay, technician and reception slot. */
function releasesSlot(before: Appointment, after: Appointment): boolean {
  return before.date !== null && (after.date === null || after.status === 'no-show');
}

/**
 * Applies `reschedule`, `cancel`, `check-in` or `mark-no-show` to a stored
 * appointment and, when the step gives up the booked slot (cancel,
 * reschedule, no-show), releases it from the day's ledger in the same unit
 * of work.
 *
 * Errors: those of {@link transition}, and storage errors (`not_found`,
 * `concurrency_conflict`, `storage_failed`, `validation_failed`).
 *
 * @example
 * ```ts
 * await applyAppointmentCommand(deps, appointmentId, { type: 'cancel', at, actor, reason: 'customer-request' });
 * ```
 * @category appointment
 * @see §3.1(4)
 * @see X-6
 */
export function applyAppointmentCommand(
  deps: AppointmentServiceDeps,
  appointmentId: AppointmentId,
  command: FollowUpCommand,
): ResultAsync<AppointmentServiceResult, TransitionError | RepositoryError> {
  const appointments = createAppointmentRepository(deps.store);
  const ledgers = createDayBookingsRepository(deps.store);
  type Outcome = ResultAsync<AppointmentServiceResult, TransitionError | RepositoryError>;
  return appointments.get(appointmentId).andThen((appointment): Outcome => {
    const step = transition(appointment, command, deps);
    if (step.isErr()) return errAsync(step.error);
    const change: Change = {
      collection: APPOINTMENT_COLLECTION,
      entity: step.value.state,
      expectedVersion: appointment.version,
      events: step.value.events,
    };
    if (!releasesSlot(appointment, step.value.state) || appointment.date === null) {
      return commitChanges(deps.store, [change]);
    }
    return ledgers.getForDate(appointment.date, command.at).andThen((ledger) => {
      const released = releaseSlot(ledger, appointment.id, command.at);
      if (released.events.length === 0) return commitChanges(deps.store, [change]);
      const ledgerChange: Change = {
        collection: DAY_BOOKINGS_COLLECTION,
        entity: released.state,
        expectedVersion: ledger.version,
        events: released.events,
      };
      return commitChanges(deps.store, [change, ledgerChange]);
    });
  });
}

/**
 * Records a new appointment request ({@link requestAppointment}) and stores
 * it with its `appointment.requested` event (expected version 0: a new id).
 *
 * Errors: those of {@link requestAppointment}, and storage errors
 * (`concurrency_conflict` when the id already exists, `storage_failed`,
 * `validation_failed`).
 *
 * @example
 * ```ts
 * const stored = await recordAppointmentRequest(deps, request, { id: ids.next('apt'), at, actor });
 * stored._unsafeUnwrap().version; // 1
 * ```
 * @category appointment
 * @see §3.1
 * @see §3.1(1)
 */
export function recordAppointmentRequest(
  deps: AppointmentServiceDeps,
  request: AppointmentRequest,
  context: Omit<RequestContext, 'catalogue'>,
): ResultAsync<Appointment, RequestAppointmentError | RepositoryError> {
  const appointments = createAppointmentRepository(deps.store);
  const created = requestAppointment(request, { ...context, catalogue: deps.capacity.services });
  if (created.isErr()) return errAsync(created.error);
  const { state, events } = created.value;
  return appointments.save(state, { expectedVersion: 0, events });
}
