import { describe, expect, it } from 'vitest';
import {
  defaultAppointmentConfig,
  findNoShowsDue,
  isNoShowDue,
  noShowFrom,
  transition,
} from '../../src/appointment/index';
import { advisor, confirmed, instant, requested, slotAt } from './fixtures';

const at = (text: string) => instant(text);

describe('no-show', () => {
  it('§3.1(4) a confirmed appointment is a no-show once the grace period after its start has passed', () => {
    const appointment = confirmed(); // Monday 09:00 = 01:00Z
    expect(noShowFrom(appointment)).toBe('2026-11-30T01:30:00.000Z');
    expect(isNoShowDue(appointment, at('2026-11-30T01:29:59.999Z'))).toBe(false);
    expect(isNoShowDue(appointment, at('2026-11-30T01:30:00.000Z'))).toBe(true);
    const strict = { ...defaultAppointmentConfig, noShowGraceMinutes: 5 };
    expect(isNoShowDue(appointment, at('2026-11-30T01:05:00.000Z'), strict)).toBe(true);
    expect(noShowFrom(requested())).toBeNull();
  });

  it('§3.1(4) finds the due no-shows among a day of appointments', () => {
    const checkedIn = transition(
      confirmed('apt_2', slotAt('08:30', { advisorId: 'emp_a2' as never })),
      {
        type: 'check-in',
        at: at('2026-11-30T00:35:00.000Z'),
        actor: advisor,
      },
    )._unsafeUnwrap().state;
    const later = confirmed('apt_3', slotAt('15:00'));
    const due = findNoShowsDue(
      [confirmed(), checkedIn, later, requested('apt_4')],
      at('2026-11-30T02:00:00.000Z'),
    );
    expect(due.map((a) => a.id)).toEqual(['apt_1']);
  });
});
