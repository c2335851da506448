/**
 * `aftersales/training`: staff training and assessment (员工培训与考核, §8)
 * and the safety training every role needs (§9.2). Training sessions with
 * topic and mode and their attendance; onboarding within a month of hire
 * (§8.1.1) and one in-service session per quarter (§8.1.2), checked per
 * employee; certifications with expiry that gate job dispatch through
 * repair-order's `isCertified` port (§8.1.3); weighted scorecards, rating
 * bands with bonus coefficients and promotion along a career ladder (§8.3).
 *
 * @example
 * ```ts
 * import { buildCertificationLookup, checkTrainingCompliance } from 'aftersales/training';
 *
 * const report = checkTrainingCompliance(employee, attendance, at);
 * report.compliant; // false when onboarding, a quarter or a safety course is missing
 * // The repair order's dispatch asks this lookup before assigning EV high-voltage work.
 * const isCertified = buildCertificationLookup(certifications, at);
 * ```
 * @packageDocumentation
 * @module training
 */
export type { Assessment, AssessmentInput, AssessmentRecorded } from './assessment';
export { AssessmentSchema, recordAssessment } from './assessment';
export type { AssessmentPeriod } from './assessment-period';
export {
  AssessmentPeriodSchema,
  assessmentPeriodBounds,
  assessmentPeriodOf,
  assessmentPeriodsBetween,
  previousAssessmentPeriod,
} from './assessment-period';
export type {
  AttendanceInput,
  AttendanceRecord,
  AttendanceRecorded,
} from './attendance';
export {
  AttendanceInputSchema,
  AttendanceRecordSchema,
  isCompletedTraining,
  recordAttendance,
} from './attendance';
export type { CareerLadder } from './career-ladder';
export { CareerLadderSchema } from './career-ladder';
export type { CertificationChange } from './certification';
export { issueCertification, revokeCertification } from './certification';
export type { CertificationLookup, CertificationState } from './certification-lookup';
export { buildCertificationLookup, certificationStateAt } from './certification-lookup';
export type {
  Certification,
  CertificationInput,
  CertificationRevocationReason,
} from './certification-schema';
export {
  CERTIFICATION_REVOCATION_REASONS,
  CertificationInputSchema,
  CertificationSchema,
} from './certification-schema';
export type { OnboardingStatus } from './check-onboarding';
export { checkOnboarding } from './check-onboarding';
export type {
  PromotionBlocker,
  PromotionEligibility,
  PromotionInput,
} from './check-promotion';
export { checkPromotionEligibility } from './check-promotion';
export type { RequiredTrainingStatus, SafetyTrainingReport } from './check-safety-training';
export { checkSafetyTraining } from './check-safety-training';
export type {
  ComplianceEmployee,
  TrainingComplianceReport,
} from './check-training-compliance';
export { checkTrainingCompliance } from './check-training-compliance';
export type { TrainingCommandContext, TrainingCreateContext } from './command-context';
export type { TrainingConfig } from './config';
export { defaultTrainingConfig, parseTrainingConfig, TrainingConfigSchema } from './config';
export { createTrainingRepositories, TRAINING_COLLECTIONS } from './create-repositories';
export { defaultSafetyRequirements } from './default-safety-requirements';
export { describePromotionBlocker } from './describe-promotion-blocker';
export type {
  AssessmentAlreadyRecordedError,
  AttendanceAlreadyRecordedError,
  CareerRungUnknownError,
  CertificationAlreadyRevokedError,
  IndicatorNotInScorecardError,
  IndicatorValueMissingError,
  InvalidTransitionError,
  ScorecardWeightsInvalidError,
  TrainingError,
  TrainingSessionNotHeldError,
  TrainingSessionNotYetHeldError,
} from './errors';
export {
  assessmentAlreadyRecorded,
  attendanceAlreadyRecorded,
  careerRungUnknown,
  certificationAlreadyRevoked,
  indicatorNotInScorecard,
  indicatorValueMissing,
  invalidTransition,
  scorecardWeightsInvalid,
  trainingSessionNotHeld,
  trainingSessionNotYetHeld,
} from './errors';
export type {
  TrainingAggregateType,
  TrainingEvent,
  TrainingEventPayloads,
  TrainingEventType,
} from './events';
export type { InServiceEmployee, InServiceGap } from './find-in-service-gaps';
export { findInServiceGaps } from './find-in-service-gaps';
export type {
  AssessmentId,
  AttendanceRecordId,
  CertificationId,
  TrainingSessionId,
} from './ids';
export {
  AssessmentIdSchema,
  AttendanceRecordIdSchema,
  CertificationIdSchema,
  TrainingSessionIdSchema,
} from './ids';
export { trainingMessages } from './messages';
export type { Rating, RatingBands } from './rating';
export { RatingBandsSchema, rateScore } from './rating';
export type {
  AssessmentRepository,
  AttendanceRepository,
  CertificationRepository,
  TrainingLookupError,
  TrainingRepositories,
  TrainingSessionRepository,
} from './repository';
export type {
  ComputeScoreError,
  IndicatorRange,
  IndicatorValues,
  ScoreBreakdown,
  ScoreContribution,
  Scorecard,
} from './scorecard';
export {
  computeScore,
  normalizeIndicatorValue,
  parseScorecard,
  ScorecardSchema,
} from './scorecard';
export type {
  TrainingSessionChange,
  TrainingSessionCommand,
  TrainingSessionOptions,
  TrainingSessionTransitionError,
} from './session-machine';
export {
  scheduleTrainingSession,
  TrainingSessionCommandSchema,
  transitionTrainingSession,
} from './session-machine';
export type { TrainingSession, TrainingSessionInput } from './session-schema';
export {
  TRAINING_SESSION_STATUSES,
  TrainingSessionInputSchema,
  TrainingSessionSchema,
} from './session-schema';
export type { TrainingRecord } from './summarize-training-record';
export { summarizeTrainingRecord } from './summarize-training-record';
export type { TrainingRequirement } from './training-requirement';
export { TrainingRequirementSchema } from './training-requirement';
export type {
  AssessmentIndicator,
  AssessmentPeriodKind,
  AttendanceStatus,
  RatingBand,
  TrainingKind,
  TrainingMode,
  TrainingTopic,
} from './vocabulary';
export {
  ASSESSMENT_INDICATORS,
  ASSESSMENT_PERIOD_KINDS,
  AssessmentIndicatorSchema,
  AssessmentPeriodKindSchema,
  AttendanceStatusSchema,
  isBandAtLeast,
  RATING_BANDS,
  RatingBandSchema,
  TRAINING_KINDS,
  TRAINING_MODES,
  TRAINING_TOPICS,
  TrainingKindSchema,
  TrainingModeSchema,
  TrainingTopicSchema,
} from './vocabulary';
