import { ok, type Result } from 'neverthrow';
import {
  type CalendarDate,
  type CurrencyCode,
  type Money,
  type MoneyArithmeticError,
  sumMoney,
} from '../shared/index';
import type { SafetyRecord } from './safety-record';

/**
 * Count and total amount of rewards or of penalties.
 *
 * @example
 * ```ts
 * const rewards: SafetyRecordTotals = { count: 3, total: { amount: '1500.00', currency: 'CNY' } };
 * ```
 * @category safety
 * @see §9.1.3
 */
export interface SafetyRecordTotals {
  /** Every record of the kind, monetary or not. */
  readonly count: number;
  /** The sum of the amounts of bonuses (or fines); zero when none. */
  readonly total: Money;
}

/**
 * Rewards and penalties of a period, side by side.
 *
 * @example
 * ```ts
 * const { rewards, penalties }: SafetyRecordSummary = summary;
 * ```
 * @category safety
 * @see §9.1.3
 */
export interface SafetyRecordSummary {
  readonly rewards: SafetyRecordTotals;
  readonly penalties: SafetyRecordTotals;
}

/**
 * Sums the rewards and penalties decided within `[from, to]` (dealer dates,
 * both inclusive; open-ended when omitted), exactly, in one currency.
 *
 * @example
 * ```ts
 * summarizeSafetyRecords(records, { from: '2026-01-01', to: '2026-12-31' })._unsafeUnwrap().penalties.total;
 * // { amount: '400.00', currency: 'CNY' }
 * ```
 * @returns the summary, or `currency_mismatch` (a record in another
 * currency), `money_out_of_range`
 * @category safety
 * @see §9.1.3
 */
export function summarizeSafetyRecords(
  records: readonly SafetyRecord[],
  period: { readonly from?: CalendarDate; readonly to?: CalendarDate } = {},
  currency: CurrencyCode = 'CNY',
): Result<SafetyRecordSummary, MoneyArithmeticError> {
  const inPeriod = records.filter(
    (r) =>
      (period.from === undefined || r.decidedOn >= period.from) &&
      (period.to === undefined || r.decidedOn <= period.to),
  );
  const totals = (kind: SafetyRecord['kind']) => {
    const ofKind = inPeriod.filter((r) => r.kind === kind);
    const amounts = ofKind.flatMap((r) => (r.amount === null ? [] : [r.amount]));
    return sumMoney(amounts, currency).map((total) => ({ count: ofKind.length, total }));
  };
  return totals('reward').andThen((rewards) =>
    totals('penalty').andThen((penalties) => ok({ rewards, penalties })),
  );
}
