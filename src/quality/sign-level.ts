import { err, ok, type Result } from 'neverthrow';
import { authorize, type Capability, type CapabilityMap, type TeamMembership } from '../org/index';
import { toDealerDate } from '../shared/index';
import type { QualityConfig } from './config';
import { type QualityError, qualityError } from './errors';
import { evaluateChecklist } from './evaluate-checklist';
import { type QualityEvent, qualityEvent } from './events';
import type { CheckCommand } from './inspection-commands';
import { buildInspectionReport } from './inspection-report';
import {
  checkJobAtLevel,
  checkSigner,
  deriveInspectionStatus,
  selectJobs,
} from './inspection-rules';
import type { InspectedJob, Inspection, SignOffRecord } from './inspection-schema';
import { REPAIR_CATEGORIES } from './repair-category';
import type { InspectionLevel } from './schema';

/**
 * A successful transition: the new state and the events it caused.
 *
 * @example
 * ```ts
 * const { state, events }: InspectionTransition = transitionInspection(inspection, command)._unsafeUnwrap();
 * ```
 * @category quality
 * @see X-5
 */
export interface InspectionTransition {
  readonly state: Inspection;
  readonly events: readonly QualityEvent[];
}

const CAPABILITY: Readonly<Record<InspectionLevel, Capability>> = {
  1: 'inspection.self-check',
  2: 'inspection.team-check',
  3: 'inspection.final-check',
};

const LEVEL: Readonly<Record<CheckCommand['type'], InspectionLevel>> = {
  'self-check': 1,
  'team-check': 2,
  'final-check': 3,
};

function teamsOf(command: CheckCommand): readonly TeamMembership[] {
  return command.type === 'team-check' ? command.teams : [];
}

/** The jobs a level addresses when the command names none: the actor's own work, or everything. */
function defaultTarget(command: CheckCommand): (job: InspectedJob) => boolean {
  const actorId = command.actor.id;
  if (command.type === 'self-check') {
    return (job) => job.stage === 'self-check' && job.technicianId === actorId;
  }
  if (command.type === 'team-check') {
    return (job) =>
      job.stage === 'team-check' &&
      command.teams.some((team) => team.id === job.teamId && team.leaderId === actorId);
  }
  return () => true;
}

function checkRoadTests(jobs: readonly InspectedJob[]): Result<void, QualityError> {
  const jobIds = jobs.filter((job) => job.needsRoadTest && !job.roadTestPassed).map((j) => j.jobId);
  return jobIds.length === 0 ? ok(undefined) : err(qualityError('road_test_required', { jobIds }));
}

/** Every eligibility rule of a level, for the jobs it covers (level 3: all jobs). */
function checkEligible(
  state: Inspection,
  command: CheckCommand,
  level: InspectionLevel,
): Result<readonly InspectedJob[], QualityError> {
  const target = defaultTarget(command);
  const selected = selectJobs(state, command.jobIds, target, command.actor.id, command.type);
  if (selected.isErr()) return selected;
  const covered = level === 3 ? state.jobs : selected.value;
  for (const job of covered) {
    const atLevel = checkJobAtLevel(job, level).andThen(() =>
      checkSigner(state, job, level, command.actor.id, teamsOf(command)),
    );
    if (atLevel.isErr()) return err(atLevel.error);
  }
  if (level === 3) {
    const roadTests = checkRoadTests(state.jobs);
    if (roadTests.isErr()) return err(roadTests.error);
  }
  return selected;
}

function checkOutcome(
  command: CheckCommand,
  covered: readonly InspectedJob[],
  level: InspectionLevel,
  config: QualityConfig,
): Result<void, QualityError> {
  const categories = REPAIR_CATEGORIES.filter((c) => covered.some((j) => j.repairCategory === c));
  const outcomes = evaluateChecklist(
    {
      results: command.results ?? [],
      equipment: command.equipment ?? [],
      categories,
      requireComplete: command.passed && config.checklistLevels.includes(level),
      on: toDealerDate(command.at, config.timeZone),
    },
    config,
  );
  if (outcomes.isErr()) return err(outcomes.error);
  const failed = outcomes.value.filter((outcome) => !outcome.passed);
  if (command.passed && failed.length > 0) {
    const items = failed.map(({ category, itemId }) => ({ category, itemId }));
    return err(qualityError('checklist_item_failed', { items }));
  }
  if (!command.passed && (command.findings ?? []).length === 0) {
    return err(qualityError('rework_findings_required', { level }));
  }
  return ok(undefined);
}

function advance(job: InspectedJob, level: InspectionLevel, seq: number): InspectedJob {
  if (level === 1) return { ...job, stage: 'team-check', selfCheckSeq: seq };
  if (level === 2) return { ...job, stage: 'final-check', teamCheckSeq: seq };
  return job;
}

