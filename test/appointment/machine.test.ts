import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  type Appointment,
  type AppointmentCommand,
  defaultAppointmentConfig,
  parseAppointment,
  parseAppointmentCommand,
  transition,
} from '../../src/appointment/index';
import { isJsonSafe } from '../../src/shared/index';
import {
  actor,
  advisor,
  confirmCommand,
  confirmed,
  estimateFor,
  instant,
  NOW,
  requested,
  slotAt,
  technicianActor,
} from './fixtures';

const START = slotAt('09:00').start; // Monday 09:00 Shanghai = 01:00Z
const minutesAfterStart = (minutes: number) =>
  instant(new Date(Date.parse(START) + minutes * 60_000).toISOString());

const commands: Record<AppointmentCommand['type'], AppointmentCommand> = {
  confirm: confirmCommand(slotAt('09:00')),
  reschedule: { type: 'reschedule', at: NOW, actor: advisor },
  cancel: { type: 'cancel', at: NOW, actor: advisor, reason: 'customer-request' },
  'check-in': { type: 'check-in', at: minutesAfterStart(0), actor: advisor },
  'mark-no-show': { type: 'mark-no-show', at: minutesAfterStart(30), actor: advisor },
};

function inStatus(status: Appointment['status']): Appointment {
  const base = confirmed();
  const step = (state: Appointment, command: AppointmentCommand) =>
    transition(state, command)._unsafeUnwrap().state;
  switch (status) {
    case 'requested':
      return requested();
    case 'confirmed':
      return base;
    case 'rescheduled':
      return step(base, commands.reschedule);
    case 'cancelled':
      return step(base, commands.cancel);
    case 'checked-in':
      return step(base, commands['check-in']);
    case 'no-show':
      return step(base, commands['mark-no-show']);
  }
}

const allowed = new Set([
  'requested:confirm',
  'rescheduled:confirm',
  'confirmed:reschedule',
  'requested:cancel',
  'confirmed:cancel',
  'rescheduled:cancel',
  'confirmed:check-in',
  'confirmed:mark-no-show',
]);

