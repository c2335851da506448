import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AppointmentId,
  type Booking,
  checkSlot,
  type DayBookings,
  defaultAppointmentConfig,
  emptyDayBookings,
  findSlots,
  parseWorkshopCapacity,
  reserveSlot,
  type Slot,
  type SlotRequest,
  WEEKDAYS,
  type WorkshopCapacity,
} from '../../src/appointment/index';
import type { CalendarDate, Instant } from '../../src/shared/index';

/** Friday 2026-11-27 00:00 in Shanghai (UTC+8, no DST). */
const DAY0 = Date.UTC(2026, 10, 26, 16, 0);
const NOW = new Date(DAY0).toISOString() as Instant;
const HOUR = 3_600_000;
const MINUTE = 60_000;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** Minutes since local midnight and local date of an instant in Shanghai. */
const localMinutes = (at: string) =>
  Math.round(((Date.parse(at) + 8 * HOUR) % (24 * HOUR)) / MINUTE);
const localDate = (at: string) => new Date(Date.parse(at) + 8 * HOUR).toISOString().slice(0, 10);
const wallMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const SKILLS = ['a', 'b', 'c'] as const;
const SERVICES = [
  { code: 'S-EXP', name: 'express', durationMinutes: 30, bayType: 'express', skill: 'a' },
  { code: 'S-MECH', name: 'mechanical', durationMinutes: 90, bayType: 'mechanical', skill: 'b' },
  { code: 'S-LONG', name: 'long', durationMinutes: 200, bayType: 'mechanical', skill: 'c' },
] as const;

const quarter = (min: number, max: number) =>
  fc.integer({ min: min / 15, max: max / 15 }).map((q) => q * 15);

const windowArb = fc
  .tuple(quarter(360, 660), quarter(840, 1320))
  .map(([start, end]) => ({ start: hhmm(start), end: hhmm(end) }));

const shiftArb = fc
  .record({
    start: quarter(360, 600),
    end: quarter(900, 1380),
    lunch: fc.option(quarter(690, 780), { nil: undefined }),
  })
  .map(({ start, end, lunch }) => ({
    start: hhmm(start),
    end: hhmm(end),
    ...(lunch === undefined ? {} : { breaks: [{ start: hhmm(lunch), end: hhmm(lunch + 45) }] }),
  }));

const weeklyArb = <T>(entry: fc.Arbitrary<T>) =>
  fc.record(
    Object.fromEntries(WEEKDAYS.map((day) => [day, fc.option(entry, { nil: undefined })])),
  ) as fc.Arbitrary<Record<string, T | undefined>>;

