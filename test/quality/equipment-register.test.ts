import { describe, expect, it } from 'vitest';
import {
  calibrationStatusOf,
  checkEquipmentUsable,
  type Equipment,
  listCalibrationsDue,
  parseEquipment,
  recordCalibration,
  registerEquipment,
  retireEquipment,
} from '../../src/quality/index';
import { day, gauge, hostileInputs, supervisor, T0, tech1 } from './fixtures';

const context = { actor: supervisor, at: T0 };
const input = {
  id: 'eq_torque',
  name: '扭力扳手',
  kind: 'tool',
  calibrationIntervalDays: 180,
  lastCalibratedOn: '2026-01-01',
};

describe('equipment register (§4.2(5))', () => {
  it('§4.2(5) registers equipment with its calibration due date', () => {
    const { equipment, events } = registerEquipment(input, context)._unsafeUnwrap();
    expect(equipment).toMatchObject({
      id: 'eq_torque',
      status: 'in-service',
      lastCalibratedOn: '2026-01-01',
      calibrationDueOn: '2026-06-30',
      version: 0,
    });
    expect(events[0]).toMatchObject({
      type: 'quality.equipment-registered',
      aggregateType: 'quality-equipment',
      payload: { calibrationDueOn: '2026-06-30' },
    });
    expect(parseEquipment(JSON.parse(JSON.stringify(equipment)))._unsafeUnwrap()).toEqual(
      equipment,
    );
  });

  it('§4.2(5) equipment never calibrated has no due date and is overdue until calibrated', () => {
    const { equipment } = registerEquipment(
      { ...input, lastCalibratedOn: undefined },
      context,
    )._unsafeUnwrap();
    expect(equipment.calibrationDueOn).toBeNull();
    expect(calibrationStatusOf(equipment, day('2026-03-02'), 30)).toBe('overdue');
  });

  it('§4.2(5) only the workshop supervisor (equipment.manage) changes the register', () => {
    expect(registerEquipment(input, { actor: tech1, at: T0 })._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      clause: '§4.2(5)',
    });
    expect(
      recordCalibration(gauge, day('2027-01-05'), { actor: tech1, at: T0 })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(retireEquipment(gauge, { actor: tech1, at: T0 })._unsafeUnwrapErr().code).toBe(
      'forbidden',
    );
  });

  it('§4.2(5) a calibration moves the due date and may not predate the last one', () => {
    const { equipment, events } = recordCalibration(
      gauge,
      day('2027-01-05'),
      context,
    )._unsafeUnwrap();
    expect(equipment).toMatchObject({
      lastCalibratedOn: '2027-01-05',
      calibrationDueOn: '2028-01-05',
    });
    expect(events[0]?.type).toBe('quality.equipment-calibrated');
    expect(recordCalibration(gauge, day('2025-12-31'), context)._unsafeUnwrapErr()).toMatchObject({
      code: 'calibration_out_of_order',
      data: { lastCalibratedOn: '2026-01-10', calibratedOn: '2025-12-31' },
    });
  });

  it('§4.2(5) retired equipment cannot be used, calibrated or retired again', () => {
    const retired = retireEquipment(gauge, context)._unsafeUnwrap().equipment;
    expect(retired.status).toBe('retired');
    expect(checkEquipmentUsable(retired, day('2026-03-02'))._unsafeUnwrapErr().code).toBe(
      'equipment_out_of_service',
    );
    expect(recordCalibration(retired, day('2026-03-02'), context)._unsafeUnwrapErr().code).toBe(
      'equipment_out_of_service',
    );
    expect(retireEquipment(retired, context)._unsafeUnwrapErr().code).toBe(
      'equipment_out_of_service',
    );
  });

  it('§4.2(5) overdue equipment is not usable; it is usable on its due date', () => {
    expect(checkEquipmentUsable(gauge, day('2027-01-10')).isOk()).toBe(true);
    expect(checkEquipmentUsable(gauge, day('2027-01-11'))._unsafeUnwrapErr()).toMatchObject({
      code: 'equipment_calibration_overdue',
      data: { equipmentId: 'eq_gauge', dueOn: '2027-01-10', usedOn: '2027-01-11' },
    });
  });

  it('§4.2(5) due-soon and overdue lists are computable', () => {
    const entry = (id: string, due: string | null, extra: Partial<Equipment> = {}) =>
      ({
        ...gauge,
        id,
        name: id,
        calibrationDueOn: due === null ? null : day(due),
        ...extra,
      }) as Equipment;
    const register = [
      entry('eq_a', '2026-03-20'),
      entry('eq_b', '2026-02-01'),
      entry('eq_c', '2026-08-01'),
      entry('eq_d', '2026-03-03'),
      entry('eq_e', null),
      entry('eq_f', '2026-01-01', { status: 'retired' }),
      entry('eq_g', null, { calibrationIntervalDays: null }),
    ];
    const { overdue, dueSoon } = listCalibrationsDue(register, day('2026-03-02'));
    expect(overdue.map((e) => [e.equipmentId, e.daysLeft])).toEqual([
      ['eq_e', null],
      ['eq_b', -29],
    ]);
    expect(dueSoon.map((e) => [e.equipmentId, e.daysLeft])).toEqual([
      ['eq_d', 1],
      ['eq_a', 18],
    ]);
    expect(calibrationStatusOf(register[2] as Equipment, day('2026-03-02'), 30)).toBe('valid');
    expect(calibrationStatusOf(register[6] as Equipment, day('2026-03-02'), 30)).toBe(
      'not-required',
    );
  });

  it('§4.2(5) bad input returns typed errors, never throws', () => {
    expect(
      registerEquipment({ ...input, calibrationIntervalDays: 0 }, context)._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    for (const hostile of hostileInputs) {
      expect(registerEquipment(hostile, context)._unsafeUnwrapErr().code).toBe('validation_failed');
      expect(parseEquipment(hostile).isErr()).toBe(true);
    }
  });
});
