import { describe, expect, it } from 'vitest';
import {
  parseWorkshopCapacity,
  ServiceDefinitionSchema,
  ShiftSchema,
  TimeWindowSchema,
} from '../../src/appointment/index';
import { parseWith } from '../../src/shared/index';
import { rawCapacity, reasons } from './fixtures';

describe('workshop capacity', () => {
  it('§3.1(2) parses opening hours, closures, bays by type, technicians with shifts and breaks, advisors and services', () => {
    const capacity = parseWorkshopCapacity(rawCapacity())._unsafeUnwrap();
    expect(capacity.bays.map((bay) => bay.type)).toEqual([
      'express',
      'mechanical',
      'mechanical',
      'ev',
    ]);
    expect(capacity.technicians[0]?.shifts.monday?.breaks).toEqual([
      { start: '12:00', end: '13:00' },
    ]);
    expect(capacity.openingHours.sunday).toBeUndefined();
    expect(capacity.closures[0]?.kind).toBe('public-holiday');
    expect(capacity.services.map((s) => s.code)).toContain('OP-BRAKE');
    const { receptionSlotMinutes: _, closures: __, ...minimal } = rawCapacity();
    const defaults = parseWorkshopCapacity(minimal)._unsafeUnwrap();
    expect([defaults.receptionSlotMinutes, defaults.closures]).toEqual([15, []]);
  });

  it('§3.1(2) rejects windows that end before they start and breaks outside the shift', () => {
    expect(reasons(parseWith(TimeWindowSchema, { start: '17:00', end: '08:00' }))).toEqual([
      ':window_order',
    ]);
    expect(
      reasons(
        parseWith(ShiftSchema, {
          start: '08:00',
          end: '12:00',
          breaks: [{ start: '11:30', end: '12:30' }],
        }),
      ),
    ).toEqual(['breaks:breaks_outside_shift']);
    expect(
      parseWith(ShiftSchema, {
        start: '08:00',
        end: '18:00',
        breaks: [
          { start: '12:00', end: '13:00' },
          { start: '12:30', end: '14:00' },
        ],
      }).isErr(),
    ).toBe(true);
  });

  it('§3.1(2) rejects repeated ids, unknown bay types and bad skills', () => {
    const raw = rawCapacity();
    const bays = raw.bays as unknown[];
    expect(reasons(parseWorkshopCapacity({ ...raw, bays: [...bays, bays[0]] }))).toEqual([
      'bays:duplicate_id',
    ]);
    expect(parseWorkshopCapacity({ ...raw, bays: [{ id: 'bay_9', type: 'hangar' }] }).isErr()).toBe(
      true,
    );
    const services = raw.services as Record<string, unknown>[];
    expect(
      parseWorkshopCapacity({ ...raw, services: [{ ...services[0], skill: 'Not Kebab' }] }).isErr(),
    ).toBe(true);
    expect(
      parseWorkshopCapacity({
        ...raw,
        services: [{ ...services[0], parts: [{ partNumber: 'P', quantity: '0' }] }],
      }).isErr(),
    ).toBe(true);
  });
});

describe('service catalogue', () => {
  const service = {
    code: 'INSTALL-DASHCAM',
    name: 'Dash camera installation',
    durationMinutes: 60,
    bayType: 'express',
    skill: 'electrical',
  };

  it('§1.2(1) a catalogue entry may say which kind of service item it is', () => {
    const parsed = parseWith(ServiceDefinitionSchema, { ...service, kind: 'installation' });
    expect(parsed._unsafeUnwrap().kind).toBe('installation');
    expect(parseWith(ServiceDefinitionSchema, service)._unsafeUnwrap().kind).toBeUndefined();
  });

  it('§1.2(1) a kind outside the shared list is rejected at its path', () => {
    const parsed = parseWith(ServiceDefinitionSchema, { ...service, kind: 'car-wash' });
    expect(parsed._unsafeUnwrapErr().data.issues.map((issue) => issue.path)).toEqual(['kind']);
  });
});
