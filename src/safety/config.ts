import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/deep-freeze';
import {
  CurrencyCodeSchema,
  DEFAULT_TIME_ZONE,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';
import { defaultSafetyChecklists, SafetyChecklistSchema } from './checklist';
import { defaultResponsibilityMatrix, ResponsibilityMatrixSchema } from './responsibility';
import { uniqueBy } from './text';

const days = (fallback: number) => z._default(z.int().check(z.gte(1), z.lte(366)), fallback);
const months = (fallback: number) => z._default(z.int().check(z.gte(1), z.lte(120)), fallback);

// Practice: the manual sets no deadlines. A major hazard (重大隐患) is
// dealt with at once — work stops and the rectification is planned within
// days — while low risks wait for the next monthly inspection.
const RECTIFICATION_DAYS = { low: 30, general: 15, significant: 7, major: 3 } as const;

// REG-5 (《生产安全事故应急预案管理办法》第三十三条): comprehensive or special
// plans drilled at least once a year, on-site plans at least every six months.
const DRILL_INTERVAL_MONTHS = { comprehensive: 12, special: 12, 'on-site': 6 } as const;

/**
 * Schema of the safety configuration; every field is optional and defaults
 * to {@link defaultSafetyConfig}:
 * - `timeZone` (`Asia/Shanghai`) for every calendar date, `currency` (`CNY`)
 *   for rewards and penalties (§9.1.3);
 * - `responsibilities`, the responsibility matrix (§9.1.1,
 *   {@link defaultResponsibilityMatrix});
 * - `checklists` (§9.1.2, {@link defaultSafetyChecklists});
 * - `hazard.rectificationDays` by risk level (practice): low 30, general 15,
 *   significant 7, major 3 days from the report, in the dealer's zone;
 * - `drill.intervalMonths` by plan type (REG-5): comprehensive 12, special
 *   12, on-site 6; `drill.dueSoonDays` 30 (practice: a month to organise one);
 * - `plan.reviewIntervalMonths` 36 (the three-yearly evaluation of
 *   《生产安全事故应急预案管理办法》第三十五条), `plan.dueSoonDays` 30.
 *
 * @example
 * ```ts
 * SafetyConfigSchema.safeParse({ drill: { intervalMonths: { 'on-site': 3 } } }).success; // true
 * ```
 * @category safety
 * @see §9.1.1
 * @see §9.1.2
 * @see §9.3.2
 * @see §9.3.3
 * @see REG-5
 */
export const SafetyConfigSchema = z.object({
  timeZone: z._default(TimeZoneSchema, DEFAULT_TIME_ZONE),
  currency: z._default(CurrencyCodeSchema, 'CNY'),
  responsibilities: z._default(ResponsibilityMatrixSchema, () =>
    structuredClone(defaultResponsibilityMatrix),
  ),
  checklists: z._default(
    z.array(SafetyChecklistSchema).check(
      z.maxLength(100),
      uniqueBy((c) => c.id),
    ),
    () =>
      defaultSafetyChecklists.map((c) => ({ ...c, items: c.items.map((item) => ({ ...item })) })),
  ),
  hazard: z.prefault(
    z.strictObject({
      rectificationDays: z.prefault(
        z.strictObject({
          low: days(RECTIFICATION_DAYS.low),
          general: days(RECTIFICATION_DAYS.general),
          significant: days(RECTIFICATION_DAYS.significant),
          major: days(RECTIFICATION_DAYS.major),
        }),
        {},
      ),
    }),
    {},
  ),
  drill: z.prefault(
    z.strictObject({
      intervalMonths: z.prefault(
        z.strictObject({
          comprehensive: months(DRILL_INTERVAL_MONTHS.comprehensive),
          special: months(DRILL_INTERVAL_MONTHS.special),
          'on-site': months(DRILL_INTERVAL_MONTHS['on-site']),
        }),
        {},
      ),
      dueSoonDays: z._default(z.int().check(z.gte(0), z.lte(366)), 30),
    }),
    {},
  ),
  plan: z.prefault(
    z.strictObject({
      reviewIntervalMonths: months(36),
      dueSoonDays: z._default(z.int().check(z.gte(0), z.lte(366)), 30),
    }),
    {},
  ),
});

/**
 * The safety configuration.
 *
 * @example
 * ```ts
 * const config: SafetyConfig = parseSafetyConfig({ hazard: { rectificationDays: { major: 1 } } })._unsafeUnwrap();
 * ```
 * @category safety
 * @see REG-5
 */
export type SafetyConfig = z.infer<typeof SafetyConfigSchema>;

/**
 * The default safety configuration (values and reasons in
 * {@link SafetyConfigSchema}). Deeply frozen.
 *
 * @example
 * ```ts
 * defaultSafetyConfig.drill.intervalMonths['on-site']; // 6
 * defaultSafetyConfig.hazard.rectificationDays.major; // 3
 * ```
 * @category safety
 * @see §9.1.2
 * @see §9.3.3
 * @see REG-5
 */
export const defaultSafetyConfig: SafetyConfig = deepFreeze(SafetyConfigSchema.parse({}));

/**
 * Parses a dealer's safety configuration, filling what is missing from
 * {@link defaultSafetyConfig}. Never throws.
 *
 * @example
 * ```ts
 * parseSafetyConfig({ drill: { intervalMonths: { special: 6 } } }).isOk(); // true
 * parseSafetyConfig({ drill: { intervalMonths: { special: 0 } } }).isErr(); // true
 * ```
 * @returns the configuration, or `validation_failed` (reasons include
 * `duty_unassigned`, `principal_missing`, `duplicate`, `unrecognized_keys`)
 * @category safety
 * @see §9.1.1
 * @see REG-5
 */
export function parseSafetyConfig(input: unknown): Result<SafetyConfig, ValidationError> {
  return parseWith(SafetyConfigSchema, input ?? {});
}
