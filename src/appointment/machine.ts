import { err, ok, type Result } from 'neverthrow';
import { match, P } from 'ts-pattern';
import { authorize, type CapabilityMap } from '../org/index';
import {
  addMinutesToInstant,
  type ForbiddenError,
  type Instant,
  instantToEpochMs,
} from '../shared/index';
import type {
  AppointmentCommand,
  CancelCommand,
  CheckInCommand,
  ConfirmCommand,
  MarkNoShowCommand,
  RescheduleCommand,
} from './commands';
import { type AppointmentConfig, defaultAppointmentConfig } from './config';
import {
  type ConfirmationItemsMismatchError,
  confirmationItemsMismatch,
  type InvalidTransitionError,
  invalidTransition,
  type NoShowTooEarlyError,
  noShowTooEarly,
  type SlotInPastError,
  slotInPast,
} from './errors';
import {
  type AppointmentCancelledEvent,
  type AppointmentCheckedInEvent,
  type AppointmentConfirmedEvent,
  type AppointmentNoShowRecordedEvent,
  type AppointmentRescheduledEvent,
  appointmentEvent,
} from './events';
import type { AppointmentTransition } from './request-appointment';
import type { Appointment } from './schema';

/**
 * Options of {@link transition}.
 *
 * @example
 * ```ts
 * const options: TransitionOptions = { config: { ...defaultAppointmentConfig, noShowGraceMinutes: 15 } };
 * ```
 * @category appointment
 */
export interface TransitionOptions {
  /** Lateness and no-show grace; {@link defaultAppointmentConfig} by default. */
  readonly config?: AppointmentConfig;
  /** The host's role → capability map; the manual's by default. */
  readonly capabilityMap?: CapabilityMap;
}

/**
 * Errors {@link transition} can return.
 *
 * @example
 * ```ts
 * const codes: TransitionError['code'][] = ['invalid_transition', 'forbidden', 'slot_in_past'];
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type TransitionError =
  | InvalidTransitionError
  | ForbiddenError
  | SlotInPastError
  | ConfirmationItemsMismatchError
  | NoShowTooEarlyError;

type Step = Result<AppointmentTransition, TransitionError>;

const MS_PER_MINUTE = 60_000;

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === b.length && b.every((code) => set.has(code));
}

function confirm(state: Appointment, command: ConfirmCommand): Step {
  const { slot, at } = command;
  if (slot.start <= at) return err(slotInPast(slot.start, at));
  const itemCodes = command.items.map((item) => item.code);
  if (!sameCodes(slot.serviceCodes, itemCodes)) {
    return err(confirmationItemsMismatch(slot.serviceCodes, itemCodes));
  }
  const next: Appointment = {
    ...state,
    status: 'confirmed',
    updatedAt: at,
    date: slot.date,
    start: slot.start,
    advisorId: slot.advisorId,
    confirmation: {
      slot,
      items: command.items,
      window: { start: slot.start, end: slot.end },
      estimate: command.estimate,
      confirmedAt: at,
      confirmedBy: command.actor.id,
    },
  };
  const event = appointmentEvent<AppointmentConfirmedEvent>('appointment.confirmed', state.id, at, {
    date: slot.date,
    start: slot.start,
    end: slot.end,
    advisorId: slot.advisorId,
    bayId: slot.bayId,
    technicianId: slot.technicianId,
    services: slot.serviceCodes,
    quoteId: command.estimate.id,
    estimateTotal: command.estimate.total,
  });
  return ok({ state: next, events: [event] });
}

/** The booked start of an appointment that holds a slot; a programmer error otherwise. */
function bookedStart(state: Appointment): Instant {
  if (state.start === null || state.date === null || state.advisorId === null) {
    throw new TypeError(`appointment ${state.id} is ${state.status} but holds no slot`);
  }
  return state.start;
}

function reschedule(state: Appointment, command: RescheduleCommand): Step {
  const previousStart = bookedStart(state);
  const entry = {
    at: command.at,
    by: command.actor.id,
    previousStart,
    ...(command.note === undefined ? {} : { note: command.note }),
  };
  const next: Appointment = {
    ...state,
    status: 'rescheduled',
    updatedAt: command.at,
    date: null,
    start: null,
    advisorId: null,
    reschedules: [...state.reschedules, entry],
  };
  const event = appointmentEvent<AppointmentRescheduledEvent>(
    'appointment.rescheduled',
    state.id,
    command.at,
    { previousDate: state.date ?? '', previousStart, count: next.reschedules.length },
  );
  return ok({ state: next, events: [event] });
}

function cancel(state: Appointment, command: CancelCommand): Step {
  const next: Appointment = {
    ...state,
    status: 'cancelled',
    updatedAt: command.at,
    date: null,
    start: null,
    advisorId: null,
    cancellation: {
      at: command.at,
      by: command.actor.id,
      reason: command.reason,
      ...(command.note === undefined ? {} : { note: command.note }),
    },
  };
  const event = appointmentEvent<AppointmentCancelledEvent>(
    'appointment.cancelled',
    state.id,
    command.at,
    { reason: command.reason, previousStatus: state.status, releasedDate: state.date },
  );
  return ok({ state: next, events: [event] });
}

