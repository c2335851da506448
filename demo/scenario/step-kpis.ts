/**
 * §11.2, §2.2.3(2), §2.2.5(2), §2.2.4(3): the day's KPIs computed by the
 * library from the day's records — first-time fix, follow-up coverage, parts
 * fill rate — plus what the two orders brought in.
 */
import type { FollowUpTask } from '../../src/crm/index';
import type { StockLedger } from '../../src/parts/index';
import { money, must, percent, type Scenario } from './context';
import type { InspectionReport, Money, RepairOrder } from './library';

export interface Kpis {
  readonly firstTimeFixRate: number | null;
  readonly reworkRate: number | null;
  readonly followUpCoverage: number | null;
  readonly fillRate: number | null;
  readonly revenue: Money;
  readonly vat: Money;
}

export interface DayRecords {
  readonly delivered: readonly { readonly order: RepairOrder; readonly report: InspectionReport }[];
  readonly tasks: readonly FollowUpTask[];
  readonly ledger: StockLedger;
}

export function computeKpis(s: Scenario, records: DayRecords): Kpis {
  const { quality, crm, parts, shared } = s.lib;
  const orders = records.delivered.map(({ order, report }) => {
    const jobs = order.jobs.filter((job) => job.status === 'done');
    return {
      repairOrderId: order.id,
      deliveredAt: order.delivery?.at,
      odometerKm: order.delivery?.odometerKm,
      repairCategories: [...new Set(jobs.map((job) => job.repairCategory))],
      teamIds: [...new Set(jobs.map((job) => job.assignment?.teamId ?? ''))],
      technicianIds: [...new Set(jobs.map((job) => job.assignment?.technicianId ?? ''))],
      inspectionPassed: true,
      reworkCount: report.reworkCount,
      comebacks: [],
    };
  });
  const [rates] = must(quality.computeQualityRates(orders, { period: 'all' }), 'quality rates');
  const coverage = crm.computeFollowUpCoverage(records.tasks, {
    from: s.at('mon', '00:00'),
    to: s.at('2026-03-23', '00:00'),
    asOf: s.at('tue', '18:00'),
  });
  const fill = parts.computeFillRate(records.ledger, {
    from: s.at('mon', '00:00'),
    to: s.at('tue', '00:00'),
  });
  const statements = records.delivered.map(({ order }) => order.settlement?.statement);
  const revenue = must(
    shared.sumMoney(statements.map((q) => q?.total ?? shared.zeroMoney('CNY'))),
    'revenue',
  );
  const vat = must(
    shared.sumMoney(statements.map((q) => q?.vat.vat ?? shared.zeroMoney('CNY'))),
    'vat',
  );
  const kpis: Kpis = {
    firstTimeFixRate: rates?.firstTimeFixRate ?? null,
    reworkRate: rates?.reworkRate ?? null,
    followUpCoverage: coverage.overall.coverage,
    fillRate: fill.rate,
    revenue,
    vat,
  };
  s.log.say(
    `一次修复率 ${percent(kpis.firstTimeFixRate)}（交车 ${rates?.delivered ?? 0} 台，返工 ${rates?.reworked ?? 0} 台，§2.2.3(2)）`,
    `First-time fix ${percent(kpis.firstTimeFixRate)} (${rates?.delivered ?? 0} cars delivered, ${rates?.reworked ?? 0} reworked, §2.2.3(2))`,
  );
  s.log.say(
    `回访覆盖率 ${percent(kpis.followUpCoverage)}（应访 ${coverage.overall.due + coverage.overall.pending}，按时完成 ${coverage.overall.completedOnTime}，目标 ${percent(coverage.target)}，§2.2.5(2)）`,
    `Follow-up coverage ${percent(kpis.followUpCoverage)} (${coverage.overall.due + coverage.overall.pending} calls, ${coverage.overall.completedOnTime} on time, target ${percent(coverage.target)}, §2.2.5(2))`,
  );
  s.log.say(
    `配件满足率 ${percent(kpis.fillRate)}（需求 ${fill.linesRequested} 行，库存即时满足 ${fill.linesServedFromStock} 行，§2.2.4(3)）`,
    `Parts fill rate ${percent(kpis.fillRate)} (${fill.linesRequested} lines requested, ${fill.linesServedFromStock} served from stock, §2.2.4(3))`,
  );
  s.log.say(
    `当日维修收入 ${money(revenue, 'zh')}（含增值税 ${money(vat, 'zh')}，REG-7）`,
    `The day's service revenue ${money(revenue, 'en')} (VAT ${money(vat, 'en')} included, REG-7)`,
  );
  return kpis;
}
