import { describe, expect, it } from 'vitest';
import {
  type AppointmentId,
  bookingOfSlot,
  dayBookingsId,
  emptyDayBookings,
  parseDayBookings,
  releaseSlot,
  reserveSlot,
} from '../../src/appointment/index';
import { isJsonSafe } from '../../src/shared/index';
import { capacity, date, instant, MONDAY, NOW, slotAt } from './fixtures';

const apt = (id: string) => id as AppointmentId;
const context = { at: NOW, capacity: capacity() };

describe('day booking ledger', () => {
  it('§3.1(2) reserves a free slot and records a slot-reserved event without customer data', () => {
    const ledger = emptyDayBookings(MONDAY, NOW);
    expect(ledger.id).toBe('day-bookings:2026-11-30');
    const { state, events } = reserveSlot(
      ledger,
      apt('apt_1'),
      slotAt('09:00'),
      context,
    )._unsafeUnwrap();
    expect(state.bookings).toEqual([bookingOfSlot(slotAt('09:00'), apt('apt_1'))]);
    expect(state.version).toBe(0); // storage bumps it
    expect(events).toEqual([
      {
        type: 'appointment.slot-reserved',
        aggregateType: 'appointment-day-bookings',
        aggregateId: dayBookingsId(MONDAY),
        at: NOW,
        payload: bookingOfSlot(slotAt('09:00'), apt('apt_1')),
      },
    ]);
    expect(isJsonSafe(state)).toBe(true);
    expect(parseDayBookings(JSON.parse(JSON.stringify(state)))._unsafeUnwrap()).toEqual(state);
    expect(ledger.bookings).toEqual([]); // input untouched
  });

  it('§3.1(2) refuses a second booking of the same bay and technician: never double-books', () => {
    const first = reserveSlot(
      emptyDayBookings(MONDAY, NOW),
      apt('apt_1'),
      slotAt('09:00'),
      context,
    );
    const ledger = first._unsafeUnwrap().state;
    const again = reserveSlot(
      ledger,
      apt('apt_2'),
      slotAt('09:15', { advisorId: 'emp_a2' as never }),
      context,
    );
    expect(again._unsafeUnwrapErr()).toEqual({
      code: 'slot_unavailable',
      clause: '§3.1(2)',
      data: { start: slotAt('09:15').start, resource: 'bay', resourceId: 'bay_x1', reason: 'busy' },
    });
    // The same time with the other technician is still taken by the bay; a full reception slot too.
    const sameAdvisor = slotAt('09:00', {
      bayId: 'bay_m1' as never,
      bayType: 'mechanical',
      serviceCodes: ['OP-INSPECT'],
      technicianId: 'emp_t2' as never,
      durationMinutes: 60,
      end: instant('2026-11-30T02:00:00.000Z'),
    });
    expect(
      reserveSlot(ledger, apt('apt_3'), sameAdvisor, context)._unsafeUnwrapErr().data,
    ).toMatchObject({
      resource: 'advisor',
      reason: 'full',
    });
    expect(
      reserveSlot(ledger, apt('apt_1'), slotAt('15:00'), context)._unsafeUnwrapErr().code,
    ).toBe('appointment_already_booked');
  });

  it('§3.1(2) refuses a slot in the past, on another day, or one that no longer fits the capacity', () => {
    const ledger = emptyDayBookings(MONDAY, NOW);
    const late = { ...context, at: instant('2026-11-30T05:00:00.000Z') };
    expect(reserveSlot(ledger, apt('apt_1'), slotAt('09:00'), late)._unsafeUnwrapErr()).toEqual({
      code: 'slot_in_past',
      clause: '§3.1(2)',
      data: { start: slotAt('09:00').start, at: late.at },
    });
    const other = emptyDayBookings(date('2026-12-02'), NOW);
    expect(reserveSlot(other, apt('apt_1'), slotAt('09:00'), context)._unsafeUnwrapErr().code).toBe(
      'booking_day_mismatch',
    );
    const tampered = slotAt('09:00', { end: instant('2026-11-30T01:15:00.000Z') });
    expect(
      reserveSlot(ledger, apt('apt_1'), tampered, context)._unsafeUnwrapErr().data,
    ).toMatchObject({
      resource: 'technician',
      reason: 'duration',
    });
  });

  it('§3.1(4) releasing a booking frees the slot again; releasing twice changes nothing', () => {
    const held = reserveSlot(
      emptyDayBookings(MONDAY, NOW),
      apt('apt_1'),
      slotAt('09:00'),
      context,
    )._unsafeUnwrap().state;
    const released = releaseSlot(held, apt('apt_1'), NOW);
    expect(released.state.bookings).toEqual([]);
    expect(released.events[0]?.type).toBe('appointment.slot-released');
    expect(releaseSlot(released.state, apt('apt_1'), NOW)).toEqual({
      state: released.state,
      events: [],
    });
    expect(reserveSlot(released.state, apt('apt_2'), slotAt('09:00'), context).isOk()).toBe(true);
  });
});
