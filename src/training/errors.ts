import { type DomainError, domainError } from '../shared/index';

/**
 * A command that the training session's current status does not allow,
 * e.g. cancelling a session that was already held. Never a silent no-op.
 *
 * @example
 * ```ts
 * const error: InvalidTransitionError = invalidTransition('trs_1', 'held', 'cancel');
 * ```
 * @category training
 * @see §8.1.2
 */
export type InvalidTransitionError = DomainError<
  'invalid_transition',
  {
    readonly entity: 'training-session';
    readonly id: string;
    readonly status: string;
    readonly command: string;
  }
>;

/**
 * Attendance can be recorded only for a session that was held.
 *
 * @example
 * ```ts
 * const error: TrainingSessionNotHeldError = trainingSessionNotHeld('trs_1', 'scheduled');
 * ```
 * @category training
 * @see §8.1.2
 * @see §2.2.6
 */
export type TrainingSessionNotHeldError = DomainError<
  'training_session_not_held',
  { readonly sessionId: string; readonly status: string }
>;

/**
 * A session cannot be marked as held before its date (dealer's calendar).
 *
 * @example
 * ```ts
 * const error: TrainingSessionNotYetHeldError = trainingSessionNotYetHeld('trs_1', '2026-04-10');
 * ```
 * @category training
 * @see §8.1.2
 */
export type TrainingSessionNotYetHeldError = DomainError<
  'training_session_not_yet_held',
  { readonly sessionId: string; readonly date: string }
>;

/**
 * The employee's attendance of this session is already on record.
 *
 * @example
 * ```ts
 * const error: AttendanceAlreadyRecordedError = attendanceAlreadyRecorded('trs_1', 'emp_1');
 * ```
 * @category training
 * @see §2.2.6
 */
export type AttendanceAlreadyRecordedError = DomainError<
  'attendance_already_recorded',
  { readonly sessionId: string; readonly employeeId: string }
>;

/**
 * A revoked certification cannot be revoked again.
 *
 * @example
 * ```ts
 * const error: CertificationAlreadyRevokedError = certificationAlreadyRevoked('crt_1');
 * ```
 * @category training
 * @see §8.1.3
 */
export type CertificationAlreadyRevokedError = DomainError<
  'certification_already_revoked',
  { readonly certificationId: string }
>;

/**
 * A scorecard's weights do not add up to exactly 1 (decimal arithmetic, no
 * tolerance). `sum` is the actual sum as a decimal string.
 *
 * @example
 * ```ts
 * const error: ScorecardWeightsInvalidError = scorecardWeightsInvalid('0.9');
 * ```
 * @category training
 * @see §8.3.2
 */
export type ScorecardWeightsInvalidError = DomainError<
  'scorecard_weights_invalid',
  { readonly sum: string }
>;

/**
 * An indicator of the scorecard has no value.
 *
 * @example
 * ```ts
 * const error: IndicatorValueMissingError = indicatorValueMissing('customer-satisfaction');
 * ```
 * @category training
 * @see §8.3.2
 */
export type IndicatorValueMissingError = DomainError<
  'indicator_value_missing',
  { readonly indicator: string }
>;

/**
 * A value was given for an indicator the scorecard does not weigh; it is
 * refused rather than silently ignored.
 *
 * @example
 * ```ts
 * const error: IndicatorNotInScorecardError = indicatorNotInScorecard('service-attitude');
 * ```
 * @category training
 * @see §8.3.2
 */
export type IndicatorNotInScorecardError = DomainError<
  'indicator_not_in_scorecard',
  { readonly indicator: string }
>;

/**
 * The employee already has an assessment for this period.
 *
 * @example
 * ```ts
 * const error: AssessmentAlreadyRecordedError = assessmentAlreadyRecorded('emp_1', 'quarterly', '2026-Q1');
 * ```
 * @category training
 * @see §8.3.1
 */
export type AssessmentAlreadyRecordedError = DomainError<
  'assessment_already_recorded',
  { readonly employeeId: string; readonly periodKind: string; readonly period: string }
>;

/**
 * The rung is on no configured career ladder.
 *
 * @example
 * ```ts
 * const error: CareerRungUnknownError = careerRungUnknown('tech-9');
 * ```
 * @category training
 * @see §8.3.4
 */
export type CareerRungUnknownError = DomainError<'career_rung_unknown', { readonly rung: string }>;

/**
 * Every error code of the training module (shared codes such as
 * `validation_failed` and `forbidden` come from `aftersales/shared`).
 * Errors carry ids and codes, never names.
 *
 * @example
 * ```ts
 * function explain(error: TrainingError): string {
 *   return formatError(error, 'zh-CN', trainingMessages);
 * }
 * ```
 * @category training
 * @see §2.2.6
 */
