import type { CurrencyCode } from '../shared/index';
import {
  type AdjustmentReason,
  clauseOf,
  linesInScope,
  type RejectionReason,
  type RuleFacts,
} from './discount-rules';
import type { DiscountRule } from './discount-schema';
import { applyRate, fromMinorUnits, rateToMicros, splitUnits, toMinorUnits } from './minor-units';
import type { PricedLine } from './price-line';
import { checkRuleCondition } from './rule-conditions';
import type { Adjustment, CLIP_REASONS, RejectedRule } from './schema';

type ClipReason = (typeof CLIP_REASONS)[number];

/**
 * The result of stacking the rules: applied adjustments, rejected rules, and
 * each line's remaining amount in minor units.
 *
 * @internal
 */
export interface DiscountOutcome {
  readonly adjustments: Adjustment[];
  readonly rejected: RejectedRule[];
  readonly netUnits: bigint[];
  readonly discountUnits: bigint;
}

/**
 * Stacks rules that are already in evaluation order (§5.3). For each rule:
 * condition → scope → one coupon per order → exclusivity → requested amount
 * (a percentage of what each line still costs, or a fixed amount; order-level
 * amounts are allocated over the lines in scope by what they still cost) →
 * clip each line at its margin floor (§5.1(3)) → clip the rule at what is
 * left of the cap. A rule clipped to nothing is rejected with the clip reason.
 *
 * @internal
 */
export function applyDiscounts(
  sortedRules: readonly DiscountRule[],
  lines: readonly PricedLine[],
  facts: RuleFacts,
  capUnits: bigint,
): DiscountOutcome {
  const state: StackState = {
    netUnits: lines.map((line) => line.listUnits),
    discountUnits: 0n,
    couponApplied: false,
    exclusiveApplied: false,
    appliedCount: 0,
  };
  const adjustments: Adjustment[] = [];
  const rejected: RejectedRule[] = [];
  for (const rule of sortedRules) {
    const scope = linesInScope(rule, lines);
    const gate = admitRule(rule, scope, lines, facts, state);
    if (!gate.applies) {
      rejected.push(rejectionOf(rule, gate.reason));
      continue;
    }
    const { requestedTotal, amounts, clipped } = clipRule(
      rule,
      scope,
      lines,
      facts,
      state,
      capUnits,
    );
    const total = sum(amounts);
    if (total === 0n && requestedTotal > 0n) {
      const reason = clipped.includes('discount_cap')
        ? 'discount_cap_reached'
        : 'margin_floor_reached';
      rejected.push(rejectionOf(rule, reason));
      continue;
    }
    scope.forEach((lineIndex, position) => {
      state.netUnits[lineIndex] = (state.netUnits[lineIndex] ?? 0n) - (amounts[position] ?? 0n);
    });
    state.discountUnits += total;
    state.couponApplied ||= rule.condition.type === 'coupon';
    state.exclusiveApplied ||= rule.stacking === 'exclusive';
    state.appliedCount += 1;
    adjustments.push(
      adjustmentOf(rule, gate.reason, { scope, lines, requestedTotal, amounts, clipped }, facts),
    );
  }
  return {
    adjustments,
    rejected,
    netUnits: state.netUnits,
    discountUnits: state.discountUnits,
  };
}

/** What the stacking loop carries from one rule to the next. */
interface StackState {
  readonly netUnits: bigint[];
  discountUnits: bigint;
  couponApplied: boolean;
  exclusiveApplied: boolean;
  appliedCount: number;
}

/** Condition, one coupon per order, scope, exclusivity — in that order. */
function admitRule(
  rule: DiscountRule,
  scope: readonly number[],
  lines: readonly PricedLine[],
  facts: RuleFacts,
  state: StackState,
): { applies: true; reason: AdjustmentReason } | { applies: false; reason: RejectionReason } {
  const check = checkRuleCondition(rule, facts, () =>
    scope.map((index) => lines[index] as PricedLine),
  );
  if (!check.applies) return check;
  if (rule.condition.type === 'coupon' && state.couponApplied) {
    return { applies: false, reason: 'one_coupon_per_order' };
  }
  if (scope.length === 0) return { applies: false, reason: 'no_lines_in_scope' };
  if (state.exclusiveApplied || (rule.stacking === 'exclusive' && state.appliedCount > 0)) {
    return { applies: false, reason: 'exclusive_conflict' };
  }
  return check;
}

