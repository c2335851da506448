import { DEFAULT_TIME_ZONE, type Instant, type TimeZone } from '../shared/index';
import { type AttendanceRecord, isCompletedTraining } from './attendance';
import { type CertificationState, certificationStateAt } from './certification-lookup';
import type { Certification } from './certification-schema';
import type { TrainingKind } from './vocabulary';

/**
 * An employee's training record (培训档案, §2.2.6): every session on record
 * (attended or not) oldest first, completed sessions per kind, and every
 * certification with its state at the instant asked.
 *
 * @example
 * ```ts
 * const record: TrainingRecord = summarizeTrainingRecord('emp_1', attendance, certifications, at);
 * record.validCertifications; // ['EV-HV']
 * ```
 * @category training
 * @see §2.2.6
 * @see §8.1.3
 */
export interface TrainingRecord {
  readonly employeeId: string;
  readonly sessions: readonly AttendanceRecord[];
  readonly completedByKind: Readonly<Record<TrainingKind, number>>;
  readonly certifications: readonly {
    readonly certification: Certification;
    readonly state: CertificationState;
  }[];
  /** Codes of the certifications valid at the instant, sorted, each once. */
  readonly validCertifications: readonly string[];
}

/**
 * Builds an employee's training record (§2.2.6: staff follow the rules and
 * train) from attendance records and certifications, as of `at`: what a
 * manager or an auditor looks at for one person. Records of other
 * employees are ignored, so whole collections can be passed.
 *
 * @example
 * ```ts
 * summarizeTrainingRecord('emp_1', attendance, certifications, at).completedByKind['in-service']; // 3
 * ```
 * @category training
 * @see §2.2.6
 * @see §8.1.3
 */
export function summarizeTrainingRecord(
  employeeId: string,
  attendance: readonly AttendanceRecord[],
  certifications: readonly Certification[],
  at: Instant,
  zone: TimeZone = DEFAULT_TIME_ZONE,
): TrainingRecord {
  const sessions = attendance
    .filter((r) => r.employeeId === employeeId)
    .sort((a, b) => (a.date === b.date ? compareText(a.id, b.id) : compareText(a.date, b.date)));
  const completedByKind = { onboarding: 0, 'in-service': 0, special: 0, safety: 0 };
  for (const record of sessions) if (isCompletedTraining(record)) completedByKind[record.kind] += 1;
  const held = certifications
    .filter((c) => c.employeeId === employeeId)
    .sort((a, b) => compareText(a.issuedOn, b.issuedOn))
    .map((certification) => ({
      certification,
      state: certificationStateAt(certification, at, zone),
    }));
  const validCertifications = [
    ...new Set(held.filter((c) => c.state === 'valid').map((c) => c.certification.code)),
  ].sort(compareText);
  return { employeeId, sessions, completedByKind, certifications: held, validCertifications };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
