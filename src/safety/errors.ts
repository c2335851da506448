import { type DomainError, domainError } from '../shared/index';
import type {
  CorrectiveActionInvalidError,
  CorrectiveActionsOpenError,
  DrillPlanUnavailableError,
  IncidentCorrectiveActionRequiredError,
  IncidentRootCauseRequiredError,
  SafetyRecordAmountInvalidError,
} from './handling-errors';

/**
 * A command that the record's current status does not allow (closing an
 * incident still under investigation, verifying a hazard nobody rectified).
 * Never a silent no-op.
 *
 * @example
 * ```ts
 * const error: InvalidTransitionError = invalidTransition('incident', 'inc_1', 'reported', 'close', '§9.3.1');
 * ```
 * @category safety
 * @see §9.1.2
 * @see §9.3.1
 * @see §9.3.3
 */
export type InvalidTransitionError = DomainError<
  'invalid_transition',
  {
    readonly entity: 'hazard' | 'incident' | 'drill' | 'emergency-plan';
    readonly id: string;
    readonly status: string;
    readonly command: string;
  }
>;

/**
 * Only the hazard's rectification owner, or someone who records safety
 * inspections, may start or report its rectification.
 *
 * @example
 * ```ts
 * const error: HazardNotOwnerError = hazardNotOwner('hz_1', 'emp_t');
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardNotOwnerError = DomainError<
  'hazard_not_owner',
  { readonly hazardId: string; readonly actorId: string }
>;

/**
 * Rectification is verified by someone other than its owner and whoever
 * did the work (§9.1.2: the check is independent of the rectification).
 *
 * @example
 * ```ts
 * const error: HazardVerifierIsOwnerError = hazardVerifierIsOwner('hz_1', 'emp_ws');
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardVerifierIsOwnerError = DomainError<
  'hazard_verifier_is_owner',
  { readonly hazardId: string; readonly verifierId: string }
>;

/**
 * A rectification deadline before the day the hazard was reported.
 *
 * @example
 * ```ts
 * const error: HazardDueBeforeReportError = hazardDueBeforeReport('hz_1', '2026-03-01', '2026-03-02');
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardDueBeforeReportError = DomainError<
  'hazard_due_before_report',
  { readonly hazardId: string; readonly rectificationDueOn: string; readonly reportedOn: string }
>;

/**
 * An inspection must give one result for every checklist item and none
 * for an item the checklist does not have.
 *
 * @example
 * ```ts
 * const error: InspectionChecklistIncompleteError = inspectionChecklistIncomplete('workshop', ['lifts'], []);
 * ```
 * @category safety
 * @see §9.1.2
 */
export type InspectionChecklistIncompleteError = DomainError<
  'inspection_checklist_incomplete',
  {
    readonly checklistId: string;
    readonly missingItemIds: readonly string[];
    readonly unknownItemIds: readonly string[];
  }
>;

/**
 * A failed checklist item must be registered as a hazard, with a risk
 * level and a rectification owner.
 *
 * @example
 * ```ts
 * const error: InspectionHazardRequiredError = inspectionHazardRequired('workshop', ['lifts']);
 * ```
 * @category safety
 * @see §9.1.2
 */
export type InspectionHazardRequiredError = DomainError<
  'inspection_hazard_required',
  { readonly checklistId: string; readonly itemIds: readonly string[] }
>;

/**
 * Every error code of the safety module (shared codes such as
 * `validation_failed` and `forbidden` come from `aftersales/shared`).
 * Errors carry ids and codes, never names.
 *
 * @example
 * ```ts
 * function explain(error: SafetyError): string {
 *   return formatError(error, 'zh-CN', safetyMessages);
 * }
 * ```
 * @category safety
 * @see §9.1.2
 * @see §9.3.1
 */
export type SafetyError =
  | InvalidTransitionError
  | HazardNotOwnerError
  | HazardVerifierIsOwnerError
  | HazardDueBeforeReportError
  | InspectionChecklistIncompleteError
  | InspectionHazardRequiredError
  | IncidentRootCauseRequiredError
  | IncidentCorrectiveActionRequiredError
  | CorrectiveActionsOpenError
  | CorrectiveActionInvalidError
  | DrillPlanUnavailableError
  | SafetyRecordAmountInvalidError;

/**
 * Builds an {@link InvalidTransitionError}.
 *
 * @example
 * ```ts
 * invalidTransition('hazard', 'hz_1', 'reported', 'verify', '§9.1.2').code; // 'invalid_transition'
 * ```
 * @category safety
 * @see §9.1.2
 * @see §9.3.1
 */
export function invalidTransition(
  entity: InvalidTransitionError['data']['entity'],
  id: string,
  status: string,
  command: string,
  clause: string,
): InvalidTransitionError {
  return domainError('invalid_transition', { entity, id, status, command }, clause);
}

/**
 * Builds a {@link HazardNotOwnerError}.
 *
 * @example
 * ```ts
 * hazardNotOwner('hz_1', 'emp_t').clause; // '§9.1.2'
 * ```
 * @category safety
 * @see §9.1.2
 */
export function hazardNotOwner(hazardId: string, actorId: string): HazardNotOwnerError {
  return domainError('hazard_not_owner', { hazardId, actorId }, '§9.1.2');
}

/**
 * Builds a {@link HazardVerifierIsOwnerError}.
 *
 * @example
 * ```ts
 * hazardVerifierIsOwner('hz_1', 'emp_ws').code; // 'hazard_verifier_is_owner'
 * ```
 * @category safety
 * @see §9.1.2
 */
export function hazardVerifierIsOwner(
  hazardId: string,
  verifierId: string,
): HazardVerifierIsOwnerError {
  return domainError('hazard_verifier_is_owner', { hazardId, verifierId }, '§9.1.2');
}

/**
 * Builds a {@link HazardDueBeforeReportError}.
 *
 * @example
 * ```ts
 * hazardDueBeforeReport('hz_1', '2026-03-01', '2026-03-02').clause; // '§9.1.2'
 * ```
 * @category safety
 * @see §9.1.2
 */
export function hazardDueBeforeReport(
  hazardId: string,
  rectificationDueOn: string,
  reportedOn: string,
): HazardDueBeforeReportError {
  return domainError(
    'hazard_due_before_report',
    { hazardId, rectificationDueOn, reportedOn },
    '§9.1.2',
  );
}

/**
 * Builds an {@link InspectionChecklistIncompleteError}.
 *
 * @example
 * ```ts
 * inspectionChecklistIncomplete('workshop', ['lifts'], []).code; // 'inspection_checklist_incomplete'
 * ```
 * @category safety
 * @see §9.1.2
 */
export function inspectionChecklistIncomplete(
  checklistId: string,
  missingItemIds: readonly string[],
  unknownItemIds: readonly string[],
): InspectionChecklistIncompleteError {
  return domainError(
    'inspection_checklist_incomplete',
    { checklistId, missingItemIds, unknownItemIds },
    '§9.1.2',
  );
}

/**
 * Builds an {@link InspectionHazardRequiredError}.
 *
 * @example
 * ```ts
 * inspectionHazardRequired('workshop', ['lifts']).clause; // '§9.1.2'
 * ```
 * @category safety
 * @see §9.1.2
 */
export function inspectionHazardRequired(
  checklistId: string,
  itemIds: readonly string[],
): InspectionHazardRequiredError {
  return domainError('inspection_hazard_required', { checklistId, itemIds }, '§9.1.2');
}
