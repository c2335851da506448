import { compareInstants } from '../shared/index';
import type { AdjustmentReason, RejectionReason, RuleFacts } from './discount-rules';
import type { DiscountCondition, DiscountRule } from './discount-schema';
import { addScaled, compareScaled, readScaled, type Scaled, toMinorUnits } from './minor-units';
import type { PricedLine } from './price-line';

const ZERO: Scaled = { value: 0n, scale: 0 };

type Check =
  | { applies: true; reason: AdjustmentReason }
  | { applies: false; reason: RejectionReason };
type Condition<T extends DiscountCondition['type']> = Extract<DiscountCondition, { type: T }>;

function yes(reason: AdjustmentReason): Check {
  return { applies: true, reason };
}

function no(reason: RejectionReason): Check {
  return { applies: false, reason };
}

/**
 * Checks a rule's condition (§5.3(1)–(5)) and the currencies it names.
 * Returns why it applies, or why not. Coupon usage counts come with the
 * presented coupon; a coupon's minimum spend is read against the list subtotal.
 * `scope` is called only by rules that read the lines (bulk quantity).
 *
 * @internal
 */
export function checkRuleCondition(
  rule: DiscountRule,
  facts: RuleFacts,
  scope: () => readonly PricedLine[],
): Check {
  if (!currenciesMatch(rule, facts.currency)) return no('currency_mismatch');
  const { condition } = rule;
  switch (condition.type) {
    case 'loyalty':
      return checkLoyalty(condition, facts);
    case 'bulk':
      return checkBulk(condition, facts, scope);
    case 'seasonal':
      return facts.date >= condition.from && facts.date <= condition.to
        ? yes('seasonal')
        : no('outside_season');
    case 'coupon':
      return checkCoupon(condition, facts);
    case 'membership': {
      const tier = facts.customer?.membershipTier;
      if (facts.customer === undefined) return no('no_customer');
      return tier !== undefined && condition.tiers.includes(tier)
        ? yes('membership')
        : no('tier_not_eligible');
    }
  }
}

/** §5.3(1): every bound given must be met. */
function checkLoyalty(condition: Condition<'loyalty'>, facts: RuleFacts): Check {
  const { customer } = facts;
  if (customer === undefined) return no('no_customer');
  if (customer.tenureMonths < (condition.minTenureMonths ?? 0)) return no('tenure_too_short');
  if (customer.visitCount < (condition.minVisitCount ?? 0)) return no('too_few_visits');
  const { minSpend } = condition;
  if (minSpend === undefined) return yes('loyal_customer');
  if (customer.totalSpend.currency !== minSpend.currency) return no('currency_mismatch');
  return compareScaled(readScaled(customer.totalSpend.amount), readScaled(minSpend.amount)) < 0
    ? no('spend_too_low')
    : yes('loyal_customer');
}

/** §5.3(2): a listed fleet account, or enough units in scope. */
function checkBulk(
  condition: Condition<'bulk'>,
  facts: RuleFacts,
  scope: () => readonly PricedLine[],
): Check {
  const fleet = facts.customer?.fleetAccountId;
  if (fleet !== undefined && condition.fleetAccountIds?.includes(fleet) === true) {
    return yes('fleet_account');
  }
  if (condition.minQuantity === undefined) return no('fleet_not_listed');
  const quantity = scope().reduce<Scaled>((sum, line) => addScaled(sum, line.quantity), ZERO);
  return compareScaled(quantity, readScaled(condition.minQuantity)) >= 0
    ? yes('bulk_quantity')
    : no('quantity_too_low');
}

/** §5.3(4): presented, valid at the instant, within usage limits and minimum spend. */
function checkCoupon(condition: Condition<'coupon'>, facts: RuleFacts): Check {
  const presented = facts.coupons.get(condition.code);
  if (presented === undefined) return no('coupon_not_presented');
  if (compareInstants(facts.at, condition.validFrom) < 0) return no('coupon_not_yet_valid');
  if (compareInstants(facts.at, condition.validTo) > 0) return no('coupon_expired');
  if (presented.usedByCustomer >= condition.perCustomerLimit) {
    return no('coupon_customer_limit_reached');
  }
  if (presented.usedOverall >= condition.overallLimit) return no('coupon_overall_limit_reached');
  const { minSpend } = condition;
  if (minSpend !== undefined && facts.subtotalUnits < toMinorUnits(minSpend, facts.digits)) {
    return no('coupon_min_spend_not_met');
  }
  return yes('coupon');
}

function currenciesMatch(rule: DiscountRule, currency: string): boolean {
  if (rule.benefit.kind === 'fixed' && rule.benefit.amount.currency !== currency) return false;
  const { condition } = rule;
  if (condition.type === 'coupon' && condition.minSpend !== undefined) {
    return condition.minSpend.currency === currency;
  }
  return true;
}