export type TrainingError =
  | InvalidTransitionError
  | TrainingSessionNotHeldError
  | TrainingSessionNotYetHeldError
  | AttendanceAlreadyRecordedError
  | CertificationAlreadyRevokedError
  | ScorecardWeightsInvalidError
  | IndicatorValueMissingError
  | IndicatorNotInScorecardError
  | AssessmentAlreadyRecordedError
  | CareerRungUnknownError;

/**
 * Builds an {@link InvalidTransitionError}.
 *
 * @example
 * ```ts
 * invalidTransition('trs_1', 'cancelled', 'mark-held').code; // 'invalid_transition'
 * ```
 * @category training
 * @see §8.1.2
 */
export function invalidTransition(
  id: string,
  status: string,
  command: string,
): InvalidTransitionError {
  return domainError(
    'invalid_transition',
    { entity: 'training-session', id, status, command },
    '§8.1.2',
  );
}

/**
 * Builds a {@link TrainingSessionNotHeldError}.
 *
 * @example
 * ```ts
 * trainingSessionNotHeld('trs_1', 'cancelled').clause; // '§8.1.2'
 * ```
 * @category training
 * @see §8.1.2
 */
export function trainingSessionNotHeld(
  sessionId: string,
  status: string,
): TrainingSessionNotHeldError {
  return domainError('training_session_not_held', { sessionId, status }, '§8.1.2');
}

/**
 * Builds a {@link TrainingSessionNotYetHeldError}.
 *
 * @example
 * ```ts
 * trainingSessionNotYetHeld('trs_1', '2026-04-10').clause; // '§8.1.2'
 * ```
 * @category training
 * @see §8.1.2
 */
export function trainingSessionNotYetHeld(
  sessionId: string,
  date: string,
): TrainingSessionNotYetHeldError {
  return domainError('training_session_not_yet_held', { sessionId, date }, '§8.1.2');
}

/**
 * Builds an {@link AttendanceAlreadyRecordedError}.
 *
 * @example
 * ```ts
 * attendanceAlreadyRecorded('trs_1', 'emp_1').clause; // '§2.2.6'
 * ```
 * @category training
 * @see §2.2.6
 */
export function attendanceAlreadyRecorded(
  sessionId: string,
  employeeId: string,
): AttendanceAlreadyRecordedError {
  return domainError('attendance_already_recorded', { sessionId, employeeId }, '§2.2.6');
}

/**
 * Builds a {@link CertificationAlreadyRevokedError}.
 *
 * @example
 * ```ts
 * certificationAlreadyRevoked('crt_1').clause; // '§8.1.3'
 * ```
 * @category training
 * @see §8.1.3
 */
export function certificationAlreadyRevoked(
  certificationId: string,
): CertificationAlreadyRevokedError {
  return domainError('certification_already_revoked', { certificationId }, '§8.1.3');
}

/**
 * Builds a {@link ScorecardWeightsInvalidError}.
 *
 * @example
 * ```ts
 * scorecardWeightsInvalid('1.05').data.sum; // '1.05'
 * ```
 * @category training
 * @see §8.3.2
 */
export function scorecardWeightsInvalid(sum: string): ScorecardWeightsInvalidError {
  return domainError('scorecard_weights_invalid', { sum }, '§8.3.2');
}

/**
 * Builds an {@link IndicatorValueMissingError}.
 *
 * @example
 * ```ts
 * indicatorValueMissing('service-quality').clause; // '§8.3.2'
 * ```
 * @category training
 * @see §8.3.2
 */
export function indicatorValueMissing(indicator: string): IndicatorValueMissingError {
  return domainError('indicator_value_missing', { indicator }, '§8.3.2');
}

/**
 * Builds an {@link IndicatorNotInScorecardError}.
 *
 * @example
 * ```ts
 * indicatorNotInScorecard('service-attitude').clause; // '§8.3.2'
 * ```
 * @category training
 * @see §8.3.2
 */
export function indicatorNotInScorecard(indicator: string): IndicatorNotInScorecardError {
  return domainError('indicator_not_in_scorecard', { indicator }, '§8.3.2');
}

/**
 * Builds an {@link AssessmentAlreadyRecordedError}.
 *
 * @example
 * ```ts
 * assessmentAlreadyRecorded('emp_1', 'monthly', '2026-03').clause; // '§8.3.1'
 * ```
 * @category training
 * @see §8.3.1
 */
export function assessmentAlreadyRecorded(
  employeeId: string,
  periodKind: string,
  period: string,
): AssessmentAlreadyRecordedError {
  return domainError('assessment_already_recorded', { employeeId, periodKind, period }, '§8.3.1');
}

/**
 * Builds a {@link CareerRungUnknownError}.
 *
 * @example
 * ```ts
 * careerRungUnknown('tech-9').clause; // '§8.3.4'
 * ```
 * @category training
 * @see §8.3.4
 */
export function careerRungUnknown(rung: string): CareerRungUnknownError {
  return domainError('career_rung_unknown', { rung }, '§8.3.4');
}
