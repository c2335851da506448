import type { Result } from 'neverthrow';
import { type Actor, parseActor, type Role } from '../../src/org/index';
import { type InspectionReport, parseInspectionReport } from '../../src/quality/index';
import { parseRepairOrderCommand, type RepairOrderCommand } from '../../src/repair-order/commands';
import type { NewJob } from '../../src/repair-order/commands-planning';
import type { TransitionContext, TransitionResult } from '../../src/repair-order/context';
import type { RepairOrderError } from '../../src/repair-order/errors';
import { priceSettlement } from '../../src/repair-order/final-lines';
import { transition } from '../../src/repair-order/machine';
import {
  type OpenRepairOrderInput,
  openRepairOrder,
} from '../../src/repair-order/open-repair-order';
import type { RepairOrder } from '../../src/repair-order/schema';
import { addMinutesToInstant, type Instant, type ValidationError } from '../../src/shared/index';
import { brakeEstimate, cny, priceList, settlementOptions, T0 } from './price-list';

export { brakeEstimate, cny, priceList, quoteOf, settlementOptions, T0 } from './price-list';

/** The instant `minutes` after T0. */
export const at = (minutes: number): Instant => addMinutesToInstant(T0, minutes);

function actor(id: string, roles: Role[]): Actor {
  return parseActor({ id, roles })._unsafeUnwrap();
}

export const advisor = actor('emp_sa', ['service-advisor']);
export const supervisor = actor('emp_ws', ['workshop-supervisor']);
export const tech = actor('emp_t1', ['technician']);
export const tech2 = actor('emp_t2', ['technician']);
export const leader = actor('emp_tl', ['team-leader']);
export const qc = actor('emp_qc', ['qc-inspector']);
export const manager = actor('emp_sm', ['service-manager']);

export function openInput(overrides: Partial<OpenRepairOrderInput> = {}): OpenRepairOrderInput {
  return {
    id: 'ro_1',
    at: T0,
    actor: advisor,
    customerId: 'cus_1',
    vehicleId: 'veh_1',
    source: { kind: 'walk-in' },
    concerns: [{ text: '刹车时有异响，早上更明显', code: 'brake-noise' }],
    walkAround: {
      odometerKm: 48210,
      fuelEighths: 3,
      damageMarks: [{ position: 'rear-bumper', type: 'scratch' }],
      warningLights: [],
      valuables: [],
    },
    confirmedItems: [{ description: '检查前刹车', opCode: 'OP-BRAKE-F' }],
    lastRecordedOdometerKm: 45000,
    ...overrides,
  } as OpenRepairOrderInput;
}

/** Applies one command, throwing if refused (fixtures only). */
export function step(
  order: RepairOrder,
  command: Record<string, unknown>,
  context: TransitionContext = {},
): RepairOrder {
  return run(order, command, context)._unsafeUnwrap().state;
}

/** Applies one command given as plain data (parsed like a host would). */
export function run(
  order: RepairOrder,
  command: Record<string, unknown>,
  context: TransitionContext = {},
): Result<TransitionResult, RepairOrderError | ValidationError> {
  return parseRepairOrderCommand(command).andThen((parsed: RepairOrderCommand) =>
    transition(order, parsed, context),
  );
}

export const brakeJob = (overrides: Partial<NewJob> = {}): Record<string, unknown> => ({
  id: 'job_1',
  title: '前刹车维修',
  repairCategory: 'minor-repair',
  lines: [
    {
      kind: 'labour',
      id: 'ln_1',
      opCode: 'OP-BRAKE-F',
      description: '更换前刹车片',
      quantity: '1',
      flatRateHours: '1.2',
    },
    {
      kind: 'part',
      id: 'ln_2',
      partNumber: 'P-PAD-F',
      grade: 'oem',
      description: '前刹车片',
      quantity: '1',
    },
  ],
  ...overrides,
});

export function opened(): RepairOrder {
  return openRepairOrder(openInput())._unsafeUnwrap().state;
}

