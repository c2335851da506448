import { describe, expect, it } from 'vitest';
import { type AppointmentError, appointmentMessages } from '../../src/appointment/index';
import { formatError, LOCALES } from '../../src/shared/index';

const samples: AppointmentError[] = [
  { code: 'service_unknown', clause: '§3.1(2)', data: { serviceCode: 'NOPE' } },
  {
    code: 'service_bay_types_mixed',
    clause: '§3.1(2)',
    data: { serviceCodes: ['A', 'B'], bayTypes: ['express', 'body'] },
  },
  { code: 'horizon_too_long', clause: '§3.1(2)', data: { horizonDays: 90, maxHorizonDays: 60 } },
  { code: 'slot_limit_too_large', clause: '§3.1(2)', data: { limit: 500, maxSlotLimit: 200 } },
  {
    code: 'slot_in_past',
    clause: '§3.1(2)',
    data: { start: '2026-11-30T01:00:00.000Z', at: '2026-11-30T02:00:00.000Z' },
  },
  {
    code: 'slot_unavailable',
    clause: '§3.1(2)',
    data: {
      start: '2026-11-30T01:00:00.000Z',
      resource: 'bay',
      resourceId: 'bay_1',
      reason: 'busy',
    },
  },
  {
    code: 'booking_day_mismatch',
    clause: '§3.1(2)',
    data: { ledgerDate: '2026-11-30', slotDate: '2026-12-02' },
  },
  {
    code: 'appointment_already_booked',
    clause: '§3.1(2)',
    data: { appointmentId: 'apt_1', date: '2026-11-30' },
  },
  { code: 'vehicle_identification_required', clause: '§3.1(1)', data: {} },
  { code: 'appointment_need_required', clause: '§3.1(1)', data: {} },
  {
    code: 'confirmation_items_mismatch',
    clause: '§3.1(3)',
    data: { slotServiceCodes: ['A'], itemCodes: [] },
  },
  {
    code: 'invalid_transition',
    clause: '§3.1(4)',
    data: { appointmentId: 'apt_1', status: 'cancelled', command: 'check-in' },
  },
  {
    code: 'no_show_too_early',
    clause: '§3.1(4)',
    data: {
      appointmentId: 'apt_1',
      start: '2026-11-30T01:00:00.000Z',
      noShowFrom: '2026-11-30T01:30:00.000Z',
    },
  },
  {
    code: 'appointment_not_confirmed',
    clause: '§3.1(4)',
    data: { appointmentId: 'apt_1', status: 'requested' },
  },
];

describe('appointmentMessages', () => {
  it('§3.1(2) every appointment error code has a zh-CN and an en message', () => {
    expect(samples.map((e) => e.code).sort()).toEqual(Object.keys(appointmentMessages).sort());
    for (const error of samples) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, appointmentMessages);
        expect(text).not.toMatch(/Operation failed|操作失败/);
        expect(text).toContain(error.clause);
      }
    }
    expect(formatError(samples[5] as AppointmentError, 'zh-CN', appointmentMessages)).toBe(
      '2026-11-30T01:00:00.000Z 的时段已不可预约：工位 bay_1已被占用（§3.1(2)）',
    );
    expect(formatError(samples[5] as AppointmentError, 'en', appointmentMessages)).toBe(
      'The slot at 2026-11-30T01:00:00.000Z is no longer available: bay bay_1 is already booked (§3.1(2))',
    );
  });
});
