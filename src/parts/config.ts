import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  CurrencyCodeSchema,
  DEFAULT_TIME_ZONE,
  type Money,
  MoneySchema,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';

/**
 * The forecasting methods (需求预测方法): a moving average of the last
 * `movingAverageDays` days, or simple exponential smoothing with
 * `smoothingAlpha` over the whole history.
 *
 * @example
 * ```ts
 * FORECAST_METHODS.includes('exponential-smoothing'); // true
 * ```
 * @category parts
 * @see §6.2.1
 */
export const FORECAST_METHODS = Object.freeze(['moving-average', 'exponential-smoothing'] as const);

/**
 * One of {@link FORECAST_METHODS}.
 *
 * @example
 * ```ts
 * const method: ForecastMethod = 'moving-average';
 * ```
 * @category parts
 * @see §6.2.1
 */
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

const percent = z.number().check(z.gte(0), z.lte(100));

/**
 * The parts policy. The manual gives no numbers for §6.2, so the defaults
 * are common dealer practice, each configurable:
 * - `allowNegativeStock` false — on-hand never goes below zero (§6.2.2);
 * - `costDecimals` 4 — moving-average unit cost is kept to 4 decimals, half-up;
 * - `forecastMethod` moving average over `movingAverageDays` 90 days,
 *   `smoothingAlpha` 0.3 for exponential smoothing (§6.2.1);
 * - `serviceLevel` 0.95 (z ≈ 1.645), between 0.5 and 0.9999 (§6.2.2);
 * - `orderCoverDays` 30 — without a max stock, an order tops up to the
 *   reorder point plus 30 days of forecast demand (§6.1.1);
 * - `overstockDaysOfCover` 180 — more cover than this is overstock (§6.2.2);
 * - `abcClassAPercent` 80 and `abcClassBPercent` 15 of usage value, the rest C (§6.2.4);
 * - `slowMovingDays` 180 and `obsoleteDays` 365 without an issue (§6.2.4);
 * - `stocktakeApprovalThreshold` 500.00 CNY — a count variance worth more
 *   needs the warehouse supervisor's approval (§6.2.3);
 * - `currency` CNY, `timeZone` Asia/Shanghai (days of demand are dealer days).
 *
 * @example
 * ```ts
 * PartsConfigSchema.parse({ serviceLevel: 0.98 }).movingAverageDays; // 90
 * ```
 * @category parts
 * @see §6.1.1
 * @see §6.2.1
 * @see §6.2.2
 * @see §6.2.3
 * @see §6.2.4
 */
export const PartsConfigSchema = z
  .object({
    allowNegativeStock: z._default(z.boolean(), false),
    costDecimals: z._default(z.int().check(z.gte(2), z.lte(12)), 4),
    forecastMethod: z._default(z.enum(FORECAST_METHODS), 'moving-average'),
    movingAverageDays: z._default(z.int().check(z.gte(1), z.lte(3660)), 90),
    smoothingAlpha: z._default(z.number().check(z.gt(0), z.lte(1)), 0.3),
    serviceLevel: z._default(z.number().check(z.gte(0.5), z.lte(0.9999)), 0.95),
    orderCoverDays: z._default(z.int().check(z.gte(0), z.lte(3660)), 30),
    overstockDaysOfCover: z._default(z.int().check(z.gte(1), z.lte(3660)), 180),
    abcClassAPercent: z._default(percent, 80),
    abcClassBPercent: z._default(percent, 15),
    slowMovingDays: z._default(z.int().check(z.gte(1), z.lte(3660)), 180),
    obsoleteDays: z._default(z.int().check(z.gte(1), z.lte(3660)), 365),
    stocktakeApprovalThreshold: z._default(MoneySchema, {
      amount: '500.00',
      currency: 'CNY',
    } as Money),
    currency: z._default(CurrencyCodeSchema, 'CNY'),
    timeZone: z._default(TimeZoneSchema, DEFAULT_TIME_ZONE),
  })
  .check(
    z.refine((c) => c.abcClassAPercent + c.abcClassBPercent <= 100, {
      path: ['abcClassBPercent'],
      message: 'classes A and B together must not exceed 100 %',
      params: { reason: 'abc_thresholds' },
    }),
    z.refine((c) => c.slowMovingDays < c.obsoleteDays, {
      path: ['slowMovingDays'],
      message: 'must be shorter than obsoleteDays',
      params: { reason: 'slow_moving_after_obsolete' },
    }),
    z.refine((c) => c.stocktakeApprovalThreshold.currency === c.currency, {
      path: ['stocktakeApprovalThreshold'],
      message: 'must be in the configured currency',
      params: { reason: 'currency_mismatch' },
    }),
  );

/**
 * A parsed {@link PartsConfigSchema}.
 *
 * @example
 * ```ts
 * const config: PartsConfig = parsePartsConfig({ allowNegativeStock: true })._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.2.2
 */
export type PartsConfig = z.infer<typeof PartsConfigSchema>;

/**
 * The defaults of {@link PartsConfigSchema}, frozen.
 *
 * @example
 * ```ts
 * defaultPartsConfig.serviceLevel; // 0.95
 * ```
 * @category parts
 * @see §6.2.2
 */
export const defaultPartsConfig: PartsConfig = Object.freeze(PartsConfigSchema.parse({}));

/**
 * Parses a dealer's parts policy, filling defaults. Never throws.
 *
 * Errors: `validation_failed` (reasons include `abc_thresholds`,
 * `slow_moving_after_obsolete`, `currency_mismatch`).
 *
 * @example
 * ```ts
 * parsePartsConfig({ serviceLevel: 0.3 }).isErr(); // true: below 50 %
 * ```
 * @category parts
 * @see §6.2.2
 */
export function parsePartsConfig(input: unknown): Result<PartsConfig, ValidationError> {
  return parseWith(PartsConfigSchema, input);
}
