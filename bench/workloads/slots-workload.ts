import {
  type Booking,
  BookingSchema,
  parseSlotRequest,
  parseWorkshopCapacity,
  type SlotRequest,
  type WorkshopCapacity,
} from 'aftersales/appointment';
import { createRandom, type Random } from '../lib/random';

/**
 * The slots workload: a workshop with 20 bays, 40 technicians and 6
 * advisors open Monday–Saturday 08:30–17:30 (lunch 12:00–13:00, one public
 * holiday), and existing bookings spread over the 30-day horizon that never
 * double-book a bay or a technician. Booking sets of every size are prefixes
 * of one generated sequence, so a larger set holds the smaller ones.
 */
export interface SlotsWorkload {
  readonly capacity: WorkshopCapacity;
  readonly bookings: readonly Booking[];
  /** The booking screen: up to 200 slots (the maximum) over 30 days. */
  readonly request: SlotRequest;
  /** The first page only: the default 10 slots. */
  readonly firstPage: SlotRequest;
}

const FIRST_DAY_UTC = Date.UTC(2026, 2, 2); // Monday 2 March 2026
const HORIZON_DAYS = 30;
const HOLIDAY = 18; // day index of the public holiday
const OPEN = 8 * 60 + 30;
const CLOSE = 17 * 60 + 30;
const SHANGHAI_OFFSET = 8 * 60;
const DURATIONS = [30, 60, 60, 90, 90, 120, 180, 240];

const BAY_PLAN = [
  ...Array.from({ length: 12 }, () => 'mechanical'),
  ...Array.from({ length: 4 }, () => 'express'),
  'body',
  'body',
  'ev',
  'ev',
] as const;
const SKILLS = ['maintenance', 'brakes', 'engine', 'electrical', 'body', 'ev-high-voltage'];

const dateOf = (day: number) =>
  new Date(FIRST_DAY_UTC + day * 86_400_000).toISOString().slice(0, 10);
const instantOf = (day: number, wallMinute: number) =>
  new Date(
    FIRST_DAY_UTC + day * 86_400_000 + (wallMinute - SHANGHAI_OFFSET) * 60_000,
  ).toISOString();
const isOpen = (day: number) =>
  day !== HOLIDAY && new Date(FIRST_DAY_UTC + day * 86_400_000).getUTCDay() !== 0;

const window = (start: string, end: string) => ({ start, end });
const sixDays = <T>(entry: T) => ({
  monday: entry,
  tuesday: entry,
  wednesday: entry,
  thursday: entry,
  friday: entry,
  saturday: entry,
});

function technicians(random: Random): unknown[] {
  return Array.from({ length: 40 }, (_, n) => {
    const skills = SKILLS.filter((_, k) => k === n % SKILLS.length || random.chance(0.3));
    return {
      id: `emp_t${String(n).padStart(2, '0')}`,
      skills,
      shifts: sixDays({ start: '08:30', end: '17:30', breaks: [window('12:00', '13:00')] }),
      absences: random.chance(0.2) ? [dateOf(random.int(0, HORIZON_DAYS - 1))] : [],
    };
  });
}

function capacityInput(random: Random): unknown {
  return {
    openingHours: sixDays(window('08:30', '17:30')),
    closures: [{ date: dateOf(HOLIDAY), kind: 'public-holiday', name: 'Holiday' }],
    receptionSlotMinutes: 15,
    bays: BAY_PLAN.map((type, n) => ({ id: `bay_${String(n).padStart(2, '0')}`, type })),
    technicians: technicians(random),
    advisors: Array.from({ length: 6 }, (_, n) => ({
      id: `emp_a${n}`,
      maxArrivalsPerSlot: 2,
      shifts: sixDays(window('08:30', '17:00')),
    })),
    services: [
      {
        code: 'OP-OIL',
        name: 'Oil change',
        durationMinutes: 30,
        bayType: 'express',
        skill: 'maintenance',
      },
      {
        code: 'OP-BRAKE',
        name: 'Brake service',
        durationMinutes: 90,
        bayType: 'mechanical',
        skill: 'brakes',
      },
      {
        code: 'OP-ENGINE',
        name: 'Engine repair',
        durationMinutes: 180,
        bayType: 'mechanical',
        skill: 'engine',
      },
    ],
  };
}

/** Bookings placed one after another on random open days, never overlapping per bay or technician. */
function generateBookings(random: Random, count: number): Booking[] {
  const bayFree: number[][] = Array.from({ length: HORIZON_DAYS }, () => BAY_PLAN.map(() => OPEN));
  const techFree: number[][] = Array.from({ length: HORIZON_DAYS }, () => Array(40).fill(OPEN));
  const bookings: Booking[] = [];
  let attempts = 0;
  while (bookings.length < count) {
    attempts += 1;
    if (attempts > count * 50) throw new Error(`cannot place ${count} bookings`);
    const day = random.int(0, HORIZON_DAYS - 1);
    if (!isOpen(day)) continue;
    const bay = random.int(0, BAY_PLAN.length - 1);
    const tech = random.int(0, 39);
    const duration = random.pick(DURATIONS);
    const earliest = Math.max(bayFree[day]?.[bay] ?? OPEN, techFree[day]?.[tech] ?? OPEN);
    const start = Math.ceil(earliest / 15) * 15 + 15 * random.int(0, 2);
    if (start + duration > CLOSE) continue;
    (bayFree[day] as number[])[bay] = start + duration;
    (techFree[day] as number[])[tech] = start + duration;
    const booking = BookingSchema.parse({
      appointmentId: `apt_${bookings.length}`,
      start: instantOf(day, start),
      end: instantOf(day, start + duration),
      advisorId: `emp_a${random.int(0, 5)}`,
      bayId: `bay_${String(bay).padStart(2, '0')}`,
      technicianId: `emp_t${String(tech).padStart(2, '0')}`,
    });
    bookings.push(booking);
  }
  return bookings;
}

function unwrap<T>(result: {
  isOk(): boolean;
  _unsafeUnwrap(): T;
  _unsafeUnwrapErr(): unknown;
}): T {
  if (!result.isOk())
    throw new Error(`workload does not parse: ${JSON.stringify(result._unsafeUnwrapErr())}`);
  return result._unsafeUnwrap();
}

export function createSlotsWorkload(seed: number, maxBookings: number): SlotsWorkload {
  const random = createRandom(seed);
  const capacity = unwrap(parseWorkshopCapacity(capacityInput(random)));
  const bookings = generateBookings(random, maxBookings);
  // "Now" is Monday 2 March 08:00 in Shanghai: the horizon starts with the first booked day.
  const base = { services: ['OP-BRAKE'], after: instantOf(0, 8 * 60), horizonDays: HORIZON_DAYS };
  return {
    capacity,
    bookings,
    request: unwrap(parseSlotRequest({ ...base, limit: 200 })),
    firstPage: unwrap(parseSlotRequest(base)),
  };
}
