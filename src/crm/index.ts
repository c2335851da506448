/**
 * Customer relations (客户关系管理, §7 and §2.2.5): customer and vehicle
 * records with source channel and a consent ledger, change history and
 * duplicate detection, role-masked profiles (§1.2(7)), RFM segmentation
 * and profile summaries, care and reminders that respect consent, a
 * follow-up call for every delivered repair order with coverage (§2.2.5(2)),
 * satisfaction surveys with indexes, NPS and weak points (§7.2), and
 * complaints with deadlines by severity and escalation (§7.3). crm reads
 * the repair-order module's `repair-order.delivered` payload through its
 * own {@link DeliveredRepairOrder} type and never imports that module.
 *
 * @example
 * ```ts
 * import { followUpFromDelivery, transitionFollowUp, computeFollowUpCoverage } from 'aftersales/crm';
 *
 * // Reaction to repair-order.delivered: a follow-up call due within 3 days.
 * const { task } = followUpFromDelivery(event.payload, { id: ids.next('fu') })._unsafeUnwrap();
 * const called = transitionFollowUp(task, { type: 'record-satisfied', at, actor: csAgent });
 * computeFollowUpCoverage([called._unsafeUnwrap().task], { from, to, asOf: at }).overall.coverage; // 1
 * ```
 * @packageDocumentation
 * @module crm
 */
