import { describe, expect, it } from 'vitest';
import { defaultCrmConfig, parseCrmConfig } from '../../src/crm/index';
import { hostileInputs, reasons } from './fixtures';

describe('crm configuration', () => {
  it('§2.2.5(2) §1.2(4) §7.1.3 an empty configuration is the default one', () => {
    expect(parseCrmConfig({})._unsafeUnwrap()).toEqual(defaultCrmConfig);
    expect(parseCrmConfig(undefined)._unsafeUnwrap()).toEqual(defaultCrmConfig);
    expect(defaultCrmConfig).toMatchObject({
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      followUp: { dueWithinDays: 3, maxAttempts: 3, coverageTarget: 1 },
      survey: { improvementThreshold: 80, responseThreshold: 60, invitationValidDays: 14 },
      complaint: { escalateTo: 'service-manager' },
    });
    expect(defaultCrmConfig.reminders.insuranceRenewal).toEqual({
      enabled: true,
      contact: 'marketing',
      leadDays: 30,
    });
  });

  it('§2.2.5(2) a partial configuration keeps the other defaults', () => {
    const config = parseCrmConfig({ followUp: { dueWithinDays: 2 } })._unsafeUnwrap();
    expect(config.followUp).toEqual({ dueWithinDays: 2, maxAttempts: 3, coverageTarget: 1 });
    expect(config.rfm).toEqual(defaultCrmConfig.rfm);
  });

  it('§1.2(4) the default configuration is frozen: no global mutable state', () => {
    expect(Object.isFrozen(defaultCrmConfig)).toBe(true);
    expect(Object.isFrozen(defaultCrmConfig.complaint.deadlines.high)).toBe(true);
    expect(Object.isFrozen(defaultCrmConfig.rfm.recencyDays)).toBe(true);
  });

  it('§7.1.3 bad values are typed errors with reasons', () => {
    expect(reasons(parseCrmConfig({ followUp: { dueWithinDays: -1 } }))).toEqual([
      'followUp.dueWithinDays:too_small',
    ]);
    expect(reasons(parseCrmConfig({ timeZone: 'CST' }))).toEqual(['timeZone:time_zone_unknown']);
    expect(
      reasons(parseCrmConfig({ reminders: { holidays: [{ id: 'x', name: '节日' }] } })),
    ).toEqual(['reminders.holidays.0:holiday_date_required']);
    expect(
      reasons(
        parseCrmConfig({
          reminders: { inspectionSchedule: [{ untilYears: 10, everyMonths: 24 }] },
        }),
      ),
    ).toEqual(['reminders.inspectionSchedule:schedule_open_ended']);
    expect(reasons(parseCrmConfig({ followUp: { bogus: 1 } }))).toEqual([
      'followUp:unrecognized_keys',
    ]);
  });

  it('§1.2(4) never throws on hostile input', () => {
    for (const input of hostileInputs) {
      const result = parseCrmConfig(input);
      // Plain objects with only unknown keys parse to the defaults; anything else is refused.
      if (result.isOk()) expect(result.value).toEqual(defaultCrmConfig);
      if (typeof input !== 'object' && input !== undefined) expect(result.isErr()).toBe(true);
    }
  });
});