describe('transition', () => {
  it('§3.1(4) allows exactly the lifecycle steps and rejects every other pair with invalid_transition', () => {
    for (const status of APPOINTMENT_STATUSES) {
      for (const command of Object.values(commands)) {
        const result = transition(inStatus(status), command);
        const key = `${status}:${command.type}`;
        if (allowed.has(key)) {
          expect(result.isOk(), key).toBe(true);
        } else {
          expect(result._unsafeUnwrapErr(), key).toEqual({
            code: 'invalid_transition',
            clause: '§3.1(4)',
            data: { appointmentId: 'apt_1', status, command: command.type },
          });
        }
      }
    }
  });

  it('§3.1(3) confirming records items, time window and the pricing estimate', () => {
    const before = requested();
    const { state, events } = transition(before, confirmCommand(slotAt('09:00')))._unsafeUnwrap();
    const estimate = estimateFor(['OP-OIL']);
    expect(state.status).toBe('confirmed');
    expect(state.confirmation).toEqual({
      slot: slotAt('09:00'),
      items: [{ code: 'OP-OIL', name: '更换机油', durationMinutes: 30 }],
      window: { start: '2026-11-30T01:00:00.000Z', end: '2026-11-30T01:30:00.000Z' },
      estimate,
      confirmedAt: NOW,
      confirmedBy: 'emp_a1',
    });
    expect([state.date, state.start, state.advisorId]).toEqual([
      '2026-11-30',
      '2026-11-30T01:00:00.000Z',
      'emp_a1',
    ]);
    expect(events[0]).toMatchObject({
      type: 'appointment.confirmed',
      aggregateId: 'apt_1',
      payload: { quoteId: 'q_1', estimateTotal: estimate.total, bayId: 'bay_x1' },
    });
    expect(before.status).toBe('requested'); // input not mutated
    expect(isJsonSafe(state)).toBe(true);
    expect(parseAppointment(JSON.parse(JSON.stringify(state)))._unsafeUnwrap()).toEqual(state);
  });

  it('§3.1(3) refuses a confirmation in the past or whose items differ from the slot', () => {
    const late = confirmCommand(slotAt('09:00'), instant('2026-11-30T01:00:00.000Z'));
    expect(transition(requested(), late)._unsafeUnwrapErr().code).toBe('slot_in_past');
    const mismatch = { ...confirmCommand(slotAt('09:00')), items: [] as never[] };
    expect(transition(requested(), mismatch)._unsafeUnwrapErr()).toEqual({
      code: 'confirmation_items_mismatch',
      clause: '§3.1(3)',
      data: { slotServiceCodes: ['OP-OIL'], itemCodes: [] },
    });
  });

  it('§3.1(2) only actors with appointment.manage arrange appointments', () => {
    const result = transition(requested(), confirmCommand(slotAt('09:00'), NOW, technicianActor));
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      clause: '§3.1(2)',
      data: { capability: 'appointment.manage', actorId: 'emp_t1' },
    });
    const agent = actor('emp_cs', ['cs-agent']);
    expect(transition(requested(), confirmCommand(slotAt('09:00'), NOW, agent)).isOk()).toBe(true);
  });

  it('§3.1(4) rescheduling releases the time and the appointment can be confirmed again', () => {
    const moved = transition(confirmed(), {
      type: 'reschedule',
      at: NOW,
      actor: advisor,
      note: '客户出差',
    })._unsafeUnwrap();
    expect(moved.state).toMatchObject({
      status: 'rescheduled',
      date: null,
      start: null,
      advisorId: null,
    });
    expect(moved.state.reschedules).toEqual([
      { at: NOW, by: 'emp_a1', previousStart: START, note: '客户出差' },
    ]);
    expect(moved.events[0]).toMatchObject({
      type: 'appointment.rescheduled',
      payload: { previousDate: '2026-11-30', previousStart: START, count: 1 },
    });
    const again = transition(moved.state, confirmCommand(slotAt('14:00')))._unsafeUnwrap().state;
    expect([again.status, again.start]).toEqual(['confirmed', slotAt('14:00').start]);
  });

  it('§3.1(4) cancelling records the reason and the released date', () => {
    const { state, events } = transition(confirmed(), commands.cancel)._unsafeUnwrap();
    expect(state.cancellation).toEqual({ at: NOW, by: 'emp_a1', reason: 'customer-request' });
    expect(state.date).toBeNull();
    expect(events[0]?.payload).toEqual({
      reason: 'customer-request',
      previousStatus: 'confirmed',
      releasedDate: '2026-11-30',
    });
  });

  it('§3.1(4) §3.2 checking in hands over to reception and records lateness', () => {
    const onTime = transition(confirmed(), {
      type: 'check-in',
      at: minutesAfterStart(-20),
      actor: advisor,
      repairOrderId: 'ro_1' as never,
    })._unsafeUnwrap();
    expect(onTime.state.checkIn).toEqual({
      at: minutesAfterStart(-20),
      by: 'emp_a1',
      lateMinutes: 0,
      late: false,
      repairOrderId: 'ro_1',
    });
    expect(onTime.events[0]).toMatchObject({
      type: 'appointment.checked-in',
      payload: {
        customerId: 'cus_1',
        vehicleId: 'veh_1',
        advisorId: 'emp_a1',
        services: ['OP-OIL'],
        repairOrderId: 'ro_1',
      },
    });
    const late = transition(confirmed(), {
      type: 'check-in',
      at: minutesAfterStart(11),
      actor: advisor,
    });
    expect(late._unsafeUnwrap().state.checkIn).toMatchObject({ lateMinutes: 11, late: true });
    const justInTime = transition(confirmed(), {
      type: 'check-in',
      at: minutesAfterStart(defaultAppointmentConfig.lateAfterMinutes),
      actor: advisor,
    });
    expect(justInTime._unsafeUnwrap().state.checkIn?.late).toBe(false);
  });

  it('§3.1(4) a no-show can be recorded only after the grace period', () => {
    const early = transition(confirmed(), {
      ...commands['mark-no-show'],
      at: minutesAfterStart(29),
    });
    expect(early._unsafeUnwrapErr()).toEqual({
      code: 'no_show_too_early',
      clause: '§3.1(4)',
      data: { appointmentId: 'apt_1', start: START, noShowFrom: minutesAfterStart(30) },
    });
    const noShow = transition(confirmed(), commands['mark-no-show'])._unsafeUnwrap();
    expect(noShow.state.status).toBe('no-show');
    expect(noShow.events[0]?.type).toBe('appointment.no-show-recorded');
    const shorter = transition(
      confirmed(),
      { ...commands['mark-no-show'], at: minutesAfterStart(10) },
      { config: { ...defaultAppointmentConfig, noShowGraceMinutes: 10 } },
    );
    expect(shorter.isOk()).toBe(true);
  });

  it('§3.1(4) parses commands at the boundary without throwing', () => {
    expect(parseAppointmentCommand(JSON.parse(JSON.stringify(commands.cancel))).isOk()).toBe(true);
    expect(parseAppointmentCommand(JSON.parse(JSON.stringify(commands.confirm))).isOk()).toBe(true);
    expect(parseAppointmentCommand({ type: 'teleport', at: NOW, actor: advisor }).isErr()).toBe(
      true,
    );
    expect(parseAppointmentCommand(undefined).isErr()).toBe(true);
  });
});
