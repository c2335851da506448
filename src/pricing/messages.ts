import type { MessageCatalog } from '../shared/index';
import type { ItemProblem, PricingOwnError } from './errors';

const PROBLEM_LABELS: Readonly<Record<ItemProblem['problem'], { 'zh-CN': string; en: string }>> = {
  components_missing: { 'zh-CN': '缺少费用构成', en: 'fee components missing' },
  components_mismatch: {
    'zh-CN': '费用构成与价格不符',
    en: 'fee components do not add up to the price',
  },
  explanation_missing: { 'zh-CN': '缺少价格说明', en: 'price explanation missing' },
  below_margin_floor: {
    'zh-CN': '低于成本加最低利润',
    en: 'priced below cost plus minimum margin',
  },
  currency_mismatch: { 'zh-CN': '币种不一致', en: 'currency differs from the price list' },
  duplicate_item: { 'zh-CN': '项目重复', en: 'listed twice' },
};

function problemList(problems: readonly ItemProblem[], locale: 'zh-CN' | 'en'): string {
  const shown = problems
    .slice(0, 10)
    .map(({ itemKey, problem }) => `${itemKey}: ${PROBLEM_LABELS[problem][locale]}`);
  const more = problems.length - shown.length;
  if (more > 0) shown.push(locale === 'zh-CN' ? `另有 ${more} 项` : `${more} more`);
  return shown.join(locale === 'zh-CN' ? '；' : '; ');
}

/**
 * zh-CN and en messages for every code of the pricing module's own
 * ({@link PricingOwnError}). The shared codes pricing also returns
 * (`forbidden`, `validation_failed`, `currency_mismatch`,
 * `money_out_of_range`, VAT errors) are rendered by the shared catalogs, so
 * pass both: `formatError(error, locale, pricingMessages, sharedMessages)`.
 * Keeping them apart keeps the shared validators' messages out of a
 * pricing-only bundle.
 *
 * @example
 * ```ts
 * import { formatError, sharedMessages } from 'aftersales/shared';
 * formatError(priceNotDisclosed(2, 'fee:F-X'), 'zh-CN', pricingMessages, sharedMessages);
 * // '第 2 行的项目 fee:F-X 不在现行公示价目表中，不得收费（§5.2(3)）'
 * ```
 * @category pricing
 * @see §5.2(3)
 * @see §5.2(4)
 */
export const pricingMessages: MessageCatalog<PricingOwnError> = {
  price_not_disclosed: {
    'zh-CN': (e) => `第 ${e.data.lineNo} 行的项目 ${e.data.itemKey} 不在现行公示价目表中，不得收费`,
    en: (e) =>
      `Line ${e.data.lineNo}: ${e.data.itemKey} is not in the published price list in force and cannot be charged`,
  },
  price_list_not_in_force: {
    'zh-CN': (e) => `${e.data.date} 没有生效的已公示价目表`,
    en: (e) => `No published price list is in force on ${e.data.date}`,
  },
  price_list_overlap: {
    'zh-CN': (e) => `价目表版本 ${e.data.versionId} 与 ${e.data.otherVersionId} 的生效期重叠`,
    en: (e) =>
      `Price-list version ${e.data.versionId} overlaps version ${e.data.otherVersionId} in time`,
  },
  price_list_dates_invalid: {
    'zh-CN': (e) => `价目表版本 ${e.data.versionId} 的失效日期早于生效日期`,
    en: (e) => `Price-list version ${e.data.versionId} ends before it starts`,
  },
  price_list_not_publishable: {
    'zh-CN': (e) =>
      `价目表版本 ${e.data.versionId} 不能公示：${problemList(e.data.problems, 'zh-CN')}`,
    en: (e) =>
      `Price-list version ${e.data.versionId} cannot be published: ${problemList(e.data.problems, 'en')}`,
  },
  duplicate_discount_rule: {
    'zh-CN': (e) => `优惠规则编号 ${e.data.ruleId} 重复`,
    en: (e) => `Two discount rules share the id ${e.data.ruleId}`,
  },
  coupon_not_applied: {
    'zh-CN': (e) => `报价 ${e.data.quoteId} 未使用优惠券 ${e.data.couponCode}，不能核销`,
    en: (e) =>
      `Coupon ${e.data.couponCode} was not applied to quote ${e.data.quoteId} and cannot be redeemed`,
  },
  quantity_invalid: {
    'zh-CN': (e) => `第 ${e.data.lineNo} 行的数量必须为正数`,
    en: (e) => `Line ${e.data.lineNo}: the quantity must be a positive decimal`,
  },
};
