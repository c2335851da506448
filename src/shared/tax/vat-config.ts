import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { ValidationError } from '../errors';
import { RoundingModeSchema } from '../money/rounding';
import { parseWith } from '../validation';

/** A rate in [0, 1) with at most 12 decimals: "0.13", "0.06", "0". */
const VAT_RATE_PATTERN = /^0(\.\d{1,12})?$/;

/** The REG-7 defaults, kept in one place for the schema and the constant. */
const REG_7_DEFAULTS = { rate: '0.13', pricesIncludeVat: true, rounding: 'half-up' } as const;

/**
 * Zod schema for a VAT rate (税率): a decimal string in [0, 1) with at most 12
 * decimals, e.g. `"0.13"` (13 %) or `"0.06"`. A string, never a number, so the
 * rate is exact.
 *
 * @example
 * ```ts
 * import { parseWith, VatRateSchema } from 'aftersales/shared';
 * parseWith(VatRateSchema, '0.13').isOk(); // true
 * parseWith(VatRateSchema, '13').isErr(); // true
 * ```
 * @category shared
 * @see REG-7
 */
export const VatRateSchema = z.string().check(z.maxLength(14), z.regex(VAT_RATE_PATTERN));

/**
 * Zod schema for a {@link VatConfig}; every field is optional and defaults to
 * REG-7: rate `"0.13"`, `pricesIncludeVat: true` (tax-inclusive prices),
 * rounding `"half-up"`.
 *
 * @example
 * ```ts
 * import { parseWith, VatConfigSchema } from 'aftersales/shared';
 * parseWith(VatConfigSchema, { rate: '0.06' });
 * // ok({ rate: '0.06', pricesIncludeVat: true, rounding: 'half-up' })
 * ```
 * @category shared
 * @see REG-7
 */
export const VatConfigSchema = z.object({
  rate: z._default(VatRateSchema, REG_7_DEFAULTS.rate),
  pricesIncludeVat: z._default(z.boolean(), REG_7_DEFAULTS.pricesIncludeVat),
  rounding: z._default(RoundingModeSchema, REG_7_DEFAULTS.rounding),
});

/**
 * How VAT (增值税) is applied: the `rate`, whether prices include it
 * (`pricesIncludeVat`: tax-inclusive when `true`) and the
 * `rounding` mode used at the single rounding point, the VAT of a line.
 *
 * @example
 * ```ts
 * import type { VatConfig } from 'aftersales/shared';
 * const services: VatConfig = { rate: '0.06', pricesIncludeVat: true, rounding: 'half-up' };
 * ```
 * @category shared
 * @see REG-7
 */
export type VatConfig = z.infer<typeof VatConfigSchema>;

/**
 * The REG-7 VAT configuration: 13 %, prices tax-inclusive, half-up rounding.
 *
 * @example
 * ```ts
 * import { defaultVatConfig, splitVat } from 'aftersales/shared';
 * defaultVatConfig.rate; // '0.13'
 * splitVat({ amount: '113.00', currency: 'CNY' }, defaultVatConfig);
 * ```
 * @category shared
 * @see REG-7
 */
export const defaultVatConfig: VatConfig = Object.freeze({ ...REG_7_DEFAULTS });

/**
 * Parses a dealer's VAT configuration, filling missing fields from REG-7.
 * Never throws.
 *
 * Errors: `validation_failed` (clause `REG-7`) — e.g. a rate outside [0, 1),
 * a numeric rate, an unknown rounding mode.
 *
 * @example
 * ```ts
 * import { parseVatConfig } from 'aftersales/shared';
 * parseVatConfig({ pricesIncludeVat: false });
 * // ok({ rate: '0.13', pricesIncludeVat: false, rounding: 'half-up' })
 * parseVatConfig({ rate: 0.13 }).isErr(); // true: rates are decimal strings
 * ```
 * @category shared
 * @see REG-7
 */
export function parseVatConfig(input: unknown): Result<VatConfig, ValidationError> {
  return parseWith(VatConfigSchema, input, 'REG-7');
}

/**
 * The first unusable field of a configuration that bypassed
 * {@link parseVatConfig} (built by hand in JavaScript), or `undefined`.
 * Internal to the VAT kernel; not part of the public surface.
 *
 * @example
 * ```ts
 * findVatConfigProblem({ ...defaultVatConfig, rate: '1.13' }); // 'rate'
 * ```
 * @internal
 * @category shared
 */
export function findVatConfigProblem(
  config: VatConfig,
): 'rate' | 'rounding' | 'pricesIncludeVat' | undefined {
  if (typeof config.rate !== 'string' || !VAT_RATE_PATTERN.test(config.rate)) return 'rate';
  if (!RoundingModeSchema.safeParse(config.rounding).success) return 'rounding';
  if (typeof config.pricesIncludeVat !== 'boolean') return 'pricesIncludeVat';
  return undefined;
}
