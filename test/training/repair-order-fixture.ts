import { type Actor, parseActor } from '../../src/org/index';
import {
  type PriceListVersion,
  parsePriceListVersion,
  type Quote,
  quote,
} from '../../src/pricing/index';
import {
  openRepairOrder,
  parseRepairOrderCommand,
  type RepairOrder,
  type TransitionContext,
  transition,
} from '../../src/repair-order/index';
import { addMinutesToInstant, type Instant } from '../../src/shared/index';

/**
 * A repair order with one approved high-voltage job, built only through
 * the public indexes of pricing and repair-order, for the §8.1.3 dispatch test.
 */

export const RO_T0 = '2026-03-02T01:00:00.000Z' as Instant;
const at = (minutes: number) => addMinutesToInstant(RO_T0, minutes);
const actor = (id: string, roles: string[]): Actor => parseActor({ id, roles })._unsafeUnwrap();

export const roAdvisor = actor('emp_sa', ['service-advisor']);
export const roSupervisor = actor('emp_ws', ['workshop-supervisor']);
const roTech = actor('emp_t9', ['technician']);

const cny = (amount: string) => ({ amount, currency: 'CNY' as const });
const explanation = { 'zh-CN': '价格说明', en: 'How the price is made up' };
const none = cny('0.00');

const priceList: PriceListVersion = parsePriceListVersion({
  id: 'plv_1',
  priceListId: 'pl_main',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  status: 'published',
  currency: 'CNY',
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  reviewedAt: '2026-01-01T00:00:00.000Z',
  items: [
    {
      kind: 'labour',
      opCode: 'OP-HV-BATT',
      vehicleClass: 'B',
      quotaHours: '2',
      hourlyRate: cny('300.00'),
      name: '动力电池检修',
      cost: cny('10.00'),
      components: { labour: cny('600.00'), material: none, transport: none },
      explanation,
    },
  ],
  publications: [],
})._unsafeUnwrap();

const estimate = (): Quote =>
  quote(
    {
      id: 'q_est',
      at: RO_T0,
      currency: 'CNY',
      vehicleClass: 'B',
      lines: [{ kind: 'labour', opCode: 'OP-HV-BATT', quantity: '1' }],
    } as never,
    { priceLists: [priceList] },
  )._unsafeUnwrap();

function step(order: RepairOrder, command: Record<string, unknown>): RepairOrder {
  return parseRepairOrderCommand(command)
    .andThen((parsed) => transition(order, parsed, {}))
    ._unsafeUnwrap().state;
}

/** Opened, estimated, in diagnosis, with an approved job that requires `EV-HV`. */
export function orderWithHighVoltageJob(): RepairOrder {
  let order = openRepairOrder({
    id: 'ro_1',
    at: RO_T0,
    actor: roAdvisor,
    customerId: 'cus_1',
    vehicleId: 'veh_1',
    source: { kind: 'walk-in' },
    concerns: [{ text: '动力电池报警', code: 'hv-battery-warning' }],
    walkAround: {
      odometerKm: 32000,
      fuelEighths: 8,
      damageMarks: [],
      warningLights: [],
      valuables: [],
    },
    confirmedItems: [{ description: '检查动力电池', opCode: 'OP-HV-BATT' }],
    lastRecordedOdometerKm: 30000,
  } as never)._unsafeUnwrap().state;
  order = step(order, {
    type: 'attach-estimate',
    at: at(5),
    actor: roAdvisor,
    estimate: estimate(),
    promisedAt: at(300),
  });
  order = step(order, {
    type: 'record-custody',
    at: at(6),
    actor: roAdvisor,
    keys: 1,
    documents: [],
  });
  order = step(order, {
    type: 'acknowledge-reception',
    at: at(7),
    actor: roAdvisor,
    method: 'electronic-signature',
  });
  order = step(order, {
    type: 'add-job',
    at: at(10),
    actor: roTech,
    job: {
      id: 'job_1',
      title: '动力电池检修',
      repairCategory: 'minor-repair',
      requiredCertification: 'EV-HV',
      lines: [
        {
          kind: 'labour',
          id: 'ln_1',
          opCode: 'OP-HV-BATT',
          description: '动力电池检修',
          quantity: '1',
          flatRateHours: '2',
        },
      ],
    },
  });
  return step(order, {
    type: 'approve-plan',
    at: at(20),
    actor: roAdvisor,
    decidedBy: 'customer',
    channel: 'walk-in',
  });
}

/** Dispatches job_1 of `order` to `technicianId` at `when` with the given port. */
export function dispatchTo(
  order: RepairOrder,
  technicianId: string,
  when: Instant,
  context: TransitionContext,
) {
  return parseRepairOrderCommand({
    type: 'dispatch-job',
    at: when,
    actor: roSupervisor,
    jobId: 'job_1',
    technicianId,
    teamId: 'team_m1',
  }).andThen((parsed) => transition(order, parsed, context));
}
