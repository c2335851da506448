import type { Result } from 'neverthrow';
import {
  type Appointment,
  type AppointmentRequest,
  type Booking,
  type ConfirmCommand,
  describeItems,
  parseAppointmentRequest,
  parseWorkshopCapacity,
  requestAppointment,
  type Slot,
  transition,
  type WorkshopCapacity,
} from '../../src/appointment/index';
import { type Actor, parseActor } from '../../src/org/index';
import {
  type PriceListVersion,
  parsePriceListVersion,
  type Quote,
  quote,
} from '../../src/pricing/index';
import type { CalendarDate, Instant, ValidationError } from '../../src/shared/index';

/** Friday 2026-11-27, 09:00 in Shanghai. */
export const NOW = '2026-11-27T01:00:00.000Z' as Instant;
/** Monday 2026-11-30 in the dealer's zone. */
export const MONDAY = '2026-11-30' as CalendarDate;

export const instant = (text: string) => text as Instant;
export const date = (text: string) => text as CalendarDate;

/** `path:reason` of every issue of a failed parse, for compact assertions. */
export function reasons(result: Result<unknown, ValidationError>): string[] {
  return result._unsafeUnwrapErr().data.issues.map((issue) => `${issue.path}:${issue.reason}`);
}

export function actor(id: string, roles: readonly string[]): Actor {
  return parseActor({ id, roles })._unsafeUnwrap();
}

export const advisor = actor('emp_a1', ['service-advisor']);
export const technicianActor = actor('emp_t1', ['technician']);

const weekdays = (window: Record<string, unknown>) => ({
  monday: window,
  tuesday: window,
  wednesday: window,
  thursday: window,
  friday: window,
  saturday: window,
});

const shift = { start: '08:30', end: '17:30', breaks: [{ start: '12:00', end: '13:00' }] };

/** A small workshop: Monday–Saturday 08:30–17:30, lunch 12:00–13:00. */
export function rawCapacity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    openingHours: weekdays({ start: '08:30', end: '17:30' }),
    closures: [{ date: '2026-12-01', kind: 'public-holiday', name: '测试假日' }],
    receptionSlotMinutes: 15,
    bays: [
      { id: 'bay_x1', type: 'express' },
      { id: 'bay_m2', type: 'mechanical' },
      { id: 'bay_m1', type: 'mechanical' },
      { id: 'bay_e1', type: 'ev' },
    ],
    technicians: [
      { id: 'emp_t2', skills: ['maintenance'], shifts: weekdays(shift) },
      { id: 'emp_t1', skills: ['maintenance', 'brakes'], shifts: weekdays(shift) },
      { id: 'emp_t3', skills: ['ev-high-voltage'], shifts: weekdays(shift) },
    ],
    advisors: [
      { id: 'emp_a2', maxArrivalsPerSlot: 1, shifts: weekdays({ start: '08:30', end: '17:00' }) },
      { id: 'emp_a1', maxArrivalsPerSlot: 1, shifts: weekdays({ start: '08:30', end: '17:00' }) },
    ],
    services: [
      {
        code: 'OP-OIL',
        name: '更换机油',
        durationMinutes: 30,
        bayType: 'express',
        skill: 'maintenance',
        parts: [
          { partNumber: 'P-FILTER', quantity: '1' },
          { partNumber: 'P-OIL', quantity: '4.5' },
        ],
      },
      {
        code: 'OP-BRAKE',
        name: '更换刹车片',
        durationMinutes: 90,
        bayType: 'mechanical',
        skill: 'brakes',
      },
      {
        code: 'OP-INSPECT',
        name: '四轮定位检查',
        durationMinutes: 60,
        bayType: 'mechanical',
        skill: 'maintenance',
        parts: [{ partNumber: 'P-FILTER', quantity: '0.5' }],
      },
      {
        code: 'EV-BATT',
        name: '动力电池检测',
        durationMinutes: 120,
        bayType: 'ev',
        skill: 'ev-high-voltage',
      },
    ],
    ...overrides,
  };
}

export function capacity(overrides: Record<string, unknown> = {}): WorkshopCapacity {
  return parseWorkshopCapacity(rawCapacity(overrides))._unsafeUnwrap();
}

const cny = (amount: string) => ({ amount, currency: 'CNY' as const });
const explanation = { 'zh-CN': '价格说明', en: 'How the price is made up' };
const noFees = { labour: cny('0.00'), material: cny('0.00'), transport: cny('0.00') };

