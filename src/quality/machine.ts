import { err, ok, type Result } from 'neverthrow';
import { match, P } from 'ts-pattern';
import { authorize, type CapabilityMap } from '../org/index';
import { defaultQualityConfig, type QualityConfig } from './config';
import { type QualityError, qualityError } from './errors';
import { qualityEvent } from './events';
import type { CommandOf, InspectionCommand } from './inspection-commands';
import { checkJobAtLevel, deriveInspectionStatus, selectJobs } from './inspection-rules';
import type { InspectedJob, Inspection } from './inspection-schema';
import { findDuplicateJob, toInspectedJob } from './open-inspection';
import { type InspectionTransition, signLevel } from './sign-level';

/**
 * Options of {@link transitionInspection}: the dealer's quality configuration
 * and role → capability map (both default to the manual's).
 *
 * @example
 * ```ts
 * const options: InspectionOptions = { config: dealerQualityConfig, capabilities: hostMap };
 * ```
 * @category quality
 */
export interface InspectionOptions {
  readonly config?: QualityConfig;
  readonly capabilities?: CapabilityMap;
}

const OPEN = P.union(
  'awaiting-self-check',
  'awaiting-team-check',
  'awaiting-final-check',
  'in-rework',
);

function updateJobs(
  state: Inspection,
  jobIds: readonly string[],
  change: (job: InspectedJob) => InspectedJob,
): readonly InspectedJob[] {
  return state.jobs.map((job) => (jobIds.includes(job.jobId) ? change(job) : job));
}

function recordRoadTest(
  state: Inspection,
  command: CommandOf<'record-road-test'>,
  capabilities: CapabilityMap | undefined,
): Result<InspectionTransition, QualityError> {
  const { actor, at } = command;
  return authorize(actor, 'road-test.record', { map: capabilities })
    .andThen(() =>
      selectJobs(state, command.jobIds, (job) => job.needsRoadTest, actor.id, 'record-road-test'),
    )
    .andThen((jobs) => {
      const reworking = jobs.find((job) => job.stage === 'rework');
      if (reworking !== undefined) {
        return err(qualityError('job_in_rework', { jobId: reworking.jobId }));
      }
      const jobIds = jobs.map((job) => job.jobId);
      const updated = updateJobs(state, jobIds, (job) => ({
        ...job,
        roadTestPassed: command.passed,
      }));
      const event = qualityEvent('quality.road-test-recorded', state.id, at, {
        repairOrderId: state.repairOrderId,
        jobIds,
        passed: command.passed,
      });
      return ok({ state: { ...state, jobs: [...updated], updatedAt: at }, events: [event] });
    });
}

function completeRework(
  state: Inspection,
  command: CommandOf<'complete-rework'>,
  capabilities: CapabilityMap | undefined,
): Result<InspectionTransition, QualityError> {
  const { actor, at } = command;
  const mine = (job: InspectedJob) => job.stage === 'rework' && job.technicianId === actor.id;
  return authorize(actor, 'job.perform', { map: capabilities })
    .andThen(() => selectJobs(state, command.jobIds, mine, actor.id, 'complete-rework'))
    .andThen((jobs) => {
      for (const job of jobs) {
        if (job.stage !== 'rework')
          return err(qualityError('job_not_in_rework', { jobId: job.jobId }));
        if (job.technicianId !== actor.id) {
          return err(
            qualityError('rework_not_by_technician', { jobId: job.jobId, actorId: actor.id }),
          );
        }
      }
      const jobIds = jobs.map((job) => job.jobId);
      const updated = updateJobs(state, jobIds, (job) => ({ ...job, stage: 'self-check' }));
      const event = qualityEvent('quality.rework-completed', state.id, at, {
        repairOrderId: state.repairOrderId,
        jobIds,
      });
      const next = {
        ...state,
        jobs: [...updated],
        status: deriveInspectionStatus(updated),
        updatedAt: at,
      };
      return ok({ state: next, events: [event] });
    });
}

function addJobs(
  state: Inspection,
  command: CommandOf<'add-jobs'>,
  config: QualityConfig,
): Result<InspectionTransition, QualityError> {
  const jobIds = command.jobs.map((job) => job.jobId);
  const duplicate = findDuplicateJob([...state.jobs.map((job) => job.jobId), ...jobIds]);
  if (duplicate !== undefined) return err(qualityError('job_duplicate', { jobId: duplicate }));
  const jobs = [...state.jobs, ...command.jobs.map((job) => toInspectedJob(job, config))];
  const event = qualityEvent('quality.jobs-added', state.id, command.at, {
    repairOrderId: state.repairOrderId,
    jobIds,
  });
  const next = { ...state, jobs, status: deriveInspectionStatus(jobs), updatedAt: command.at };
  return ok({ state: next, events: [event] });
}

