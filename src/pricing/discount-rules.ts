import { err, ok, type Result } from 'neverthrow';
import type { CalendarDate, Instant } from '../shared/index';
import { DISCOUNT_RULE_CLAUSES, type DiscountRule } from './discount-schema';
import { type DuplicateDiscountRuleError, duplicateDiscountRule } from './errors';
import type { PricedLine } from './price-line';
import type { PresentedCoupon, QuoteCustomer } from './quote-request-schema';
import type { ADJUSTMENT_REASONS, REJECTION_REASONS } from './schema';

/** Why a rule applied. @internal */
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];
/** Why a rule did not apply. @internal */
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * The documented evaluation order of discount rules: `priority` descending,
 * then `id` ascending by UTF-16 code units (never locale-dependent). Ids are
 * unique, so the order is total and independent of the input order.
 *
 * @example
 * ```ts
 * [...rules].sort(compareDiscountRules); // highest priority first; ties by id
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export function compareDiscountRules(a: DiscountRule, b: DiscountRule): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Returns the rules in evaluation order (see {@link compareDiscountRules})
 * without touching the input. Shuffling the input never changes the output.
 *
 * Errors: `duplicate_discount_rule` (two rules share an id, so the order
 * would not be total).
 *
 * @example
 * ```ts
 * sortDiscountRules([low, high]).map((sorted) => sorted[0] === high); // ok(true)
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export function sortDiscountRules(
  rules: readonly DiscountRule[],
): Result<DiscountRule[], DuplicateDiscountRuleError> {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) return err(duplicateDiscountRule(rule.id));
    seen.add(rule.id);
  }
  const sorted = [...rules].sort(compareDiscountRules);
  return ok(sorted);
}

/**
 * The clause a rule type implements (`§5.3(1)`…`§5.3(5)`).
 *
 * @internal
 */
export function clauseOf(rule: DiscountRule): string {
  return DISCOUNT_RULE_CLAUSES[rule.condition.type];
}

/**
 * Everything a rule condition reads, fixed for one quote.
 *
 * @internal
 */
export interface RuleFacts {
  readonly at: Instant;
  readonly date: CalendarDate;
  readonly currency: string;
  readonly digits: number;
  readonly subtotalUnits: bigint;
  readonly customer: QuoteCustomer | undefined;
  readonly coupons: ReadonlyMap<string, PresentedCoupon>;
}

/**
 * Which lines a rule's scope covers (indices into the priced lines).
 * Overridden lines are never in scope.
 *
 * @internal
 */
export function linesInScope(rule: DiscountRule, lines: readonly PricedLine[]): number[] {
  const { scope } = rule;
  const indices: number[] = [];
  if (scope.kind === 'order') {
    lines.forEach((line, index) => {
      if (line.discountable) indices.push(index);
    });
    return indices;
  }
  const keys = new Set(scope.itemKeys ?? []);
  const categories = new Set(scope.categories ?? []);
  const kinds = new Set<string>(scope.itemKinds ?? []);
  lines.forEach(({ line, discountable }, index) => {
    if (!discountable) return;
    const category = line.category;
    if (
      keys.has(line.itemKey) ||
      kinds.has(line.kind) ||
      (category !== undefined && categories.has(category))
    ) {
      indices.push(index);
    }
  });
  return indices;
}
