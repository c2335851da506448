import { type DomainError, domainError } from '../shared/index';

/**
 * Closing (or moving to actions) needs the incident's root cause (§9.3.1).
 *
 * @example
 * ```ts
 * const error: IncidentRootCauseRequiredError = incidentRootCauseRequired('inc_1');
 * ```
 * @category safety
 * @see §9.3.1
 */
export type IncidentRootCauseRequiredError = DomainError<
  'incident_root_cause_required',
  { readonly incidentId: string }
>;

/**
 * Closing an incident needs at least one corrective action (§9.3.1).
 *
 * @example
 * ```ts
 * const error: IncidentCorrectiveActionRequiredError = incidentCorrectiveActionRequired('inc_1');
 * ```
 * @category safety
 * @see §9.3.1
 */
export type IncidentCorrectiveActionRequiredError = DomainError<
  'incident_corrective_action_required',
  { readonly incidentId: string }
>;

/**
 * An incident or drill cannot be closed while corrective actions are open.
 *
 * @example
 * ```ts
 * const error: CorrectiveActionsOpenError = correctiveActionsOpen('drill', 'drl_1', ['ca_2'], '§9.3.3');
 * ```
 * @category safety
 * @see §9.3.1
 * @see §9.3.3
 */
export type CorrectiveActionsOpenError = DomainError<
  'corrective_actions_open',
  {
    readonly entity: 'incident' | 'drill';
    readonly id: string;
    readonly actionIds: readonly string[];
  }
>;

/**
 * A corrective action id that the incident or drill does not have
 * (`unknown`), already has (`duplicate`), or that is already completed
 * (`completed`).
 *
 * @example
 * ```ts
 * const error: CorrectiveActionInvalidError = correctiveActionInvalid('incident', 'inc_1', 'ca_9', 'unknown', '§9.3.1');
 * ```
 * @category safety
 * @see §9.3.1
 * @see §9.3.3
 */
export type CorrectiveActionInvalidError = DomainError<
  'corrective_action_invalid',
  {
    readonly entity: 'incident' | 'drill';
    readonly id: string;
    readonly actionId: string;
    readonly reason: 'unknown' | 'duplicate' | 'completed';
  }
>;

/**
 * A drill names a plan that is not in the registry given, or retired.
 *
 * @example
 * ```ts
 * const error: DrillPlanUnavailableError = drillPlanUnavailable('drl_1', 'plan_x', 'unknown');
 * ```
 * @category safety
 * @see §9.3.3
 */
export type DrillPlanUnavailableError = DomainError<
  'drill_plan_unavailable',
  { readonly drillId: string; readonly planId: string; readonly reason: 'unknown' | 'retired' }
>;

/**
 * A reward or penalty amount that is not a positive amount in the
 * configured currency.
 *
 * @example
 * ```ts
 * const error: SafetyRecordAmountInvalidError = safetyRecordAmountInvalid('srd_1', 'not_positive');
 * ```
 * @category safety
 * @see §9.1.3
 */
export type SafetyRecordAmountInvalidError = DomainError<
  'safety_record_amount_invalid',
  { readonly recordId: string; readonly reason: 'not_positive' | 'currency' }
>;

/**
 * Builds an {@link IncidentRootCauseRequiredError}.
 *
 * @example
 * ```ts
 * incidentRootCauseRequired('inc_1').clause; // '§9.3.1'
 * ```
 * @category safety
 * @see §9.3.1
 */
export function incidentRootCauseRequired(incidentId: string): IncidentRootCauseRequiredError {
  return domainError('incident_root_cause_required', { incidentId }, '§9.3.1');
}

/**
 * Builds an {@link IncidentCorrectiveActionRequiredError}.
 *
 * @example
 * ```ts
 * incidentCorrectiveActionRequired('inc_1').code; // 'incident_corrective_action_required'
 * ```
 * @category safety
 * @see §9.3.1
 */
export function incidentCorrectiveActionRequired(
  incidentId: string,
): IncidentCorrectiveActionRequiredError {
  return domainError('incident_corrective_action_required', { incidentId }, '§9.3.1');
}

/**
 * Builds a {@link CorrectiveActionsOpenError}.
 *
 * @example
 * ```ts
 * correctiveActionsOpen('incident', 'inc_1', ['ca_1'], '§9.3.1').code; // 'corrective_actions_open'
 * ```
 * @category safety
 * @see §9.3.1
 * @see §9.3.3
 */
export function correctiveActionsOpen(
  entity: CorrectiveActionsOpenError['data']['entity'],
  id: string,
  actionIds: readonly string[],
  clause: string,
): CorrectiveActionsOpenError {
  return domainError('corrective_actions_open', { entity, id, actionIds }, clause);
}

/**
 * Builds a {@link CorrectiveActionInvalidError}.
 *
 * @example
 * ```ts
 * correctiveActionInvalid('drill', 'drl_1', 'ca_9', 'unknown', '§9.3.3').code; // 'corrective_action_invalid'
 * ```
 * @category safety
 * @see §9.3.1
 * @see §9.3.3
 */
export function correctiveActionInvalid(
  entity: CorrectiveActionInvalidError['data']['entity'],
  id: string,
  actionId: string,
  reason: CorrectiveActionInvalidError['data']['reason'],
  clause: string,
): CorrectiveActionInvalidError {
  return domainError('corrective_action_invalid', { entity, id, actionId, reason }, clause);
}

/**
 * Builds a {@link DrillPlanUnavailableError}.
 *
 * @example
 * ```ts
 * drillPlanUnavailable('drl_1', 'plan_x', 'retired').clause; // '§9.3.3'
 * ```
 * @category safety
 * @see §9.3.3
 */
export function drillPlanUnavailable(
  drillId: string,
  planId: string,
  reason: DrillPlanUnavailableError['data']['reason'],
): DrillPlanUnavailableError {
  return domainError('drill_plan_unavailable', { drillId, planId, reason }, '§9.3.3');
}

/**
 * Builds a {@link SafetyRecordAmountInvalidError}.
 *
 * @example
 * ```ts
 * safetyRecordAmountInvalid('srd_1', 'currency').clause; // '§9.1.3'
 * ```
 * @category safety
 * @see §9.1.3
 */
export function safetyRecordAmountInvalid(
  recordId: string,
  reason: SafetyRecordAmountInvalidError['data']['reason'],
): SafetyRecordAmountInvalidError {
  return domainError('safety_record_amount_invalid', { recordId, reason }, '§9.1.3');
}
