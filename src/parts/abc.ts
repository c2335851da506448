import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import { decimalFromMoney } from '../_lib/money-decimal';
import { currencyMismatch, type Money, type MoneyArithmeticError, sumMoney } from '../shared/index';
import { defaultPartsConfig, type PartsConfig } from './config';
import type { StockLedger } from './ledger';
import { type InstantRange, lineValue, usageMovements } from './usage';

/**
 * One part's usage value (消耗金额) over a period: the cost of what was
 * issued and sold, less returns.
 *
 * @example
 * ```ts
 * const usage: UsageValue = { partId: 'part_1', usageValue: { amount: '45600.00', currency: 'CNY' } };
 * ```
 * @category parts
 * @see §6.2.4
 */
export interface UsageValue {
  readonly partId: string;
  readonly usageValue: Money;
}

/**
 * Usage value per part over a range (a year, for ABC): each issue and
 * counter-sale line at its unit cost, less returns, rounded per line to the
 * cent; parts in first-used order.
 *
 * Errors: `currency_mismatch` (a cost in another currency than configured),
 * `money_out_of_range`.
 *
 * @example
 * ```ts
 * computeUsageValues(ledger, { from: yearStart, to: yearEnd });
 * // ok([{ partId: 'part_1', usageValue: { amount: '45600.00', currency: 'CNY' } }, …])
 * ```
 * @category parts
 * @see §6.2.4
 */
export function computeUsageValues(
  ledger: StockLedger,
  range: InstantRange,
  config: PartsConfig = defaultPartsConfig,
): Result<UsageValue[], MoneyArithmeticError> {
  const lines = new Map<string, Money[]>();
  for (const [movement, sign] of usageMovements(ledger, range)) {
    const value = lineValue(movement.quantity, movement.unitCost, sign);
    const list = lines.get(movement.partId);
    if (list === undefined) lines.set(movement.partId, [value]);
    else list.push(value);
  }
  const usage: UsageValue[] = [];
  for (const [partId, values] of lines) {
    const total = sumMoney(values, config.currency);
    if (total.isErr()) return err(total.error);
    usage.push({ partId, usageValue: total.value });
  }
  return ok(usage);
}

/**
 * An ABC class (ABC分类): A parts make up the first `abcClassAPercent` of
 * usage value, B the next `abcClassBPercent`, C the rest.
 *
 * @example
 * ```ts
 * const abcClass: AbcClass = 'A';
 * ```
 * @category parts
 * @see §6.2.4
 */
export type AbcClass = 'A' | 'B' | 'C';

/**
 * One part's place in the ABC analysis: its usage value, its share of the
 * total and the cumulative share up to and including it (percent, two
 * decimals), and its class.
 *
 * @example
 * ```ts
 * const entry: AbcEntry = { partId: 'part_1', usageValue, sharePercent: '42.10', cumulativePercent: '42.10', abcClass: 'A' };
 * ```
 * @category parts
 * @see §6.2.4
 */
export interface AbcEntry extends UsageValue {
  readonly sharePercent: string;
  readonly cumulativePercent: string;
  readonly abcClass: AbcClass;
}

/**
 * Classifies parts by annual usage value (§6.2.4): sorted by value, largest
 * first (ties by part id), a part is A while the cumulative share before it
 * is below `abcClassAPercent` (default 80 %), B while below A + B (default
 * 95 %), otherwise C — so the most valuable part is always A. Negative usage
 * counts as zero; when nothing was used every part is C.
 *
 * Errors: `currency_mismatch` (a value not in the configured currency).
 *
 * @example
 * ```ts
 * classifyAbc(computeUsageValues(ledger, lastYear)._unsafeUnwrap())
 *   .map((entries) => entries.filter((e) => e.abcClass === 'A').map((e) => e.partId));
 * ```
 * @category parts
 * @see §6.2.4
 */
export function classifyAbc(
  usage: readonly UsageValue[],
  config: PartsConfig = defaultPartsConfig,
): Result<AbcEntry[], MoneyArithmeticError> {
  const foreign = usage.find((entry) => entry.usageValue.currency !== config.currency);
  if (foreign !== undefined) {
    return err(currencyMismatch(config.currency, foreign.usageValue.currency));
  }
  const valued = usage.map((entry) => ({
    entry,
    value: Decimal.max(decimalFromMoney(entry.usageValue), 0),
  }));
  valued.sort((a, b) => b.value.comparedTo(a.value) || (a.entry.partId < b.entry.partId ? -1 : 1));
  const total = valued.reduce((sum, { value }) => sum.plus(value), new Decimal(0));
  const limitA = new Decimal(config.abcClassAPercent);
  const limitB = limitA.plus(config.abcClassBPercent);
  let cumulative = new Decimal(0);
  return ok(
    valued.map(({ entry, value }) => {
      const share = total.isZero() ? new Decimal(0) : value.times(100).dividedBy(total);
      const before = cumulative;
      cumulative = cumulative.plus(share);
      const abcClass: AbcClass =
        total.isZero() || value.isZero()
          ? 'C'
          : before.lt(limitA)
            ? 'A'
            : before.lt(limitB)
              ? 'B'
              : 'C';
      return {
        partId: entry.partId,
        usageValue: entry.usageValue,
        sharePercent: share.toFixed(2),
        cumulativePercent: Decimal.min(cumulative, 100).toFixed(2),
        abcClass,
      };
    }),
  );
}
