import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  CurrencyCodeSchema,
  entityBaseShape,
  isNegativeMoney,
  MoneySchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { InnovationFundIdSchema } from './ids';
import { boundedText, MAX_TITLE } from './text';

const NonNegativeMoneySchema = MoneySchema.check(
  z.refine((money) => !isNegativeMoney(money), {
    message: 'must not be negative',
    params: { reason: 'negative' },
  }),
);

/**
 * Schema of an innovation fund (创新基金, §12.2.1): the money set aside to
 * reward improvement proposals. `balance` is what is left to award;
 * `contributed` and `disbursed` are running totals, so `balance` always equals
 * `contributed − disbursed` and is never negative. All three are decimal
 * strings in the fund's `currency`.
 *
 * @example
 * ```ts
 * parseInnovationFund(JSON.parse(row)).isOk();
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const InnovationFundSchema = z.object({
  ...entityBaseShape,
  id: InnovationFundIdSchema,
  name: boundedText(MAX_TITLE),
  currency: CurrencyCodeSchema,
  balance: NonNegativeMoneySchema,
  contributed: NonNegativeMoneySchema,
  disbursed: NonNegativeMoneySchema,
  openedBy: EmployeeIdSchema,
});

/**
 * An innovation fund.
 *
 * @example
 * ```ts
 * const fund: InnovationFund = openInnovationFund({ name: '2027年度创新基金' }, context)._unsafeUnwrap().fund;
 * fund.balance; // { amount: '0.00', currency: 'CNY' }
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type InnovationFund = z.infer<typeof InnovationFundSchema>;

/**
 * Parses a stored innovation fund at the boundary. Never throws.
 *
 * @returns the fund, or `validation_failed` (reason `negative` for a negative amount)
 * @example
 * ```ts
 * parseInnovationFund({ id: 'fund_1' }).isErr(); // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function parseInnovationFund(input: unknown): Result<InnovationFund, ValidationError> {
  return parseWith(InnovationFundSchema, input, '§12.2.1–§12.2.3');
}
