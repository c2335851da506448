import type { EntityBase, Id, Instant } from 'aftersales/shared';
import { centsText, createRandom, type Random } from '../lib/random';

/**
 * Repair-order-shaped documents for the storage case: the top-level fields of
 * `RepairOrder` (reception, jobs with parts and labour lines, an approved
 * estimate with quote lines, multipoint checks, progress notes, payments…),
 * about 6–10 kB of JSON each, generated from a seed. The store does not
 * care whether they would pass `RepairOrderSchema`; their size and nesting
 * are what the storage case measures.
 */
export interface RepairOrderDocument extends EntityBase {
  readonly status: string;
  readonly [field: string]: unknown;
}

const money = (cents: number) => ({ amount: centsText(cents), currency: 'CNY' });
const at = (minute: number) =>
  new Date(Date.UTC(2026, 2, 2, 1) + minute * 60_000).toISOString() as Instant;

function quoteLines(random: Random, count: number) {
  return Array.from({ length: count }, (_, n) => {
    const list = random.int(2_000, 200_000);
    const discount = Math.floor(list * 0.05);
    return {
      lineNo: n + 1,
      itemKey: `part:P-${random.int(0, 1999)}`,
      kind: 'part',
      code: `P-${random.int(0, 1999)}`,
      name: `配件 ${n} / Part ${n}`,
      category: random.pick(['maintenance', 'brakes', 'engine']),
      grade: 'oem',
      basis: { kind: 'part', quantity: '1', unit: 'pc', unitPrice: money(list) },
      components: { labour: money(0), material: money(list), transport: money(0) },
      listAmount: money(list),
      discount: money(discount),
      amount: money(list - discount),
    };
  });
}

function jobs(random: Random, count: number) {
  return Array.from({ length: count }, (_, n) => ({
    id: `job_${n}`,
    opCode: `OP-${random.int(0, 149)}`,
    repairCategory: random.pick(['maintenance', 'repair', 'warranty']),
    technicianId: `emp_t${String(random.int(0, 39)).padStart(2, '0')}`,
    teamId: `team_${random.int(1, 4)}`,
    quotaHours: `${random.int(1, 6)}.${random.int(0, 9)}`,
    status: 'in-progress',
    parts: Array.from({ length: random.int(1, 4) }, () => ({
      partNumber: `P-${random.int(0, 1999)}`,
      quantity: String(random.int(1, 4)),
      issued: random.chance(0.5),
    })),
    clockings: [
      {
        technicianId: `emp_t${String(random.int(0, 39)).padStart(2, '0')}`,
        from: at(30),
        to: null,
      },
    ],
    needsRoadTest: random.chance(0.3),
  }));
}

export function createRepairOrderDocument(random: Random, n: number): RepairOrderDocument {
  return {
    id: `ro_${String(n).padStart(6, '0')}` as Id<string>,
    version: 0,
    createdAt: at(0),
    updatedAt: at(0),
    status: 'in-progress',
    customerId: `cus_${random.int(1, 50_000)}`,
    vehicleId: `veh_${random.int(1, 80_000)}`,
    advisorId: `emp_a${random.int(0, 5)}`,
    reception: {
      receivedAt: at(0),
      odometerKm: random.int(1_000, 200_000),
      fuelLevel: random.pick(['empty', 'quarter', 'half', 'three-quarters', 'full']),
      complaint: '客户反映刹车异响，低速行驶时明显 / Brake noise at low speed',
      valuables: random.chance(0.2) ? ['行车记录仪 dash camera'] : [],
      exteriorDamage: [{ panel: 'front-bumper', note: '轻微划痕 minor scratch' }],
      appointmentId: random.chance(0.6) ? `apt_${random.int(1, 9_999)}` : null,
    },
    custody: { keyTag: `K-${random.int(1, 500)}`, parkingBay: `P${random.int(1, 80)}` },
    jobs: jobs(random, random.int(2, 5)),
    planApproval: {
      at: at(20),
      decidedBy: 'customer',
      estimate: {
        id: `q_${n}`,
        at: at(15),
        currency: 'CNY',
        vehicleClass: 'B',
        priceListVersionId: 'plv_bench',
        lines: quoteLines(random, random.int(6, 14)),
        subtotal: money(random.int(50_000, 900_000)),
        discountTotal: money(random.int(0, 40_000)),
        total: money(random.int(50_000, 900_000)),
      },
    },
    supplementaries: [],
    multipoint: Array.from({ length: 12 }, (_, k) => ({
      item: `check-${k}`,
      result: random.pick(['ok', 'ok', 'ok', 'attention', 'urgent']),
      note: random.chance(0.2) ? '建议下次保养时更换 replace at next service' : null,
    })),
    recommendations: [],
    progress: Array.from({ length: random.int(1, 5) }, (_, k) => ({
      at: at(30 + k * 45),
      by: `emp_a${random.int(0, 5)}`,
      note: '已告知客户维修进度 customer informed of progress',
    })),
    workStartedAt: at(30),
    partsWait: null,
    inspection: null,
    settlement: null,
    payments: [],
    credit: null,
    exitPass: null,
    delivery: null,
    deliveredAt: null,
    closedAt: null,
    comebackOf: null,
    cancellation: null,
  };
}

export function createRepairOrderDocuments(seed: number, count: number): RepairOrderDocument[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, n) => createRepairOrderDocument(random, n));
}

/** The next state of an order as a service would save it: a progress note and a new timestamp. */
export function touched(order: RepairOrderDocument, step: number): RepairOrderDocument {
  const progress = Array.isArray(order.progress) ? order.progress : [];
  return {
    ...order,
    updatedAt: at(200 + step),
    progress: [...progress.slice(-4), { at: at(200 + step), by: 'emp_a1', note: `step ${step}` }],
  };
}
