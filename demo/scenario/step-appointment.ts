/**
 * §3.1: Friday, the customer phones to book a second-level maintenance and
 * mentions a brake noise. The service line finds slots, books one with a
 * priced estimate, the parts clerk reserves the parts the services need, and
 * on Monday the customer checks in.
 */
import type { Appointment, AppointmentId, Slot } from '../../src/appointment/index';
import type { PartNumber, StockLedger } from '../../src/parts/index';
import { DAYS, money, must, type Scenario, wallTime } from './context';
import { VEHICLE_CLASS } from './dealer';
import type { Setup } from './step-setup';

export interface Booked {
  readonly appointment: Appointment;
  readonly slotsFound: readonly Slot[];
  readonly reservationIds: readonly string[];
  readonly ledger: StockLedger;
}

const SERVICES = ['OP-MAINT-2', 'OP-BRAKE-F'];

async function findAndBook(s: Scenario, setup: Setup) {
  const { appointment } = s.lib;
  const deps = { store: s.store, capacity: setup.dealer.capacity };
  const calledAt = s.at('fri', '10:05');
  const monday = must(s.lib.shared.parseCalendarDate(DAYS.mon), 'date');
  const request = must(
    appointment.parseAppointmentRequest({
      customerId: setup.zhang.customer.id,
      channel: 'phone',
      vehicleId: setup.zhang.vehicle.id,
      vin: setup.zhang.vehicle.vin,
      services: SERVICES,
      concern: '刹车时有异响，早上更明显',
      preferredAdvisorId: s.staff.advisor.id,
      preferredDate: monday,
    }),
    'appointment request',
  );
  const requested = must(
    await appointment.recordAppointmentRequest(deps, request, {
      id: 'apt_20260313_01' as AppointmentId,
      at: calledAt,
      actor: s.staff.csAgent,
    }),
    'request appointment',
  );
  const bookings = must(
    await appointment.createDayBookingsRepository(s.store).listBookings(monday, 7),
    'bookings',
  );
  const slotsFound = must(
    appointment.findSlots(
      {
        services: SERVICES,
        after: calledAt,
        from: monday,
        limit: 3,
        preferredAdvisorId: s.staff.advisor.id,
      },
      setup.dealer.capacity,
      bookings,
    ),
    'find slots',
  );
  // The customer would rather come at nine than at half past eight.
  const chosen = slotsFound[1] ?? slotsFound[0];
  if (chosen === undefined) throw new Error('no slot found');
  const confirmed = must(
    await appointment.confirmAppointment(deps, {
      appointmentId: requested.id,
      slot: chosen,
      at: s.at('fri', '10:08'),
      actor: s.staff.csAgent,
      estimate: { quoteId: 'q_apt_20260313_01', currency: 'CNY', vehicleClass: VEHICLE_CLASS },
      pricing: { priceLists: [setup.dealer.priceList] },
    }),
    'confirm appointment',
  );
  return { slotsFound, appointment: confirmed.appointment };
}

function reserveParts(s: Scenario, setup: Setup, booked: Appointment) {
  const { appointment, parts } = s.lib;
  const checklist = must(
    appointment.prepareChecklist(booked, setup.dealer.capacity.services),
    'preparation checklist',
  );
  let ledger = setup.warehouse.ledger;
  const reservationIds: string[] = [];
  for (const requirement of checklist.partsToReserve) {
    const part = must(
      parts.resolveCurrentPart(setup.warehouse.catalogue, requirement.partNumber as PartNumber),
      requirement.partNumber,
    );
    const reservationId = `rsv_${booked.id}_${part.id}`;
    const change = must(
      parts.reserveStock(
        ledger,
        {
          reservationId,
          partId: part.id,
          locationId: 'wh-main',
          unit: part.unit,
          quantity: requirement.quantity,
          reference: { kind: 'appointment', id: booked.id },
          at: s.at('fri', '16:00'),
          actor: s.staff.partsClerk,
        },
        { catalogue: setup.warehouse.catalogue },
      ),
      'reserve stock',
    );
    ledger = change.ledger;
    reservationIds.push(reservationId);
  }
  return { checklist, ledger, reservationIds };
}

export async function bookAppointment(s: Scenario, setup: Setup): Promise<Booked> {
  const { appointment } = s.lib;
  s.log.section('预约（周五）', 'Appointment (Friday) — §3.1');
  const { slotsFound, appointment: booked } = await findAndBook(s, setup);
  const who = setup.zhang.masked.name;
  s.log.say(
    `周五 10:05 客户 ${who} 来电预约二级维护和前刹车，自述“刹车时有异响”；系统找到 ${slotsFound.length} 个可约时段：`,
    `Fri 10:05 customer ${who} phones to book a 2nd-level maintenance and front brakes ("brake noise"); ${slotsFound.length} slots found:`,
  );
  for (const slot of slotsFound) {
    s.log.note(
      `${wallTime(slot.start, 'en')}–${wallTime(slot.end, 'en').slice(-5)}  advisor ${slot.advisorId} · bay ${slot.bayId} · technician ${slot.technicianId}`,
    );
  }
  const confirmation = booked.confirmation;
  if (confirmation === null) throw new Error('not confirmed');
  const estimate = confirmation.estimate.total;
  s.log.say(
    `客户选定 ${wallTime(confirmation.window.start, 'zh')}；预约确认 ${confirmation.items.length} 个项目，按公示价目表预估 ${money(estimate, 'zh')}`,
    `Booked for ${wallTime(confirmation.window.start, 'en')}: ${confirmation.items.length} items, estimate ${money(estimate, 'en')} from the published price list`,
  );
  const { checklist, ledger, reservationIds } = reserveParts(s, setup, booked);
  const reminders = must(appointment.planReminders(booked), 'reminders');
  const reserved = checklist.partsToReserve.map((p) => `${p.partNumber} × ${p.quantity}`);
  s.log.say(
    `配件员预留备件 ${reserved.join('、')}；提醒于 ${reminders.map((r) => wallTime(r.sendAt, 'zh')).join('、')} 发送`,
    `The parts clerk reserves ${reserved.join(', ')}; reminders go out ${reminders.map((r) => wallTime(r.sendAt, 'en')).join(' and ')}`,
  );
  const checkedIn = must(
    await appointment.applyAppointmentCommand(
      { store: s.store, capacity: setup.dealer.capacity },
      booked.id,
      {
        type: 'check-in',
        at: s.at('mon', '08:56'),
        actor: s.staff.advisor,
        repairOrderId: must(
          s.lib.shared.parseWith(appointment.RepairOrderRefSchema, 'ro_20260316_01'),
          'order ref',
        ),
      },
    ),
    'check in',
  ).appointment;
  s.log.say(
    `周一 08:56 客户到店签到（状态 ${checkedIn.status}），转入接车`,
    `Mon 08:56 the customer checks in (status ${checkedIn.status}); reception takes over`,
  );
  return { appointment: checkedIn, slotsFound, reservationIds, ledger };
}
