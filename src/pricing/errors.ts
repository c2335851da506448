import {
  type CurrencyMismatchError,
  type DomainError,
  domainError,
  type ForbiddenError,
  type MoneyOutOfRangeError,
  type ValidationError,
  type VatError,
} from '../shared/index';

/**
 * A line names an item that is not in the published price list in force at
 * the quote instant (未公示项目不得收费), and no manager override was given.
 *
 * @example
 * ```ts
 * const error: PriceNotDisclosedError = priceNotDisclosed(2, 'labour:OP-X:B');
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export type PriceNotDisclosedError = DomainError<
  'price_not_disclosed',
  { readonly lineNo: number; readonly itemKey: string }
>;

/**
 * No published price-list version is in force on the quote's dealer date
 * (e.g. the last version expired) and some line has no override.
 *
 * @example
 * ```ts
 * const error: PriceListNotInForceError = priceListNotInForce('2026-03-01');
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export type PriceListNotInForceError = DomainError<
  'price_list_not_in_force',
  { readonly date: string }
>;

/**
 * Two versions of one price list would be in force on the same day.
 *
 * @example
 * ```ts
 * const error: PriceListOverlapError = priceListOverlap('plv_2', 'plv_1');
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export type PriceListOverlapError = DomainError<
  'price_list_overlap',
  { readonly versionId: string; readonly otherVersionId: string }
>;

/**
 * A version ends before it starts.
 *
 * @example
 * ```ts
 * const error: PriceListDatesInvalidError = priceListDatesInvalid('plv_1');
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export type PriceListDatesInvalidError = DomainError<
  'price_list_dates_invalid',
  { readonly versionId: string }
>;

/**
 * What is wrong with one item that blocks publication.
 *
 * @example
 * ```ts
 * const problem: ItemProblem = { itemKey: 'part:P-1', problem: 'below_margin_floor' };
 * ```
 * @category pricing
 * @see §5.1(3)
 * @see §5.2(3)
 * @see §5.2(4)
 */
export interface ItemProblem {
  /** The item's key (`labour:<op>:<class>`, `part:<no>`, `fee:<code>`). */
  readonly itemKey: string;
  /** The problem found. */
  readonly problem:
    | 'components_missing'
    | 'components_mismatch'
    | 'explanation_missing'
    | 'below_margin_floor'
    | 'currency_mismatch'
    | 'duplicate_item';
}

/**
 * A price list cannot be published: every offending item is listed.
 *
 * @example
 * ```ts
 * const error = priceListNotPublishable('plv_1', [{ itemKey: 'part:P-1', problem: 'explanation_missing' }]);
 * ```
 * @category pricing
 * @see §5.1(3)
 * @see §5.2(3)
 * @see §5.2(4)
 */
export type PriceListNotPublishableError = DomainError<
  'price_list_not_publishable',
  { readonly versionId: string; readonly problems: readonly ItemProblem[] }
>;

/**
 * Two discount rules share an id, so the documented order (priority desc,
 * id asc) would not be total.
 *
 * @example
 * ```ts
 * const error: DuplicateDiscountRuleError = duplicateDiscountRule('rule_1');
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export type DuplicateDiscountRuleError = DomainError<
  'duplicate_discount_rule',
  { readonly ruleId: string }
>;

/**
 * A coupon can only be redeemed on an order whose quote applied it.
 *
 * @example
 * ```ts
 * const error: CouponNotAppliedError = couponNotApplied('SPRING50', 'q_1');
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export type CouponNotAppliedError = DomainError<
  'coupon_not_applied',
  { readonly couponCode: string; readonly quoteId: string }
>;

/**
 * A line quantity is not a positive decimal (typed input that skipped parsing).
 *
 * @example
 * ```ts
 * const error: QuantityInvalidError = quantityInvalid(1);
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export type QuantityInvalidError = DomainError<'quantity_invalid', { readonly lineNo: number }>;

/**
 * The errors with codes of the pricing module's own.
 *
 * @example
 * ```ts
 * const code: PricingOwnError['code'] = 'price_not_disclosed';
 * ```
 * @category pricing
 */
