import { describe, expect, it } from 'vitest';
import {
  type Booking,
  defaultAppointmentConfig,
  findSlots,
  parseSlotRequest,
  type Slot,
  type SlotRequest,
} from '../../src/appointment/index';
import { parseTimeZone } from '../../src/shared/index';
import { booking, capacity, date, instant, NOW, rawCapacity, slotAt } from './fixtures';

const request = (overrides: Partial<SlotRequest> = {}): SlotRequest => ({
  services: ['OP-OIL'],
  after: NOW,
  ...overrides,
});

const slots = (overrides: Partial<SlotRequest> = {}, bookings: Booking[] = [], cap = capacity()) =>
  findSlots(request(overrides), cap, bookings)._unsafeUnwrap();

/** Local Shanghai wall time of an instant, `HH:mm`. */
const local = (at: string) => {
  const ms = Date.parse(at) + 8 * 3_600_000;
  return new Date(ms).toISOString().slice(11, 16);
};

const summary = (slot: Slot) =>
  `${slot.date} ${local(slot.start)}-${local(slot.end)} ${slot.advisorId} ${slot.bayId} ${slot.technicianId}`;

describe('findSlots', () => {
  it('§3.1(2) offers the earliest slot after the lead time with an advisor, a bay of the right type and a skilled technician', () => {
    const [first] = slots();
    expect(first).toEqual({
      date: '2026-11-27',
      start: '2026-11-27T02:00:00.000Z',
      end: '2026-11-27T02:30:00.000Z',
      advisorId: 'emp_a1',
      bayId: 'bay_x1',
      bayType: 'express',
      technicianId: 'emp_t1',
      serviceCodes: ['OP-OIL'],
      durationMinutes: 30,
    });
  });

  it('§3.1(2) respects the minimum lead time and the reception grid', () => {
    const config = { ...defaultAppointmentConfig, minLeadTimeMinutes: 0 };
    const at = instant('2026-11-27T01:07:00.000Z'); // 09:07 in Shanghai
    const [first] = findSlots(request({ after: at }), capacity(), [], config)._unsafeUnwrap();
    expect(local(first?.start ?? '')).toBe('09:15');
    const [withLead] = findSlots(request({ after: at }), capacity(), [])._unsafeUnwrap();
    expect(local(withLead?.start ?? '')).toBe('10:15');
  });

  it('§3.1(2) ranks earliest first and returns one slot per start time up to the limit', () => {
    const found = slots({ limit: 4 });
    expect(found.map(summary)).toEqual([
      '2026-11-27 10:00-10:30 emp_a1 bay_x1 emp_t1',
      '2026-11-27 10:15-10:45 emp_a1 bay_x1 emp_t1',
      '2026-11-27 10:30-11:00 emp_a1 bay_x1 emp_t1',
      '2026-11-27 10:45-11:15 emp_a1 bay_x1 emp_t1',
    ]);
    expect(slots()).toHaveLength(defaultAppointmentConfig.slotLimit);
  });

  it('§3.1(2) ranks the preferred advisor first, then advisor, bay and technician ids', () => {
    expect(summary(slots({ preferredAdvisorId: 'emp_a2' as never })[0] as Slot)).toBe(
      '2026-11-27 10:00-10:30 emp_a2 bay_x1 emp_t1',
    );
    const alternatives = slots({ services: ['OP-INSPECT'], alternativesPerStart: 5, limit: 5 });
    expect(alternatives.map(summary)).toEqual([
      '2026-11-27 10:00-11:00 emp_a1 bay_m1 emp_t1',
      '2026-11-27 10:00-11:00 emp_a1 bay_m1 emp_t2',
      '2026-11-27 10:00-11:00 emp_a1 bay_m2 emp_t1',
      '2026-11-27 10:00-11:00 emp_a1 bay_m2 emp_t2',
      '2026-11-27 10:00-11:00 emp_a2 bay_m1 emp_t1',
    ]);
  });

  it('§3.1(2) is deterministic whatever the order of the capacity lists', () => {
    const raw = rawCapacity();
    const reversed = capacity({
      bays: [...(raw.bays as unknown[])].reverse(),
      technicians: [...(raw.technicians as unknown[])].reverse(),
      advisors: [...(raw.advisors as unknown[])].reverse(),
    });
    const a = slots({ services: ['OP-INSPECT'], alternativesPerStart: 3, limit: 20 });
    const b = slots({ services: ['OP-INSPECT'], alternativesPerStart: 3, limit: 20 }, [], reversed);
    expect(b).toEqual(a);
  });

  it('§3.1(2) matches bay types and skills', () => {
    for (const slot of slots({ services: ['OP-BRAKE'], limit: 30 })) {
      expect(slot.technicianId).toBe('emp_t1'); // the only brakes technician
      expect(['bay_m1', 'bay_m2']).toContain(slot.bayId);
    }
    const [ev] = slots({ services: ['EV-BATT'] });
    expect([ev?.bayId, ev?.technicianId, ev?.bayType]).toEqual(['bay_e1', 'emp_t3', 'ev']);
  });

  it('§3.1(2) pauses work over the technician break and never starts inside it', () => {
    const found = slots({ services: ['OP-BRAKE'], limit: 40, horizonDays: 1 });
    const at1130 = found.find((slot) => local(slot.start) === '11:30');
    expect(at1130 && local(at1130.end)).toBe('14:00'); // 30 min before lunch + 60 after
    expect(found.some((slot) => local(slot.start) >= '12:00' && local(slot.start) < '13:00')).toBe(
      false,
    );
  });

  it('§3.1(2) stays inside opening hours and skips closed days, holidays and non-working days', () => {
    const found = slots({ services: ['OP-BRAKE'], limit: 200, horizonDays: 7 });
    for (const slot of found) {
      expect(local(slot.start) >= '08:30').toBe(true);
      expect(local(slot.end) <= '17:30').toBe(true);
    }
    const dates = new Set(found.map((slot) => slot.date));
    expect(dates.has(date('2026-11-29'))).toBe(false); // Sunday: closed
    expect(dates.has(date('2026-12-01'))).toBe(false); // public holiday
    expect(dates.has(date('2026-11-30'))).toBe(true);
    expect(local(found.at(-1)?.end ?? '')).toBe('17:30');
  });

  it('§3.1(2) never overlaps an existing booking of the bay or technician', () => {
    const held = booking(slotAt('10:00'), 'apt_x'); // Monday bay_x1 + emp_t1
    const monday = slots({ from: date('2026-11-30'), limit: 5 }, [held]);
    expect(monday.map(summary)).toEqual([
      '2026-11-30 08:30-09:00 emp_a1 bay_x1 emp_t1',
      '2026-11-30 08:45-09:15 emp_a1 bay_x1 emp_t1',
      '2026-11-30 09:00-09:30 emp_a1 bay_x1 emp_t1',
      '2026-11-30 09:15-09:45 emp_a1 bay_x1 emp_t1',
      '2026-11-30 09:30-10:00 emp_a1 bay_x1 emp_t1',
    ]);
    const later = slots({ from: date('2026-11-30'), limit: 20 }, [held]);
    expect(later.some((slot) => slot.start < held.end && slot.end > held.start)).toBe(false);
  });

  it('§3.1(2) fills each advisor reception slot only up to its limit', () => {
    const elsewhere = booking(
      slotAt('08:30', { bayId: 'bay_m1' as never, technicianId: 'emp_t3' as never }),
      'apt_y',
    );
    const [first] = slots({ from: date('2026-11-30') }, [elsewhere]);
    expect(summary(first as Slot)).toBe('2026-11-30 08:30-09:00 emp_a2 bay_x1 emp_t1');
    const both = [
      elsewhere,
      booking(
        slotAt('08:30', {
          advisorId: 'emp_a2' as never,
          bayId: 'bay_e1' as never,
          technicianId: 'emp_t3' as never,
        }),
        'apt_z',
      ),
    ];
    expect(local(slots({ from: date('2026-11-30') }, both)[0]?.start ?? '')).toBe('08:45');
  });

  it('§3.1(2) skips absent technicians and advisors and out-of-service bays', () => {
    const raw = rawCapacity();
    const technicians = (raw.technicians as Record<string, unknown>[]).map((t) =>
      t.id === 'emp_t1' ? { ...t, absences: ['2026-11-27'] } : t,
    );
    const bays = (raw.bays as Record<string, unknown>[]).map((b) =>
      b.id === 'bay_m1' ? { ...b, outOfService: ['2026-11-27'] } : b,
    );
    const advisors = (raw.advisors as Record<string, unknown>[]).map((a) =>
      a.id === 'emp_a1' ? { ...a, absences: ['2026-11-27'] } : a,
    );
    const cap = capacity({ technicians, bays, advisors });
    expect(summary(slots({ services: ['OP-INSPECT'] }, [], cap)[0] as Slot)).toBe(
      '2026-11-27 10:00-11:00 emp_a2 bay_m2 emp_t2',
    );
  });

  it('§3.1(2) searches only within the horizon and from the requested date', () => {
    expect(new Set(slots({ horizonDays: 1, limit: 100 }).map((s) => s.date))).toEqual(
      new Set(['2026-11-27']),
    );
    expect(slots({ from: date('2026-11-30') })[0]?.date).toBe('2026-11-30');
    expect(slots({ from: date('2027-01-30') })).toEqual([]);
  });

  it('§3.1(2) handles a daylight-saving change in the dealer zone without duplicate or skipped minutes', () => {
    const zone = parseTimeZone('America/New_York')._unsafeUnwrap();
    const sunday = { start: '01:00', end: '05:00' };
    const cap = capacity({
      openingHours: { sunday },
      closures: [],
      receptionSlotMinutes: 30,
      technicians: [{ id: 'emp_t1', skills: ['maintenance'], shifts: { sunday } }],
      advisors: [{ id: 'emp_a1', maxArrivalsPerSlot: 1, shifts: { sunday } }],
    });
    const config = { ...defaultAppointmentConfig, timeZone: zone, minLeadTimeMinutes: 0 };
    const found = findSlots(
      request({ after: instant('2026-03-08T05:00:00.000Z'), horizonDays: 1, limit: 50 }),
      cap,
      [],
      config,
    )._unsafeUnwrap();
    // 01:00 EST = 06:00Z; 02:00 does not exist (clocks jump to 03:00 EDT = 07:00Z); close 05:00 EDT = 09:00Z.
    expect(found.map((slot) => slot.start.slice(11, 16))).toEqual([
      '06:00',
      '06:30',
      '07:00',
      '07:30',
      '08:00',
      '08:30',
    ]);
    expect(
      found.every((slot) => Date.parse(slot.end) - Date.parse(slot.start) === 30 * 60_000),
    ).toBe(true);
  });

  it('§3.1(2) rejects an unknown service, mixed bay types, a horizon too long and a limit too large', () => {
    const cap = capacity();
    expect(findSlots(request({ services: ['NOPE'] }), cap, [])._unsafeUnwrapErr()).toEqual({
      code: 'service_unknown',
      clause: '§3.1(2)',
      data: { serviceCode: 'NOPE' },
    });
    expect(
      findSlots(request({ services: ['OP-OIL', 'OP-BRAKE'] }), cap, [])._unsafeUnwrapErr().code,
    ).toBe('service_bay_types_mixed');
    expect(findSlots(request({ horizonDays: 61 }), cap, [])._unsafeUnwrapErr()).toEqual({
      code: 'horizon_too_long',
      clause: '§3.1(2)',
      data: { horizonDays: 61, maxHorizonDays: 60 },
    });
    expect(findSlots(request({ limit: 201 }), cap, [])._unsafeUnwrapErr().code).toBe(
      'slot_limit_too_large',
    );
  });

  it('§3.1(2) parses slot requests at the boundary without throwing', () => {
    expect(parseSlotRequest({ services: ['OP-OIL'], after: NOW }).isOk()).toBe(true);
    expect(parseSlotRequest({ services: [], after: NOW }).isErr()).toBe(true);
    expect(parseSlotRequest({ services: ['A', 'A'], after: NOW }).isErr()).toBe(true);
    expect(parseSlotRequest({ services: ['OP-OIL'], after: 'yesterday' }).isErr()).toBe(true);
    expect(parseSlotRequest(null).isErr()).toBe(true);
    expect(parseSlotRequest({ services: ['x'.repeat(1_000_000)], after: NOW }).isErr()).toBe(true);
  });

  it('§3.1(2) returns nothing when no bay or technician can do the job', () => {
    expect(slots({}, [], capacity({ bays: [] }))).toEqual([]);
    expect(slots({}, [], capacity({ advisors: [] }))).toEqual([]);
  });
});