export type { DimensionScore, NpsResult, SurveyAnalysis, SurveyScore } from './analyze-survey';
export { analyzeSurveyResponses, scoreSurveyResponse } from './analyze-survey';
export type { ConsentPurpose, CustomerSource, SurveyChannel } from './channels';
export {
  CONSENT_PURPOSES,
  ConsentPurposeSchema,
  CUSTOMER_SOURCES,
  CustomerSourceSchema,
  SURVEY_CHANNELS,
  SurveyChannelSchema,
} from './channels';
export type { CommandContext, CreateContext, TransitionOptions } from './command-context';
export type { ComplaintBreach, ComplaintEscalation } from './complaint-breaches';
export { complaintBreaches, escalateComplaint, findComplaintBreaches } from './complaint-breaches';
export type { ComplaintCommand } from './complaint-commands';
export { ComplaintCommandSchema } from './complaint-commands';
export type { ComplaintTransition, ComplaintTransitionError } from './complaint-machine';
export { transitionComplaint } from './complaint-machine';
export type {
  Complaint,
  ComplaintCategory,
  ComplaintInput,
  ComplaintSeverity,
  ComplaintStatus,
  CustomerFeedback,
  DeadlineKind,
} from './complaint-schema';
export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  ComplaintCategorySchema,
  ComplaintInputSchema,
  ComplaintSchema,
  ComplaintSeveritySchema,
  ComplaintStatusSchema,
  CustomerFeedbackSchema,
  DeadlineKindSchema,
} from './complaint-schema';
export type { CrmConfig } from './config';
export { CrmConfigSchema, defaultCrmConfig, parseCrmConfig } from './config';
export type { CustomerCreated, CustomerUpdated, UpdateContext } from './create-customer';
export { createCustomer, updateCustomer } from './create-customer';
export { CRM_COLLECTIONS, createCrmRepositories } from './create-repositories';
export type {
  ConsentEntry,
  Customer,
  CustomerChanges,
  CustomerInput,
  CustomerKind,
} from './customer-schema';
export {
  ConsentEntrySchema,
  CustomerChangesSchema,
  CustomerInputSchema,
  CustomerKindSchema,
  CustomerSchema,
} from './customer-schema';
export type { SurveyChanged } from './define-survey';
export { defineSurvey, publishSurvey, retireSurvey } from './define-survey';
export type { DeliveredRepairOrder } from './delivered-repair-order';
export { DeliveredRepairOrderSchema, parseDeliveredRepairOrder } from './delivered-repair-order';
export type {
  ComplaintFeedbackRequiredError,
  CrmError,
  DeliveryVehicleMismatchError,
  InvalidTransitionError,
  OdometerInconsistentError,
  SurveyAnswerInvalidError,
  SurveyChannelNotOfferedError,
  SurveyNotPublishedError,
  SurveyRecorderRequiredError,
  SurveyResponseMismatchError,
} from './errors';
export {
  complaintFeedbackRequired,
  deliveryVehicleMismatch,
  invalidTransition,
  odometerInconsistent,
  surveyAnswerInvalid,
  surveyChannelNotOffered,
  surveyNotPublished,
  surveyRecorderRequired,
  surveyResponseMismatch,
} from './errors';
export type { CrmAggregateType, CrmEvent, CrmEventPayloads, CrmEventType } from './events';
export type { DuplicateReason, MergeSuggestion } from './find-duplicates';
export { findExistingCustomers, findMergeSuggestions } from './find-duplicates';
export type { CoverageCounts, FollowUpCoverage } from './follow-up-coverage';
export { computeFollowUpCoverage } from './follow-up-coverage';
export type { FollowUpScheduled, SurveyInvited } from './follow-up-from-delivery';
export { followUpFromDelivery, surveyInvitationFromDelivery } from './follow-up-from-delivery';
export type { FollowUpCommand, FollowUpTransition } from './follow-up-machine';
export { FollowUpCommandSchema, transitionFollowUp } from './follow-up-machine';
export type {
  FollowUpAttempt,
  FollowUpOutcome,
  FollowUpStatus,
  FollowUpTask,
} from './follow-up-schema';
export {
  FollowUpAttemptSchema,
  FollowUpOutcomeSchema,
  FollowUpStatusSchema,
  FollowUpTaskSchema,
} from './follow-up-schema';
export type {
  ComplaintId,
  CustomerId,
  FollowUpId,
  RepairOrderRef,
  RevisionId,
  SurveyId,
  SurveyInvitationId,
  SurveyResponseId,
  VehicleId,
} from './ids';
export {
  ComplaintIdSchema,
  CustomerIdSchema,
  FollowUpIdSchema,
  RepairOrderRefSchema,
  RevisionIdSchema,
  SurveyIdSchema,
  SurveyInvitationIdSchema,
  SurveyResponseIdSchema,
  VehicleIdSchema,
} from './ids';
export type { ImprovementProposal } from './improvement-proposal';
export { improvementFromComplaint } from './improvement-proposal';
export { crmMessages } from './messages';
export type { Reminder, ReminderPlan, SuppressedReminder } from './plan-reminders';
export { planReminders } from './plan-reminders';
export type { ConsentChange, ConsentRecorded } from './record-consent';
export { ConsentChangeSchema, consentStatus, hasConsent, recordConsent } from './record-consent';
export type { OdometerInput, VehicleChanged } from './record-odometer';
export {
  applyDeliveryToVehicle,
  OdometerInputSchema,
  recordOdometerReading,
} from './record-odometer';
export type {
  RecordSurveyResponseError,
  SurveyResponseInput,
  SurveyResponseRecorded,
} from './record-survey-response';
export { recordSurveyResponse, SurveyResponseInputSchema } from './record-survey-response';
export type { ComplaintRegistered } from './register-complaint';
export { complaintDeadlines, registerComplaint } from './register-complaint';
export type { VehicleRegistered, VehicleUpdated } from './register-vehicle';
export { registerVehicle, updateVehicle } from './register-vehicle';
export type { ReminderKind } from './reminder-candidates';
export type { ContactPurpose, Holiday, ReminderConfig } from './reminder-config';
export {
  ContactPurposeSchema,
  defaultReminderConfig,
  HolidaySchema,
  ReminderConfigSchema,
} from './reminder-config';
export type { CustomerProfileView, VehicleView } from './render-customer-profile';
export { renderCustomerProfile } from './render-customer-profile';
export type {
  ComplaintRepository,
  CrmRepositories,
  CustomerRepository,
  FollowUpRepository,
  LookupError,
  RevisionRepository,
  SurveyInvitationRepository,
  SurveyRepository,
  SurveyResponseRepository,
  VehicleRepository,
} from './repository';
export type { FieldChange, Revision } from './revision-schema';
export { FieldChangeSchema, RevisionSchema } from './revision-schema';
export type { RfmConfig, SegmentRule } from './rfm-config';
export { defaultRfmConfig, RfmConfigSchema, SegmentRuleSchema } from './rfm-config';
export type { CustomerActivity, RfmScore } from './score-rfm';
export { measureCustomerActivity, scoreRfm, segmentCustomers } from './score-rfm';
export type { CustomerSummary } from './summarize-customer';
export { summarizeCustomer } from './summarize-customer';
export type {
  SurveyAnswer,
  SurveyInvitation,
  SurveyResponse,
} from './survey-response-schema';
export {
  SurveyAnswerSchema,
  SurveyInvitationSchema,
  SurveyResponseSchema,
} from './survey-response-schema';
export type {
  DimensionWeight,
  Survey,
  SurveyDefinition,
  SurveyDimension,
  SurveyQuestion,
} from './survey-schema';
export {
  DimensionWeightSchema,
  QuestionTypeSchema,
  SURVEY_DIMENSIONS,
  SurveyDefinitionSchema,
  SurveyDimensionSchema,
  SurveyQuestionSchema,
  SurveySchema,
} from './survey-schema';
export type {
  NextService,
  OdometerReading,
  Vehicle,
  VehicleChanges,
  VehicleInput,
} from './vehicle-schema';
export {
  MAX_ODOMETER_READINGS,
  NextServiceSchema,
  OdometerReadingSchema,
  OdometerSourceSchema,
  VehicleChangesSchema,
  VehicleInputSchema,
  VehicleSchema,
} from './vehicle-schema';
