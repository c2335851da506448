/**
 * A day at a 4S dealership's service department, run the way a host DMS
 * would run it on `aftersales`: booking, reception, workshop, three-level
 * inspection, settlement, delivery, after-care, parts and the day's KPIs, all
 * saved in one store. The steps live in `scenario/`; this file runs them in
 * order and returns the account of the day with its figures.
 *
 * The library comes in as a parameter: the demo passes the built package
 * (`aftersales/<module>`), the scenario test the source modules.
 */
import { createScenario } from './scenario/context';
import type { Money, ServiceDayLibrary, Store } from './scenario/library';
import { createLog } from './scenario/log';
import { followUp } from './scenario/step-aftercare';
import { bookAppointment } from './scenario/step-appointment';
import { runExpressOrder } from './scenario/step-express';
import { inspect, issueCertificate } from './scenario/step-inspection';
import { computeKpis, type Kpis } from './scenario/step-kpis';
import { reviewParts } from './scenario/step-parts';
import { receive } from './scenario/step-reception';
import { settleAndDeliver } from './scenario/step-settlement';
import { setUp } from './scenario/step-setup';
import { brakeWork, runWorkshop } from './scenario/step-workshop';

export type { ServiceDayLibrary } from './scenario/library';

/** What the day produced, for the scenario test to check. */
export interface ServiceDayFigures {
  readonly slotsFound: number;
  readonly bookedStart: string;
  readonly supplementary: {
    readonly approved: readonly string[];
    readonly declined: readonly string[];
  };
  readonly inspection: { readonly levels: readonly number[]; readonly reworkCount: number };
  readonly certificateNumber: string;
  readonly statement: {
    readonly lineAmounts: readonly Money[];
    readonly subtotal: Money;
    readonly discountTotal: Money;
    readonly total: Money;
    readonly vatNet: Money;
    readonly vat: Money;
    readonly applied: readonly { readonly ruleId: string; readonly amount: Money }[];
    readonly rejected: readonly { readonly ruleId: string; readonly reason: string }[];
  };
  readonly paid: Money;
  readonly balance: Money;
  readonly statuses: readonly string[];
  readonly complaint: { readonly status: string; readonly breaches: number };
  readonly surveyIndex: number | null;
  readonly parts: {
    readonly movements: number;
    readonly lostSales: number;
    readonly suggested: readonly string[];
    readonly rebuiltMatches: boolean;
  };
  readonly kpis: Kpis;
}

export interface ServiceDayResult {
  /** The day's account, Chinese and English. */
  readonly lines: readonly string[];
  readonly figures: ServiceDayFigures;
}

