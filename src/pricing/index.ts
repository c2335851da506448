/**
 * Pricing (价格管理): price lists with labour-hour quotas (§4.1(2)),
 * publication and disclosure (§5.2), cost and margin checks (§5.1), and
 * quotes whose every line and discount is explained (§5.2(4), §5.3).
 *
 * @example
 * ```ts
 * import { explainQuote, indexPriceList, quote } from 'aftersales/pricing';
 * const result = quote(request, { priceLists: [indexPriceList(version)], rules, actor });
 * if (result.isOk()) explainQuote(result.value, 'zh-CN');
 * ```
 * @packageDocumentation
 * @module pricing
 */
export { allocateOrderDiscount } from './allocate-order-discount';
export type { MarketBandWarning, PriceListCheck } from './check-price-list';
export { checkPriceList } from './check-price-list';
export type { StalenessReport } from './check-staleness';
export { checkPriceListStaleness } from './check-staleness';
export type { PricingConfig } from './config';
export { defaultPricingConfig, PricingConfigSchema, parsePricingConfig } from './config';
export { compareDiscountRules, sortDiscountRules } from './discount-rules';
export type {
  DiscountBenefit,
  DiscountCondition,
  DiscountRule,
  DiscountRuleId,
  DiscountScope,
} from './discount-schema';
export {
  DISCOUNT_RULE_CLAUSES,
  DiscountBenefitSchema,
  DiscountConditionSchema,
  DiscountRuleSchema,
  DiscountScopeSchema,
} from './discount-schema';
export type {
  CouponNotAppliedError,
  DuplicateDiscountRuleError,
  ItemProblem,
  PriceListDatesInvalidError,
  PriceListNotInForceError,
  PriceListNotPublishableError,
  PriceListOverlapError,
  PriceNotDisclosedError,
  PricingError,
  PricingOwnError,
  QuantityInvalidError,
} from './errors';
export {
  couponNotApplied,
  duplicateDiscountRule,
  priceListDatesInvalid,
  priceListNotInForce,
  priceListNotPublishable,
  priceListOverlap,
  priceNotDisclosed,
  quantityInvalid,
} from './errors';
export { explainAdjustment, explainLine, explainQuote, explainRejectedRule } from './explain';
export type { PriceListIndex } from './index-price-list';
export { indexPriceList, priceItemKey } from './index-price-list';
export { pricingMessages } from './messages';
export {
  parseDiscountRule,
  parsePriceListVersion,
  parseQuote,
  parseQuoteRequest,
} from './parse';
export type { FeeItem, LabourItem, PartItem, PriceItem } from './price-item-schema';
export {
  FeeItemSchema,
  LabourItemSchema,
  PartItemSchema,
  PriceItemSchema,
} from './price-item-schema';
export type {
  PriceListVersion,
  PriceListVersionId,
  Publication,
  PublicationChannel,
} from './price-list-schema';
export {
  PriceListVersionSchema,
  PUBLICATION_CHANNELS,
  PublicationChannelSchema,
  PublicationSchema,
} from './price-list-schema';
export type {
  PriceListPublishedPayload,
  PublishedPriceList,
  PublishPriceListCommand,
} from './publish-price-list';
export { publishPriceList } from './publish-price-list';
export type { QuoteContext } from './quote';
export { quote } from './quote';
export type {
  DiscountCapOverride,
  PresentedCoupon,
  PriceOverride,
  QuoteCustomer,
  QuoteId,
  QuoteRequest,
  QuoteRequestLine,
} from './quote-request-schema';
export {
  DiscountCapOverrideSchema,
  PresentedCouponSchema,
  PriceOverrideSchema,
  QuoteCustomerSchema,
  QuoteRequestLineSchema,
  QuoteRequestSchema,
} from './quote-request-schema';
export type { CouponRedemption, RedeemCouponInput } from './redeem-coupon';
export { CouponRedemptionSchema, couponRedemptionKey, redeemCoupon } from './redeem-coupon';
export type { Adjustment, LineBasis, Quote, QuoteLine, RejectedRule } from './schema';
export {
  ADJUSTMENT_REASONS,
  AdjustmentSchema,
  CLIP_REASONS,
  LineBasisSchema,
  QuoteLineSchema,
  QuoteSchema,
  REJECTION_REASONS,
  RejectedRuleSchema,
} from './schema';
export { checkPriceListOverlap, findPriceListInForce, isInForceOn } from './select-price-list';
export type { FeeComponents, LocalizedText, MarketBand, PartsGrade } from './value-schemas';
export {
  CodeSchema,
  FEE_TYPES,
  FeeComponentsSchema,
  LocalizedTextSchema,
  MarketBandSchema,
  PARTS_GRADES,
  PartsGradeSchema,
  PriceSchema,
  QuantitySchema,
  RateSchema,
} from './value-schemas';
