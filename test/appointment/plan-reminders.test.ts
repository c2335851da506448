import { describe, expect, it } from 'vitest';
import {
  defaultAppointmentConfig,
  findDueReminders,
  planReminders,
} from '../../src/appointment/index';
import { confirmed, instant, requested, slotAt } from './fixtures';

describe('planReminders', () => {
  it('§3.1(4) plans reminders 24 h and 2 h before by default, as data', () => {
    const reminders = planReminders(confirmed())._unsafeUnwrap();
    expect(reminders).toEqual([
      {
        appointmentId: 'apt_1',
        customerId: 'cus_1',
        channel: 'phone',
        offsetMinutes: 1440,
        sendAt: '2026-11-29T01:00:00.000Z',
        start: '2026-11-30T01:00:00.000Z',
      },
      {
        appointmentId: 'apt_1',
        customerId: 'cus_1',
        channel: 'phone',
        offsetMinutes: 120,
        sendAt: '2026-11-29T23:00:00.000Z',
        start: '2026-11-30T01:00:00.000Z',
      },
    ]);
  });

  it('§3.1(4) uses the configured offsets and drops reminders already past at confirmation', () => {
    const config = { ...defaultAppointmentConfig, reminderOffsetsMinutes: [30, 4320, 30] };
    expect(
      planReminders(confirmed(), config)
        ._unsafeUnwrap()
        .map((r) => r.offsetMinutes),
    ).toEqual([30]); // three days before was already past when it was confirmed on Friday
    expect(planReminders(requested())._unsafeUnwrapErr().code).toBe('appointment_not_confirmed');
  });

  it('§3.1(4) finds the reminders due in a window across appointments', () => {
    const second = confirmed('apt_2', slotAt('08:30', { advisorId: 'emp_a2' as never }));
    const due = findDueReminders(
      [confirmed(), second, requested('apt_3')],
      instant('2026-11-29T00:00:00.000Z'),
      instant('2026-11-29T02:00:00.000Z'),
    );
    expect(due.map((r) => `${r.appointmentId}@${r.sendAt}`)).toEqual([
      'apt_2@2026-11-29T00:30:00.000Z',
      'apt_1@2026-11-29T01:00:00.000Z',
    ]);
  });
});