export type PricingOwnError =
  | PriceNotDisclosedError
  | PriceListNotInForceError
  | PriceListOverlapError
  | PriceListDatesInvalidError
  | PriceListNotPublishableError
  | DuplicateDiscountRuleError
  | CouponNotAppliedError
  | QuantityInvalidError;

/**
 * Every error a pricing function returns: the module's own codes plus shared
 * `forbidden`, `validation_failed`, `currency_mismatch`, `money_out_of_range`
 * and VAT configuration errors. `pricingMessages` renders the own codes,
 * `sharedMessages` the shared ones.
 *
 * @example
 * ```ts
 * const result = quote(request, context);
 * if (result.isErr()) formatError(result.error, 'en', pricingMessages, sharedMessages);
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export type PricingError =
  | PricingOwnError
  | ForbiddenError
  | ValidationError
  | CurrencyMismatchError
  | MoneyOutOfRangeError
  | VatError;

/**
 * Builds a `price_not_disclosed` error.
 *
 * @example
 * ```ts
 * priceNotDisclosed(1, 'fee:F-X').clause; // '§5.2(3)'
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export function priceNotDisclosed(lineNo: number, itemKey: string): PriceNotDisclosedError {
  return domainError('price_not_disclosed', { lineNo, itemKey }, '§5.2(3)');
}

/**
 * Builds a `price_list_not_in_force` error.
 *
 * @example
 * ```ts
 * priceListNotInForce('2026-03-01').code; // 'price_list_not_in_force'
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export function priceListNotInForce(date: string): PriceListNotInForceError {
  return domainError('price_list_not_in_force', { date }, '§5.1(5)');
}

/**
 * Builds a `price_list_overlap` error.
 *
 * @example
 * ```ts
 * priceListOverlap('plv_2', 'plv_1').data.otherVersionId; // 'plv_1'
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export function priceListOverlap(versionId: string, otherVersionId: string): PriceListOverlapError {
  return domainError('price_list_overlap', { versionId, otherVersionId }, '§5.1(5)');
}

/**
 * Builds a `price_list_dates_invalid` error.
 *
 * @example
 * ```ts
 * priceListDatesInvalid('plv_1').code; // 'price_list_dates_invalid'
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export function priceListDatesInvalid(versionId: string): PriceListDatesInvalidError {
  return domainError('price_list_dates_invalid', { versionId }, '§5.1(5)');
}

/**
 * Builds a `price_list_not_publishable` error listing every problem.
 *
 * @example
 * ```ts
 * priceListNotPublishable('plv_1', []).clause; // '§5.1(3)'
 * ```
 * @category pricing
 * @see §5.1(3)
 */
export function priceListNotPublishable(
  versionId: string,
  problems: readonly ItemProblem[],
): PriceListNotPublishableError {
  return domainError(
    'price_list_not_publishable',
    { versionId, problems: Object.freeze([...problems]) },
    '§5.1(3)',
  );
}

/**
 * Builds a `duplicate_discount_rule` error.
 *
 * @example
 * ```ts
 * duplicateDiscountRule('rule_1').data.ruleId; // 'rule_1'
 * ```
 * @category pricing
 * @see §5.3(1)
 */
export function duplicateDiscountRule(ruleId: string): DuplicateDiscountRuleError {
  return domainError('duplicate_discount_rule', { ruleId });
}

/**
 * Builds a `coupon_not_applied` error.
 *
 * @example
 * ```ts
 * couponNotApplied('SPRING50', 'q_1').clause; // '§5.3(4)'
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export function couponNotApplied(couponCode: string, quoteId: string): CouponNotAppliedError {
  return domainError('coupon_not_applied', { couponCode, quoteId }, '§5.3(4)');
}

/**
 * Builds a `quantity_invalid` error.
 *
 * @example
 * ```ts
 * quantityInvalid(3).data.lineNo; // 3
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export function quantityInvalid(lineNo: number): QuantityInvalidError {
  return domainError('quantity_invalid', { lineNo }, '§5.1(2)');
}
