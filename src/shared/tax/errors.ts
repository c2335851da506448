import { type DomainError, domainError } from '../errors';
import { type CurrencyCode, minorUnits } from '../money/currency';

/**
 * The amount to split into VAT has more decimals than its currency's
 * minor units. Line amounts are rounded before tax is split, so that net,
 * VAT and gross of every line are whole minor units and statements add up.
 *
 * @example
 * ```ts
 * splitVat({ amount: '113.005', currency: 'CNY' }); // err({ code: 'vat_amount_not_rounded', clause: 'REG-7', … })
 * ```
 *
 * @category shared
 * @see REG-7
 */
export type VatAmountNotRoundedError = DomainError<
  'vat_amount_not_rounded',
  { readonly currency: CurrencyCode; readonly minorUnits: number }
>;

/**
 * A VAT configuration built without `parseVatConfig` has an unusable
 * `field`: a rate that is not a decimal string in [0, 1), an unknown
 * rounding mode, or a non-boolean `pricesIncludeVat`.
 *
 * @example
 * ```ts
 * splitVat(line, { ...defaultVatConfig, rate: '13' }); // err({ code: 'vat_config_invalid', data: { field: 'rate' }, … })
 * ```
 *
 * @category shared
 * @see REG-7
 */
export type VatConfigInvalidError = DomainError<
  'vat_config_invalid',
  { readonly field: 'rate' | 'rounding' | 'pricesIncludeVat' }
>;

/**
 * Every VAT error. Codes: `vat_amount_not_rounded`, `vat_config_invalid`.
 *
 * @example
 * ```ts
 * import type { VatError } from 'aftersales/shared';
 * const isConfigProblem = (e: VatError) => e.code === 'vat_config_invalid';
 * ```
 * @category shared
 * @see REG-7
 */
export type VatError = VatAmountNotRoundedError | VatConfigInvalidError;

/**
 * Builds a {@link VatAmountNotRoundedError} for a currency.
 *
 * @example
 * ```ts
 * vatAmountNotRounded('CNY').data; // { currency: 'CNY', minorUnits: 2 }
 * ```
 * @category shared
 * @see REG-7
 */
export function vatAmountNotRounded(currency: CurrencyCode): VatAmountNotRoundedError {
  return domainError(
    'vat_amount_not_rounded',
    { currency, minorUnits: minorUnits(currency) },
    'REG-7',
  );
}

/**
 * Builds a {@link VatConfigInvalidError}.
 *
 * @example
 * ```ts
 * vatConfigInvalid('rate').clause; // 'REG-7'
 * ```
 * @category shared
 * @see REG-7
 */
export function vatConfigInvalid(
  field: VatConfigInvalidError['data']['field'],
): VatConfigInvalidError {
  return domainError('vat_config_invalid', { field }, 'REG-7');
}
