import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { Locale, MessageCatalog } from './i18n';
import {
  type IdentifierValidatorError,
  type LicencePlateErrorData,
  MAX_REPORTED_LENGTH,
  type MobilePhoneErrorData,
  type PlateSerialExpectation,
  type VinErrorData,
} from './validator-errors';

type Texts = Readonly<Record<Locale, string>>;

const SERIAL_EXPECTATIONS: Readonly<Record<PlateSerialExpectation, Texts>> = {
  letter_or_digit: {
    'zh-CN': '数字或除 I、O 以外的字母',
    en: 'a digit or a letter other than I and O',
  },
  letter_digit_or_suffix: {
    'zh-CN': '数字、除 I、O 以外的字母，或挂、学、警、港、澳之一',
    en: 'a digit, a letter other than I and O, or one of 挂学警港澳',
  },
  energy_letter: {
    'zh-CN': '新能源类型字母（A–H、J、K）',
    en: 'an energy-type letter (A–H, J or K)',
  },
  digit: { 'zh-CN': '数字', en: 'a digit' },
};

function lengthText(length: number, locale: Locale): string {
  if (length < MAX_REPORTED_LENGTH) return locale === 'zh-CN' ? `${length} 位` : `${length}`;
  return locale === 'zh-CN' ? `${MAX_REPORTED_LENGTH} 位及以上` : `${MAX_REPORTED_LENGTH} or more`;
}

function vinText(data: VinErrorData, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (data.reason) {
    case 'length':
      if (data.length === null) {
        return zh ? '车架号（VIN）必须是 17 位字符串' : 'VIN must be a string of 17 characters';
      }
      return zh
        ? `车架号（VIN）必须为 17 位（实际 ${lengthText(data.length, locale)}）`
        : `VIN must be 17 characters (got ${lengthText(data.length, locale)})`;
    case 'character':
      if (data.kind === 'ioq') {
        return zh
          ? `车架号（VIN）第 ${data.position} 位是 I、O 或 Q，VIN 不使用这三个字母`
          : `VIN character ${data.position} is I, O or Q, which VINs never use`;
      }
      return zh
        ? `车架号（VIN）第 ${data.position} 位只能是数字或除 I、O、Q 以外的字母`
        : `VIN character ${data.position} must be a digit or a letter other than I, O and Q`;
    case 'check_digit':
      return zh
        ? `车架号（VIN）第 9 位校验位应为 ${data.expected}，实际为 ${data.actual}`
        : `VIN check digit (position 9) should be '${data.expected}' but is '${data.actual}'`;
  }
}

function plateText(data: LicencePlateErrorData, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (data.reason) {
    case 'length':
      if (data.length === null) {
        return zh
          ? '车牌号必须是 7 位或 8 位的字符串'
          : 'Licence plate must be a string of 7 or 8 characters';
      }
      return zh
        ? `车牌号必须为 7 位（新能源车牌 8 位）（实际 ${lengthText(data.length, locale)}）`
        : `Licence plate must have 7 characters, or 8 for a new-energy plate (got ${lengthText(data.length, locale)})`;
    case 'province':
      return zh
        ? '车牌号首位必须是省、自治区或直辖市简称（如 京、粤）'
        : 'Licence plate must start with a mainland province abbreviation (e.g. 京, 粤)';
    case 'authority_letter':
      return zh
        ? '车牌号第 2 位（发牌机关代号）必须是除 I、O 以外的字母'
        : "Licence plate's second character (issuing authority) must be a letter other than I and O";
    case 'serial': {
      const expected = SERIAL_EXPECTATIONS[data.expected][locale];
      return zh
        ? `车牌号第 ${data.position} 位必须是${expected}`
        : `Licence plate character ${data.position} must be ${expected}`;
    }
  }
}

function phoneText(data: MobilePhoneErrorData, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (data.reason) {
    case 'not_a_string':
      return zh ? '手机号必须是字符串' : 'Mobile number must be a string';
    case 'length':
      return zh
        ? `手机号必须为 11 位数字（实际 ${lengthText(data.length, locale)}）`
        : `Mobile number must have 11 digits (got ${lengthText(data.length, locale)})`;
    case 'non_digit':
      return zh
        ? '手机号只能包含数字、空格、连字符和 +86 前缀'
        : 'Mobile number may contain only digits, spaces, hyphens and a +86 prefix';
    case 'prefix':
      if (data.part === 'country_code') {
        return zh
          ? '仅支持中国大陆手机号（+86）'
          : 'Only mainland China mobile numbers (+86) are accepted';
      }
      return zh ? '手机号必须以 13–19 开头' : 'Mobile number must start with 13–19';
  }
}

/**
 * zh-CN and en messages for `vin_invalid`, `licence_plate_invalid` and
 * `mobile_phone_invalid`. They name positions and character classes, never
 * the rejected value.
 *
 * @example
 * ```ts
 * import { formatError, validateVin, validatorMessages } from 'aftersales/shared';
 * const result = validateVin('1M8GDM9AXKP04278');
 * if (result.isErr()) formatError(result.error, 'en', validatorMessages);
 * // 'VIN must be 17 characters (got 16) (X-1)'
 * ```
 * @category shared
 * @see X-1
 * @see §1.2(7)
 */
export const validatorMessages: MessageCatalog<IdentifierValidatorError> = {
  vin_invalid: {
    'zh-CN': (e) => vinText(e.data, 'zh-CN'),
    en: (e) => vinText(e.data, 'en'),
  },
  licence_plate_invalid: {
    'zh-CN': (e) => plateText(e.data, 'zh-CN'),
    en: (e) => plateText(e.data, 'en'),
  },
  mobile_phone_invalid: {
    'zh-CN': (e) => phoneText(e.data, 'zh-CN'),
    en: (e) => phoneText(e.data, 'en'),
  },
};

function describeInEnglish(error: IdentifierValidatorError): string {
  const template = validatorMessages[error.code].en as (e: IdentifierValidatorError) => string;
  return template(error);
}

/**
 * Wraps a validator as a zod mini schema over strings of at most `maxLength`
 * characters. A rejection becomes one `custom` issue whose `params.reason` is
 * the validator's reason and whose message is the English catalog text, so
 * `parseWith` reports the same explanation as the validator.
 *
 * @internal Used by `VinSchema`, `LicencePlateSchema` and `MobilePhoneSchema`.
 * @example
 * ```ts
 * const VinSchema = validatorSchema(validateVin, 64);
 * ```
 * @category shared
 */
export function validatorSchema<T extends string>(
  validate: (input: unknown) => Result<T, IdentifierValidatorError>,
  maxLength: number,
) {
  return z.pipe(
    z.string().check(z.maxLength(maxLength)),
    z.transform((input: string, ctx) => {
      const result = validate(input);
      if (result.isOk()) return result.value;
      ctx.issues.push({
        code: 'custom',
        message: describeInEnglish(result.error),
        input,
        params: { reason: result.error.data.reason },
      });
      return z.NEVER;
    }),
  );
}
