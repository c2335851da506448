/**
 * §3.3, REG-4, §2.2.3(1): the plan is approved, the supervisor dispatches,
 * the warehouse issues the reserved parts, the technician works and clocks
 * time; a worn brake disc is found, the customer approves it by phone and
 * declines the A/C cleaning, which stays as a recommendation.
 */
import type { StockLedger } from '../../src/parts/index';
import { money, type Scenario } from './context';
import type { RepairOrder } from './library';
import { applyAll, issueParts } from './order-ops';
import { priceLines } from './step-reception';
import type { Setup } from './step-setup';

const labour = (id: string, opCode: string, hours: string, description: string) => ({
  kind: 'labour',
  id,
  opCode,
  flatRateHours: hours,
  quantity: '1',
  description,
});
const part = (id: string, partNumber: string, quantity: string, description: string) => ({
  kind: 'part',
  id,
  partNumber,
  grade: partNumber === 'P-DISC-F' ? 'aftermarket-brand' : 'oem',
  quantity,
  description,
});

export const maintenanceJob = {
  id: 'job_maint',
  title: '二级维护 2nd-level maintenance',
  repairCategory: 'second-level-maintenance',
  lines: [
    labour('ln_m1', 'OP-MAINT-2', '2', '二级维护作业'),
    part('ln_m2', 'P-OIL', '4.5', '机油'),
    part('ln_m3', 'P-FILTER', '1', '机滤'),
    part('ln_m4', 'P-AIR-FILTER', '1', '空滤'),
    { kind: 'fee', id: 'ln_m5', feeCode: 'F-DISPOSAL', quantity: '1', description: '废油处置' },
  ],
};

export const brakeJob = {
  id: 'job_brake',
  title: '前刹车维修 Front brakes',
  repairCategory: 'minor-repair',
  lines: [
    labour('ln_b1', 'OP-BRAKE-F', '1.2', '更换前刹车片'),
    part('ln_b2', 'P-PAD-F', '1', '前刹车片'),
  ],
};

export const brakeWork = {
  opCodes: ['OP-BRAKE-F', 'OP-DISC-F'],
  parts: [
    { partNumber: 'P-PAD-F', quantity: '1' },
    { partNumber: 'P-DISC-F', quantity: '2' },
  ],
  feeCodes: [],
};

export interface WorkshopResult {
  readonly order: RepairOrder;
  readonly ledger: StockLedger;
}

