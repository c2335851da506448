import { describe, expect, it } from 'vitest';
import {
  applyDeliveryToVehicle,
  parseCrmConfig,
  planReminders,
  recordConsent,
  recordOdometerReading,
} from '../../src/crm/index';
import type { CalendarDate as SharedDate } from '../../src/shared/index';
import { advisor, at, csAgent, customer, delivery, T0, vehicle } from './fixtures';

type D = SharedDate;
const d = (text: string) => text as D;
const march = { from: d('2026-03-01'), to: d('2026-03-31'), at: T0 };

/** A vehicle with a next-service reminder from ro_1 and the given extra fields. */
function serviced(overrides: Parameters<typeof vehicle>[0] = {}, next = {}) {
  const v = vehicle(overrides);
  return applyDeliveryToVehicle(
    v,
    delivery({ deliveredAt: '2025-09-15T02:00:00.000Z', odometerKm: 8000, ...next }),
  )._unsafeUnwrap().vehicle;
}

describe('planReminders', () => {
  it('§7.1.3 plans birthday, service-due, insurance and periodic-inspection contacts in the window', () => {
    const car = serviced(
      { insuranceExpiryDate: '2026-04-20', registrationDate: '2020-04-15' },
      { nextService: { dueDate: '2026-03-15', dueOdometerKm: null } },
    );
    const plan = planReminders({ customer: customer(), vehicles: [car], ...march });
    expect(plan.suppressed).toEqual([]);
    expect(
      plan.reminders.map((r) => [r.kind, r.contact, r.dueDate, r.sendOn, r.vehicleId]),
    ).toEqual([
      ['service-due', 'service', '2026-03-15', '2026-03-08', 'veh_1'],
      ['birthday', 'marketing', '2026-03-10', '2026-03-10', null],
      ['periodic-inspection', 'service', '2026-04-15', '2026-03-16', 'veh_1'],
      ['insurance-renewal', 'marketing', '2026-04-20', '2026-03-21', 'veh_1'],
    ]);
    expect(plan.reminders[0]).toMatchObject({
      key: 'service-due:veh_1:ro_1',
      customerId: 'cus_1',
      preferredChannel: 'wechat',
    });
  });

  it('§7.1.3 consent withdrawal stops marketing reminders; service reminders continue', () => {
    const car = serviced(
      { insuranceExpiryDate: '2026-04-20' },
      { nextService: { dueDate: '2026-03-15', dueOdometerKm: null } },
    );
    const withdrawnAt = at('2026-03-01T01:00:00.000Z');
    const withdrawn = recordConsent(
      customer({}, 'cus_1', at('2026-02-01T00:00:00.000Z')),
      { purpose: 'marketing', granted: false, channel: 'phone' },
      { at: withdrawnAt, actor: csAgent },
    )._unsafeUnwrap().customer;
    const plan = planReminders({ customer: withdrawn, vehicles: [car], ...march });
    expect(plan.reminders.map((r) => r.kind)).toEqual(['service-due']);
    expect(plan.suppressed.map((s) => [s.kind, s.reason])).toEqual([
      ['birthday', 'no_marketing_consent'],
      ['insurance-renewal', 'no_marketing_consent'],
    ]);
    // Before the withdrawal the same plan had them.
    const before = planReminders({
      customer: withdrawn,
      vehicles: [car],
      ...march,
      at: at('2026-02-15T00:00:00.000Z'),
    });
    expect(before.reminders.map((r) => r.kind)).toContain('birthday');
  });

  it('§7.1.3 no service contact without service-contact consent', () => {
    const onlyMarketing = customer({
      consents: [{ purpose: 'marketing', granted: true, channel: 'app' }],
    });
    const car = serviced({}, { nextService: { dueDate: '2026-03-15', dueOdometerKm: null } });
    const plan = planReminders({ customer: onlyMarketing, vehicles: [car], ...march });
    expect(plan.reminders.map((r) => r.kind)).toEqual(['birthday']);
    expect(plan.suppressed).toEqual([
      {
        key: 'service-due:veh_1:ro_1',
        kind: 'service-due',
        contact: 'service',
        customerId: 'cus_1',
        vehicleId: 'veh_1',
        reason: 'no_service_consent',
      },
    ]);
  });

  it('§7.1.3 service due by mileage is projected from the odometer history', () => {
    let car = vehicle({ odometerKm: 10000 }, 'veh_1', at('2025-03-02T02:00:00.000Z'));
    car = recordOdometerReading(
      car,
      { km: 22000, source: 'reception' },
      { at: T0, actor: advisor },
    )._unsafeUnwrap().vehicle;
    car = applyDeliveryToVehicle(
      car,
      delivery({
        odometerKm: 22000,
        deliveredAt: T0,
        nextService: { dueDate: null, dueOdometerKm: 22500 },
      }),
    )._unsafeUnwrap().vehicle;
    // 12,000 km in 365 days ≈ 32.9 km a day: 500 km takes 16 days → due 2026-03-18.
    const plan = planReminders({ customer: customer(), vehicles: [car], ...march });
    const due = plan.reminders.find((r) => r.kind === 'service-due');
    expect(due).toMatchObject({
      dueDate: '2026-03-18',
      sendOn: '2026-03-11',
      dueOdometerKm: 22500,
    });
  });

  it('§7.1.3 the earlier of date and mileage decides; past mileage is due at once', () => {
    const car = vehicle({ odometerKm: 29000 }, 'veh_1', at('2026-02-01T02:00:00.000Z'));
    const withReminder = applyDeliveryToVehicle(
      car,
      delivery({
        deliveredAt: '2026-03-01T02:00:00.000Z',
        odometerKm: 30000,
        nextService: { dueDate: '2026-09-01', dueOdometerKm: 29000 },
      }),
    )._unsafeUnwrap().vehicle;
    const plan = planReminders({
      customer: customer(),
      vehicles: [withReminder],
      from: d('2026-02-20'),
      to: d('2026-02-28'),
      at: T0,
    });
    expect(plan.reminders.find((r) => r.kind === 'service-due')).toMatchObject({
      dueDate: '2026-03-01',
      sendOn: '2026-02-22',
    });
  });

  it('§7.1.3 periodic inspection follows the configurable schedule by vehicle age', () => {
    const twelveYears = vehicle({ registrationDate: '2014-04-10' });
    const sixteenYears = vehicle({ registrationDate: '2010-03-20' }, 'veh_2');
    const explicit = vehicle(
      { registrationDate: '2010-03-20', inspectionDueDate: '2026-03-25' },
      'veh_3',
    );
    const inspections = (
      from: string,
      to: string,
      vehicles = [twelveYears, sixteenYears, explicit],
    ) =>
      planReminders({ customer: customer(), vehicles, from: d(from), to: d(to), at: T0 })
        .reminders.filter((r) => r.kind === 'periodic-inspection')
        .map((r) => [r.vehicleId, r.dueDate]);
    expect(inspections('2026-03-01', '2026-03-31')).toEqual([['veh_1', '2026-04-10']]);
    expect(inspections('2026-02-01', '2026-02-28')).toEqual([
      ['veh_2', '2026-03-20'],
      ['veh_3', '2026-03-25'],
    ]);
    // A dealer whose region inspects yearly from registration:
    const yearly = parseCrmConfig({
      reminders: { inspectionSchedule: [{ untilYears: null, everyMonths: 12 }] },
    })._unsafeUnwrap();
    const young = vehicle({ registrationDate: '2024-04-01' });
    const plan = planReminders({ customer: customer(), vehicles: [young], ...march }, yearly);
    expect(plan.reminders.map((r) => r.dueDate)).toContain('2026-04-01');
  });

  it('§7.1.3 holidays are configurable, recurring or dated; a 29 February birthday falls on 28 February', () => {
    const config = parseCrmConfig({
      reminders: {
        holidays: [
          { id: 'womens-day', name: '妇女节', monthDay: '03-08' },
          { id: 'spring-festival-2027', name: '春节', date: '2027-02-06' },
        ],
      },
    })._unsafeUnwrap();
    const leapling = customer({ birthday: '2000-02-29' });
    const plan = planReminders(
      { customer: leapling, vehicles: [], from: d('2027-02-01'), to: d('2027-03-31'), at: T0 },
      config,
    );
    expect(plan.reminders.map((r) => [r.kind, r.dueDate, r.holidayId])).toEqual([
      ['holiday', '2027-02-06', 'spring-festival-2027'],
      ['birthday', '2027-02-28', null],
      ['holiday', '2027-03-08', 'womens-day'],
    ]);
  });

  it('§7.1.3 each rule can be disabled or reclassified', () => {
    const config = parseCrmConfig({
      reminders: { birthday: { enabled: false }, insuranceRenewal: { contact: 'service' } },
    })._unsafeUnwrap();
    const noMarketing = customer({
      consents: [{ purpose: 'service-contact', granted: true, channel: 'walk-in' }],
    });
    const car = vehicle({ insuranceExpiryDate: '2026-04-20' });
    const plan = planReminders({ customer: noMarketing, vehicles: [car], ...march }, config);
    expect(plan.reminders.map((r) => [r.kind, r.contact])).toEqual([
      ['insurance-renewal', 'service'],
    ]);
    expect(plan.suppressed).toEqual([]);
  });

  it('§7.1.3 ignores other customers’ vehicles and an inverted window', () => {
    const theirs = vehicle({ customerId: 'cus_2', insuranceExpiryDate: '2026-04-20' });
    expect(
      planReminders({ customer: customer(), vehicles: [theirs], ...march }).reminders.map(
        (r) => r.kind,
      ),
    ).toEqual(['birthday']);
    expect(
      planReminders({
        customer: customer(),
        vehicles: [theirs],
        from: d('2026-03-31'),
        to: d('2026-03-01'),
        at: T0,
      }),
    ).toEqual({ reminders: [], suppressed: [] });
  });
});
