import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  DEFAULT_TIME_ZONE,
  defaultVatConfig,
  parseWith,
  type TimeZone,
  TimeZoneSchema,
  type ValidationError,
  VatConfigSchema,
} from '../shared/index';
import { RateSchema } from './value-schemas';

/** The defaults, kept in one place for the schema and the constant. */
const DEFAULTS = {
  timeZone: DEFAULT_TIME_ZONE,
  // §5.1(3): prices must at least cover cost; a dealer raises this to demand a margin.
  minimumMarginRate: '0',
  maxDiscountRate: '0.3',
  maxReviewAgeDays: 90,
} as const;

/**
 * Pricing configuration (价格管理配置): dealer time zone, minimum margin over
 * cost (§5.1(3), default 0 — prices must cover cost), cap on the total
 * discount as a share of the list subtotal (default 30 %), maximum age of a
 * price list since its last review (§5.2(2), default 90 days) and VAT (REG-7:
 * 13 %, tax-inclusive, half-up).
 *
 * @example
 * ```ts
 * parsePricingConfig({ minimumMarginRate: '0.1' }); // ok({ …defaults, minimumMarginRate: '0.1' })
 * ```
 * @category pricing
 * @see §5.1(3)
 * @see §5.2(2)
 * @see REG-7
 */
export const PricingConfigSchema = z.object({
  timeZone: z._default(TimeZoneSchema, DEFAULTS.timeZone),
  minimumMarginRate: z._default(RateSchema, DEFAULTS.minimumMarginRate),
  maxDiscountRate: z._default(RateSchema, DEFAULTS.maxDiscountRate),
  maxReviewAgeDays: z._default(z.int().check(z.gte(1), z.lte(3650)), DEFAULTS.maxReviewAgeDays),
  vat: z._default(VatConfigSchema, defaultVatConfig),
});

/**
 * Pricing configuration.
 *
 * @example
 * ```ts
 * const config: PricingConfig = parsePricingConfig({ maxDiscountRate: '0.2' })._unsafeUnwrap();
 * ```
 * @category pricing
 * @see §5.1(3)
 */
export type PricingConfig = z.infer<typeof PricingConfigSchema>;

/**
 * The defaults: Asia/Shanghai, margin rate 0, discount cap 0.3, review age 90
 * days, VAT per REG-7.
 *
 * @example
 * ```ts
 * defaultPricingConfig.vat.rate; // '0.13'
 * ```
 * @category pricing
 * @see §5.1(3)
 * @see §5.2(2)
 * @see REG-7
 */
export const defaultPricingConfig: PricingConfig = Object.freeze({
  ...DEFAULTS,
  timeZone: DEFAULTS.timeZone as TimeZone,
  vat: defaultVatConfig,
});

/**
 * Parses a (partial) pricing configuration, filling the defaults. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parsePricingConfig({ maxDiscountRate: '2' }).isErr(); // true
 * ```
 * @category pricing
 * @see §5.1(3)
 */
export function parsePricingConfig(input: unknown): Result<PricingConfig, ValidationError> {
  return parseWith(PricingConfigSchema, input);
}
