/**
 * §11.2, §2.2.3(2), §2.2.5(2), §2.2.4(3): the day's KPIs computed by the
 * library from the day's records — first-time fix, follow-up coverage, parts
 * fill rate — plus what the two orders brought in; a KPI below its target
 * opens a corrective action (§11.2.4, §12.1).
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
  /** Corrective actions opened for KPIs below target: `[kpi, action id]`. */
  readonly improvementActions: readonly (readonly [string, string])[];
}

export interface DayRecords {
  readonly delivered: readonly { readonly order: RepairOrder; readonly report: InspectionReport }[];
  readonly tasks: readonly FollowUpTask[];
  readonly ledger: StockLedger;
}

export async function computeKpis(s: Scenario, records: DayRecords): Promise<Kpis> {
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
    improvementActions: [],
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
  return { ...kpis, improvementActions: await openActionsForMisses(s, orders) };
}

const KPI_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  'first-time-fix-rate': ['一次修复率', 'first-time fix rate'],
  'rework-rate': ['返工率', 'rework rate'],
  'comeback-rate': ['返修率', 'comeback rate'],
};

/**
 * §11.2.4, §12.1: the month's quality KPIs through analytics, and for each
 * one below its target a corrective action owned by the workshop supervisor.
 */
async function openActionsForMisses(
  s: Scenario,
  orders: readonly unknown[],
): Promise<readonly (readonly [string, string])[]> {
  const { analytics, improvement } = s.lib;
  const report = must(analytics.computeQualityKpis(orders, { granularity: 'month' }), 'KPIs');
  const misses = analytics.findKpiMisses(report.series);
  const opened: (readonly [string, string])[] = [];
  for (const [n, trigger] of analytics.kpiMissTriggers(misses).entries()) {
    // Stored with its event and the trigger's claim in one unit of work.
    const action = must(
      await improvement.openActionInStore(
        s.store,
        { trigger, ownerId: s.staff.supervisor.id },
        { id: `ia_${trigger.subject}`, at: s.at('tue', '18:00'), actor: s.staff.manager },
      ),
      `improvement action for ${trigger.subject}`,
    );
    const miss = misses[n];
    const [zh, en] = KPI_LABELS[trigger.subject] ?? [trigger.subject, trigger.subject];
    const value = percent(Number(miss?.value));
    const target = percent(Number(miss?.target));
    const above = trigger.reason === 'kpi_above_limit';
    s.log.say(
      `本月${zh} ${value}，${above ? '超过上限' : '低于目标'} ${target}：开立纠正措施 ${action.id}，由车间主管负责，${action.dueOn} 前完成（§11.2.4、§12.1）`,
      `This month's ${en} ${value} is ${above ? 'above its limit' : 'below its target'} ${target}: corrective action ${action.id} opened for the workshop supervisor, due ${action.dueOn} (§11.2.4, §12.1)`,
    );
    opened.push([trigger.subject, action.id]);
  }
  return opened;
}
