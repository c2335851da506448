import { describe, expect, it } from 'vitest';
import { defaultAppointmentConfig, parseAppointmentConfig } from '../../src/appointment/index';
import { reasons } from './fixtures';

describe('appointment configuration', () => {
  it('§3.1(2) §3.1(4) defaults: Shanghai, 14-day horizon, 60 min lead, reminders 24 h and 2 h, 30 min no-show grace', () => {
    expect(parseAppointmentConfig({})._unsafeUnwrap()).toEqual(defaultAppointmentConfig);
    expect(defaultAppointmentConfig).toMatchObject({
      timeZone: 'Asia/Shanghai',
      horizonDays: 14,
      maxHorizonDays: 60,
      minLeadTimeMinutes: 60,
      reminderOffsetsMinutes: [1440, 120],
      lateAfterMinutes: 10,
      noShowGraceMinutes: 30,
    });
    expect(Object.isFrozen(defaultAppointmentConfig)).toBe(true);
  });

  it('§3.1(4) reminder offsets and the no-show grace are configurable', () => {
    const config = parseAppointmentConfig({
      reminderOffsetsMinutes: [2880, 60],
      noShowGraceMinutes: 15,
    });
    expect(config._unsafeUnwrap()).toMatchObject({
      reminderOffsetsMinutes: [2880, 60],
      noShowGraceMinutes: 15,
    });
  });

  it('§3.1(2) rejects nonsense without throwing', () => {
    expect(reasons(parseAppointmentConfig({ horizonDays: 90 }))).toEqual([
      'horizonDays:horizon_above_max',
    ]);
    expect(reasons(parseAppointmentConfig({ slotLimit: 500 }))).toEqual([
      'slotLimit:limit_above_max',
    ]);
    expect(reasons(parseAppointmentConfig({ timeZone: 'CST' }))).toEqual([
      'timeZone:time_zone_unknown',
    ]);
    expect(parseAppointmentConfig({ minLeadTimeMinutes: -1 }).isErr()).toBe(true);
    expect(parseAppointmentConfig({ reminderOffsetsMinutes: [0] }).isErr()).toBe(true);
    expect(parseAppointmentConfig(null).isErr()).toBe(true);
    expect(parseAppointmentConfig('x'.repeat(100_000)).isErr()).toBe(true);
  });
});