function sendBack(job: InspectedJob): InspectedJob {
  return {
    ...job,
    stage: 'rework',
    selfCheckSeq: null,
    teamCheckSeq: null,
    // The vehicle is worked on again, so an earlier road test no longer vouches for it.
    roadTestPassed: job.needsRoadTest ? false : job.roadTestPassed,
    reworkCount: job.reworkCount + 1,
  };
}

function applyFailure(
  state: Inspection,
  record: SignOffRecord,
  jobIds: readonly string[],
): InspectionTransition {
  const reworkCount = state.reworkCount + 1;
  const jobs = state.jobs.map((job) => (jobIds.includes(job.jobId) ? sendBack(job) : job));
  const findings = record.findings ?? [];
  const rework = {
    round: reworkCount,
    level: record.level,
    inspectorId: record.inspectorId,
    at: record.at,
    jobIds: record.jobIds,
    findings,
  };
  const technicianIds = [
    ...new Set(jobs.filter((j) => jobIds.includes(j.jobId)).map((j) => j.technicianId)),
  ];
  const next: Inspection = {
    ...state,
    jobs,
    reworkCount,
    reworks: [...state.reworks, rework],
    signOffs: [...state.signOffs, record],
    status: deriveInspectionStatus(jobs),
    updatedAt: record.at,
  };
  const event = qualityEvent('quality.rework-opened', state.id, record.at, {
    repairOrderId: state.repairOrderId,
    level: record.level,
    jobIds: [...jobIds],
    technicianIds,
    reworkCount,
  });
  return { state: next, events: [event] };
}

function applyPass(
  state: Inspection,
  record: SignOffRecord,
  command: CheckCommand,
): InspectionTransition {
  const jobs = state.jobs.map((job) =>
    record.jobIds.includes(job.jobId) ? advance(job, record.level, record.seq) : job,
  );
  const signed: Inspection = {
    ...state,
    jobs,
    signOffs: [...state.signOffs, record],
    updatedAt: command.at,
  };
  if (command.type !== 'final-check') {
    return { state: { ...signed, status: deriveInspectionStatus(jobs) }, events: [] };
  }
  const report = buildInspectionReport(signed, record, command.reportId, command.at);
  const event = qualityEvent('quality.inspection-passed', state.id, command.at, {
    repairOrderId: state.repairOrderId,
    reportId: report.id,
    jobIds: report.jobIds,
    finalInspectorId: report.finalInspectorId,
    reworkCount: report.reworkCount,
  });
  return { state: { ...signed, status: 'passed', report }, events: [event] };
}

/**
 * Signs level 1, 2 or 3 for the jobs a check command covers, after every
 * rule of §3.4: the right role (`authorize`), the right person, no level
 * skipped or signed twice, a road test before level 3, the checklist judged
 * with calibrated equipment. A pass moves the jobs up a level (level 3:
 * the report); a failure sends them back for rework. The machine's
 * `transitionInspection` calls it; errors are listed there.
 *
 * @example
 * ```ts
 * signLevel(inspection, { type: 'self-check', passed: true, at, actor: technician }, { config, capabilities });
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §3.4(2)
 * @see §3.4(3)
 * @see §3.4(4)
 * @see §3.4(5)
 */
export function signLevel(
  state: Inspection,
  command: CheckCommand,
  options: { readonly config: QualityConfig; readonly capabilities?: CapabilityMap | undefined },
): Result<InspectionTransition, QualityError> {
  const level = LEVEL[command.type];
  const allowed = authorize(command.actor, CAPABILITY[level], { map: options.capabilities });
  if (allowed.isErr()) return err(allowed.error);
  const eligible = checkEligible(state, command, level);
  if (eligible.isErr()) return err(eligible.error);
  const covered = level === 3 ? state.jobs : eligible.value;
  const outcome = checkOutcome(command, covered, level, options.config);
  if (outcome.isErr()) return err(outcome.error);
  const failedJobIds = eligible.value.map((job) => job.jobId);
  const record: SignOffRecord = {
    level,
    inspectorId: command.actor.id,
    at: command.at,
    passed: command.passed,
    jobIds: (command.passed
      ? covered.map((job) => job.jobId)
      : failedJobIds) as SignOffRecord['jobIds'],
    seq: state.signOffs.length + 1,
    ...(command.results === undefined ? {} : { results: command.results }),
    ...(command.findings === undefined ? {} : { findings: command.findings }),
  };
  const levelSigned = qualityEvent('quality.level-signed', state.id, command.at, {
    repairOrderId: state.repairOrderId,
    level,
    jobIds: record.jobIds,
    inspectorId: record.inspectorId,
    passed: record.passed,
  });
  const applied = command.passed
    ? applyPass(state, record, command)
    : applyFailure(state, record, failedJobIds);
  return ok({ state: applied.state, events: [levelSigned, ...applied.events] });
}
