/**
 * Meanwhile in the express bay: a walk-in customer's routine service, done
 * right first time, and the wiper blades she asked for that the warehouse
 * could not supply — a lost sale that counts against the fill rate.
 */
import type { StockLedger } from '../../src/parts/index';
import { must, type Scenario } from './context';
import { applyAll, issueParts, saveStockChange } from './order-ops';
import { type InspectionOutcome, inspect } from './step-inspection';
import { receive } from './step-reception';
import { type Delivered, settleAndDeliver } from './step-settlement';
import type { Setup } from './step-setup';

export interface ExpressResult {
  readonly inspected: InspectionOutcome;
  readonly delivered: Delivered;
  readonly ledger: StockLedger;
}

const ORDER_ID = 'ro_20260316_02';

async function recordWiperLostSale(s: Scenario, setup: Setup, ledger: StockLedger) {
  const { parts } = s.lib;
  const change = must(
    parts.recordLostSale(
      ledger,
      {
        idempotencyKey: `${ORDER_ID}:wiper`,
        partId: 'part_wiper',
        locationId: 'wh-main',
        unit: 'pair',
        quantity: '1',
        reference: { kind: 'repair-order', id: ORDER_ID },
        at: s.at('mon', '09:58'),
        actor: s.staff.partsClerk,
        note: '客户加购雨刮片，无库存 customer asked for wiper blades, none in stock',
      },
      { catalogue: setup.warehouse.catalogue },
    ),
    'lost sale',
  );
  const lostSales = change.ledger.lostSales.filter((sale) => sale.id === `${ORDER_ID}:wiper`);
  await saveStockChange(
    s,
    change,
    lostSales.map((sale) => ({
      collection: parts.PARTS_COLLECTIONS.lostSales,
      entity: sale,
      expectedVersion: 0,
    })),
  );
  const level = parts.stockLevel(change.ledger, 'part_wiper');
  s.log.say(
    `09:58 客户加购雨刮片，库存 ${level.available}，登记缺货（流失需求计入需求预测和满足率，X-4）`,
    `09:58 the customer also asks for wiper blades; ${level.available} in stock, so a lost sale is recorded (it counts in the forecast and against the fill rate, X-4)`,
  );
  return change.ledger;
}

export async function runExpressOrder(
  s: Scenario,
  setup: Setup,
  stock: StockLedger,
): Promise<ExpressResult> {
  const { advisor, supervisor, technician2 } = s.staff;
  const at = (time: string) => s.at('mon', time);
  const received = await receive(s, setup, {
    id: ORDER_ID,
    file: setup.li,
    appointment: null,
    time: '09:40',
    concerns: [{ text: '仪表保养提示灯亮了', code: 'service-light' }],
    odometerKm: 36020,
    fuelEighths: 3,
    walkAround: { damage: [], valuables: [], zh: '外观无损伤', en: 'no damage found' },
    estimateLines: [
      { kind: 'labour', opCode: 'OP-OIL-EXP', quantity: '1' },
      { kind: 'part', partNumber: 'P-OIL', quantity: '4' },
      { kind: 'part', partNumber: 'P-FILTER', quantity: '1' },
    ],
    promised: '11:30',
  });
  let order = await applyAll(s, received, [
    {
      type: 'add-job',
      at: at('09:55'),
      actor: advisor,
      job: {
        id: 'job_express',
        title: '快速保养 Express oil service',
        repairCategory: 'routine-maintenance',
        lines: [
          {
            kind: 'labour',
            id: 'ln_e1',
            opCode: 'OP-OIL-EXP',
            flatRateHours: '0.5',
            quantity: '1',
            description: '换机油机滤',
          },
          {
            kind: 'part',
            id: 'ln_e2',
            partNumber: 'P-OIL',
            grade: 'oem',
            quantity: '4',
            description: '机油',
          },
          {
            kind: 'part',
            id: 'ln_e3',
            partNumber: 'P-FILTER',
            grade: 'oem',
            quantity: '1',
            description: '机滤',
          },
        ],
      },
    },
    {
      type: 'approve-plan',
      at: at('09:56'),
      actor: advisor,
      decidedBy: 'customer',
      channel: 'walk-in',
    },
    {
      type: 'dispatch-job',
      at: at('09:57'),
      actor: supervisor,
      jobId: 'job_express',
      technicianId: technician2.id,
      teamId: 'team_m1',
    },
  ]);
  s.log.say(
    `09:57 客户确认方案，车间主管派工给技师 ${technician2.id}（快修工位）`,
    `09:57 the customer approves the plan; the supervisor dispatches it to ${technician2.id} (express bay)`,
  );
  let ledger = await issueParts(s, setup, stock, ORDER_ID, '09:58', {
    issues: [
      ['part_oil', '4'],
      ['part_filter', '1'],
    ],
  });
  ledger = await recordWiperLostSale(s, setup, ledger);
  const clock = (type: string, time: string) => ({
    type,
    at: at(time),
    actor: technician2,
    jobId: 'job_express',
    technicianId: technician2.id,
  });
  order = await applyAll(s, order, [
    clock('clock-on', '10:00'),
    clock('clock-off', '10:35'),
    {
      type: 'complete-job',
      at: at('10:36'),
      actor: technician2,
      jobId: 'job_express',
      work: {
        opCodes: ['OP-OIL-EXP'],
        parts: [
          { partNumber: 'P-OIL', quantity: '4' },
          { partNumber: 'P-FILTER', quantity: '1' },
        ],
        feeCodes: [],
      },
    },
    { type: 'submit-for-inspection', at: at('10:37'), actor: technician2 },
  ]);
  s.log.say(
    `10:00–10:35 技师作业（定额 0.5 工时），完工送检；常规保养无须路试`,
    `10:00–10:35 the technician works (0.5 quota hours), then submits the car; routine maintenance needs no road test`,
  );
  const inspected = await inspect(s, setup, order, { start: '10:40', technician: 'technician2' });
  const delivered = await settleAndDeliver(s, setup, inspected.order, {
    time: '11:00',
    customer: {
      id: setup.li.customer.id,
      tenureMonths: 14,
      visitCount: 3,
      totalSpend: { amount: '2150.00', currency: 'CNY' },
    },
    coupons: [],
    method: 'bank-card',
    exitPass: 'EP-20260316-03',
    detail: 'brief',
  });
  return { inspected, delivered, ledger };
}
