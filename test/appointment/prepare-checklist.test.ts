import { describe, expect, it } from 'vitest';
import { prepareChecklist, transition } from '../../src/appointment/index';
import {
  advisor,
  capacity,
  confirmCommand,
  confirmed,
  estimateFor,
  instant,
  requested,
  slotAt,
} from './fixtures';

describe('prepareChecklist', () => {
  it('§3.1(4) a confirmed appointment yields advisor, bay, technician, items and parts to reserve', () => {
    const slot = slotAt('09:00');
    const checklist = prepareChecklist(confirmed(), capacity().services)._unsafeUnwrap();
    expect(checklist).toEqual({
      appointmentId: 'apt_1',
      date: '2026-11-30',
      arrival: slot.start,
      end: slot.end,
      prepareBy: '2026-11-29T01:00:00.000Z',
      advisorId: 'emp_a1',
      bayId: 'bay_x1',
      bayType: 'express',
      technicianId: 'emp_t1',
      items: [{ code: 'OP-OIL', name: '更换机油', durationMinutes: 30 }],
      partsToReserve: [
        { partNumber: 'P-FILTER', quantity: '1' },
        { partNumber: 'P-OIL', quantity: '4.5' },
      ],
      estimateTotal: estimateFor(['OP-OIL']).total,
      hasConcern: false,
    });
  });

  it('§3.1(4) sums the parts of several services exactly', () => {
    const slot = slotAt('09:00', {
      serviceCodes: ['OP-INSPECT'],
      bayId: 'bay_m1' as never,
      bayType: 'mechanical',
    });
    const appointment = transition(
      requested('apt_2', { services: ['OP-INSPECT'] }),
      confirmCommand(slot),
    )._unsafeUnwrap().state;
    const withOil = {
      ...appointment,
      confirmation: appointment.confirmation && {
        ...appointment.confirmation,
        items: [
          ...appointment.confirmation.items,
          { code: 'OP-OIL', name: '更换机油', durationMinutes: 30 },
        ],
      },
    };
    expect(prepareChecklist(withOil, capacity().services)._unsafeUnwrap().partsToReserve).toEqual([
      { partNumber: 'P-FILTER', quantity: '1.5' },
      { partNumber: 'P-OIL', quantity: '4.5' },
    ]);
  });

  it('§3.1(4) has no checklist before confirmation or after the visit', () => {
    expect(prepareChecklist(requested(), capacity().services)._unsafeUnwrapErr()).toEqual({
      code: 'appointment_not_confirmed',
      clause: '§3.1(4)',
      data: { appointmentId: 'apt_1', status: 'requested' },
    });
    const visited = transition(confirmed(), {
      type: 'check-in',
      at: instant('2026-11-30T01:00:00.000Z'),
      actor: advisor,
    })._unsafeUnwrap().state;
    expect(prepareChecklist(visited, capacity().services)._unsafeUnwrapErr()).toMatchObject({
      code: 'appointment_not_confirmed',
      data: { status: 'checked-in' },
    });
    expect(prepareChecklist(confirmed(), [])._unsafeUnwrapErr().code).toBe('service_unknown');
  });
});
