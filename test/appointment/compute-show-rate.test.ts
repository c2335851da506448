import { describe, expect, it } from 'vitest';
import { type Appointment, computeShowRate, transition } from '../../src/appointment/index';
import { advisor, confirmed, date, instant, requested, slotAt } from './fixtures';

const at = (text: string) => instant(text);

describe('computeShowRate', () => {
  const visit = (
    id: string,
    hhmm: string,
    outcome: 'in' | 'late' | 'no-show' | 'cancel',
  ): Appointment => {
    const booked = confirmed(id, slotAt(hhmm));
    const start = Date.parse(booked.start ?? '');
    const command =
      outcome === 'no-show'
        ? {
            type: 'mark-no-show' as const,
            at: at(new Date(start + 3_600_000).toISOString()),
            actor: advisor,
          }
        : outcome === 'cancel'
          ? {
              type: 'cancel' as const,
              at: booked.createdAt,
              actor: advisor,
              reason: 'other' as const,
            }
          : {
              type: 'check-in' as const,
              at: at(new Date(start + (outcome === 'late' ? 20 : 0) * 60_000).toISOString()),
              actor: advisor,
            };
    return transition(booked, command)._unsafeUnwrap().state;
  };

  it('§3.1(4) §11.2.2 the show rate is shown / (shown + no-shows); cancellations do not count', () => {
    const appointments = [
      visit('apt_1', '09:00', 'in'),
      visit('apt_2', '10:00', 'late'),
      visit('apt_3', '11:00', 'in'),
      visit('apt_4', '14:00', 'no-show'),
      visit('apt_5', '15:00', 'cancel'),
      confirmed('apt_6', slotAt('16:00')),
      requested('apt_7'),
    ];
    expect(computeShowRate(appointments)).toEqual({
      shown: 3,
      late: 1,
      noShows: 1,
      decided: 4,
      rate: 0.75,
    });
    expect(computeShowRate(appointments, { from: date('2026-12-01') }).rate).toBeNull();
    expect(computeShowRate(appointments, { to: date('2026-11-30') }).decided).toBe(4);
    expect(computeShowRate([]).rate).toBeNull();
  });
});
