import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import { moneyFromDecimal } from '../_lib/money-decimal';
import type { Quote, QuoteLine } from '../pricing/index';
import type { CurrencyCode, Money } from '../shared/index';
import type { RepairOrderErrorOf } from './errors';
import { finalQuantities, lineKey } from './final-lines';
import type { EstimateDifference } from './payment-schema';
import type { RepairOrder } from './schema';
import { settlementMismatch, settlementNotReconciled } from './settlement-errors';
import { allLines, lineCode } from './steps';

type Totals = Map<string, Decimal>;

function addTo(totals: Totals, line: QuoteLine, value: string): void {
  const key = lineKey(line.kind, line.code);
  totals.set(key, (totals.get(key) ?? new Decimal(0)).plus(value));
}

/** Estimate lines the customer approved: the plan's, and approved added lines. */
function approvedEstimateAmounts(order: RepairOrder): Totals {
  const totals: Totals = new Map();
  for (const line of order.planApproval?.estimate.lines ?? [])
    addTo(totals, line, line.amount.amount);
  const lines = allLines(order);
  for (const supplementary of order.supplementaries) {
    const approved = new Set(
      lines
        .filter((l) => l.supplementaryId === supplementary.id && l.approval === 'approved')
        .map((l) => lineKey(l.kind, lineCode(l))),
    );
    for (const line of supplementary.estimate.lines) {
      if (approved.has(lineKey(line.kind, line.code))) addTo(totals, line, line.amount.amount);
    }
  }
  return totals;
}

/**
 * Checks that a statement prices exactly the order's final lines — the same
 * op codes, part numbers and fee codes in the same quantities (§3.5(2)).
 *
 * Errors: `settlement_mismatch` listing `kind:code×quantity` entries missing
 * from the statement and unexpected in it.
 *
 * @example
 * ```ts
 * checkStatementLines(order, statement).isOk(); // true for priceSettlement(order, …)
 * ```
 * @category repair-order
 * @see §3.5(2)
 * @see §3.3(3)
 */
export function checkStatementLines(
  order: RepairOrder,
  statement: Quote,
): Result<Quote, RepairOrderErrorOf<'settlement_mismatch'>> {
  const expected = finalQuantities(order);
  const priced: Totals = new Map();
  for (const line of statement.lines) addTo(priced, line, line.basis.quantity);
  const describe = ([key, quantity]: [string, Decimal]) => `${key}×${quantity.toFixed()}`;
  const differs = (from: Totals, to: Totals) =>
    [...from].filter(([key, quantity]) => !to.get(key)?.equals(quantity)).map(describe);
  const missing = differs(expected, priced);
  const unexpected = differs(priced, expected);
  return missing.length + unexpected.length === 0
    ? ok(statement)
    : err(settlementMismatch(missing.sort(), unexpected.sort()));
}

/**
 * The itemised differences between the approved estimate (the plan's
 * estimate plus the approved lines of supplementary estimates) and the
 * settlement statement (§3.5(2)): lines added, removed or changed in amount,
 * by `kind:code`, sorted. `estimatedTotal + Σ difference` equals the sum of
 * the statement's line amounts.
 *
 * Errors: `settlement_not_reconciled` (`out-of-range`) for sums beyond the
 * money range, which no real estimate reaches.
 *
 * @param order - the order, with its plan approval
 * @param statement - the settlement statement
 * @example
 * ```ts
 * const { estimatedTotal, differences } = compareWithEstimate(order, statement)._unsafeUnwrap();
 * differences[0]; // { kind: 'part', code: 'P-DISC-F', change: 'added', estimated: null, final: …, difference: … }
 * ```
 * @category repair-order
 * @see §3.5(2)
 */
export function compareWithEstimate(
  order: RepairOrder,
  statement: Quote,
): Result<
  { readonly estimatedTotal: Money; readonly differences: EstimateDifference[] },
  RepairOrderErrorOf<'settlement_not_reconciled'>
> {
  const currency: CurrencyCode = statement.currency;
  const estimated = approvedEstimateAmounts(order);
  const final: Totals = new Map();
  for (const line of statement.lines) addTo(final, line, line.amount.amount);
  const money = (value: Decimal): Money | undefined => moneyFromDecimal(value, currency);
  const optional = (value: Decimal | undefined): Money | null | undefined =>
    value === undefined ? null : money(value);
  const differences: EstimateDifference[] = [];
  const keys = [...new Set([...estimated.keys(), ...final.keys()])].sort();
  for (const key of keys) {
    const before = estimated.get(key);
    const after = final.get(key);
    if (before !== undefined && after !== undefined && before.equals(after)) continue;
    const delta = money((after ?? new Decimal(0)).minus(before ?? 0));
    const estimatedMoney = optional(before);
    const finalMoney = optional(after);
    if (delta === undefined || estimatedMoney === undefined || finalMoney === undefined) {
      return err(settlementNotReconciled('out-of-range'));
    }
    const separator = key.indexOf(':');
    const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    differences.push({
      kind: key.slice(0, separator) as EstimateDifference['kind'],
      code: key.slice(separator + 1),
      change,
      estimated: estimatedMoney,
      final: finalMoney,
      difference: delta,
    });
  }
  const total = money([...estimated.values()].reduce((a, b) => a.plus(b), new Decimal(0)));
  if (total === undefined) return err(settlementNotReconciled('out-of-range'));
  return ok({ estimatedTotal: total, differences });
}
