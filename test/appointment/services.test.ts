import { describe, expect, it } from 'vitest';
import {
  type AppointmentId,
  type AppointmentServiceDeps,
  applyAppointmentCommand,
  buildEstimateRequest,
  type ConfirmAppointmentInput,
  confirmAppointment,
  createAppointmentRepository,
  createDayBookingsRepository,
  dayBookingsId,
  findSlots,
  recordAppointmentRequest,
} from '../../src/appointment/index';
import { createMemoryStore } from '../../src/memory/index';
import { quote } from '../../src/pricing/index';
import type { Store } from '../../src/shared/index';
import {
  actor,
  advisor,
  appointmentRequest,
  capacity,
  date,
  instant,
  MONDAY,
  NOW,
  priceList,
  slotAt,
} from './fixtures';

const otherAdvisor = actor('emp_a2', ['service-advisor']);

function setup(): { store: Store; deps: AppointmentServiceDeps } {
  const store = createMemoryStore();
  return { store, deps: { store, capacity: capacity() } };
}

async function requestOne(deps: AppointmentServiceDeps, id: string) {
  const stored = await recordAppointmentRequest(deps, appointmentRequest(), {
    id: id as AppointmentId,
    at: NOW,
    actor: advisor,
  });
  return stored._unsafeUnwrap();
}

const confirmInput = (
  appointmentId: string,
  slot = slotAt('09:00'),
  by = advisor,
): ConfirmAppointmentInput => ({
  appointmentId: appointmentId as AppointmentId,
  slot,
  at: NOW,
  actor: by,
  estimate: { quoteId: `q_${appointmentId}`, currency: 'CNY', vehicleClass: 'B' },
  pricing: { priceLists: [priceList] },
});