/** Opened, estimated, keys received and acknowledged: in diagnosis. */
export function inDiagnosis(): RepairOrder {
  let order = opened();
  order = step(order, {
    type: 'attach-estimate',
    at: at(5),
    actor: advisor,
    estimate: brakeEstimate(),
    promisedAt: at(300),
  });
  order = step(order, {
    type: 'record-custody',
    at: at(6),
    actor: advisor,
    keys: 1,
    documents: ['vehicle-licence'],
  });
  return step(order, {
    type: 'acknowledge-reception',
    at: at(7),
    actor: advisor,
    method: 'electronic-signature',
  });
}

/** Plan with the brake job approved. */
export function approved(): RepairOrder {
  let order = inDiagnosis();
  order = step(order, { type: 'add-job', at: at(10), actor: tech, job: brakeJob() });
  return step(order, {
    type: 'approve-plan',
    at: at(20),
    actor: advisor,
    decidedBy: 'customer',
    channel: 'walk-in',
  });
}

/** Dispatched and clocked on. */
export function working(): RepairOrder {
  let order = approved();
  order = step(order, {
    type: 'dispatch-job',
    at: at(25),
    actor: supervisor,
    jobId: 'job_1',
    technicianId: tech.id,
    teamId: 'team_m1',
  });
  return step(order, {
    type: 'clock-on',
    at: at(30),
    actor: tech,
    jobId: 'job_1',
    technicianId: tech.id,
  });
}

/** The brake job done and road-tested; ready to submit for inspection. */
export function workDone(): RepairOrder {
  let order = working();
  order = step(order, {
    type: 'clock-off',
    at: at(90),
    actor: tech,
    jobId: 'job_1',
    technicianId: tech.id,
  });
  order = step(order, {
    type: 'complete-job',
    at: at(91),
    actor: tech,
    jobId: 'job_1',
    work: {
      opCodes: ['OP-BRAKE-F'],
      parts: [{ partNumber: 'P-PAD-F', quantity: '1' }],
      feeCodes: [],
    },
  });
  return step(order, {
    type: 'record-road-test',
    at: at(100),
    actor: tech,
    jobId: 'job_1',
    passed: true,
    distanceKm: 5,
  });
}

/** A passed inspection report of `order`'s active jobs. */
export function reportFor(
  order: RepairOrder,
  overrides: Record<string, unknown> = {},
): InspectionReport {
  const active = order.jobs.filter((job) => job.status !== 'declined').map((job) => job.id);
  const jobIds = active.length > 0 ? active : ['job_none'];
  const level = (n: number, inspectorId: string) => ({
    level: n,
    inspectorId,
    at: at(120 + n),
    passed: true,
    jobIds,
  });
  return parseInspectionReport({
    id: 'qcr_1',
    version: 0,
    createdAt: at(124),
    updatedAt: at(124),
    inspectionId: 'insp_1',
    repairOrderId: order.id,
    jobIds,
    repairCategories: ['minor-repair'],
    levels: [level(1, tech.id), level(2, leader.id), level(3, qc.id)],
    finalInspectorId: qc.id,
    passedAt: at(124),
    reworkCount: 0,
    reworks: [],
    roadTested: true,
    ...overrides,
  })._unsafeUnwrap();
}

/** Inspected and ready for delivery. */
export function ready(): RepairOrder {
  let order = workDone();
  order = step(order, { type: 'submit-for-inspection', at: at(110), actor: tech });
  return step(order, {
    type: 'mark-ready-for-delivery',
    at: at(125),
    actor: qc,
    report: reportFor(order),
  });
}

/** Ready and settled from the final lines. */
export function settled(): RepairOrder {
  const order = ready();
  const statement = priceSettlement(order, settlementOptions(at(130)), {
    priceLists: [priceList],
  })._unsafeUnwrap();
  return step(order, { type: 'settle', at: at(130), actor: advisor, statement });
}

/** Settled, paid in full and with an exit pass. */
export function paidWithPass(): RepairOrder {
  let order = settled();
  const total = order.settlement?.statement.total ?? cny('0.00');
  order = step(order, {
    type: 'record-payment',
    at: at(135),
    actor: advisor,
    payment: { id: 'pay_1', kind: 'payment', method: 'mobile-payment', amount: total },
  });
  return step(order, { type: 'issue-exit-pass', at: at(136), actor: advisor, number: 'EP-0001' });
}

/** Delivered. */
export function delivered(): RepairOrder {
  return step(paidWithPass(), { type: 'deliver', at: at(140), actor: advisor });
}