/** The requested amounts, clipped per line at the margin floor, then at the cap. */
function clipRule(
  rule: DiscountRule,
  scope: readonly number[],
  lines: readonly PricedLine[],
  facts: RuleFacts,
  state: StackState,
  capUnits: bigint,
): { requestedTotal: bigint; amounts: bigint[]; clipped: ClipReason[] } {
  const requested = requestAmounts(rule, scope, state.netUnits, facts.digits);
  const clipped: ClipReason[] = [];
  const floored = scope.map((lineIndex, position) => {
    const line = lines[lineIndex] as PricedLine;
    const headroom = (state.netUnits[lineIndex] ?? 0n) - line.floorUnits;
    const wanted = requested[position] ?? 0n;
    return wanted > headroom ? headroom : wanted;
  });
  const requestedTotal = sum(requested);
  const flooredTotal = sum(floored);
  if (flooredTotal < requestedTotal) clipped.push('margin_floor');
  const budget = capUnits - state.discountUnits;
  if (flooredTotal <= budget) return { requestedTotal, amounts: floored, clipped };
  clipped.push('discount_cap');
  // Shares of the budget weighted by the floored amounts never exceed them (largest remainder).
  const amounts = budget > 0n ? splitUnits(budget, floored) : floored.map(() => 0n);
  return { requestedTotal, amounts, clipped };
}

/** What each line in scope would lose to the rule before any clipping. */
function requestAmounts(
  rule: DiscountRule,
  scope: readonly number[],
  netUnits: readonly bigint[],
  digits: number,
): bigint[] {
  const weights = scope.map((index) => netUnits[index] ?? 0n);
  const { benefit } = rule;
  if (benefit.kind === 'percentage' && rule.scope.kind === 'lines') {
    const rate = rateToMicros(benefit.rate);
    return weights.map((units) => applyRate(units, rate));
  }
  const base = sum(weights);
  if (base === 0n) return weights;
  const total =
    benefit.kind === 'percentage'
      ? applyRate(base, rateToMicros(benefit.rate))
      : toMinorUnits(benefit.amount, digits);
  // A fixed amount above what the lines still cost is allocated whole; the margin floor clips it.
  return total === 0n ? weights.map(() => 0n) : splitUnits(total, weights);
}

function sum(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

function rejectionOf(rule: DiscountRule, reason: RejectionReason): RejectedRule {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    ruleType: rule.condition.type,
    reason,
    clause: clauseOf(rule),
  };
}

function adjustmentOf(
  rule: DiscountRule,
  reason: AdjustmentReason,
  applied: {
    readonly scope: readonly number[];
    readonly lines: readonly PricedLine[];
    readonly requestedTotal: bigint;
    readonly amounts: readonly bigint[];
    readonly clipped: readonly ClipReason[];
  },
  facts: RuleFacts,
): Adjustment {
  const currency = facts.currency as CurrencyCode;
  const money = (units: bigint) => fromMinorUnits(units, currency, facts.digits);
  const allocations: Adjustment['allocations'] = [];
  applied.scope.forEach((lineIndex, position) => {
    const units = applied.amounts[position] ?? 0n;
    const line = applied.lines[lineIndex];
    if (units > 0n && line !== undefined)
      allocations.push({ lineNo: line.line.lineNo, amount: money(units) });
  });
  const { condition } = rule;
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    ruleType: condition.type,
    scope: rule.scope.kind,
    benefit: rule.benefit,
    reason,
    requested: money(applied.requestedTotal),
    amount: money(sum(applied.amounts)),
    allocations,
    clipped: [...applied.clipped],
    clause: clauseOf(rule),
    ...(condition.type === 'coupon' ? { couponCode: condition.code } : {}),
  };
}
