import { describe, expect, it } from 'vitest';
import { registerVehicle, updateVehicle } from '../../src/crm/index';
import {
  advisor,
  at,
  csAgent,
  hostileInputs,
  PLATE,
  reasons,
  T0,
  VIN,
  vehicle,
  vehicleInput,
} from './fixtures';

describe('registerVehicle', () => {
  it('§7.1.1 records VIN, plate, model, dates, source channel and a first odometer reading', () => {
    const { vehicle: v, events } = registerVehicle(
      vehicleInput({
        registrationDate: '2020-05-20',
        purchaseDate: '2020-05-18',
        insuranceExpiryDate: '2026-05-19',
        odometerKm: 15200,
        modelYear: 2020,
      }),
      { id: 'veh_1', at: T0, actor: advisor },
    )._unsafeUnwrap();
    expect(v).toMatchObject({
      id: 'veh_1',
      customerId: 'cus_1',
      vin: VIN,
      licencePlate: PLATE,
      brand: '大众',
      model: '帕萨特',
      modelYear: 2020,
      registrationDate: '2020-05-20',
      sourceChannel: 'walk-in',
      nextService: null,
    });
    expect(v.odometerReadings).toEqual([
      { km: 15200, at: T0, source: 'reception', repairOrderId: null },
    ]);
    expect(events[0]?.type).toBe('crm.vehicle-registered');
    expect(JSON.stringify(events)).not.toContain(VIN);
    expect(JSON.stringify(events)).not.toContain(PLATE);
  });

  it('X-1 §7.1.1 rejects a VIN with a wrong check digit, without echoing it', () => {
    const bad = '1M8GDM9A1KP042788';
    const result = registerVehicle(vehicleInput({ vin: bad }), {
      id: 'veh_1',
      at: T0,
      actor: advisor,
    });
    expect(reasons(result)).toEqual(['vin:check_digit']);
    expect(JSON.stringify(result._unsafeUnwrapErr())).not.toContain(bad);
  });

  it('§2.2.2(3) customer-service agents cannot register vehicles by default', () => {
    const error = registerVehicle(vehicleInput(), {
      id: 'veh_1',
      at: T0,
      actor: csAgent,
    })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'forbidden', data: { capability: 'vehicle.create' } });
  });

  it('§7.1.1 never throws on hostile input', () => {
    for (const input of hostileInputs) {
      expect(registerVehicle(input as never, { id: 'veh_1', at: T0, actor: advisor }).isErr()).toBe(
        true,
      );
    }
  });
});

describe('updateVehicle', () => {
  it('§7.1.3 a new plate and a new owner are recorded in the history', () => {
    const later = at('2026-06-01T00:00:00.000Z');
    const {
      vehicle: v,
      revision,
      events,
    } = updateVehicle(
      vehicle(),
      { licencePlate: '粤B·D12345', customerId: 'cus_2' },
      { revisionId: 'rev_9', at: later, actor: advisor },
    )._unsafeUnwrap();
    expect(v.licencePlate).toBe('粤BD12345');
    expect(v.customerId).toBe('cus_2');
    expect(revision?.changes).toEqual([
      { field: 'customerId', before: 'cus_1', after: 'cus_2' },
      { field: 'licencePlate', before: PLATE, after: '粤BD12345' },
    ]);
    expect(events[0]?.payload).toMatchObject({
      customerId: 'cus_2',
      changedFields: ['customerId', 'licencePlate'],
    });
  });

  it('§7.1.3 the VIN cannot change', () => {
    const result = updateVehicle(vehicle(), { vin: VIN } as never, {
      revisionId: 'rev_9',
      at: T0,
      actor: advisor,
    });
    expect(reasons(result)).toEqual([':unrecognized_keys']);
  });
});
