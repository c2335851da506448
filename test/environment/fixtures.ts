import {
  type Meter,
  type MeterReading,
  type MeterReadingArguments,
  recordMeterReading,
  recordWasteLot,
  registerMeter,
  registerWasteHandler,
  transitionWasteLot,
  type WasteHandler,
  type WasteHandlerInput,
  type WasteLot,
  type WasteLotCommand,
  type WasteLotInput,
} from '../../src/environment/index';
import { type Actor, parseActor, type Role } from '../../src/org/index';
import {
  type CalendarDate,
  type Instant,
  parseCalendarDate,
  parseInstant,
} from '../../src/shared/index';

/** A parsed instant; throws only if the fixture itself is wrong. */
export function at(text: string): Instant {
  return parseInstant(text)._unsafeUnwrap();
}

export function date(text: string): CalendarDate {
  return parseCalendarDate(text)._unsafeUnwrap();
}

export function actor(id: string, ...roles: Role[]): Actor {
  return parseActor({ id, roles })._unsafeUnwrap();
}

export const supervisor = actor('emp_ws', 'workshop-supervisor');
export const safetyOfficer = actor('emp_so', 'safety-officer');
export const manager = actor('emp_sm', 'service-manager');
export const technician = actor('emp_t', 'technician');

export const T0 = at('2026-03-02T02:00:00.000Z'); // 10:00 in Shanghai

export const hazardousHandlerInput: WasteHandlerInput = {
  name: '江苏某环保科技有限公司',
  licenceNumber: 'JS3201OOD123',
  licenceValidFrom: '2025-01-01',
  licenceValidUntil: '2027-12-31',
  hazardousClasses: ['HW08', 'HW12', 'HW31', 'HW49'],
};

export function handler(overrides: Partial<WasteHandlerInput> = {}, id = 'wh_1'): WasteHandler {
  return registerWasteHandler(
    { ...hazardousHandlerInput, ...overrides },
    { id, at: T0, actor: safetyOfficer },
  )._unsafeUnwrap().handler;
}

export const recycler = (): WasteHandler =>
  handler(
    { name: '再生资源回收站', licenceNumber: 'ZS-0001', hazardousClasses: [] },
    'wh_recycler',
  );

export function generate(
  input: Partial<WasteLotInput> = {},
  id = 'wl_1',
  when: Instant = T0,
): WasteLot {
  return recordWasteLot(
    { category: 'used-oil', weightKg: '18.5', ...input },
    { id, at: when, actor: supervisor },
  )._unsafeUnwrap().lot;
}

export function run(lot: WasteLot, command: WasteLotCommand): WasteLot {
  return transitionWasteLot(lot, command)._unsafeUnwrap().lot;
}

export function store(lot: WasteLot, when: Instant = T0): WasteLot {
  return run(lot, { type: 'store', at: when, actor: supervisor, location: '危废暂存间' });
}

export function transfer(
  lot: WasteLot,
  when: Instant,
  overrides: Partial<Extract<WasteLotCommand, { type: 'transfer' }>> = {},
): WasteLot {
  return run(store(lot, lot.generatedAt), {
    type: 'transfer',
    at: when,
    actor: safetyOfficer,
    handler: lot.hazardous ? handler() : recycler(),
    route: 'recycle',
    manifestNumber: lot.hazardous ? 'M2026000123' : null,
    ...overrides,
  });
}

export function meter(kind: Meter['kind'] = 'electricity', id = 'mtr_1'): Meter {
  return registerMeter({ kind, name: '车间总表' }, { id, at: T0, actor: manager })._unsafeUnwrap()
    .meter;
}

export function read(
  args: Omit<MeterReadingArguments, 'previous'> & { previous?: MeterReading | null },
  id: string,
  recordedAt?: Instant,
): MeterReading {
  return recordMeterReading(
    { previous: null, ...args },
    { id, at: recordedAt ?? (args.readAt as Instant), actor: safetyOfficer },
  )._unsafeUnwrap().reading;
}
