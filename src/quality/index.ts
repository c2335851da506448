/**
 * Quality (质量管理): the three-level inspection (三级检验) with rework and
 * the immutable inspection report that delivery needs (§3.4), completion
 * certificates with gap-free numbering and the REG-1 guarantee periods
 * (§4.1), checklists per repair category, the equipment calibration register
 * and quality objectives (§4.2), and first-time-fix, rework and comeback
 * rates (§2.2.3(2)).
 *
 * @example
 * ```ts
 * import { openInspection, transitionInspection, requirePassedInspection } from 'aftersales/quality';
 *
 * let { state } = openInspection({ id: 'insp_1', repairOrderId: 'ro_1', jobs, at })._unsafeUnwrap();
 * state = transitionInspection(state, { type: 'self-check', passed: true, at, actor: technician })._unsafeUnwrap().state;
 * state = transitionInspection(state, { type: 'team-check', passed: true, teams, at, actor: leader })._unsafeUnwrap().state;
 * state = transitionInspection(state, { type: 'final-check', passed: true, reportId: 'qcr_1', at, actor: inspector })._unsafeUnwrap().state;
 * requirePassedInspection(state.report, { repairOrderId: 'ro_1', jobIds: ['job_1'] }).isOk(); // true
 * ```
 * @packageDocumentation
 * @module quality
 */
export type { CertificateCounter, CertificateCounterId } from './certificate-number';
export {
  advanceCertificateCounter,
  CertificateCounterSchema,
  certificateCounterId,
  nextCertificateNumber,
} from './certificate-number';
export type {
  Checklist,
  ChecklistItem,
  ChecklistResult,
  MeasurementItem,
} from './checklist';
export {
  ChecklistItemIdSchema,
  ChecklistItemSchema,
  ChecklistResultSchema,
  ChecklistSchema,
  isWithinLimits,
} from './checklist';
export type {
  CertificateContext,
  CompletionCertificate,
  CompletionCertificateId,
  IssueCertificateInput,
  IssuedCertificate,
} from './completion-certificate';
export { CompletionCertificateSchema, issueCompletionCertificate } from './completion-certificate';
export type { GuaranteePeriod, QualityConfig } from './config';
export {
  defaultQualityConfig,
  GuaranteePeriodSchema,
  parseQualityConfig,
  QualityConfigSchema,
} from './config';
export { defaultChecklists } from './default-checklists';
export type { CalibrationStatus, Equipment, EquipmentId } from './equipment';
export {
  calibrationStatusOf,
  EquipmentIdSchema,
  EquipmentKindSchema,
  EquipmentSchema,
  parseEquipment,
} from './equipment';
export type {
  CalibrationDue,
  EquipmentChange,
  EquipmentContext,
  RegisterEquipmentInput,
} from './equipment-register';
export {
  checkEquipmentUsable,
  listCalibrationsDue,
  RegisterEquipmentInputSchema,
  recordCalibration,
  registerEquipment,
  retireEquipment,
} from './equipment-register';
export type { QualityError, QualityErrorCode, QualityErrorData, QualityRuleError } from './errors';
export type { ChecklistInput, ChecklistOutcome } from './evaluate-checklist';
export { evaluateChecklist } from './evaluate-checklist';
export type { QualityEvent, QualityEventPayloads, QualityEventType } from './events';
export type { GuaranteeExpiry } from './guarantee-period';
export {
  guaranteeExpiry,
  guaranteePeriodFor,
  isWithinGuarantee,
  longestGuaranteePeriod,
} from './guarantee-period';
export type { CheckCommand, CommandOf, InspectionCommand } from './inspection-commands';
export {
  InspectionCommandSchema,
  parseInspectionCommand,
  TeamMembershipSchema,
} from './inspection-commands';
export type { ReportSubject } from './inspection-report';
export { buildInspectionReport, requirePassedInspection } from './inspection-report';
export type {
  InspectedJob,
  InspectedJobInput,
  Inspection,
  InspectionStatus,
  JobStage,
  SignOffRecord,
} from './inspection-schema';
export {
  InspectedJobInputSchema,
  InspectedJobSchema,
  InspectionSchema,
  InspectionStatusSchema,
  JobStageSchema,
  parseInspection,
  SignOffRecordSchema,
} from './inspection-schema';
export type { CertificateRequest } from './issue-certificate-in-store';
export { issueCompletionCertificateInStore } from './issue-certificate-in-store';
export type { InspectionOptions } from './machine';
export { isReadyForFinalCheck, transitionInspection } from './machine';
export { qualityMessages } from './messages';
export type { OpenInspectionInput } from './open-inspection';
export { OpenInspectionInputSchema, openInspection } from './open-inspection';
export type {
  ObjectiveEvaluation,
  QualityMeasurement,
  QualityObjective,
} from './quality-objectives';
export {
  evaluateQualityObjectives,
  measurementsFromRates,
  QualityMeasurementSchema,
  QualityObjectiveSchema,
} from './quality-objectives';
export type { DeliveredOrderQuality, QualityRatePoint, RateGrouping } from './quality-rates';
export {
  computeQualityRates,
  DeliveredOrderQualitySchema,
  RateGroupingSchema,
} from './quality-rates';
export type { RepairCategory } from './repair-category';
export { REPAIR_CATEGORIES, RepairCategorySchema } from './repair-category';
export type {
  CertificateCounterRepository,
  CompletionCertificateRepository,
  EquipmentRepository,
  InspectionRepository,
  QualityRepositories,
} from './repository';
export { createQualityRepositories, QUALITY_COLLECTIONS } from './repository';
export type {
  InspectionId,
  InspectionLevel,
  InspectionReport,
  InspectionReportId,
  LevelSignOff,
  ReworkRecord,
} from './schema';
export {
  FindingsSchema,
  ForeignIdSchema,
  InspectionIdSchema,
  InspectionLevelSchema,
  InspectionReportIdSchema,
  InspectionReportSchema,
  LevelSignOffSchema,
  parseInspectionReport,
  ReworkRecordSchema,
} from './schema';
export type { InspectionTransition } from './sign-level';
export type { LicenceCategory, WorkshopProfile } from './workshop-profile';
export {
  DealerCodeSchema,
  LicenceCategorySchema,
  parseWorkshopProfile,
  WorkshopProfileSchema,
} from './workshop-profile';
