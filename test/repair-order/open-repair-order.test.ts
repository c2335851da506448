import { describe, expect, it } from 'vitest';
import {
  openRepairOrder,
  parseOpenRepairOrderInput,
} from '../../src/repair-order/open-repair-order';
import { parseRepairOrder } from '../../src/repair-order/schema';
import { advisor, openInput, T0, tech } from './fixtures';

describe('openRepairOrder', () => {
  it('§3.2(1) records the customer concerns verbatim and starts in reception (§4.3(1)–(6))', () => {
    const concern = '  刹车时有异响，早上更明显!! (客户原话)  ';
    const { state } = openRepairOrder(openInput({ concerns: [{ text: concern }] }))._unsafeUnwrap();
    expect(state.status).toBe('reception');
    expect(state.reception.concerns).toEqual([{ text: concern }]);
    expect(state.version).toBe(0);
    expect(state.createdAt).toBe(T0);
    expect(state.advisorId).toBe(advisor.id);
  });

  it('§3.2(2) keeps the walk-around record: odometer, fuel, damage marks, warning lights, valuables', () => {
    const walkAround = {
      odometerKm: 50000,
      fuelEighths: 8,
      damageMarks: [{ position: 'front-bumper', type: 'dent', note: '右侧' }],
      warningLights: ['engine', 'tyre-pressure'],
      valuables: ['行车记录仪'],
    };
    const input = parseOpenRepairOrderInput({ ...openInput(), walkAround })._unsafeUnwrap();
    expect(openRepairOrder(input)._unsafeUnwrap().state.reception.walkAround).toEqual(walkAround);
  });

  it('§3.2(2) refuses an odometer below the vehicle’s last recorded reading', () => {
    const input = openInput({ lastRecordedOdometerKm: 48211 });
    expect(openRepairOrder(input)._unsafeUnwrapErr()).toEqual({
      code: 'odometer_below_last_reading',
      clause: '§3.2(2)',
      data: { odometerKm: 48210, lastRecordedKm: 48211 },
    });
    expect(openRepairOrder(openInput({ lastRecordedOdometerKm: 48210 })).isOk()).toBe(true);
    expect(openRepairOrder(openInput({ lastRecordedOdometerKm: null })).isOk()).toBe(true);
  });

  it('§3.2(1) opens from a checked-in appointment with its confirmed items as plain input', () => {
    const input = openInput({
      source: { kind: 'appointment', appointmentId: 'apt_7' },
      confirmedItems: [{ description: '更换机油机滤', opCode: 'OP-OIL' }],
    } as never);
    const { state, events } = openRepairOrder(input)._unsafeUnwrap();
    expect(state.reception.confirmedItems).toEqual([
      { description: '更换机油机滤', opCode: 'OP-OIL' },
    ]);
    expect(events[0]?.payload).toMatchObject({ appointmentId: 'apt_7', odometerKm: 48210 });
  });

  it('§2.2.2(4) only reception opens orders: a technician is forbidden', () => {
    const error = openRepairOrder(openInput({ actor: tech }))._unsafeUnwrapErr();
    expect(error.code).toBe('forbidden');
  });

  it('X-5 emits repair-order.opened with ids only, no personal data', () => {
    const { events } = openRepairOrder(openInput())._unsafeUnwrap();
    expect(events).toEqual([
      {
        type: 'repair-order.opened',
        aggregateType: 'repair-order',
        aggregateId: 'ro_1',
        at: T0,
        payload: {
          customerId: 'cus_1',
          vehicleId: 'veh_1',
          advisorId: 'emp_sa',
          appointmentId: null,
          odometerKm: 48210,
          status: 'reception',
        },
      },
    ]);
  });

  it('§3.2(4) the opened order is a valid, JSON-safe RepairOrder', () => {
    const { state } = openRepairOrder(openInput())._unsafeUnwrap();
    const copy = JSON.parse(JSON.stringify(state));
    expect(parseRepairOrder(copy)._unsafeUnwrap()).toEqual(state);
  });

  it('§3.2(4) parse functions reject hostile input without throwing', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      [],
      Symbol('x'),
      { ...openInput(), concerns: [] },
      { ...openInput(), concerns: [{ text: 'x'.repeat(2001) }] },
      { ...openInput(), walkAround: { ...openInput().walkAround, fuelEighths: 9 } },
      { ...openInput(), walkAround: { ...openInput().walkAround, odometerKm: -1 } },
      { ...openInput(), id: 'x'.repeat(200) },
      JSON.parse('{"__proto__": {"id": "ro_1"}}'),
    ];
    for (const input of hostile) {
      expect(parseOpenRepairOrderInput(input)._unsafeUnwrapErr().code).toBe('validation_failed');
      expect(parseRepairOrder(input).isErr()).toBe(true);
    }
  });
});