describe('appointment services on a Store', () => {
  it('§3.1(1) records a request with its event in the outbox', async () => {
    const { store, deps } = setup();
    const stored = await requestOne(deps, 'apt_1');
    expect([stored.version, stored.status]).toEqual([1, 'requested']);
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events.map((event) => event.type)).toEqual(['appointment.requested']);
    const again = await recordAppointmentRequest(deps, appointmentRequest(), {
      id: 'apt_1' as AppointmentId,
      at: NOW,
      actor: advisor,
    });
    expect(again._unsafeUnwrapErr().code).toBe('concurrency_conflict');
  });

  it('§3.1(3) confirms with the pricing.quote estimate and reserves the slot in one unit of work', async () => {
    const { store, deps } = setup();
    await requestOne(deps, 'apt_1');
    const result = (await confirmAppointment(deps, confirmInput('apt_1')))._unsafeUnwrap();
    const expected = buildEstimateRequest(slotAt('09:00'), deps.capacity.services, NOW, {
      quoteId: 'q_apt_1',
      currency: 'CNY',
      vehicleClass: 'B',
    }).andThen((request) => quote(request, { priceLists: [priceList], actor: advisor }));
    expect(result.appointment.confirmation?.estimate).toEqual(expected._unsafeUnwrap());
    expect(result.appointment.confirmation?.estimate.lines.map((line) => line.code)).toEqual([
      'OP-OIL',
      'P-FILTER',
      'P-OIL',
    ]);
    expect([result.appointment.version, result.ledger?.version]).toEqual([2, 1]);
    expect(result.ledger?.bookings.map((b) => b.appointmentId)).toEqual(['apt_1']);
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events.map((event) => event.type)).toEqual([
      'appointment.requested',
      'appointment.confirmed',
      'appointment.slot-reserved',
    ]);
  });

  it('§3.1(2) X-6 two advisors booking the last free slot at once: exactly one succeeds', async () => {
    const { store, deps } = setup();
    await requestOne(deps, 'apt_1');
    await requestOne(deps, 'apt_2');
    // bay_x1 is the only express bay: 09:00 on Monday is one slot, whichever advisor receives.
    const [first, second] = await Promise.all([
      confirmAppointment(deps, confirmInput('apt_1', slotAt('09:00'), advisor)),
      confirmAppointment(
        deps,
        confirmInput('apt_2', slotAt('09:00', { advisorId: 'emp_a2' as never }), otherAdvisor),
      ),
    ]);
    const outcomes = [first, second].map((result) => (result.isOk() ? 'ok' : result.error.code));
    expect(outcomes.sort()).toEqual(['concurrency_conflict', 'ok']);
    // The loser retries on fresh data and learns the slot is gone.
    const loser = first.isOk() ? 'apt_2' : 'apt_1';
    const retry = await confirmAppointment(
      deps,
      confirmInput(loser, slotAt('09:00', { advisorId: 'emp_a2' as never }), otherAdvisor),
    );
    expect(retry._unsafeUnwrapErr()).toMatchObject({
      code: 'slot_unavailable',
      data: { resource: 'bay', resourceId: 'bay_x1', reason: 'busy' },
    });
    const ledger = (
      await createDayBookingsRepository(store).getForDate(MONDAY, NOW)
    )._unsafeUnwrap();
    expect(ledger.bookings).toHaveLength(1);
    const appointments = createAppointmentRepository(store);
    expect((await appointments.get(loser as AppointmentId))._unsafeUnwrap().status).toBe(
      'requested',
    );
  });

  it('§3.1(2) the loser can book the next slot findSlots offers on the stored ledger', async () => {
    const { store, deps } = setup();
    await requestOne(deps, 'apt_1');
    await requestOne(deps, 'apt_2');
    await confirmAppointment(deps, confirmInput('apt_1'));
    const ledgers = createDayBookingsRepository(store);
    const bookings = (await ledgers.listBookings(MONDAY, 1))._unsafeUnwrap();
    const [next] = findSlots(
      { services: ['OP-OIL'], after: NOW, from: MONDAY, horizonDays: 4 },
      deps.capacity,
      bookings,
    )._unsafeUnwrap();
    expect(next?.start).toBe('2026-11-30T00:30:00.000Z'); // 08:30 is still free; 09:00 is not
    const later = findSlots(
      { services: ['OP-OIL'], after: NOW, from: MONDAY, horizonDays: 4, limit: 40 },
      deps.capacity,
      bookings,
    )._unsafeUnwrap();
    expect(later.some((slot) => slot.start === slotAt('09:00').start)).toBe(false);
    expect((await confirmAppointment(deps, confirmInput('apt_2', next))).isOk()).toBe(true);
  });

  it('§3.1(4) cancelling releases the booking in the same unit of work; checking in keeps it', async () => {
    const { store, deps } = setup();
    await requestOne(deps, 'apt_1');
    await confirmAppointment(deps, confirmInput('apt_1'));
    const cancelled = await applyAppointmentCommand(deps, 'apt_1' as AppointmentId, {
      type: 'cancel',
      at: NOW,
      actor: advisor,
      reason: 'customer-request',
    });
    expect(cancelled._unsafeUnwrap().appointment.status).toBe('cancelled');
    expect(cancelled._unsafeUnwrap().ledger?.bookings).toEqual([]);
    await requestOne(deps, 'apt_2');
    expect((await confirmAppointment(deps, confirmInput('apt_2'))).isOk()).toBe(true);
    const arrived = await applyAppointmentCommand(deps, 'apt_2' as AppointmentId, {
      type: 'check-in',
      at: instant('2026-11-30T00:55:00.000Z'),
      actor: advisor,
    });
    expect(arrived._unsafeUnwrap().ledger).toBeNull();
    const ledger = (
      await createDayBookingsRepository(store).get(dayBookingsId(MONDAY))
    )._unsafeUnwrap();
    expect(ledger.bookings.map((b) => b.appointmentId)).toEqual(['apt_2']);
  });

  it('§3.1(4) a no-show and a reschedule release the slot too', async () => {
    const { store, deps } = setup();
    await requestOne(deps, 'apt_1');
    await confirmAppointment(deps, confirmInput('apt_1'));
    const noShow = await applyAppointmentCommand(deps, 'apt_1' as AppointmentId, {
      type: 'mark-no-show',
      at: instant('2026-11-30T02:00:00.000Z'),
      actor: advisor,
    });
    expect(noShow._unsafeUnwrap().ledger?.bookings).toEqual([]);
    await requestOne(deps, 'apt_2');
    await confirmAppointment(deps, confirmInput('apt_2', slotAt('15:00')));
    const moved = await applyAppointmentCommand(deps, 'apt_2' as AppointmentId, {
      type: 'reschedule',
      at: NOW,
      actor: advisor,
    });
    expect(moved._unsafeUnwrap().appointment.status).toBe('rescheduled');
    expect(moved._unsafeUnwrap().ledger?.bookings).toEqual([]);
    const byStatus = await createAppointmentRepository(store).listByStatus('rescheduled');
    expect(byStatus._unsafeUnwrap().map((a) => a.id)).toEqual(['apt_2']);
  });

  it('§3.1(3) a pricing error or an invalid step stores nothing', async () => {
    const { store, deps } = setup();
    await requestOne(deps, 'apt_1');
    const unpriced = {
      ...confirmInput('apt_1'),
      estimate: { quoteId: 'q_1', currency: 'CNY' as const, vehicleClass: 'Z' },
    };
    const failed = await confirmAppointment(deps, unpriced);
    expect(failed.isErr()).toBe(true);
    const invalid = await applyAppointmentCommand(deps, 'apt_1' as AppointmentId, {
      type: 'check-in',
      at: NOW,
      actor: advisor,
    });
    expect(invalid._unsafeUnwrapErr().code).toBe('invalid_transition');
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events.map((event) => event.type)).toEqual(['appointment.requested']);
    const missing = await confirmAppointment(deps, confirmInput('apt_404'));
    expect(missing._unsafeUnwrapErr().code).toBe('not_found');
  });

  it('§3.1(4) lists a day’s appointments for the desk and the no-show sweep', async () => {
    const { store, deps } = setup();
    await requestOne(deps, 'apt_1');
    await requestOne(deps, 'apt_2');
    await confirmAppointment(deps, confirmInput('apt_1'));
    const appointments = createAppointmentRepository(store);
    expect((await appointments.listByDate(MONDAY))._unsafeUnwrap().map((a) => a.id)).toEqual([
      'apt_1',
    ]);
    expect((await appointments.listByDate(date('2026-12-02')))._unsafeUnwrap()).toEqual([]);
    expect((await appointments.listByStatus('requested'))._unsafeUnwrap().map((a) => a.id)).toEqual(
      ['apt_2'],
    );
  });
});
