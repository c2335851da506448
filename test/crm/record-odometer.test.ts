import { describe, expect, it } from 'vitest';
import { applyDeliveryToVehicle, recordOdometerReading } from '../../src/crm/index';
import { advisor, at, delivery, T0, technician, vehicle } from './fixtures';

describe('recordOdometerReading', () => {
  const v = vehicle({ odometerKm: 15000 });

  it('§7.1.3 appends readings going forward', () => {
    const later = at('2026-04-02T02:00:00.000Z');
    const { vehicle: after, events } = recordOdometerReading(
      v,
      { km: 16000, source: 'customer-report' },
      { at: later, actor: advisor },
    )._unsafeUnwrap();
    expect(after.odometerReadings.map((r) => r.km)).toEqual([15000, 16000]);
    expect(events[0]).toMatchObject({ type: 'crm.odometer-recorded', payload: { km: 16000 } });
  });

  it('§7.1.3 refuses a reading below the previous one or older than it', () => {
    const later = at('2026-04-02T02:00:00.000Z');
    expect(
      recordOdometerReading(
        v,
        { km: 9000, source: 'reception' },
        { at: later, actor: advisor },
      )._unsafeUnwrapErr(),
    ).toEqual({
      code: 'odometer_inconsistent',
      clause: '§7.1.3',
      data: { vehicleId: 'veh_1', reason: 'lower_than_previous', previousKm: 15000, km: 9000 },
    });
    const earlier = at('2026-01-01T00:00:00.000Z');
    expect(
      recordOdometerReading(
        v,
        { km: 15500, source: 'reception' },
        { at: earlier, actor: advisor },
      )._unsafeUnwrapErr().data,
    ).toMatchObject({ reason: 'earlier_than_previous' });
  });

  it('§2.2.2(3) needs vehicle.update', () => {
    const result = recordOdometerReading(
      v,
      { km: 16000, source: 'inspection' },
      { at: T0, actor: technician },
    );
    expect(result._unsafeUnwrapErr().code).toBe('forbidden');
  });
});

describe('applyDeliveryToVehicle', () => {
  const v = vehicle({ odometerKm: 15000 });

  it('§7.1.3 records the delivery odometer and the next-service reminder', () => {
    const { vehicle: after, events } = applyDeliveryToVehicle(v, delivery())._unsafeUnwrap();
    expect(after.odometerReadings.at(-1)).toEqual({
      km: 15230,
      at: at('2026-03-02T09:30:00.000Z'),
      source: 'delivery',
      repairOrderId: 'ro_1',
    });
    expect(after.nextService).toEqual({
      dueDate: '2026-09-02',
      dueOdometerKm: 25230,
      repairOrderId: 'ro_1',
      recordedAt: at('2026-03-02T09:30:00.000Z'),
    });
    expect(events.map((e) => e.type)).toEqual([
      'crm.odometer-recorded',
      'crm.next-service-recorded',
    ]);
  });

  it('§7.1.3 is idempotent: the same delivery twice changes nothing the second time', () => {
    const once = applyDeliveryToVehicle(v, delivery())._unsafeUnwrap().vehicle;
    const twice = applyDeliveryToVehicle(once, delivery())._unsafeUnwrap();
    expect(twice.vehicle).toBe(once);
    expect(twice.events).toEqual([]);
  });

  it('§7.1.3 a delivery without a reminder keeps the previous one; an older event does not replace a newer one', () => {
    const first = applyDeliveryToVehicle(v, delivery())._unsafeUnwrap().vehicle;
    const bodyRepair = delivery({
      repairOrderId: 'ro_2',
      deliveredAt: '2026-04-02T09:30:00.000Z',
      odometerKm: 16000,
      nextService: { dueDate: null, dueOdometerKm: null },
    });
    const second = applyDeliveryToVehicle(first, bodyRepair)._unsafeUnwrap().vehicle;
    expect(second.nextService?.repairOrderId).toBe('ro_1');
    const late = delivery({ repairOrderId: 'ro_0', deliveredAt: '2026-03-01T09:30:00.000Z' });
    const after = applyDeliveryToVehicle(second, late)._unsafeUnwrap();
    expect(after.events).toEqual([]);
  });

  it('§7.1.3 refuses a delivery for another vehicle', () => {
    expect(applyDeliveryToVehicle(v, delivery({ vehicleId: 'veh_9' }))._unsafeUnwrapErr()).toEqual({
      code: 'delivery_vehicle_mismatch',
      clause: '§7.1.3',
      data: { vehicleId: 'veh_1', repairOrderId: 'ro_1' },
    });
  });
});
