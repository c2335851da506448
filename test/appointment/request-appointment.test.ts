import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AppointmentId,
  parseAppointment,
  parseAppointmentRequest,
  requestAppointment,
} from '../../src/appointment/index';
import { CONTACT_CHANNELS, isJsonSafe } from '../../src/shared/index';
import { advisor, appointmentRequest, capacity, NOW, rawRequest, reasons, VIN } from './fixtures';

const context = {
  id: 'apt_1' as AppointmentId,
  at: NOW,
  actor: advisor,
  catalogue: capacity().services,
};

const request = (overrides: Record<string, unknown> = {}) =>
  requestAppointment(appointmentRequest(overrides), context);

describe('requestAppointment', () => {
  it('§3.1 §1.2(2) records the booking channel, one of phone, online, WeChat, app or walk-in', () => {
    expect(CONTACT_CHANNELS).toEqual(['phone', 'online', 'wechat', 'app', 'walk-in']);
    for (const channel of CONTACT_CHANNELS) {
      expect(request({ channel })._unsafeUnwrap().state.channel).toBe(channel);
    }
    expect(reasons(parseAppointmentRequest(rawRequest({ channel: 'fax' })))).toEqual([
      'channel:invalid_value',
    ]);
    const { channel: _, ...withoutChannel } = rawRequest();
    expect(reasons(parseAppointmentRequest(withoutChannel))).toEqual(['channel:invalid_value']);
  });

  it('§3.1(1) creates a requested appointment with the normalised vehicle and the needs', () => {
    const { state, events } = request({
      vin: ` ${VIN.toLowerCase()} `,
      plate: '沪A F12345',
    })._unsafeUnwrap();
    expect(state).toMatchObject({
      id: 'apt_1',
      version: 0,
      status: 'requested',
      customerId: 'cus_1',
      vehicleId: 'veh_1',
      vehicle: { vin: VIN, plate: '沪AF12345' },
      services: ['OP-OIL'],
      requestedBy: 'emp_a1',
      date: null,
      confirmation: null,
    });
    expect(parseAppointment(JSON.parse(JSON.stringify(state)))._unsafeUnwrap()).toEqual(state);
    expect(isJsonSafe(state)).toBe(true);
    expect(events).toEqual([
      {
        type: 'appointment.requested',
        aggregateType: 'appointment',
        aggregateId: 'apt_1',
        at: NOW,
        payload: {
          customerId: 'cus_1',
          vehicleId: 'veh_1',
          channel: 'phone',
          services: ['OP-OIL'],
          hasConcern: false,
        },
      },
    ]);
    // Events travel to queues and logs: no VIN or plate in them.
    expect(JSON.stringify(events)).not.toContain(VIN);
  });

  it('§3.1(1) needs a VIN or a plate, and each given must be valid', () => {
    expect(request({ vin: undefined })._unsafeUnwrapErr()).toEqual({
      code: 'vehicle_identification_required',
      clause: '§3.1(1)',
      data: {},
    });
    expect(request({ vin: '   ' })._unsafeUnwrapErr().code).toBe('vehicle_identification_required');
    expect(request({ vin: undefined, plate: '沪AF12345' }).isOk()).toBe(true);
    const badVin = request({ vin: 'LSVAM4187C2184848' })._unsafeUnwrapErr();
    expect(badVin.code).toBe('vin_invalid');
    expect(JSON.stringify(badVin)).not.toContain('LSVAM4187C218484');
    expect(request({ plate: 'XX123' })._unsafeUnwrapErr().code).toBe('licence_plate_invalid');
  });

  it('§3.1(1) needs at least one requested service or a free-text concern', () => {
    expect(request({ services: [] })._unsafeUnwrapErr()).toEqual({
      code: 'appointment_need_required',
      clause: '§3.1(1)',
      data: {},
    });
    expect(request({ services: [], concern: '  ' })._unsafeUnwrapErr().code).toBe(
      'appointment_need_required',
    );
    const concern = request({ services: [], concern: ' 刹车有异响 ' })._unsafeUnwrap();
    expect(concern.state.concern).toBe('刹车有异响');
    expect(concern.events[0]?.payload).toMatchObject({ hasConcern: true });
  });

  it('§3.1(1) rejects a service that is not in the catalogue', () => {
    expect(request({ services: ['OP-OIL', 'NOPE'] })._unsafeUnwrapErr()).toEqual({
      code: 'service_unknown',
      clause: '§3.1(1)',
      data: { serviceCode: 'NOPE' },
    });
  });

  it('§3.1(1) parseAppointmentRequest never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        expect(parseAppointmentRequest(input).isErr()).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(parseAppointmentRequest(rawRequest({ concern: 'x'.repeat(5000) })).isErr()).toBe(true);
    expect(parseAppointmentRequest(JSON.parse('{"__proto__": {"x": 1}}')).isErr()).toBe(true);
  });
});
