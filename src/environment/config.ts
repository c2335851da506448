import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  DEFAULT_TIME_ZONE,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';
import {
  defaultWasteCategoryRules,
  type WasteCategory,
  type WasteCategoryRule,
  WasteCategoryRuleSchema,
  WasteCategorySchema,
} from './waste-category';

/**
 * REG-6: the Solid Waste Law (固体废物污染环境防治法) lets a producer store
 * hazardous waste for no longer than one year.
 */
const HAZARDOUS_STORAGE_LIMIT_DAYS = 365;

/**
 * Practice: a month's notice leaves time to book a licensed handler and
 * open a transfer manifest before the limit.
 */
const STORAGE_DUE_WITHIN_DAYS = 30;

/**
 * Schema of the environment module's configuration; every field is
 * optional and defaults to {@link defaultEnvironmentConfig}:
 * - `timeZone` (`Asia/Shanghai`): the dealer's calendar for periods and dates;
 * - `hazardousStorageLimitDays` (365, REG-6): longest on-site storage of a
 *   hazardous waste lot, counted from the day it was generated;
 * - `storageDueWithinDays` (30, practice): how early a lot counts as due;
 * - `wasteCategories`: overrides of {@link defaultWasteCategoryRules} per
 *   category (hazardous flag, catalogue class, eight-digit code; §10.1, §10.3(1));
 * - `rateDecimals` (4) and `intensityDecimals` (3): where rates and
 *   per-repair-order intensities are rounded, half-up (practice).
 *
 * @example
 * ```ts
 * EnvironmentConfigSchema.safeParse({ wasteCategories: { 'oil-filter': { hazardous: true, hazardousClass: 'HW49' } } }).success; // true
 * ```
 * @category environment
 * @see REG-6
 * @see §10.1
 * @see §10.3(1)
 * @see §10.2(1)
 */
export const EnvironmentConfigSchema = z.object({
  timeZone: z._default(TimeZoneSchema, DEFAULT_TIME_ZONE),
  hazardousStorageLimitDays: z._default(
    z.int().check(z.gte(1), z.lte(3650)),
    HAZARDOUS_STORAGE_LIMIT_DAYS,
  ),
  storageDueWithinDays: z._default(z.int().check(z.gte(0), z.lte(366)), STORAGE_DUE_WITHIN_DAYS),
  wasteCategories: z._default(z.partialRecord(WasteCategorySchema, WasteCategoryRuleSchema), {}),
  rateDecimals: z._default(z.int().check(z.gte(0), z.lte(12)), 4),
  intensityDecimals: z._default(z.int().check(z.gte(0), z.lte(12)), 3),
});

/**
 * The environment module's configuration.
 *
 * @example
 * ```ts
 * const config: EnvironmentConfig = parseEnvironmentConfig({ hazardousStorageLimitDays: 180 })._unsafeUnwrap();
 * ```
 * @category environment
 * @see REG-6
 */
export type EnvironmentConfig = z.infer<typeof EnvironmentConfigSchema>;

/**
 * The default configuration: zone `Asia/Shanghai`, hazardous waste stored
 * at most 365 days (REG-6), lots due 30 days before the limit (practice),
 * the catalogue's categories as in {@link defaultWasteCategoryRules}
 * (§10.1), rates to 4 decimals and intensities to 3. Frozen.
 *
 * @example
 * ```ts
 * defaultEnvironmentConfig.hazardousStorageLimitDays; // 365
 * ```
 * @category environment
 * @see REG-6
 * @see §10.1
 */
export const defaultEnvironmentConfig: EnvironmentConfig = Object.freeze({
  timeZone: DEFAULT_TIME_ZONE,
  hazardousStorageLimitDays: HAZARDOUS_STORAGE_LIMIT_DAYS,
  storageDueWithinDays: STORAGE_DUE_WITHIN_DAYS,
  wasteCategories: Object.freeze({}),
  rateDecimals: 4,
  intensityDecimals: 3,
});

/**
 * Parses a dealer's environment configuration, filling what is missing
 * from {@link defaultEnvironmentConfig}. Never throws.
 *
 * Errors: `validation_failed` (reasons include `code_without_hazard`,
 * `code_class_mismatch`, `time_zone_unknown`).
 *
 * @example
 * ```ts
 * parseEnvironmentConfig({ hazardousStorageLimitDays: 0 }).isErr(); // true
 * ```
 * @category environment
 * @see REG-6
 * @see §10.3(1)
 */
export function parseEnvironmentConfig(input: unknown): Result<EnvironmentConfig, ValidationError> {
  return parseWith(EnvironmentConfigSchema, input ?? {}, 'REG-6');
}

/**
 * How a category is treated under this configuration: the dealer's
 * override, else {@link defaultWasteCategoryRules}.
 *
 * @example
 * ```ts
 * wasteCategoryRule('used-oil').hazardousClass; // 'HW08'
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(1)
 */
export function wasteCategoryRule(
  category: WasteCategory,
  config: EnvironmentConfig = defaultEnvironmentConfig,
): WasteCategoryRule {
  return config.wasteCategories[category] ?? defaultWasteCategoryRules[category];
}
