import * as z from 'zod/mini';

/**
 * The currencies the library knows (币种), keyed by ISO 4217 code, with the
 * number of minor-unit digits each one is settled in: two for the yuan
 * (CNY, 分), the Hong Kong and New Taiwan dollar, the pataca, the US dollar
 * and the euro; none for the yen.
 *
 * @example
 * ```ts
 * import { CURRENCIES } from 'aftersales/shared';
 * CURRENCIES.CNY.minorUnits; // 2
 * CURRENCIES.JPY.minorUnits; // 0
 * ```
 * @category shared
 */
export const CURRENCIES = Object.freeze({
  CNY: Object.freeze({ minorUnits: 2 }),
  HKD: Object.freeze({ minorUnits: 2 }),
  MOP: Object.freeze({ minorUnits: 2 }),
  TWD: Object.freeze({ minorUnits: 2 }),
  USD: Object.freeze({ minorUnits: 2 }),
  EUR: Object.freeze({ minorUnits: 2 }),
  JPY: Object.freeze({ minorUnits: 0 }),
} as const);

/**
 * An ISO 4217 code of a currency in {@link CURRENCIES}.
 *
 * @example
 * ```ts
 * import type { CurrencyCode } from 'aftersales/shared';
 * const currency: CurrencyCode = 'CNY';
 * ```
 * @category shared
 */
export type CurrencyCode = keyof typeof CURRENCIES;

/**
 * Every {@link CurrencyCode}, in table order.
 *
 * @example
 * ```ts
 * import { CURRENCY_CODES } from 'aftersales/shared';
 * CURRENCY_CODES.includes('HKD'); // true
 * ```
 * @category shared
 */
export const CURRENCY_CODES = Object.freeze([
  'CNY',
  'HKD',
  'MOP',
  'TWD',
  'USD',
  'EUR',
  'JPY',
] as const) satisfies readonly CurrencyCode[];

/**
 * Zod schema for a {@link CurrencyCode}; anything else, including lower-case
 * codes, is rejected.
 *
 * @example
 * ```ts
 * import { CurrencyCodeSchema, parseWith } from 'aftersales/shared';
 * parseWith(CurrencyCodeSchema, 'CNY').isOk(); // true
 * parseWith(CurrencyCodeSchema, 'cny').isErr(); // true
 * ```
 * @category shared
 */
export const CurrencyCodeSchema = z.enum(CURRENCY_CODES);

/**
 * Tells whether a value is a known {@link CurrencyCode}. Never throws.
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from 'aftersales/shared';
 * isCurrencyCode('USD'); // true
 * isCurrencyCode('XYZ'); // false
 * ```
 * @category shared
 */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && Object.hasOwn(CURRENCIES, value);
}

/**
 * The number of minor-unit digits of a currency: the decimal places amounts
 * are rounded to by default and the precision statements settle in.
 *
 * @param code - a known currency code
 * @returns `2` for CNY (0.01 yuan = 1 fen), `0` for JPY
 * @example
 * ```ts
 * import { minorUnits } from 'aftersales/shared';
 * minorUnits('CNY'); // 2
 * minorUnits('JPY'); // 0
 * ```
 * @category shared
 */
export function minorUnits(code: CurrencyCode): number {
  return CURRENCIES[code].minorUnits;
}
