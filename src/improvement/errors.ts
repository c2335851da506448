import { type DomainError, domainError } from '../shared/index';
import type {
  ActionVerifierIsOwnerError,
  DueDateBeforeOpeningError,
  DuplicateImprovementTriggerError,
  ImprovementTriggerRequiredError,
} from './action-errors';
import type {
  AwardAboveCapError,
  ImprovementAmountNotPositiveError,
  InnovationFundInsufficientError,
  ProposalEvaluatorIsSubmitterError,
} from './proposal-errors';

const ACTION_CLAUSE = '§12.1.1–§12.1.3';
const PROPOSAL_CLAUSE = '§12.2.1–§12.2.3';

/**
 * A command that the action's or proposal's current status does not
 * allow, e.g. closing an action that was never verified. Never a silent no-op.
 *
 * @example
 * ```ts
 * const error: ImprovementInvalidTransitionError = invalidImprovementTransition('improvement-action', 'ia_1', 'open', 'close');
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §12.2.1–§12.2.3
 */
export type ImprovementInvalidTransitionError = DomainError<
  'invalid_transition',
  {
    readonly entity: 'improvement-action' | 'improvement-proposal';
    readonly id: string;
    readonly status: string;
    readonly command: string;
  }
>;

/**
 * Every error code of the improvement module (shared codes such as
 * `validation_failed`, `forbidden` and `currency_mismatch` come from
 * `aftersales/shared`). Errors carry ids, codes and amounts, never names.
 *
 * @example
 * ```ts
 * function explain(error: ImprovementError): string {
 *   return formatError(error, 'zh-CN', improvementMessages);
 * }
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §12.2.1–§12.2.3
 */
export type ImprovementError =
  | ImprovementInvalidTransitionError
  | DuplicateImprovementTriggerError
  | ImprovementTriggerRequiredError
  | ActionVerifierIsOwnerError
  | ProposalEvaluatorIsSubmitterError
  | DueDateBeforeOpeningError
  | ImprovementAmountNotPositiveError
  | InnovationFundInsufficientError
  | AwardAboveCapError;

/**
 * Builds an {@link ImprovementInvalidTransitionError}.
 *
 * @example
 * ```ts
 * invalidImprovementTransition('improvement-proposal', 'ip_1', 'rejected', 'accept').code; // 'invalid_transition'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §12.2.1–§12.2.3
 */
export function invalidImprovementTransition(
  entity: ImprovementInvalidTransitionError['data']['entity'],
  id: string,
  status: string,
  command: string,
): ImprovementInvalidTransitionError {
  const clause = entity === 'improvement-action' ? ACTION_CLAUSE : PROPOSAL_CLAUSE;
  return domainError('invalid_transition', { entity, id, status, command }, clause);
}
