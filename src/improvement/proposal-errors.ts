import { type CurrencyCode, type DomainError, domainError } from '../shared/index';

const PROPOSAL_CLAUSE = '§12.2.1–§12.2.3';

/**
 * An employee may not evaluate, accept or reject their own proposal.
 *
 * @example
 * ```ts
 * const error: ProposalEvaluatorIsSubmitterError = proposalEvaluatorIsSubmitter('ip_1', 'emp_3');
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ProposalEvaluatorIsSubmitterError = DomainError<
  'proposal_evaluator_is_submitter',
  { readonly proposalId: string; readonly employeeId: string }
>;

/**
 * A contribution to, or an award from, the innovation fund that is zero or negative.
 *
 * @example
 * ```ts
 * const error: ImprovementAmountNotPositiveError = improvementAmountNotPositive('fund_1', '0.00', 'CNY');
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ImprovementAmountNotPositiveError = DomainError<
  'improvement_amount_not_positive',
  { readonly fundId: string; readonly amount: string; readonly currency: CurrencyCode }
>;

/**
 * The award would take the innovation fund (创新基金) below zero.
 *
 * @example
 * ```ts
 * const error: InnovationFundInsufficientError = innovationFundInsufficient('fund_1', '300.00', '500.00', 'CNY');
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type InnovationFundInsufficientError = DomainError<
  'innovation_fund_insufficient',
  {
    readonly fundId: string;
    readonly balance: string;
    readonly requested: string;
    readonly currency: CurrencyCode;
  }
>;

/**
 * The award is larger than the configured maximum for one proposal.
 *
 * @example
 * ```ts
 * const error: AwardAboveCapError = awardAboveCap('ip_1', '8000.00', '5000.00', 'CNY');
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type AwardAboveCapError = DomainError<
  'award_above_cap',
  {
    readonly proposalId: string;
    readonly amount: string;
    readonly maxAward: string;
    readonly currency: CurrencyCode;
  }
>;

/**
 * Builds a {@link ProposalEvaluatorIsSubmitterError}.
 *
 * @example
 * ```ts
 * proposalEvaluatorIsSubmitter('ip_1', 'emp_3').code; // 'proposal_evaluator_is_submitter'
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function proposalEvaluatorIsSubmitter(
  proposalId: string,
  employeeId: string,
): ProposalEvaluatorIsSubmitterError {
  return domainError(
    'proposal_evaluator_is_submitter',
    { proposalId, employeeId },
    PROPOSAL_CLAUSE,
  );
}

/**
 * Builds an {@link ImprovementAmountNotPositiveError}.
 *
 * @example
 * ```ts
 * improvementAmountNotPositive('fund_1', '-5.00', 'CNY').code; // 'improvement_amount_not_positive'
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function improvementAmountNotPositive(
  fundId: string,
  amount: string,
  currency: CurrencyCode,
): ImprovementAmountNotPositiveError {
  return domainError(
    'improvement_amount_not_positive',
    { fundId, amount, currency },
    PROPOSAL_CLAUSE,
  );
}

/**
 * Builds an {@link InnovationFundInsufficientError}.
 *
 * @example
 * ```ts
 * innovationFundInsufficient('fund_1', '300.00', '500.00', 'CNY').clause; // '§12.2.1–§12.2.3'
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function innovationFundInsufficient(
  fundId: string,
  balance: string,
  requested: string,
  currency: CurrencyCode,
): InnovationFundInsufficientError {
  return domainError(
    'innovation_fund_insufficient',
    { fundId, balance, requested, currency },
    PROPOSAL_CLAUSE,
  );
}

/**
 * Builds an {@link AwardAboveCapError}.
 *
 * @example
 * ```ts
 * awardAboveCap('ip_1', '8000.00', '5000.00', 'CNY').code; // 'award_above_cap'
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function awardAboveCap(
  proposalId: string,
  amount: string,
  maxAward: string,
  currency: CurrencyCode,
): AwardAboveCapError {
  return domainError(
    'award_above_cap',
    { proposalId, amount, maxAward, currency },
    PROPOSAL_CLAUSE,
  );
}
