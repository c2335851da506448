import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { ActorSchema } from '../org/index';
import {
  addMoney,
  type CurrencyMismatchError,
  compareMoney,
  type ForbiddenError,
  InstantSchema,
  type Money,
  type MoneyArithmeticError,
  MoneySchema,
  parseWith,
  subtractMoney,
  type ValidationError,
} from '../shared/index';
import type { ImprovementOptions } from './command-context';
import { defaultImprovementConfig, type ImprovementConfig } from './config';
import { type ImprovementInvalidTransitionError, invalidImprovementTransition } from './errors';
import { type ImprovementEvent, improvementEvent } from './events';
import type { InnovationFund } from './fund-schema';
import { checkFundAmount } from './innovation-fund';
import {
  type AwardAboveCapError,
  awardAboveCap,
  type ImprovementAmountNotPositiveError,
  type InnovationFundInsufficientError,
  innovationFundInsufficient,
  type ProposalEvaluatorIsSubmitterError,
} from './proposal-errors';
import { permitEvaluator } from './proposal-machine';
import type { ImprovementProposal } from './proposal-schema';

const CLAUSE = '§12.2.1–§12.2.3';

/**
 * Schema of the award command: the instant, the actor and the amount paid
 * from the fund (decimal-string money).
 *
 * @example
 * ```ts
 * AwardCommandSchema.safeParse({ at, actor, amount: { amount: '800.00', currency: 'CNY' } }).success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const AwardCommandSchema = z.strictObject({
  at: InstantSchema,
  actor: ActorSchema,
  amount: MoneySchema,
});

/**
 * The award command (before parsing): instant, actor and the amount paid.
 *
 * @example
 * ```ts
 * const command: AwardCommand = { at, actor: serviceManager, amount: { amount: '800.00', currency: 'CNY' } };
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type AwardCommand = z.input<typeof AwardCommandSchema>;

/**
 * The awarded proposal, the fund after paying it, and their events: save
 * both in one unit of work.
 *
 * @example
 * ```ts
 * const { proposal, fund, events }: ProposalAwarded = awardProposal(p, f, command)._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export interface ProposalAwarded {
  readonly proposal: ImprovementProposal;
  readonly fund: InnovationFund;
  readonly events: readonly ImprovementEvent[];
}

/**
 * Every error {@link awardProposal} can return.
 *
 * @example
 * ```ts
 * function explain(error: AwardProposalError) { return error.code; }
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type AwardProposalError =
  | ValidationError
  | ForbiddenError
  | ImprovementInvalidTransitionError
  | ProposalEvaluatorIsSubmitterError
  | CurrencyMismatchError
  | ImprovementAmountNotPositiveError
  | AwardAboveCapError
  | InnovationFundInsufficientError
  | MoneyArithmeticError;

function checkCap(
  proposal: ImprovementProposal,
  amount: Money,
  config: ImprovementConfig,
): Result<Money, CurrencyMismatchError | AwardAboveCapError> {
  const cap = config.proposal.maxAward;
  return compareMoney(amount, cap).andThen((order) =>
    order > 0
      ? err(awardAboveCap(proposal.id, amount.amount, cap.amount, amount.currency))
      : ok(amount),
  );
}

function checkBalance(
  fund: InnovationFund,
  amount: Money,
): Result<Money, CurrencyMismatchError | InnovationFundInsufficientError> {
  return compareMoney(amount, fund.balance).andThen((order) =>
    order > 0
      ? err(
          innovationFundInsufficient(fund.id, fund.balance.amount, amount.amount, amount.currency),
        )
      : ok(amount),
  );
}

/**
 * Awards an implemented proposal from an innovation fund (创新基金,
 * §12.2.1; the reward that turns ideas into results, §12.2.3): the
 * proposal becomes `awarded`, the fund's balance drops by the amount. The
 * amount must be positive, in the fund's currency, no more than
 * `config.proposal.maxAward`, and no more than the balance — a fund never
 * goes negative. Needs `improvement-proposal.evaluate`, and nobody awards
 * their own proposal. The awardee is the submitter.
 *
 * @returns the proposal, the fund and their events (`improvement.proposal-awarded`,
 * `improvement.fund-disbursed`), or `validation_failed`, `forbidden`,
 * `proposal_evaluator_is_submitter`, `invalid_transition` (not `implemented`),
 * `currency_mismatch`, `improvement_amount_not_positive`, `award_above_cap`,
 * `innovation_fund_insufficient`
 * @example
 * ```ts
 * const { proposal, fund, events } = awardProposal(implemented, fund2027, {
 *   at, actor: serviceManager, amount: { amount: '800.00', currency: 'CNY' },
 * })._unsafeUnwrap();
 * await store.unitOfWork.commit([
 *   { collection: IMPROVEMENT_COLLECTIONS.proposals, entity: proposal, expectedVersion: implemented.version, events: events.slice(0, 1) },
 *   { collection: IMPROVEMENT_COLLECTIONS.funds, entity: fund, expectedVersion: fund2027.version, events: events.slice(1) },
 * ]);
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function awardProposal(
  proposal: ImprovementProposal,
  fund: InnovationFund,
  command: AwardCommand,
  options: ImprovementOptions = {},
): Result<ProposalAwarded, AwardProposalError> {
  const config = options.config ?? defaultImprovementConfig;
  return parseWith(AwardCommandSchema, command, CLAUSE).andThen(({ at, actor, amount }) => {
    if (proposal.status !== 'implemented') {
      return err(
        invalidImprovementTransition('improvement-proposal', proposal.id, proposal.status, 'award'),
      );
    }
    return permitEvaluator(proposal, actor, options.capabilityMap)
      .andThen(() => checkFundAmount(fund, amount))
      .andThen(() => checkCap(proposal, amount, config))
      .andThen(() => checkBalance(fund, amount))
      .andThen(() => subtractMoney(fund.balance, amount))
      .andThen((balance) =>
        addMoney(fund.disbursed, amount).map((disbursed): ProposalAwarded => {
          const award = { fundId: fund.id, amount, at, by: actor.id };
          const awarded = improvementEvent(
            'improvement.proposal-awarded',
            'improvement-proposal',
            proposal.id,
            at,
            {
              proposalId: proposal.id,
              fundId: fund.id,
              awardeeId: proposal.submittedBy,
              amount,
              actorId: actor.id,
            },
          );
          const disbursedEvent = improvementEvent(
            'improvement.fund-disbursed',
            'innovation-fund',
            fund.id,
            at,
            {
              fundId: fund.id,
              proposalId: proposal.id,
              amount,
              balance,
              actorId: actor.id,
            },
          );
          return {
            proposal: { ...proposal, status: 'awarded', award, updatedAt: at },
            fund: { ...fund, balance, disbursed, updatedAt: at },
            events: [awarded, disbursedEvent],
          };
        }),
      );
  });
}