export async function runServiceDay(
  lib: ServiceDayLibrary,
  store: Store,
): Promise<ServiceDayResult> {
  const log = createLog();
  const s = createScenario(lib, store, log);
  const setup = await setUp(s);
  const booked = await bookAppointment(s, setup);

  log.section('接车与车间（周一）', 'Reception and workshop (Monday) — §3.2, §3.3');
  const received = await receive(s, setup, {
    id: 'ro_20260316_01',
    file: setup.zhang,
    appointment: booked.appointment,
    time: '09:00',
    concerns: [
      { text: '刹车时有异响，早上更明显', code: 'brake-noise' },
      { text: '按保养手册做 20,000 公里保养', code: 'service-20000' },
    ],
    odometerKm: 20150,
    fuelEighths: 5,
    walkAround: {
      damage: [{ position: 'rear-bumper', type: 'scratch' }],
      valuables: ['行车记录仪 dash camera'],
      zh: '后保险杠有划痕，车内有行车记录仪',
      en: 'a scratch on the rear bumper, a dash camera in the car',
    },
    estimateLines: [
      { kind: 'labour', opCode: 'OP-MAINT-2', quantity: '1' },
      { kind: 'part', partNumber: 'P-OIL', quantity: '4.5' },
      { kind: 'part', partNumber: 'P-FILTER', quantity: '1' },
      { kind: 'part', partNumber: 'P-AIR-FILTER', quantity: '1' },
      { kind: 'fee', feeCode: 'F-DISPOSAL', quantity: '1' },
      { kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' },
      { kind: 'part', partNumber: 'P-PAD-F', quantity: '1' },
    ],
    promised: '16:30',
  });
  const workshop = await runWorkshop(s, setup, received, booked.reservationIds, booked.ledger);

  log.section('三级检验与竣工', 'Three-level inspection and completion — §3.4, §4.1(4)');
  const inspected = await inspect(s, setup, workshop.order, {
    start: '15:00',
    technician: 'technician',
    rework: {
      jobIds: ['job_brake'],
      finding: '左前轮螺栓未按规定力矩紧固 front-left wheel bolts not torqued to spec',
      work: brakeWork,
    },
  });
  const certificate = await issueCertificate(s, setup, inspected, '16:05');

  log.section('结算、收款与交车', 'Settlement, payment and delivery — §3.5, §5.3, REG-7');
  const delivered = await settleAndDeliver(s, setup, inspected.order, {
    time: '16:10',
    customer: {
      id: setup.zhang.customer.id,
      tenureMonths: 38,
      visitCount: 9,
      totalSpend: { amount: '14260.00', currency: 'CNY' },
    },
    coupons: [{ code: 'SPRING100', usedByCustomer: 0, usedOverall: 37 }],
    method: 'mobile-payment',
    exitPass: 'EP-20260316-07',
    detail: 'full',
  });

  log.section('同一上午：快修工位', 'The same morning: the express bay — §3.2–§3.5, X-4');
  const express = await runExpressOrder(s, setup, workshop.ledger);

  log.section(
    '回访、问卷与投诉（周二）',
    'Follow-up, survey and a complaint (Tuesday) — §2.2.5, §7.2, §7.3',
  );
  const aftercare = await followUp(s, setup);

  log.section(
    '配件：今日流水与补货',
    "Parts: the day's movements and replenishment — §6.1.1, §6.2",
  );
  const partsDay = await reviewParts(s, setup, express.ledger);

  log.section('今日指标', "The day's KPIs — §11.2");
  const kpis = await computeKpis(s, {
    delivered: [
      { order: delivered.order, report: inspected.report },
      { order: express.delivered.order, report: express.inspected.report },
    ],
    tasks: aftercare.tasks,
    ledger: express.ledger,
  });

  const { statement } = delivered;
  const balance = lib.repairOrder.computeBalance(delivered.order);
  const supplementaryLines = delivered.order.jobs
    .flatMap((job) => job.lines)
    .filter((line) => line.supplementaryId !== null);
  return {
    lines: log.lines,
    figures: {
      slotsFound: booked.slotsFound.length,
      bookedStart: booked.appointment.confirmation?.window.start ?? '',
      supplementary: {
        approved: supplementaryLines
          .filter((line) => line.approval === 'approved')
          .map((line) => line.id),
        declined: supplementaryLines
          .filter((line) => line.approval === 'declined')
          .map((line) => line.id),
      },
      inspection: {
        levels: inspected.report.levels.map((level) => level.level),
        reworkCount: inspected.report.reworkCount,
      },
      certificateNumber: certificate.number,
      statement: {
        lineAmounts: statement.lines.map((line) => line.amount),
        subtotal: statement.subtotal,
        discountTotal: statement.discountTotal,
        total: statement.total,
        vatNet: statement.vat.net,
        vat: statement.vat.vat,
        applied: statement.adjustments.map((a) => ({ ruleId: a.ruleId, amount: a.amount })),
        rejected: statement.rejectedRules.map((r) => ({ ruleId: r.ruleId, reason: r.reason })),
      },
      paid: balance.paid,
      balance: balance.balance,
      statuses: [delivered.order.status, express.delivered.order.status],
      complaint: {
        status: aftercare.complaint.status,
        breaches: lib.crm.complaintBreaches(aftercare.complaint, s.at('tue', '18:00')).length,
      },
      surveyIndex: aftercare.surveyIndex,
      parts: {
        movements: partsDay.movements.length,
        lostSales: partsDay.lostSales,
        suggested: partsDay.plan.orders.flatMap((order) => order.lines.map((line) => line.partId)),
        rebuiltMatches: partsDay.rebuiltMatches,
      },
      kpis,
    },
  };
}
