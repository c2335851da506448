import { err, ok, type Result } from 'neverthrow';
import { leadsTeamOf, type TeamMembership } from '../org/index';
import { type QualityError, type QualityErrorData, qualityError } from './errors';
import type { InspectedJob, Inspection, InspectionStatus, JobStage } from './inspection-schema';
import type { InspectionLevel } from './schema';

const AWAITED: Readonly<Record<JobStage, InspectionLevel | 'rework'>> = {
  'self-check': 1,
  'team-check': 2,
  'final-check': 3,
  rework: 'rework',
};

/**
 * The status that summarises an open inspection's jobs: `in-rework` while
 * any job is back with its technician, otherwise the lowest level awaited.
 *
 * @example
 * ```ts
 * deriveInspectionStatus(inspection.jobs); // 'awaiting-team-check'
 * ```
 * @category quality
 * @see §3.4(3)
 */
export function deriveInspectionStatus(jobs: readonly InspectedJob[]): InspectionStatus {
  if (jobs.some((job) => job.stage === 'rework')) return 'in-rework';
  if (jobs.some((job) => job.stage === 'self-check')) return 'awaiting-self-check';
  if (jobs.some((job) => job.stage === 'team-check')) return 'awaiting-team-check';
  return 'awaiting-final-check';
}

/**
 * The jobs a command addresses: the named ones (each must be in the
 * inspection, none twice), or when none are named those `fallback` selects.
 * Errors: `job_duplicate`, `job_not_in_inspection`, `inspector_not_eligible`
 * (nothing named and nothing selected).
 *
 * @example
 * ```ts
 * selectJobs(inspection, undefined, (job) => job.technicianId === actor.id, actor.id, 'self-check');
 * ```
 * @category quality
 */
export function selectJobs(
  inspection: Inspection,
  jobIds: readonly string[] | undefined,
  fallback: (job: InspectedJob) => boolean,
  actorId: string,
  command: QualityErrorData['inspector_not_eligible']['command'],
): Result<readonly InspectedJob[], QualityError> {
  if (jobIds === undefined) {
    const selected = inspection.jobs.filter(fallback);
    return selected.length > 0
      ? ok(selected)
      : err(qualityError('inspector_not_eligible', { actorId, command }));
  }
  const seen = new Set<string>();
  const selected: InspectedJob[] = [];
  for (const jobId of jobIds) {
    if (seen.has(jobId)) return err(qualityError('job_duplicate', { jobId }));
    seen.add(jobId);
    const job = inspection.jobs.find((candidate) => candidate.jobId === jobId);
    if (job === undefined) return err(qualityError('job_not_in_inspection', { jobId }));
    selected.push(job);
  }
  return ok(selected);
}

/**
 * Whether a job is at `level` now: not in rework, not below it (a skipped
 * level), not past it (a level signed twice). Errors: `job_in_rework`,
 * `inspection_level_skipped`, `inspection_level_repeated`.
 *
 * @example
 * ```ts
 * checkJobAtLevel({ ...job, stage: 'self-check' }, 2); // err: inspection_level_skipped
 * ```
 * @category quality
 * @see §3.4(3)
 * @see §3.4(4)
 */
export function checkJobAtLevel(
  job: InspectedJob,
  level: InspectionLevel,
): Result<InspectedJob, QualityError> {
  const awaiting = AWAITED[job.stage];
  if (awaiting === 'rework') return err(qualityError('job_in_rework', { jobId: job.jobId }));
  if (awaiting < level) {
    return err(qualityError('inspection_level_skipped', { jobId: job.jobId, level, awaiting }));
  }
  if (awaiting > level && level !== 3) {
    return err(qualityError('inspection_level_repeated', { jobId: job.jobId, level }));
  }
  return ok(job);
}

function signerOf(inspection: Inspection, seq: number | null): string | null {
  if (seq === null) return null;
  return inspection.signOffs.find((signOff) => signOff.seq === seq)?.inspectorId ?? null;
}

function checkNotSignedBefore(
  inspection: Inspection,
  job: InspectedJob,
  actorId: string,
  level: 2 | 3,
): Result<InspectedJob, QualityError> {
  const earlier: readonly [1 | 2, number | null][] = [
    [1, job.selfCheckSeq],
    [2, level === 3 ? job.teamCheckSeq : null],
  ];
  for (const [signedLevel, seq] of earlier) {
    if (signerOf(inspection, seq) === actorId) {
      return err(
        qualityError('inspector_already_signed', {
          inspectorId: actorId,
          jobId: job.jobId,
          level,
          signedLevel,
        }),
      );
    }
  }
  return ok(job);
}

/**
 * Whether `actorId` may sign `level` for a job: level 1 only by the job's
 * technician (§3.4(1)); level 2 by the leader of the technician's team, who
 * did not sign level 1 (§3.4(2)); level 3 by someone who signed neither
 * level 1 nor 2 (§3.4(3)). The role itself is checked with `authorize` by
 * the machine. Errors: `inspector_not_job_technician`,
 * `inspector_already_signed`, `inspector_not_team_leader`.
 *
 * @example
 * ```ts
 * checkSigner(inspection, job, 2, 'emp_tech1', teams); // err: inspector_already_signed
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §3.4(2)
 * @see §3.4(3)
 */
export function checkSigner(
  inspection: Inspection,
  job: InspectedJob,
  level: InspectionLevel,
  actorId: string,
  teams: readonly TeamMembership[],
): Result<InspectedJob, QualityError> {
  if (level === 1) {
    return job.technicianId === actorId
      ? ok(job)
      : err(
          qualityError('inspector_not_job_technician', { jobId: job.jobId, inspectorId: actorId }),
        );
  }
  const notBefore = checkNotSignedBefore(inspection, job, actorId, level);
  if (notBefore.isErr() || level === 3) return notBefore;
  const team = teams.find((candidate) => candidate.id === job.teamId);
  if (team !== undefined && leadsTeamOf(actorId, job.technicianId, [team])) return ok(job);
  return err(
    qualityError('inspector_not_team_leader', {
      jobId: job.jobId,
      inspectorId: actorId,
      teamId: job.teamId,
    }),
  );
}
