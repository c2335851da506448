import type { ResultAsync } from 'neverthrow';
import type { EmployeeId } from '../org/index';
import type { Repository, StorageError, ValidationError } from '../shared/index';
import type { Assessment } from './assessment';
import type { AttendanceRecord } from './attendance';
import type { Certification } from './certification-schema';
import type { TrainingSessionId } from './ids';
import type { TrainingSession } from './session-schema';

/**
 * Errors of the lookup queries of training's repositories.
 *
 * @example
 * ```ts
 * function report(error: TrainingLookupError) { return error.code; } // 'storage_failed' | 'validation_failed'
 * ```
 * @category training
 * @see §11.1.2
 */
export type TrainingLookupError = StorageError | ValidationError;

/**
 * Storage port of training sessions.
 *
 * @example
 * ```ts
 * const upcoming = await repositories.sessions.listByStatus('scheduled');
 * ```
 * @category training
 * @see §8.1.2
 */
export interface TrainingSessionRepository extends Repository<TrainingSession> {
  /** Every session in a status, by date. */
  listByStatus(
    status: TrainingSession['status'],
  ): ResultAsync<readonly TrainingSession[], TrainingLookupError>;
}

/**
 * Storage port of attendance records, by employee (training record,
 * compliance) and by session (duplicates, sign-in sheet).
 *
 * @example
 * ```ts
 * const mine = await repositories.attendance.listByEmployee('emp_1');
 * ```
 * @category training
 * @see §2.2.6
 */
export interface AttendanceRepository extends Repository<AttendanceRecord> {
  /** Every record of an employee, by date. */
  listByEmployee(
    employeeId: EmployeeId,
  ): ResultAsync<readonly AttendanceRecord[], TrainingLookupError>;
  /** Every record of a session. */
  listBySession(
    sessionId: TrainingSessionId,
  ): ResultAsync<readonly AttendanceRecord[], TrainingLookupError>;
}

/**
 * Storage port of certifications, by employee and by code (e.g. every
 * `EV-HV` holder, to build the dispatch lookup).
 *
 * @example
 * ```ts
 * const holders = await repositories.certifications.listByCode('EV-HV');
 * ```
 * @category training
 * @see §8.1.3
 */
export interface CertificationRepository extends Repository<Certification> {
  /** Every certification of an employee, by issue date. */
  listByEmployee(
    employeeId: EmployeeId,
  ): ResultAsync<readonly Certification[], TrainingLookupError>;
  /** Every certification with a code, by issue date. */
  listByCode(code: string): ResultAsync<readonly Certification[], TrainingLookupError>;
}

/**
 * Storage port of assessments.
 *
 * @example
 * ```ts
 * const history = await repositories.assessments.listByEmployee('emp_1');
 * ```
 * @category training
 * @see §8.3.1
 */
export interface AssessmentRepository extends Repository<Assessment> {
  /** Every assessment of an employee, oldest first. */
  listByEmployee(employeeId: EmployeeId): ResultAsync<readonly Assessment[], TrainingLookupError>;
}

/**
 * All of training's repositories, as {@link createTrainingRepositories} builds them.
 *
 * @example
 * ```ts
 * const { sessions, attendance }: TrainingRepositories = createTrainingRepositories(store);
 * ```
 * @category training
 * @see §11.1.2
 */
export interface TrainingRepositories {
  readonly sessions: TrainingSessionRepository;
  readonly attendance: AttendanceRepository;
  readonly certifications: CertificationRepository;
  readonly assessments: AssessmentRepository;
}