/** A published price list covering the catalogue's op codes and parts. */
export const priceList: PriceListVersion = parsePriceListVersion({
  id: 'plv_1',
  priceListId: 'pl_main',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  status: 'published',
  currency: 'CNY',
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  reviewedAt: '2026-01-01T00:00:00.000Z',
  publications: [],
  items: [
    ['OP-OIL', '0.5', '100.00'],
    ['OP-BRAKE', '1.5', '270.00'],
    ['OP-INSPECT', '1', '200.00'],
  ]
    .map(([opCode, quotaHours, labour]) => ({
      kind: 'labour',
      opCode,
      vehicleClass: 'B',
      quotaHours,
      hourlyRate: cny('200.00'),
      name: String(opCode),
      category: 'maintenance',
      cost: cny('10.00'),
      components: { ...noFees, labour: cny(String(labour)) },
      explanation,
    }))
    .concat(
      [
        ['P-FILTER', '80.00'],
        ['P-OIL', '65.50'],
      ].map(([partNumber, price]) => ({
        kind: 'part',
        partNumber: String(partNumber),
        grade: 'oem',
        unit: 'pc',
        unitPrice: cny(String(price)),
        name: String(partNumber),
        category: 'maintenance',
        cost: cny('10.00'),
        components: { ...noFees, material: cny(String(price)) },
        explanation,
      })) as never[],
    ),
})._unsafeUnwrap();

/** A real estimate from `pricing.quote` for some labour op codes. */
export function estimateFor(codes: readonly string[], id = 'q_1'): Quote {
  return quote(
    {
      id: id as Quote['id'],
      at: NOW,
      currency: 'CNY',
      vehicleClass: 'B',
      lines: codes.map((opCode) => ({ kind: 'labour' as const, opCode, quantity: '1' })),
    },
    { priceLists: [priceList] },
  )._unsafeUnwrap();
}

export const VIN = 'LSVAM4187C2184847';

export function rawRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customerId: 'cus_1',
    channel: 'phone',
    vehicleId: 'veh_1',
    vin: VIN,
    services: ['OP-OIL'],
    ...overrides,
  };
}

export function appointmentRequest(overrides: Record<string, unknown> = {}): AppointmentRequest {
  return parseAppointmentRequest(rawRequest(overrides))._unsafeUnwrap();
}

/** A freshly requested appointment. */
export function requested(id = 'apt_1', overrides: Record<string, unknown> = {}): Appointment {
  return requestAppointment(appointmentRequest(overrides), {
    id: id as Appointment['id'],
    at: NOW,
    actor: advisor,
    catalogue: capacity().services,
  })._unsafeUnwrap().state;
}

/** A slot on Monday at `hhmm` (Shanghai) for `services` with the given resources. */
export function slotAt(hhmm: string, overrides: Partial<Slot> = {}): Slot {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  const start = Date.UTC(2026, 10, 30, hours - 8, minutes);
  return {
    date: MONDAY,
    start: new Date(start).toISOString() as Instant,
    end: new Date(start + 30 * 60_000).toISOString() as Instant,
    advisorId: 'emp_a1' as Slot['advisorId'],
    bayId: 'bay_x1' as Slot['bayId'],
    bayType: 'express',
    technicianId: 'emp_t1' as Slot['technicianId'],
    serviceCodes: ['OP-OIL'],
    durationMinutes: 30,
    ...overrides,
  };
}

export function confirmCommand(slot: Slot, at: Instant = NOW, by: Actor = advisor): ConfirmCommand {
  return {
    type: 'confirm',
    at,
    actor: by,
    slot,
    items: describeItems(slot.serviceCodes, capacity().services)._unsafeUnwrap(),
    estimate: estimateFor(slot.serviceCodes),
  };
}

/** A confirmed appointment at Monday 09:00. */
export function confirmed(id = 'apt_1', slot: Slot = slotAt('09:00')): Appointment {
  return transition(requested(id), confirmCommand(slot))._unsafeUnwrap().state;
}

/** A booking as held in a ledger. */
export function booking(slot: Slot, appointmentId: string): Booking {
  const { start, end, advisorId, bayId, technicianId } = slot;
  return {
    appointmentId: appointmentId as Booking['appointmentId'],
    start,
    end,
    advisorId,
    bayId,
    technicianId,
  };
}
