import { type DomainError, domainError } from '../shared/index';

const ACTION_CLAUSE = '§12.1.1–§12.1.3';

/**
 * An action for the same occasion (same source, source id and reason)
 * already exists: one complaint does not open two actions. `actionId` is the
 * existing action.
 *
 * @example
 * ```ts
 * const error: DuplicateImprovementTriggerError = duplicateImprovementTrigger('ia_1', 'complaint|cmp_1|complaint_closed');
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type DuplicateImprovementTriggerError = DomainError<
  'duplicate_improvement_trigger',
  { readonly actionId: string; readonly triggerKey: string }
>;

/**
 * A corrective action answers a problem that happened, so it needs the
 * trigger that records it; only preventive actions are opened without one.
 *
 * @example
 * ```ts
 * const error: ImprovementTriggerRequiredError = improvementTriggerRequired();
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ImprovementTriggerRequiredError = DomainError<
  'improvement_trigger_required',
  { readonly kind: 'corrective' }
>;

/**
 * The action's owner may not verify its effectiveness: verification is an
 * independent check.
 *
 * @example
 * ```ts
 * const error: ActionVerifierIsOwnerError = actionVerifierIsOwner('ia_1', 'emp_7');
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ActionVerifierIsOwnerError = DomainError<
  'action_verifier_is_owner',
  { readonly actionId: string; readonly employeeId: string }
>;

/**
 * A due date before the day the action was opened (in the dealer's zone).
 *
 * @example
 * ```ts
 * const error: DueDateBeforeOpeningError = dueDateBeforeOpening('ia_1', '2026-02-01', '2026-03-02');
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type DueDateBeforeOpeningError = DomainError<
  'due_date_before_opening',
  { readonly actionId: string; readonly dueOn: string; readonly openedOn: string }
>;

/**
 * Builds a {@link DuplicateImprovementTriggerError}.
 *
 * @example
 * ```ts
 * duplicateImprovementTrigger('ia_1', 'complaint|cmp_1|complaint_closed').clause; // '§12.1.1–§12.1.3'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function duplicateImprovementTrigger(
  actionId: string,
  triggerKey: string,
): DuplicateImprovementTriggerError {
  return domainError('duplicate_improvement_trigger', { actionId, triggerKey }, ACTION_CLAUSE);
}

/**
 * Builds an {@link ImprovementTriggerRequiredError}.
 *
 * @example
 * ```ts
 * improvementTriggerRequired().code; // 'improvement_trigger_required'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function improvementTriggerRequired(): ImprovementTriggerRequiredError {
  return domainError('improvement_trigger_required', { kind: 'corrective' }, ACTION_CLAUSE);
}

/**
 * Builds an {@link ActionVerifierIsOwnerError}.
 *
 * @example
 * ```ts
 * actionVerifierIsOwner('ia_1', 'emp_7').code; // 'action_verifier_is_owner'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function actionVerifierIsOwner(
  actionId: string,
  employeeId: string,
): ActionVerifierIsOwnerError {
  return domainError('action_verifier_is_owner', { actionId, employeeId }, ACTION_CLAUSE);
}

/**
 * Builds a {@link DueDateBeforeOpeningError}.
 *
 * @example
 * ```ts
 * dueDateBeforeOpening('ia_1', '2026-02-01', '2026-03-02').code; // 'due_date_before_opening'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function dueDateBeforeOpening(
  actionId: string,
  dueOn: string,
  openedOn: string,
): DueDateBeforeOpeningError {
  return domainError('due_date_before_opening', { actionId, dueOn, openedOn }, ACTION_CLAUSE);
}
