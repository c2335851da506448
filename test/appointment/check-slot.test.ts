import { describe, expect, it } from 'vitest';
import { checkSlot, findSlots } from '../../src/appointment/index';
import { capacity, date, instant, NOW, slotAt } from './fixtures';

describe('checkSlot', () => {
  const cap = capacity();

  it('§3.1(2) accepts every slot findSlots returns', () => {
    const found = findSlots(
      { services: ['OP-BRAKE'], after: NOW, limit: 50 },
      cap,
      [],
    )._unsafeUnwrap();
    for (const slot of found) expect(checkSlot(slot, cap, []).isOk()).toBe(true);
  });

  it('§3.1(2) names the first resource that cannot take the slot', () => {
    const reason = (slot: ReturnType<typeof slotAt>) => {
      const result = checkSlot(slot, cap, []);
      return result.isErr() ? `${result.error.code}:${JSON.stringify(result.error.data)}` : 'ok';
    };
    expect(reason(slotAt('09:00'))).toBe('ok');
    expect(reason(slotAt('08:00'))).toContain(
      '"resource":"workshop","resourceId":null,"reason":"outside_hours"',
    );
    expect(
      reason(
        slotAt('09:00', {
          date: date('2026-12-01'),
          start: instant('2026-12-01T01:00:00.000Z'),
          end: instant('2026-12-01T01:30:00.000Z'),
        }),
      ),
    ).toContain('"reason":"closed"');
    expect(reason(slotAt('09:00', { advisorId: 'emp_zz' as never }))).toContain(
      '"resource":"advisor","resourceId":"emp_zz","reason":"unknown"',
    );
    expect(reason(slotAt('17:15', { end: instant('2026-11-30T09:45:00.000Z') }))).toContain(
      '"resource":"workshop"',
    );
    expect(reason(slotAt('09:00', { bayId: 'bay_m1' as never }))).toContain(
      '"resource":"bay","resourceId":"bay_m1","reason":"bay_type"',
    );
    expect(reason(slotAt('09:00', { technicianId: 'emp_t3' as never }))).toContain(
      '"resource":"technician","resourceId":"emp_t3","reason":"skill"',
    );
    expect(reason(slotAt('12:15', { end: instant('2026-11-30T04:45:00.000Z') }))).toContain(
      '"reason":"outside_hours"',
    );
    expect(reason(slotAt('09:00', { serviceCodes: ['GONE'] }))).toContain('service_unknown');
    expect(reason(slotAt('09:00', { durationMinutes: 45 }))).toContain('"reason":"duration"');
  });
});
