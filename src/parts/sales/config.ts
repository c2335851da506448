import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  CurrencyCodeSchema,
  DEFAULT_TIME_ZONE,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../../shared/index';

/**
 * Schema of the parts sales policy: the dealer's time zone (calendar days
 * for promised dates, due dates, aging and plan periods) and the currency
 * orders are priced in.
 *
 * @example
 * ```ts
 * PartsSalesConfigSchema.parse({ timeZone: 'Asia/Urumqi' }).currency; // 'CNY'
 * ```
 * @category parts
 * @see §6.3.4
 * @see §6.3.5
 */
export const PartsSalesConfigSchema = z.object({
  /** Practice: the dealer's own zone; default `Asia/Shanghai`. */
  timeZone: z._default(TimeZoneSchema, DEFAULT_TIME_ZONE),
  /** Practice: parts are sold in renminbi (人民币). */
  currency: z._default(CurrencyCodeSchema, 'CNY'),
});

/**
 * A parsed parts sales configuration.
 *
 * @example
 * ```ts
 * const config: PartsSalesConfig = defaultPartsSalesConfig;
 * ```
 * @category parts
 * @see §6.3.5
 */
export type PartsSalesConfig = z.infer<typeof PartsSalesConfigSchema>;

/**
 * The defaults: `Asia/Shanghai`, `CNY`.
 *
 * @example
 * ```ts
 * defaultPartsSalesConfig.timeZone; // 'Asia/Shanghai'
 * ```
 * @category parts
 * @see §6.3.5
 */
export const defaultPartsSalesConfig: PartsSalesConfig = Object.freeze(
  PartsSalesConfigSchema.parse({}),
);

/**
 * Parses a parts sales configuration, filling defaults. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parsePartsSalesConfig({ timeZone: 'Asia/Shanghai' })._unsafeUnwrap().currency; // 'CNY'
 * ```
 * @category parts
 * @see §6.3.5
 */
export function parsePartsSalesConfig(input: unknown): Result<PartsSalesConfig, ValidationError> {
  return parseWith(PartsSalesConfigSchema, input);
}
