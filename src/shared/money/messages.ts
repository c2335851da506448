import type { Locale, MessageCatalog } from '../i18n';
import type { DecimalInputProblem, MoneyError } from './errors';

const DECIMAL_PROBLEMS: Readonly<Record<Locale, Readonly<Record<DecimalInputProblem, string>>>> = {
  'zh-CN': {
    wrong_type: '必须是字符串、数字或 bigint',
    not_finite: '不能是 NaN 或无穷大',
    not_decimal: '必须是普通十进制数（最多 22 位整数、12 位小数，不含指数、空格或分隔符）',
  },
  en: {
    wrong_type: 'must be a string, a number or a bigint',
    not_finite: 'must not be NaN or infinite',
    not_decimal:
      'must be a plain decimal (at most 22 integer and 12 fraction digits; no exponent, spaces or separators)',
  },
};

const FACTOR_NAMES = {
  'zh-CN': { factor: '乘数', percent: '百分比' },
  en: { factor: 'factor', percent: 'percentage' },
} as const;

function weightProblem(
  locale: Locale,
  reason: DecimalInputProblem | 'empty' | 'all_zero' | 'negative',
  index: number | undefined,
): string {
  const zh = locale === 'zh-CN';
  if (reason === 'empty')
    return zh ? '分摊权重不能为空' : 'At least one allocation weight is needed';
  if (reason === 'all_zero')
    return zh ? '分摊权重不能全为零' : 'Allocation weights must not all be zero';
  const which = zh ? `下标 ${index} 的分摊权重` : `The allocation weight at index ${index}`;
  if (reason === 'negative') return zh ? `${which}不能为负数` : `${which} must not be negative`;
  return `${which}${zh ? '' : ' '}${DECIMAL_PROBLEMS[locale][reason]}`;
}

/**
 * zh-CN and en messages for every {@link MoneyError} code; pass it to
 * `formatError` or `createErrorFormatter`. VAT errors have their own catalog,
 * `vatMessages`.
 *
 * @example
 * ```ts
 * import { currencyMismatch, formatError, moneyMessages } from 'aftersales/shared';
 * formatError(currencyMismatch('CNY', 'USD'), 'zh-CN', moneyMessages); // '币种不一致：CNY 与 USD'
 * formatError(currencyMismatch('CNY', 'USD'), 'en', moneyMessages); // 'Currency mismatch: CNY and USD'
 * ```
 * @category shared
 */
export const moneyMessages: MessageCatalog<MoneyError> = {
  money_invalid_amount: {
    'zh-CN': (e) => `金额无效：${DECIMAL_PROBLEMS['zh-CN'][e.data.reason]}`,
    en: (e) => `Invalid amount: it ${DECIMAL_PROBLEMS.en[e.data.reason]}`,
  },
  money_unknown_currency: {
    'zh-CN': (e) =>
      e.data.currency === null ? '币种缺失或不是字符串' : `未知币种“${e.data.currency}”`,
    en: (e) =>
      e.data.currency === null
        ? 'The currency is missing or not a string'
        : `Unknown currency "${e.data.currency}"`,
  },
  currency_mismatch: {
    'zh-CN': (e) => `币种不一致：${e.data.left} 与 ${e.data.right}`,
    en: (e) => `Currency mismatch: ${e.data.left} and ${e.data.right}`,
  },
  money_invalid_factor: {
    'zh-CN': (e) =>
      `${FACTOR_NAMES['zh-CN'][e.data.argument]}无效：${DECIMAL_PROBLEMS['zh-CN'][e.data.reason]}`,
    en: (e) =>
      `Invalid ${FACTOR_NAMES.en[e.data.argument]}: it ${DECIMAL_PROBLEMS.en[e.data.reason]}`,
  },
  money_out_of_range: {
    'zh-CN': (e) => `金额超出范围：绝对值不得超过 ${e.data.limit}`,
    en: (e) => `Amount out of range: the absolute value may be at most ${e.data.limit}`,
  },
  allocation_total_not_rounded: {
    'zh-CN': (e) => `待分摊金额须先舍入到 ${e.data.minorUnits} 位小数（${e.data.currency}）`,
    en: (e) =>
      `The total to allocate must first be rounded to ${e.data.minorUnits} decimal places (${e.data.currency})`,
  },
  allocation_weights_invalid: {
    'zh-CN': (e) => weightProblem('zh-CN', e.data.reason, e.data.index),
    en: (e) => weightProblem('en', e.data.reason, e.data.index),
  },
};