/**
 * The three-level inspection state machine (三级检验, §3.4): applies one
 * command to an inspection and returns the new state with its events, or a
 * typed error; never mutates `state`. Matched over `[status, command.type]`:
 *
 * | status | command | effect |
 * |---|---|---|
 * | any open status | `self-check` | level 1 by the job's technician (§3.4(1)) |
 * | any open status | `team-check` | level 2 by the leader of the technician's team, not the level-1 signer (§3.4(2)) |
 * | any open status | `final-check` | level 3 by a QC inspector who signed neither level, once every job passed level 2 and needed road tests passed (§3.4(3)); a pass produces the immutable report (§3.4(5)) |
 * | any open status | `record-road-test`, `complete-rework`, `add-jobs` | road-test result; rework done, jobs restart at level 1 (§3.4(4)); jobs added at level 1 |
 * | `passed` | any | `inspection_already_passed` |
 * | anything else | | `invalid_transition` |
 *
 * A failed level (`passed: false`, with findings) sends the jobs concerned
 * back to their technicians; the rework count grows by one (§3.4(4)).
 *
 * Errors: `forbidden` (the role lacks `inspection.self-check`,
 * `inspection.team-check`, `inspection.final-check`, `road-test.record` or
 * `job.perform`), `inspection_level_skipped`, `inspection_level_repeated`,
 * `inspector_not_job_technician`, `inspector_not_team_leader`,
 * `inspector_already_signed`, `inspector_not_eligible`, `road_test_required`,
 * `rework_findings_required`, `job_in_rework`, `job_not_in_rework`,
 * `rework_not_by_technician`, `job_not_in_inspection`, `job_duplicate`,
 * `checklist_item_unknown`, `checklist_result_mismatch`,
 * `checklist_incomplete`, `checklist_item_failed`, `equipment_not_registered`,
 * `equipment_calibration_overdue`, `equipment_out_of_service`,
 * `inspection_already_passed`, `invalid_transition`.
 *
 * @param state - the current inspection
 * @param command - what happened, with `at` and `actor`
 * @param options - the dealer's quality configuration and capability map
 * @example
 * ```ts
 * const result = transitionInspection(inspection, { type: 'team-check', passed: true, teams, at, actor: leader });
 * if (result.isOk()) await inspections.save(result.value.state, { expectedVersion: inspection.version, events: result.value.events });
 * ```
 * @category quality
 * @see §2.2.3(3)
 * @see §3.4(1)
 * @see §3.4(2)
 * @see §3.4(3)
 * @see §3.4(4)
 * @see §3.4(5)
 * @see X-5
 */
export function transitionInspection(
  state: Inspection,
  command: InspectionCommand,
  options: InspectionOptions = {},
): Result<InspectionTransition, QualityError> {
  const config = options.config ?? defaultQualityConfig;
  const { capabilities } = options;
  return match<
    [Inspection['status'], InspectionCommand],
    Result<InspectionTransition, QualityError>
  >([state.status, command])
    .with(['passed', P._], () =>
      err(qualityError('inspection_already_passed', { inspectionId: state.id })),
    )
    .with([OPEN, { type: P.union('self-check', 'team-check', 'final-check') }], ([, check]) =>
      signLevel(state, check, { config, capabilities }),
    )
    .with([OPEN, { type: 'record-road-test' }], ([, c]) => recordRoadTest(state, c, capabilities))
    .with([OPEN, { type: 'complete-rework' }], ([, c]) => completeRework(state, c, capabilities))
    .with([OPEN, { type: 'add-jobs' }], ([, c]) => addJobs(state, c, config))
    .otherwise(() =>
      err(
        qualityError('invalid_transition', {
          status: String(state.status),
          command: String((command as { type?: unknown }).type),
        }),
      ),
    );
}

/**
 * Whether every job of an open inspection awaits the final check and so the
 * QC inspector may begin (road tests aside) — for work lists.
 *
 * @example
 * ```ts
 * inspections.filter(isReadyForFinalCheck);
 * ```
 * @category quality
 * @see §3.4(3)
 */
export function isReadyForFinalCheck(state: Inspection): boolean {
  return state.status !== 'passed' && state.jobs.every((job) => checkJobAtLevel(job, 3).isOk());
}
