import { delegateRepository, listAllMatching, type Store } from '../shared/index';
import type { Assessment } from './assessment';
import type { AttendanceRecord } from './attendance';
import type { Certification } from './certification-schema';
import type { TrainingRepositories } from './repository';
import type { TrainingSession } from './session-schema';

/**
 * The storage collection of each training aggregate (kebab-case, as
 * `Store.repository` takes them).
 *
 * @example
 * ```ts
 * store.repository<Certification>(TRAINING_COLLECTIONS.certifications);
 * ```
 * @category training
 * @see §11.1.2
 */
export const TRAINING_COLLECTIONS = Object.freeze({
  sessions: 'training-session',
  attendance: 'training-attendance',
  certifications: 'training-certification',
  assessments: 'training-assessment',
} as const);

/**
 * Builds training's repository ports on any shared `Store` (the memory
 * adapter, the SQL adapter or a third-party one) using only the generic
 * `list` query; lookups page through all matches.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createTrainingRepositories(createMemoryStore());
 * await repositories.certifications.save(certification, { expectedVersion: 0, events });
 * ```
 * @category training
 * @see §11.1.2
 * @see §2.2.6
 * @see X-6
 */
export function createTrainingRepositories(store: Store): TrainingRepositories {
  const sessions = store.repository<TrainingSession>(TRAINING_COLLECTIONS.sessions);
  const attendance = store.repository<AttendanceRecord>(TRAINING_COLLECTIONS.attendance);
  const certifications = store.repository<Certification>(TRAINING_COLLECTIONS.certifications);
  const assessments = store.repository<Assessment>(TRAINING_COLLECTIONS.assessments);
  return {
    sessions: {
      ...delegateRepository(sessions),
      listByStatus: (status) => listAllMatching(sessions, { status }, { field: 'date' }),
    },
    attendance: {
      ...delegateRepository(attendance),
      listByEmployee: (employeeId) =>
        listAllMatching(attendance, { employeeId }, { field: 'date' }),
      listBySession: (sessionId) =>
        listAllMatching(attendance, { sessionId }, { field: 'createdAt', direction: 'asc' }),
    },
    certifications: {
      ...delegateRepository(certifications),
      listByEmployee: (employeeId) =>
        listAllMatching(certifications, { employeeId }, { field: 'issuedOn' }),
      listByCode: (code) => listAllMatching(certifications, { code }, { field: 'issuedOn' }),
    },
    assessments: {
      ...delegateRepository(assessments),
      listByEmployee: (employeeId) =>
        listAllMatching(assessments, { employeeId }, { field: 'createdAt', direction: 'asc' }),
    },
  };
}
