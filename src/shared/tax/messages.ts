import type { MessageCatalog } from '../i18n';
import type { VatError } from './errors';

const FIELD_NAMES = {
  'zh-CN': { rate: '税率', rounding: '舍入方式', pricesIncludeVat: '价格是否含税' },
  en: { rate: 'rate', rounding: 'rounding mode', pricesIncludeVat: 'prices-include-VAT flag' },
} as const;

/**
 * zh-CN and en messages for every {@link VatError} code (money errors such as
 * `money_out_of_range` are in `moneyMessages`).
 *
 * @example
 * ```ts
 * import { formatError, vatConfigInvalid, vatMessages } from 'aftersales/shared';
 * formatError(vatConfigInvalid('rate'), 'en', vatMessages);
 * // 'Invalid VAT configuration: rate (REG-7)'
 * ```
 * @category shared
 * @see REG-7
 */
export const vatMessages: MessageCatalog<VatError> = {
  vat_amount_not_rounded: {
    'zh-CN': (e) => `计税金额须先舍入到 ${e.data.minorUnits} 位小数（${e.data.currency}）`,
    en: (e) =>
      `The amount to tax must first be rounded to ${e.data.minorUnits} decimal places (${e.data.currency})`,
  },
  vat_config_invalid: {
    'zh-CN': (e) => `增值税配置无效：${FIELD_NAMES['zh-CN'][e.data.field]}`,
    en: (e) => `Invalid VAT configuration: ${FIELD_NAMES.en[e.data.field]}`,
  },
};
