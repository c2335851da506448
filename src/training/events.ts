import { type CalendarDate, type DomainEvent, domainEvent, type Instant } from '../shared/index';
import type { CertificationRevocationReason } from './certification-schema';
import type {
  AssessmentPeriodKind,
  AttendanceStatus,
  RatingBand,
  TrainingKind,
  TrainingTopic,
} from './vocabulary';

type Ids = string;

/**
 * The payload of every training event, by event type. Payloads carry ids,
 * codes, dates and scores only, never names, so events can go to queues
 * and logs.
 *
 * @example
 * ```ts
 * type Issued = TrainingEventPayloads['training.certification-issued'];
 * ```
 * @category training
 * @see §2.2.6
 * @see X-5
 */
export interface TrainingEventPayloads {
  'training.session-scheduled': {
    sessionId: Ids;
    courseCode: string;
    kind: TrainingKind;
    date: CalendarDate;
    actorId: Ids;
  };
  'training.session-rescheduled': { sessionId: Ids; date: CalendarDate; actorId: Ids };
  'training.session-held': { sessionId: Ids; date: CalendarDate; actorId: Ids };
  'training.session-cancelled': { sessionId: Ids; actorId: Ids };
  'training.attendance-recorded': {
    attendanceId: Ids;
    sessionId: Ids;
    employeeId: Ids;
    kind: TrainingKind;
    topics: readonly TrainingTopic[];
    date: CalendarDate;
    status: AttendanceStatus;
    passed: boolean | null;
    actorId: Ids;
  };
  'training.certification-issued': {
    certificationId: Ids;
    employeeId: Ids;
    code: string;
    issuedOn: CalendarDate;
    expiresOn: CalendarDate | null;
    sessionId: Ids | null;
    actorId: Ids;
  };
  'training.certification-revoked': {
    certificationId: Ids;
    employeeId: Ids;
    code: string;
    reason: CertificationRevocationReason;
    actorId: Ids;
  };
  'training.assessment-recorded': {
    assessmentId: Ids;
    employeeId: Ids;
    periodKind: AssessmentPeriodKind;
    period: string;
    score: string;
    band: RatingBand;
    bonusCoefficient: string;
    actorId: Ids;
  };
}

/**
 * Every training event type, `training.<thing>-<past-tense verb>`.
 *
 * @example
 * ```ts
 * const type: TrainingEventType = 'training.attendance-recorded';
 * ```
 * @category training
 * @see X-5
 */
export type TrainingEventType = keyof TrainingEventPayloads;

/**
 * One training domain event, discriminated by `type`.
 *
 * @example
 * ```ts
 * function onEvent(event: TrainingEvent) {
 *   if (event.type === 'training.certification-revoked') refreshLookup(event.payload.employeeId);
 * }
 * ```
 * @category training
 * @see X-5
 */
export type TrainingEvent = {
  [K in TrainingEventType]: DomainEvent<K, Readonly<TrainingEventPayloads[K]>>;
}[TrainingEventType];

/**
 * The aggregate types training's events name.
 *
 * @example
 * ```ts
 * const aggregate: TrainingAggregateType = 'certification';
 * ```
 * @category training
 * @see X-5
 */
export type TrainingAggregateType =
  | 'training-session'
  | 'training-attendance'
  | 'certification'
  | 'assessment';

/**
 * Builds a frozen training event. Internal helper of the module's policies.
 *
 * @example
 * ```ts
 * trainingEvent('training.session-cancelled', 'training-session', 'trs_1', at, { sessionId: 'trs_1', actorId: 'emp_1' });
 * ```
 * @internal
 * @category training
 * @see X-5
 */
export function trainingEvent<K extends TrainingEventType>(
  type: K,
  aggregateType: TrainingAggregateType,
  aggregateId: string,
  at: Instant,
  payload: TrainingEventPayloads[K],
): TrainingEvent {
  return domainEvent(type, {
    aggregateType,
    aggregateId,
    at,
    payload: Object.freeze({ ...payload }),
  }) as TrainingEvent;
}
