/**
 * §3.4, §4.1(4): the three-level inspection (self-check, team-leader
 * re-check, QC final inspection) with a rework loop, the inspection report
 * that gates delivery, and the completion certificate.
 */
import type { CompletionCertificate, Inspection } from '../../src/quality/index';
import { must, type Scenario } from './context';
import type { InspectionReport, RepairOrder } from './library';
import { applyAll, applyToInspection, inspectedJobs, passingResults } from './order-ops';
import type { Setup } from './step-setup';

export interface InspectionOutcome {
  readonly order: RepairOrder;
  readonly report: InspectionReport;
}

export interface InspectionPlan {
  readonly start: string;
  readonly technician: 'technician' | 'technician2';
  /** The final inspection fails these jobs once; the technician reworks them (§3.4(4)). */
  readonly rework?: {
    readonly jobIds: readonly string[];
    readonly finding: string;
    readonly work: Record<string, unknown>;
  };
}

/** Who signed each level, once per signer: `L1 emp_t_zhao · L2 emp_tl_qian · L3 emp_qc_sun`. */
function signersOf(report: InspectionReport): string {
  return [...new Set(report.levels.map((level) => `L${level.level} ${level.inspectorId}`))].join(
    ' · ',
  );
}

async function signLevels(
  s: Scenario,
  setup: Setup,
  inspection: Inspection,
  at: (minutes: number) => string,
  plan: InspectionPlan,
  finalPasses: boolean,
): Promise<Inspection> {
  const categories = [...new Set(inspection.jobs.map((job) => job.repairCategory))];
  let state = await applyToInspection(s, inspection, {
    type: 'self-check',
    passed: true,
    at: at(0),
    actor: s.staff[plan.technician],
  });
  state = await applyToInspection(s, state, {
    type: 'team-check',
    passed: true,
    teams: setup.dealer.teams,
    at: at(5),
    actor: s.staff.teamLeader,
  });
  const final = finalPasses
    ? {
        passed: true,
        results: passingResults(s, categories, 'eq_gauge_01'),
        equipment: setup.dealer.equipment,
      }
    : { passed: false, jobIds: plan.rework?.jobIds, findings: [plan.rework?.finding] };
  return applyToInspection(s, state, {
    type: 'final-check',
    reportId: `qcr_${inspection.repairOrderId}`,
    at: at(15),
    actor: s.staff.inspector,
    ...final,
  });
}

/** Runs the inspection of a submitted order to a passed report, with one rework if planned. */
export async function inspect(
  s: Scenario,
  setup: Setup,
  submitted: RepairOrder,
  plan: InspectionPlan,
): Promise<InspectionOutcome> {
  const { quality, shared } = s.lib;
  const start = s.at('mon', plan.start);
  const at = (minutes: number) => shared.addMinutesToInstant(start, minutes);
  const opened = must(
    quality.openInspection({
      id: `insp_${submitted.id}`,
      repairOrderId: submitted.id,
      jobs: inspectedJobs(submitted),
      at: at(0),
    }),
    'open inspection',
  );
  let inspection = must(
    await quality
      .createQualityRepositories(s.store)
      .inspections.save(opened.state, { expectedVersion: 0, events: opened.events }),
    'save inspection',
  );
  let order = submitted;
  const technician = s.staff[plan.technician];
  if (plan.rework !== undefined) {
    const { jobIds, finding, work } = plan.rework;
    inspection = await signLevels(s, setup, inspection, at, plan, false);
    s.log.say(
      `一级自检 ✓ ${technician.id} → 二级复检 ✓ ${s.staff.teamLeader.id} → 三级终检 ✗ ${s.staff.inspector.id}：“${finding}”，退回返工（§3.4(4)）`,
      `Level 1 ✓ ${technician.id} → level 2 ✓ ${s.staff.teamLeader.id} → level 3 ✗ ${s.staff.inspector.id}: "${finding}", sent back for rework (§3.4(4))`,
    );
    order = await applyAll(s, order, [
      { type: 'require-rework', at: at(16), actor: s.staff.inspector, jobIds, findings: [finding] },
      ...jobIds.flatMap((jobId) => [
        { type: 'clock-on', at: at(20), actor: technician, jobId, technicianId: technician.id },
        { type: 'clock-off', at: at(35), actor: technician, jobId, technicianId: technician.id },
        { type: 'complete-job', at: at(36), actor: technician, jobId, work },
        {
          type: 'record-road-test',
          at: at(42),
          actor: technician,
          jobId,
          passed: true,
          distanceKm: 5,
        },
      ]),
      { type: 'submit-for-inspection', at: at(44), actor: technician },
    ]);
    inspection = await applyToInspection(s, inspection, {
      type: 'complete-rework',
      jobIds,
      at: at(36),
      actor: technician,
    });
    inspection = await applyToInspection(s, inspection, {
      type: 'record-road-test',
      jobIds,
      passed: true,
      at: at(42),
      actor: technician,
    });
  }
  const restart = plan.rework === undefined ? 0 : 45;
  inspection = await signLevels(s, setup, inspection, (m) => at(restart + m), plan, true);
  const report = inspection.report;
  if (report === null) throw new Error('the inspection did not pass');
  order = await applyAll(s, order, [
    { type: 'mark-ready-for-delivery', at: at(restart + 16), actor: s.staff.inspector, report },
  ]);
  const signers = signersOf(report);
  s.log.say(
    `三级检验合格，检验报告 ${report.id}（返工 ${report.reworkCount} 次）：${signers}；车辆转入待交车（§3.4(5)）`,
    `Three-level inspection passed, report ${report.id} (${report.reworkCount} rework): ${signers}; the car is ready for delivery (§3.4(5))`,
  );
  return { order, report };
}

/** §4.1(4): the completion certificate, numbered gap-free per dealer and year, with its REG-1 guarantee. */
export async function issueCertificate(
  s: Scenario,
  setup: Setup,
  outcome: InspectionOutcome,
  time: string,
): Promise<CompletionCertificate> {
  const { order, report } = outcome;
  const certificate = must(
    await s.lib.quality.issueCompletionCertificateInStore(
      s.store,
      {
        id: `cert_${order.id}`,
        repairOrderId: order.id,
        jobIds: report.jobIds,
        report,
        vehicleId: order.vehicleId,
        odometerKm: order.reception.walkAround.odometerKm,
        workshop: setup.dealer.workshop,
      },
      { actor: s.staff.inspector, at: s.at('mon', time) },
    ),
    'completion certificate',
  );
  const { guarantee } = certificate;
  s.log.say(
    `签发竣工出厂合格证 ${certificate.number}；质量保证期 ${guarantee.days} 天或 ${guarantee.km.toLocaleString('en')} km，至 ${guarantee.lastDay} 或 ${guarantee.lastOdometerKm.toLocaleString('en')} km 止（REG-1）`,
    `Completion certificate ${certificate.number} issued; guarantee ${guarantee.days} days or ${guarantee.km.toLocaleString('en')} km, until ${guarantee.lastDay} or ${guarantee.lastOdometerKm.toLocaleString('en')} km (REG-1)`,
  );
  return certificate;
}
