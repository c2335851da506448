import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { ActorSchema, type CapabilityMap } from '../org/index';
import {
  addMoney,
  CurrencyCodeSchema,
  type CurrencyMismatchError,
  checkSameCurrency,
  type ForbiddenError,
  InstantSchema,
  isPositiveMoney,
  type Money,
  type MoneyArithmeticError,
  MoneySchema,
  parseWith,
  type ValidationError,
  zeroMoney,
} from '../shared/index';
import { type ImprovementCreateContext, type ImprovementOptions, permit } from './command-context';
import { defaultImprovementConfig } from './config';
import { type ImprovementEvent, improvementEvent } from './events';
import type { InnovationFund } from './fund-schema';
import { InnovationFundIdSchema } from './ids';
import {
  type ImprovementAmountNotPositiveError,
  improvementAmountNotPositive,
} from './proposal-errors';
import { boundedText, MAX_TITLE } from './text';

const CLAUSE = '§12.2.1–§12.2.3';

/**
 * A fund after a change and the events it caused.
 *
 * @example
 * ```ts
 * const { fund, events }: FundChanged = contributeToFund(fund, command)._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export interface FundChanged {
  readonly fund: InnovationFund;
  readonly events: readonly ImprovementEvent[];
}

const OpenContextSchema = z.object({
  id: InnovationFundIdSchema,
  at: InstantSchema,
  actor: ActorSchema,
});

const OpenFundInputSchema = z.strictObject({
  name: boundedText(MAX_TITLE),
  currency: z.optional(CurrencyCodeSchema),
});

/**
 * Opens an innovation fund (创新基金, §12.2.1) with a zero balance, in
 * `input.currency` or the configured currency. Needs
 * `improvement-proposal.evaluate` (whoever evaluates and awards proposals
 * keeps the fund).
 *
 * @returns the fund (version 0) and `improvement.fund-opened`, or
 * `validation_failed`, `forbidden`
 * @example
 * ```ts
 * const { fund } = openInnovationFund({ name: '2027年度创新基金' }, { id: 'fund_2027', at, actor: serviceManager })._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function openInnovationFund(
  input: { readonly name: string; readonly currency?: string },
  context: ImprovementCreateContext,
  options: ImprovementOptions = {},
): Result<FundChanged, ValidationError | ForbiddenError> {
  const config = options.config ?? defaultImprovementConfig;
  const map = options.capabilityMap ?? context.capabilityMap;
  return parseWith(OpenContextSchema, context, CLAUSE).andThen(({ id, at, actor }) =>
    parseWith(OpenFundInputSchema, input, CLAUSE).andThen((parsed) =>
      permit(actor, 'improvement-proposal.evaluate', map).map(() => {
        const currency = parsed.currency ?? config.currency;
        const zero = zeroMoney(currency);
        const fund: InnovationFund = {
          id,
          version: 0,
          createdAt: at,
          updatedAt: at,
          name: parsed.name,
          currency,
          balance: zero,
          contributed: zero,
          disbursed: zero,
          openedBy: actor.id,
        };
        const event = improvementEvent('improvement.fund-opened', 'innovation-fund', id, at, {
          fundId: id,
          currency,
          actorId: actor.id,
        });
        return { fund, events: [event] };
      }),
    ),
  );
}

/**
 * Schema of a contribution to an innovation fund: the instant, the actor and
 * the amount (decimal-string money in the fund's currency).
 *
 * @example
 * ```ts
 * FundContributionSchema.safeParse({ at, actor, amount: { amount: '20000.00', currency: 'CNY' } }).success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const FundContributionSchema = z.strictObject({
  at: InstantSchema,
  actor: ActorSchema,
  amount: MoneySchema,
});

/**
 * A contribution to a fund (before parsing): instant, actor and amount.
 *
 * @example
 * ```ts
 * const command: FundContribution = { at, actor: serviceManager, amount: { amount: '20000.00', currency: 'CNY' } };
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type FundContribution = z.input<typeof FundContributionSchema>;

/**
 * Checks that an amount is positive and in the fund's currency. Internal to improvement.
 *
 * @example
 * ```ts
 * checkFundAmount(fund, amount).isOk();
 * ```
 * @internal
 * @category improvement
 */
export function checkFundAmount(
  fund: InnovationFund,
  amount: Money,
): Result<Money, ImprovementAmountNotPositiveError | CurrencyMismatchError> {
  return checkSameCurrency(fund.balance, amount).andThen(() =>
    isPositiveMoney(amount)
      ? ok(amount)
      : err(improvementAmountNotPositive(fund.id, amount.amount, amount.currency)),
  );
}

/**
 * Adds money to an innovation fund (the yearly budget, a bonus pool).
 * Needs `improvement-proposal.evaluate`.
 *
 * @returns the fund with the new balance and `improvement.fund-contributed`,
 * or `validation_failed`, `forbidden`, `currency_mismatch`,
 * `improvement_amount_not_positive`, a money arithmetic error (`money_out_of_range`)
 * @example
 * ```ts
 * contributeToFund(fund, { at, actor: serviceManager, amount: { amount: '20000.00', currency: 'CNY' } });
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function contributeToFund(
  fund: InnovationFund,
  command: FundContribution,
  options: { readonly capabilityMap?: CapabilityMap } = {},
): Result<
  FundChanged,
  | ValidationError
  | ForbiddenError
  | CurrencyMismatchError
  | ImprovementAmountNotPositiveError
  | MoneyArithmeticError
> {
  return parseWith(FundContributionSchema, command, CLAUSE).andThen(({ at, actor, amount }) =>
    permit(actor, 'improvement-proposal.evaluate', options.capabilityMap)
      .andThen(() => checkFundAmount(fund, amount))
      .andThen(() => addMoney(fund.balance, amount))
      .andThen((balance) =>
        addMoney(fund.contributed, amount).map((contributed) => {
          const event = improvementEvent(
            'improvement.fund-contributed',
            'innovation-fund',
            fund.id,
            at,
            {
              fundId: fund.id,
              amount,
              balance,
              actorId: actor.id,
            },
          );
          return { fund: { ...fund, balance, contributed, updatedAt: at }, events: [event] };
        }),
      ),
  );
}