function checkIn(state: Appointment, command: CheckInCommand, config: AppointmentConfig): Step {
  const start = bookedStart(state);
  const elapsed = instantToEpochMs(command.at) - instantToEpochMs(start);
  const lateMinutes = Math.max(0, Math.floor(elapsed / MS_PER_MINUTE));
  const late = lateMinutes > config.lateAfterMinutes;
  const repairOrderId = command.repairOrderId;
  const next: Appointment = {
    ...state,
    status: 'checked-in',
    updatedAt: command.at,
    checkIn: {
      at: command.at,
      by: command.actor.id,
      lateMinutes,
      late,
      ...(repairOrderId === undefined ? {} : { repairOrderId }),
    },
  };
  const event = appointmentEvent<AppointmentCheckedInEvent>(
    'appointment.checked-in',
    state.id,
    command.at,
    {
      customerId: state.customerId,
      vehicleId: state.vehicleId,
      advisorId: state.advisorId ?? command.actor.id,
      services: state.confirmation?.slot.serviceCodes ?? state.services,
      start,
      lateMinutes,
      late,
      repairOrderId: repairOrderId ?? null,
    },
  );
  return ok({ state: next, events: [event] });
}

function markNoShow(
  state: Appointment,
  command: MarkNoShowCommand,
  config: AppointmentConfig,
): Step {
  const start = bookedStart(state);
  const noShowFrom = addMinutesToInstant(start, config.noShowGraceMinutes);
  if (command.at < noShowFrom) return err(noShowTooEarly(state.id, start, noShowFrom));
  const next: Appointment = {
    ...state,
    status: 'no-show',
    updatedAt: command.at,
    noShow: { at: command.at, by: command.actor.id },
  };
  const event = appointmentEvent<AppointmentNoShowRecordedEvent>(
    'appointment.no-show-recorded',
    state.id,
    command.at,
    { date: state.date ?? '', start, advisorId: state.advisorId ?? '' },
  );
  return ok({ state: next, events: [event] });
}

/**
 * Applies a command to an appointment (预约状态机). Allowed steps:
 * `requested`/`rescheduled` + `confirm` → `confirmed`; `confirmed` +
 * `reschedule` → `rescheduled`; `requested`/`confirmed`/`rescheduled` +
 * `cancel` → `cancelled`; `confirmed` + `check-in` → `checked-in`;
 * `confirmed` + `mark-no-show` → `no-show` (not before `start +
 * noShowGraceMinutes`). Anything else is rejected with `invalid_transition` —
 * never silently ignored. Each step needs the `appointment.manage`
 * capability (§3.1(2): the service line or an advisor arranges it). Pure:
 * the booking ledger is updated separately ({@link reserveSlot},
 * {@link releaseSlot}) or by the service functions.
 *
 * A check-in records how late the customer was (`lateMinutes`; `late` when
 * over `lateAfterMinutes`) and emits `appointment.checked-in`, which carries
 * what reception needs to open a repair order.
 *
 * Errors: `invalid_transition`, `forbidden`, `slot_in_past`,
 * `confirmation_items_mismatch`, `no_show_too_early`.
 *
 * @param state - the current appointment
 * @param command - the step, with `at` and `actor`
 * @param options - configuration and capability map
 * @returns the new state (same `version`: storage bumps it) and its events
 * @example
 * ```ts
 * const result = transition(appointment, { type: 'cancel', at, actor: advisor, reason: 'customer-request' });
 * result._unsafeUnwrap().state.status; // 'cancelled'
 * transition(result._unsafeUnwrap().state, { type: 'check-in', at, actor: advisor })
 *   ._unsafeUnwrapErr().code; // 'invalid_transition'
 * ```
 * @category appointment
 * @see §3.1(2)
 * @see §3.1(3)
 * @see §3.1(4)
 * @see X-5
 */
export function transition(
  state: Appointment,
  command: AppointmentCommand,
  options: TransitionOptions = {},
): Result<AppointmentTransition, TransitionError> {
  const config = options.config ?? defaultAppointmentConfig;
  const allowed = (step: () => Step): Step =>
    authorize(command.actor, 'appointment.manage', { map: options.capabilityMap }).andThen(step);
  return match<[Appointment['status'], AppointmentCommand], Step>([state.status, command])
    .with([P.union('requested', 'rescheduled'), { type: 'confirm' }], ([, c]) =>
      allowed(() => confirm(state, c)),
    )
    .with(['confirmed', { type: 'reschedule' }], ([, c]) => allowed(() => reschedule(state, c)))
    .with([P.union('requested', 'confirmed', 'rescheduled'), { type: 'cancel' }], ([, c]) =>
      allowed(() => cancel(state, c)),
    )
    .with(['confirmed', { type: 'check-in' }], ([, c]) => allowed(() => checkIn(state, c, config)))
    .with(['confirmed', { type: 'mark-no-show' }], ([, c]) =>
      allowed(() => markNoShow(state, c, config)),
    )
    .otherwise(([status, c]) => err(invalidTransition(state.id, status, c.type)));
}
