/**
 * `aftersales/safety`: responsibilities, safety inspections and hazards, incidents, emergency plans and drills (manual §9).
 *
 * Safety production management (安全生产管理) as pure functions: the
 * responsibility matrix by level (§9.1.1), checklist inspections and hazards
 * with owners, deadlines and independent verification (§9.1.2), rewards and
 * penalties (§9.1.3), the incident lifecycle (§9.3.1), the emergency plan
 * registry (§9.3.2) and drills with their schedule, evaluation and
 * corrective actions (§9.3.3, REG-5). Closed incidents and drill findings
 * become improvement triggers for §12. Safety training (§9.2) lives in the
 * training module.
 *
 * @example
 * ```ts
 * import { findOverdueDrills, reportIncident, transitionIncident } from 'aftersales/safety';
 *
 * const { incident } = reportIncident(
 *   { occurredAt, area: 'workshop', description: '手部划伤', severity: 'minor', injuredCount: 1 },
 *   { id: ids.next('inc'), at, actor: technician },
 * )._unsafeUnwrap();
 * findOverdueDrills(plans, drills, clock.now()); // on-site plans not drilled for six months
 * ```
 * @packageDocumentation
 * @module safety
 */
export type { SafetyChecklist } from './checklist';
export { defaultSafetyChecklists, SafetyChecklistSchema } from './checklist';
export type { SafetyConfig } from './config';
export { defaultSafetyConfig, parseSafetyConfig, SafetyConfigSchema } from './config';
export type { SafetyContext, SafetyCreateContext } from './context';
export type { CorrectiveAction, CorrectiveActionInput } from './corrective-action';
export { CorrectiveActionInputSchema, CorrectiveActionSchema } from './corrective-action';
export { createSafetyRepositories, SAFETY_COLLECTIONS } from './create-repositories';
export type { DrillCommand, DrillTransition, DrillTransitionError } from './drill-machine';
export { DrillCommandSchema, transitionDrill } from './drill-machine';
export type { DrillDueStatus, DrillScheduleEntry } from './drill-schedule';
export { findOverdueDrills, planDrillSchedule } from './drill-schedule';
export type { Drill, DrillFinding, DrillInput } from './drill-schema';
export {
  DRILL_FINDING_AREAS,
  DRILL_KINDS,
  DRILL_RATINGS,
  DRILL_STATUSES,
  DrillEvaluationSchema,
  DrillFindingInputSchema,
  DrillFindingSchema,
  DrillInputSchema,
  DrillSchema,
} from './drill-schema';
export type { SafetyDuty, SafetyLevel } from './duties';
export { SAFETY_DUTIES, SAFETY_LEVELS, SafetyDutySchema, safetyDutyLabel } from './duties';
export type { EmergencyPlanChange, EmergencyPlanError } from './emergency-plan';
export { registerEmergencyPlan, retireEmergencyPlan, reviewEmergencyPlan } from './emergency-plan';
export type {
  HazardDueBeforeReportError,
  HazardNotOwnerError,
  HazardVerifierIsOwnerError,
  InspectionChecklistIncompleteError,
  InspectionHazardRequiredError,
  InvalidTransitionError,
  SafetyError,
} from './errors';
export {
  hazardDueBeforeReport,
  hazardNotOwner,
  hazardVerifierIsOwner,
  inspectionChecklistIncomplete,
  inspectionHazardRequired,
  invalidTransition,
} from './errors';
export type {
  SafetyAggregateType,
  SafetyEvent,
  SafetyEventPayloads,
  SafetyEventType,
} from './events';
export type {
  CorrectiveActionInvalidError,
  CorrectiveActionsOpenError,
  DrillPlanUnavailableError,
  IncidentCorrectiveActionRequiredError,
  IncidentRootCauseRequiredError,
  SafetyRecordAmountInvalidError,
} from './handling-errors';
export {
  correctiveActionInvalid,
  correctiveActionsOpen,
  drillPlanUnavailable,
  incidentCorrectiveActionRequired,
  incidentRootCauseRequired,
  safetyRecordAmountInvalid,
} from './handling-errors';
export type { HazardCommand, HazardTransition, HazardTransitionError } from './hazard-machine';
export { HazardCommandSchema, transitionHazard } from './hazard-machine';
export type {
  Hazard,
  HazardInput,
  HazardRiskLevel,
  HazardStatus,
  SafetyArea,
} from './hazard-schema';
export {
  HAZARD_RISK_LEVELS,
  HAZARD_STATUSES,
  HazardInputSchema,
  HazardRiskLevelSchema,
  HazardSchema,
  HazardStatusSchema,
  SAFETY_AREAS,
  SafetyAreaSchema,
} from './hazard-schema';
export type {
  CorrectiveActionId,
  DrillId,
  EmergencyPlanId,
  HazardId,
  IncidentId,
  SafetyInspectionId,
  SafetyRecordId,
} from './ids';
export {
  CorrectiveActionIdSchema,
  DrillIdSchema,
  EmergencyPlanIdSchema,
  HazardIdSchema,
  IncidentIdSchema,
  SafetyInspectionIdSchema,
  SafetyRecordIdSchema,
} from './ids';
export { improvementFromIncident, improvementsFromDrill } from './improvement-triggers';
export type {
  IncidentCommand,
  IncidentTransition,
  IncidentTransitionError,
} from './incident-machine';
export { IncidentCommandSchema, transitionIncident } from './incident-machine';
export type {
  Incident,
  IncidentInput,
  IncidentSeverity,
  IncidentStatus,
  RootCauseCategory,
} from './incident-schema';
export {
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  IncidentInputSchema,
  IncidentSchema,
  IncidentSeveritySchema,
  IncidentStatusSchema,
  ROOT_CAUSE_CATEGORIES,
  RootCauseCategorySchema,
} from './incident-schema';
export type { SafetyInspection, SafetyInspectionInput } from './inspection-schema';
export {
  ChecklistResultSchema,
  SAFETY_INSPECTION_KINDS,
  SafetyInspectionInputSchema,
  SafetyInspectionSchema,
} from './inspection-schema';
export { safetyMessages } from './messages';
export type { OverdueHazard } from './overdue-hazards';
export { findOverdueHazards, isHazardOverdue } from './overdue-hazards';
export {
  parseDrill,
  parseEmergencyPlan,
  parseHazard,
  parseIncident,
  parseSafetyInspection,
  parseSafetyRecord,
} from './parse';
export type { PlanDueForReview, PlanReviewStatus } from './plan-review';
export { findPlansDueForReview, planReviewStatus } from './plan-review';
export type {
  EmergencyPlan,
  EmergencyPlanChanges,
  EmergencyPlanInput,
  EmergencyPlanType,
} from './plan-schema';
export {
  EMERGENCY_PLAN_TYPES,
  EmergencyPlanChangesSchema,
  EmergencyPlanInputSchema,
  EmergencyPlanSchema,
  EmergencyPlanTypeSchema,
  EmergencyRoleDutySchema,
  ResponseLevelSchema,
  WarningAndReportingSchema,
} from './plan-schema';
export type { DrillRecorded } from './record-drill';
export { recordDrill } from './record-drill';
export type {
  RecordSafetyInspectionError,
  SafetyInspectionRecorded,
} from './record-inspection';
export { recordSafetyInspection } from './record-inspection';
export type { HazardReported, ReportHazardError } from './report-hazard';
export { rectificationDeadline, reportHazard } from './report-hazard';
export type { IncidentReported } from './report-incident';
export { reportIncident } from './report-incident';
export type {
  DrillRepository,
  EmergencyPlanRepository,
  HazardRepository,
  IncidentRepository,
  SafetyInspectionRepository,
  SafetyLookupError,
  SafetyRecordRepository,
  SafetyRepositories,
} from './repository';
export type { ResponsibilityMatrix, ResponsibleEmployee } from './responsibility';
export {
  defaultResponsibilityMatrix,
  findResponsibleEmployees,
  parseResponsibilityMatrix,
  ResponsibilityMatrixSchema,
  responsibleRoles,
  safetyDutiesOf,
} from './responsibility';
export type {
  SafetyRecord,
  SafetyRecordInput,
  SafetyRecordRegistered,
} from './safety-record';
export {
  registerSafetyRecord,
  SAFETY_RECORD_FORMS,
  SafetyRecordInputSchema,
  SafetyRecordSchema,
} from './safety-record';
export type { SafetyRecordSummary, SafetyRecordTotals } from './summarize-records';
export { summarizeSafetyRecords } from './summarize-records';