export async function runWorkshop(
  s: Scenario,
  setup: Setup,
  received: RepairOrder,
  reservations: readonly string[],
  stock: StockLedger,
): Promise<WorkshopResult> {
  const { advisor, supervisor, technician } = s.staff;
  const at = (time: string) => s.at('mon', time);
  let order = await applyAll(s, received, [
    { type: 'add-job', at: at('09:20'), actor: technician, job: maintenanceJob },
    { type: 'add-job', at: at('09:21'), actor: technician, job: brakeJob },
    {
      type: 'record-finding',
      at: at('09:22'),
      actor: technician,
      jobId: 'job_brake',
      text: '前刹车片剩余 2.5 mm Front pads down to 2.5 mm',
    },
    {
      type: 'approve-plan',
      at: at('09:25'),
      actor: advisor,
      decidedBy: 'customer',
      channel: 'walk-in',
    },
    ...['job_maint', 'job_brake'].map((jobId) => ({
      type: 'dispatch-job',
      at: at('09:28'),
      actor: supervisor,
      jobId,
      technicianId: technician.id,
      teamId: 'team_m1',
    })),
  ]);
  s.log.say(
    `09:25 客户确认维修方案（二级维护 + 前刹车片）；09:28 车间主管派工给技师 ${technician.id}（班组 team_m1，§2.2.3(1)）`,
    `09:25 the customer approves the plan (2nd-level maintenance + front pads); 09:28 the workshop supervisor dispatches both jobs to ${technician.id} (team team_m1, §2.2.3(1))`,
  );
  let ledger = await issueParts(s, setup, stock, order.id, '09:30', { reservations });
  const clock = (type: string, time: string, jobId: string) => ({
    type,
    at: at(time),
    actor: technician,
    jobId,
    technicianId: technician.id,
  });
  order = await applyAll(s, order, [
    clock('clock-on', '09:35', 'job_maint'),
    clock('clock-off', '11:20', 'job_maint'),
    {
      type: 'complete-job',
      at: at('11:21'),
      actor: technician,
      jobId: 'job_maint',
      work: {
        opCodes: ['OP-MAINT-2'],
        parts: [
          { partNumber: 'P-OIL', quantity: '4.5' },
          { partNumber: 'P-FILTER', quantity: '1' },
          { partNumber: 'P-AIR-FILTER', quantity: '1' },
        ],
        feeCodes: ['F-DISPOSAL'],
      },
    },
    {
      type: 'record-progress',
      at: at('11:25'),
      actor: advisor,
      note: '二级维护完成，开始刹车作业',
      customerNotified: true,
      channel: 'wechat',
    },
    clock('clock-on', '11:30', 'job_brake'),
    {
      type: 'record-finding',
      at: at('11:40'),
      actor: technician,
      jobId: 'job_brake',
      text: '前刹车盘厚度 22.1 mm，低于极限 23 mm Front discs below the 23 mm limit',
    },
    clock('clock-off', '11:45', 'job_brake'),
  ]);
  const discs = priceLines(s, setup, `q_${order.id}_sup1`, at('11:50'), [
    { kind: 'labour', opCode: 'OP-DISC-F', quantity: '1' },
    { kind: 'part', partNumber: 'P-DISC-F', quantity: '2' },
  ]);
  const airCon = priceLines(s, setup, `q_${order.id}_sup2`, at('11:50'), [
    { kind: 'labour', opCode: 'OP-AC-CLEAN', quantity: '1' },
    { kind: 'part', partNumber: 'P-AC-CLEANER', quantity: '1' },
  ]);
  const decision = { at: at('12:05'), actor: advisor, decidedBy: 'customer', channel: 'phone' };
  order = await applyAll(s, order, [
    {
      type: 'propose-supplementary',
      at: at('11:50'),
      actor: advisor,
      supplementaryId: 'sup_1',
      reason: '前刹车盘磨损超限，须更换 Front discs worn past the limit',
      urgency: 'red',
      estimate: discs,
      addedLines: [
        { jobId: 'job_brake', line: labour('ln_b3', 'OP-DISC-F', '1', '更换前刹车盘') },
        { jobId: 'job_brake', line: part('ln_b4', 'P-DISC-F', '2', '前刹车盘（品牌件）') },
      ],
      newJobs: [],
    },
    {
      type: 'propose-supplementary',
      at: at('11:51'),
      actor: advisor,
      supplementaryId: 'sup_2',
      reason: '空调有异味，建议清洗蒸发箱 Musty A/C, evaporator cleaning advised',
      urgency: 'yellow',
      estimate: airCon,
      addedLines: [],
      newJobs: [
        {
          id: 'job_ac',
          title: '空调蒸发箱清洗 A/C evaporator cleaning',
          repairCategory: 'minor-repair',
          lines: [
            labour('ln_c1', 'OP-AC-CLEAN', '0.8', '空调清洗'),
            part('ln_c2', 'P-AC-CLEANER', '1', '空调清洗剂'),
          ],
        },
      ],
    },
    {
      type: 'decide-supplementary',
      ...decision,
      supplementaryId: 'sup_1',
      reference: 'call-20260316-1205',
      approvedLineIds: ['ln_b3', 'ln_b4'],
      declinedLineIds: [],
    },
    {
      type: 'decide-supplementary',
      ...decision,
      supplementaryId: 'sup_2',
      reference: 'call-20260316-1205',
      approvedLineIds: [],
      declinedLineIds: ['ln_c1', 'ln_c2'],
    },
  ]);
  s.log.say(
    `11:50 技师发现前刹车盘磨损超限（红色，追加估价 ${money(discs.total, 'zh')}），另建议空调清洗（黄色，${money(airCon.total, 'zh')}）。12:05 客户电话确认：同意更换刹车盘，暂不做空调清洗（记录决定人、时间、渠道、通话编号，REG-4）`,
    `11:50 the technician finds the front discs worn past the limit (red, supplementary estimate ${money(discs.total, 'en')}) and advises an A/C cleaning (yellow, ${money(airCon.total, 'en')}). 12:05 the customer, by phone, approves the discs and declines the A/C cleaning (who, when, channel and call reference recorded, REG-4)`,
  );
  ledger = await issueParts(s, setup, ledger, order.id, '13:00', { issues: [['part_disc', '2']] });
  order = await applyAll(s, order, [
    clock('clock-on', '13:05', 'job_brake'),
    clock('clock-off', '14:40', 'job_brake'),
    {
      type: 'complete-job',
      at: at('14:41'),
      actor: technician,
      jobId: 'job_brake',
      work: brakeWork,
    },
    ...['job_maint', 'job_brake'].map((jobId) => ({
      type: 'record-road-test',
      at: at('14:50'),
      actor: technician,
      jobId,
      passed: true,
      distanceKm: 8,
    })),
    { type: 'submit-for-inspection', at: at('14:55'), actor: technician },
  ]);
  const recommendations = order.recommendations.length;
  s.log.say(
    `14:55 两项作业完工、路试 8 km 合格，提交质检；被拒项目转为 ${recommendations} 条待办建议`,
    `14:55 both jobs done and road-tested (8 km), submitted for inspection; the declined work becomes ${recommendations} deferred recommendation(s)`,
  );
  return { order, ledger };
}
