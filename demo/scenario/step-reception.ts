/**
 * §3.2: the advisor receives the car — the customer's words verbatim, the
 * walk-around (odometer, fuel, damage, valuables), the estimate and promised
 * time, keys and documents — and the customer signs the reception form.
 */
import type { Appointment } from '../../src/appointment/index';
import type { QuoteRequestLine } from '../../src/pricing/index';
import { money, must, type Scenario, wallTime } from './context';
import { VEHICLE_CLASS } from './dealer';
import type { Quote, RepairOrder } from './library';
import { applyAll } from './order-ops';
import type { CustomerFile, Setup } from './step-setup';

/** Prices lines from the published list, as the advisor does for every estimate (§3.2(3)). */
export function priceLines(
  s: Scenario,
  setup: Setup,
  id: string,
  at: string,
  lines: readonly QuoteRequestLine[],
): Quote {
  const request = must(
    s.lib.pricing.parseQuoteRequest({
      id,
      at,
      currency: 'CNY',
      vehicleClass: VEHICLE_CLASS,
      lines,
    }),
    'quote request',
  );
  return must(s.lib.pricing.quote(request, { priceLists: [setup.dealer.priceList] }), id);
}

export interface ReceptionInput {
  readonly id: string;
  readonly file: CustomerFile;
  readonly appointment: Appointment | null;
  readonly time: string;
  readonly concerns: readonly { text: string; code: string }[];
  readonly odometerKm: number;
  readonly fuelEighths: number;
  /** What the walk-around found, in both languages: damage marks and valuables (§3.2(2)). */
  readonly walkAround: {
    readonly damage: readonly { position: string; type: string }[];
    readonly valuables: readonly string[];
    readonly zh: string;
    readonly en: string;
  };
  readonly estimateLines: readonly QuoteRequestLine[];
  readonly promised: string;
}

/** Opens the order, attaches the estimate, takes the keys and has the form signed. */
export async function receive(
  s: Scenario,
  setup: Setup,
  input: ReceptionInput,
): Promise<RepairOrder> {
  const { repairOrder, crm } = s.lib;
  const at = (minutes: number) =>
    s.lib.shared.addMinutesToInstant(s.at('mon', input.time), minutes);
  const lastReading = input.file.vehicle.odometerReadings.at(-1)?.km ?? null;
  const confirmed = input.appointment?.confirmation?.items ?? [];
  const opened = must(
    repairOrder.openRepairOrder(
      must(
        repairOrder.parseOpenRepairOrderInput({
          id: input.id,
          at: at(0),
          actor: s.staff.advisor,
          customerId: input.file.customer.id,
          vehicleId: input.file.vehicle.id,
          source:
            input.appointment === null
              ? { kind: 'walk-in' }
              : { kind: 'appointment', appointmentId: input.appointment.id },
          concerns: input.concerns,
          walkAround: {
            odometerKm: input.odometerKm,
            fuelEighths: input.fuelEighths,
            damageMarks: input.walkAround.damage,
            warningLights: [],
            valuables: input.walkAround.valuables,
          },
          confirmedItems: confirmed.map((item) => ({ description: item.name, opCode: item.code })),
          lastRecordedOdometerKm: lastReading,
        }),
        'open input',
      ),
    ),
    'open repair order',
  );
  const stored = must(
    await repairOrder
      .createRepairOrderRepository(s.store)
      .save(opened.state, { expectedVersion: 0, events: opened.events }),
    'save opened order',
  );
  const estimate = priceLines(s, setup, `q_${input.id}_est`, at(10), input.estimateLines);
  const order = await applyAll(s, stored, [
    {
      type: 'attach-estimate',
      at: at(10),
      actor: s.staff.advisor,
      estimate,
      promisedAt: s.at('mon', input.promised),
    },
    {
      type: 'record-custody',
      at: at(12),
      actor: s.staff.advisor,
      keys: 1,
      documents: ['vehicle-licence', 'service-booklet'],
    },
    {
      type: 'acknowledge-reception',
      at: at(14),
      actor: s.staff.advisor,
      method: 'electronic-signature',
    },
  ]);
  const view = crm.renderCustomerProfile(s.staff.technician, {
    customer: input.file.customer,
    vehicles: [input.file.vehicle],
    at: at(0),
  });
  const plate = view.vehicles[0]?.licencePlate ?? '';
  s.log.say(
    `${wallTime(at(0), 'zh')} 接车单 ${order.id}：客户 ${view.name}（${view.mobilePhone}），车牌 ${plate}，里程 ${input.odometerKm.toLocaleString('en')} km（上次 ${lastReading?.toLocaleString('en') ?? '—'} km），油量 ${input.fuelEighths}/8，${input.walkAround.zh}`,
    `${wallTime(at(0), 'en')} reception form ${order.id}: customer ${view.name} (${view.mobilePhone}), plate ${plate}, ${input.odometerKm.toLocaleString('en')} km (last ${lastReading?.toLocaleString('en') ?? '—'} km), fuel ${input.fuelEighths}/8, ${input.walkAround.en}`,
  );
  s.log.say(
    `估价 ${money(estimate.total, 'zh')}（含增值税 ${money(estimate.vat.vat, 'zh')}），承诺 ${input.promised} 交车；钥匙 1 把、行驶证和保养手册已收；客户电子签名确认（§3.2(3)(4)(5)）`,
    `Estimate ${money(estimate.total, 'en')} (VAT ${money(estimate.vat.vat, 'en')} included), promised for ${input.promised}; 1 key, vehicle licence and service booklet received; the customer signs electronically (§3.2(3)(4)(5))`,
  );
  return order;
}