const capacityArb: fc.Arbitrary<WorkshopCapacity> = fc
  .record({
    openingHours: weeklyArb(windowArb),
    closures: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
    receptionSlotMinutes: fc.constantFrom(10, 15, 30),
    bays: fc.array(fc.constantFrom('express', 'mechanical'), { minLength: 1, maxLength: 5 }),
    technicians: fc.array(
      fc.record({
        skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { minLength: 1, maxLength: 3 }),
        shifts: weeklyArb(shiftArb),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    advisors: fc.array(
      fc.record({ max: fc.integer({ min: 1, max: 2 }), shifts: weeklyArb(windowArb) }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((raw) =>
    parseWorkshopCapacity({
      openingHours: raw.openingHours,
      closures: raw.closures.map((offset) => ({
        date: new Date(DAY0 + 8 * HOUR + offset * 24 * HOUR).toISOString().slice(0, 10),
        kind: 'closure',
      })),
      receptionSlotMinutes: raw.receptionSlotMinutes,
      bays: raw.bays.map((type, i) => ({ id: `bay_${i}`, type })),
      technicians: raw.technicians.map((t, i) => ({ id: `emp_t${i}`, ...t })),
      advisors: raw.advisors.map((a, i) => ({
        id: `emp_a${i}`,
        maxArrivalsPerSlot: a.max,
        shifts: a.shifts,
      })),
      services: SERVICES,
    })._unsafeUnwrap(),
  );

function bookingsArb(capacity: WorkshopCapacity): fc.Arbitrary<Booking[]> {
  const raw = fc.record({
    quarterHour: fc.integer({ min: 0, max: 10 * 96 }),
    minutes: fc.integer({ min: 15, max: 240 }),
    bay: fc.nat(),
    technician: fc.nat(),
    advisor: fc.nat(),
  });
  return fc.array(raw, { maxLength: 40 }).map((list) =>
    list.map((b, i) => {
      const start = DAY0 + b.quarterHour * 15 * MINUTE;
      const pick = <T extends { id: string }>(list: readonly T[], n: number) =>
        (list[n % list.length] as T).id;
      return {
        appointmentId: `apt_old${i}`,
        start: new Date(start).toISOString(),
        end: new Date(start + b.minutes * MINUTE).toISOString(),
        bayId: pick(capacity.bays, b.bay),
        technicianId: pick(capacity.technicians, b.technician),
        advisorId: pick(capacity.advisors, b.advisor),
      } as Booking;
    }),
  );
}

const requestArb: fc.Arbitrary<SlotRequest> = fc.record({
  services: fc.constantFrom(['S-EXP'], ['S-MECH'], ['S-LONG']),
  after: fc
    .integer({ min: 0, max: 3 * 96 })
    .map((q) => new Date(DAY0 + q * 15 * MINUTE).toISOString() as Instant),
  horizonDays: fc.integer({ min: 1, max: 7 }),
  limit: fc.integer({ min: 1, max: 40 }),
  alternativesPerStart: fc.integer({ min: 1, max: 3 }),
});

const scenarioArb = capacityArb.chain((capacity) =>
  fc.record({
    capacity: fc.constant(capacity),
    bookings: bookingsArb(capacity),
    request: requestArb,
  }),
);

/** Reserves each slot in turn in its day's ledger; returns the bookings that succeeded. */
function bookOneAfterAnother(
  found: readonly Slot[],
  ledgerOf: (date: string) => DayBookings,
  store: (date: string, ledger: DayBookings) => void,
  capacity: WorkshopCapacity,
): Booking[] {
  const added: Booking[] = [];
  found.forEach((slot, i) => {
    const id = `apt_new${i}` as AppointmentId;
    const result = reserveSlot(ledgerOf(slot.date), id, slot, { at: NOW, capacity });
    if (i === 0) expect(result.isOk()).toBe(true);
    if (result.isErr()) {
      expect(result.error.code).toBe('slot_unavailable');
      return;
    }
    store(slot.date, result.value.state);
    added.push(result.value.state.bookings.find((b) => b.appointmentId === id) as Booking);
  });
  return added;
}

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start < b.end && b.start < a.end;

/** No other booking shares a bay or technician with `mine` at an overlapping time. */
function expectNoClash(mine: Booking, all: readonly Booking[]): void {
  for (const other of all) {
    if (other === mine) continue;
    const shares = other.bayId === mine.bayId || other.technicianId === mine.technicianId;
    if (shares) expect(overlaps(mine, other)).toBe(false);
  }
}

function search(s: { capacity: WorkshopCapacity; bookings: Booking[]; request: SlotRequest }) {
  return findSlots(s.request, s.capacity, s.bookings)._unsafeUnwrap();
}

describe('slot search properties', () => {
  it('§3.1(2) no returned slot overlaps a booking of its bay or technician, nor overfills a reception slot', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const step = scenario.capacity.receptionSlotMinutes * MINUTE;
        for (const slot of search(scenario)) {
          for (const held of scenario.bookings) {
            if (held.bayId === slot.bayId) expect(overlaps(slot, held)).toBe(false);
            if (held.technicianId === slot.technicianId) expect(overlaps(slot, held)).toBe(false);
          }
          const advisor = scenario.capacity.advisors.find((a) => a.id === slot.advisorId);
          const arrivals = scenario.bookings.filter(
            (held) =>
              held.advisorId === slot.advisorId &&
              Date.parse(held.start) >= Date.parse(slot.start) &&
              Date.parse(held.start) < Date.parse(slot.start) + step,
          ).length;
          expect(arrivals).toBeLessThan(advisor?.maxArrivalsPerSlot ?? 0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('§3.1(2) every slot lies inside opening hours and shifts, on an open day, after the lead time, earliest first', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const found = search(scenario);
        const earliest =
          Date.parse(scenario.request.after) + defaultAppointmentConfig.minLeadTimeMinutes * MINUTE;
        const closed = new Set(scenario.capacity.closures.map((c) => c.date));
        let previous = '';
        for (const slot of found) {
          const weekday = WEEKDAYS[
            (new Date(`${slot.date}T00:00:00Z`).getUTCDay() + 6) % 7
          ] as string;
          const hours = scenario.capacity.openingHours[weekday as 'monday'];
          expect(hours).toBeDefined();
          expect(closed.has(slot.date)).toBe(false);
          expect(localDate(slot.start)).toBe(slot.date);
          expect(localMinutes(slot.start)).toBeGreaterThanOrEqual(
            wallMinutes(hours?.start ?? '00:00'),
          );
          expect(localMinutes(slot.end) || 1440).toBeLessThanOrEqual(
            wallMinutes(hours?.end ?? '00:00'),
          );
          const shift = scenario.capacity.technicians.find((t) => t.id === slot.technicianId)
            ?.shifts[weekday as 'monday'];
          expect(localMinutes(slot.start)).toBeGreaterThanOrEqual(
            wallMinutes(shift?.start ?? '24:00'),
          );
          expect(localMinutes(slot.end)).toBeLessThanOrEqual(wallMinutes(shift?.end ?? '00:00'));
          expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(earliest);
          expect(Date.parse(slot.end) - Date.parse(slot.start)).toBeGreaterThanOrEqual(
            slot.durationMinutes * MINUTE,
          );
          expect(slot.start >= previous).toBe(true);
          previous = slot.start;
        }
        expect(found.length).toBeLessThanOrEqual(scenario.request.limit ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it('§3.1(2) skills and bay types always match the services', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const service = SERVICES.find((s) => s.code === scenario.request.services[0]);
        for (const slot of search(scenario)) {
          const bay = scenario.capacity.bays.find((b) => b.id === slot.bayId);
          const technician = scenario.capacity.technicians.find((t) => t.id === slot.technicianId);
          expect(bay?.type).toBe(service?.bayType);
          expect(slot.bayType).toBe(service?.bayType);
          expect(technician?.skills).toContain(service?.skill);
          expect(slot.durationMinutes).toBe(service?.durationMinutes);
          expect(checkSlot(slot, scenario.capacity, scenario.bookings).isOk()).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('§3.1(2) booking every returned slot one after another never double-books', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const found = search(scenario);
        const ledgers = new Map<string, DayBookings>();
        const ledgerOf = (date: string) => {
          const existing = ledgers.get(date);
          if (existing) return existing;
          const held = scenario.bookings.filter((b) => localDate(b.start) === date);
          return { ...emptyDayBookings(date as CalendarDate, NOW), bookings: held };
        };
        const added = bookOneAfterAnother(
          found,
          ledgerOf,
          (date, ledger) => ledgers.set(date, ledger),
          scenario.capacity,
        );
        const all = [...scenario.bookings, ...added];
        for (const mine of added) expectNoClash(mine, all);
      }),
      { numRuns: 150 },
    );
  });

  it('§3.1(2) parseWorkshopCapacity never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        expect(parseWorkshopCapacity(input).isErr()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
