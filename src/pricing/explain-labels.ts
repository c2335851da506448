import type { Locale, Money } from '../shared/index';
import type { AdjustmentReason, RejectionReason } from './discount-rules';
import type { CLIP_REASONS } from './schema';
import type { PartsGrade } from './value-schemas';

/**
 * Locale texts behind the explanations (价格说明). Kept apart from the
 * renderers so that the wording can be reviewed in one place.
 *
 * @internal
 */

type Texts<K extends string> = Readonly<Record<K, Readonly<Record<Locale, string>>>>;

/** Parts grades as the customer reads them (REG-3). @internal */
export const GRADE_TEXT: Texts<PartsGrade> = {
  oem: { 'zh-CN': '原厂件', en: 'original (OEM)' },
  'aftermarket-brand': { 'zh-CN': '品牌件', en: 'brand aftermarket' },
  refurbished: { 'zh-CN': '再制造件', en: 'refurbished' },
};

/** Line kinds and fee types. @internal */
export const KIND_TEXT: Texts<'labour' | 'part' | 'fee' | 'transport' | 'materials' | 'disposal'> =
  {
    labour: { 'zh-CN': '工时', en: 'labour' },
    part: { 'zh-CN': '配件', en: 'part' },
    fee: { 'zh-CN': '费用', en: 'fee' },
    transport: { 'zh-CN': '运输费', en: 'transport fee' },
    materials: { 'zh-CN': '材料费', en: 'materials fee' },
    disposal: { 'zh-CN': '处置费', en: 'disposal fee' },
  };

/** Why a discount applied. @internal */
export const ADJUSTMENT_TEXT: Texts<AdjustmentReason> = {
  loyal_customer: { 'zh-CN': '老客户优惠', en: 'loyal-customer discount' },
  bulk_quantity: { 'zh-CN': '批量优惠', en: 'bulk discount' },
  fleet_account: { 'zh-CN': '团购（车队客户）优惠', en: 'group (fleet account) discount' },
  seasonal: { 'zh-CN': '季节性优惠', en: 'seasonal discount' },
  coupon: { 'zh-CN': '优惠券', en: 'coupon' },
  membership: { 'zh-CN': '会员优惠', en: 'membership discount' },
};

/** Why a discount was cut short. @internal */
export const CLIP_TEXT: Texts<(typeof CLIP_REASONS)[number]> = {
  margin_floor: {
    'zh-CN': '受成本加最低利润限制而减少',
    en: 'reduced so that no line falls below cost plus minimum margin',
  },
  discount_cap: {
    'zh-CN': '受优惠总额上限限制而减少',
    en: 'reduced to stay within the cap on the total discount',
  },
};

/** Why a rule did not apply. @internal */
export const REJECTION_TEXT: Texts<RejectionReason> = {
  no_customer: { 'zh-CN': '未提供客户信息', en: 'no customer was given' },
  tenure_too_short: {
    'zh-CN': '客户时长不足',
    en: 'the customer has not been with us long enough',
  },
  too_few_visits: { 'zh-CN': '到店次数不足', en: 'too few visits' },
  spend_too_low: { 'zh-CN': '累计消费不足', en: 'total spend too low' },
  quantity_too_low: { 'zh-CN': '数量未达到批量要求', en: 'quantity below the bulk minimum' },
  fleet_not_listed: { 'zh-CN': '不是指定的团购（车队）客户', en: 'not a listed fleet account' },
  outside_season: { 'zh-CN': '不在活动日期内', en: 'outside the promotion dates' },
  no_lines_in_scope: { 'zh-CN': '没有适用的项目', en: 'no line is eligible' },
  coupon_not_presented: { 'zh-CN': '未出示该优惠券', en: 'the coupon was not presented' },
  coupon_not_yet_valid: { 'zh-CN': '优惠券尚未生效', en: 'the coupon is not valid yet' },
  coupon_expired: { 'zh-CN': '优惠券已过期', en: 'the coupon has expired' },
  coupon_min_spend_not_met: { 'zh-CN': '未达到优惠券最低消费', en: 'the minimum spend is not met' },
  coupon_customer_limit_reached: {
    'zh-CN': '该客户的使用次数已用完',
    en: 'the customer has used it the maximum number of times',
  },
  coupon_overall_limit_reached: { 'zh-CN': '优惠券总使用次数已用完', en: 'the coupon is used up' },
  one_coupon_per_order: { 'zh-CN': '每单限用一张优惠券', en: 'one coupon per order' },
  tier_not_eligible: { 'zh-CN': '会员等级不适用', en: 'membership tier not eligible' },
  currency_mismatch: { 'zh-CN': '币种不一致', en: 'currency differs' },
  exclusive_conflict: {
    'zh-CN': '与其他优惠不可同时享受',
    en: 'cannot be combined with a discount already applied',
  },
  margin_floor_reached: {
    'zh-CN': '已达到成本加最低利润，不能再优惠',
    en: 'the lines are already at cost plus minimum margin',
  },
  discount_cap_reached: { 'zh-CN': '已达到优惠总额上限', en: 'the discount cap is reached' },
};

/**
 * Money as people read it: `¥180.00` style in zh-CN for CNY (`180.00元`),
 * `CNY 180.00` in en.
 *
 * @internal
 */
export function formatMoneyText(money: Money, locale: Locale): string {
  if (locale === 'zh-CN') {
    return money.currency === 'CNY' ? `${money.amount}元` : `${money.amount} ${money.currency}`;
  }
  return `${money.currency} ${money.amount}`;
}

/**
 * A rate as a percentage (`"0.05"` → `"5%"`).
 *
 * @internal
 */
export function formatRate(rate: string): string {
  // Text arithmetic on a schema rate (≤ 6 decimals): move the point two places, trim zeros.
  const [whole = '0', fraction = ''] = rate.split('.');
  const padded = fraction.padEnd(2, '0');
  const integer = String(Number(`${whole}${padded.slice(0, 2)}`));
  const decimals = padded.slice(2).replace(/0+$/, '');
  return `${integer}${decimals === '' ? '' : `.${decimals}`}%`;
}
