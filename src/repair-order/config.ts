import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { REPAIR_CATEGORIES, type RepairCategory, RepairCategorySchema } from '../quality/index';
import {
  DEFAULT_TIME_ZONE,
  parseWith,
  type TimeZone,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';
import { uniqueItems } from './values';

/**
 * Categories that need a road test before final inspection by default: all
 * repairs and the second-level maintenance; routine and first-level
 * maintenance do not change how the car drives.
 */
const ROAD_TEST_DEFAULT: readonly RepairCategory[] = REPAIR_CATEGORIES.filter(
  (category) => category !== 'routine-maintenance' && category !== 'first-level-maintenance',
);

const DEFAULTS = {
  timeZone: DEFAULT_TIME_ZONE,
  customerUpdateIntervalMinutes: 120,
  roadTestCategories: ROAD_TEST_DEFAULT,
  nextServiceDays: 180,
  nextServiceKm: 5000,
} as const;

/**
 * Schema of a {@link RepairOrderConfig}; every field is optional and
 * defaults to {@link defaultRepairOrderConfig}.
 *
 * @example
 * ```ts
 * RepairOrderConfigSchema.safeParse({ customerUpdateIntervalMinutes: 90 }).success; // true
 * ```
 * @category repair-order
 * @see §3.3(4)
 * @see §3.3(5)
 * @see §3.5(4)
 */
export const RepairOrderConfigSchema = z.object({
  timeZone: z._default(TimeZoneSchema, DEFAULTS.timeZone as TimeZone),
  customerUpdateIntervalMinutes: z._default(
    z.int().check(z.gte(1), z.lte(7 * 24 * 60)),
    DEFAULTS.customerUpdateIntervalMinutes,
  ),
  roadTestCategories: z._default(
    z.array(RepairCategorySchema).check(z.maxLength(REPAIR_CATEGORIES.length), uniqueItems()),
    [...DEFAULTS.roadTestCategories],
  ),
  nextServiceDays: z._default(
    z.nullable(z.int().check(z.gte(1), z.lte(3660))),
    DEFAULTS.nextServiceDays,
  ),
  nextServiceKm: z._default(
    z.nullable(z.int().check(z.gte(1), z.lte(100_000))),
    DEFAULTS.nextServiceKm,
  ),
});

/**
 * How a dealer runs repair orders: its time zone; the longest interval
 * between customer progress updates while work is under way (§3.3(4),
 * default 120 minutes); the repair categories whose jobs need a road test
 * before final inspection (§3.3(5)); and the next-service interval given at
 * delivery, by days and kilometres, whichever comes first (§3.5(4), default
 * 180 days or 5,000 km; `null` switches one off).
 *
 * @example
 * ```ts
 * const config: RepairOrderConfig = { ...defaultRepairOrderConfig, customerUpdateIntervalMinutes: 60 };
 * ```
 * @category repair-order
 * @see §3.3(4)
 * @see §3.3(5)
 * @see §3.5(4)
 */
export type RepairOrderConfig = z.infer<typeof RepairOrderConfigSchema>;

/**
 * The manual's defaults: Asia/Shanghai, customer updates at least every 120
 * minutes, road tests for every category except routine and first-level
 * maintenance, next service in 180 days or 5,000 km.
 *
 * @example
 * ```ts
 * defaultRepairOrderConfig.customerUpdateIntervalMinutes; // 120
 * ```
 * @category repair-order
 * @see §3.3(4)
 * @see §3.3(5)
 * @see §3.5(4)
 */
export const defaultRepairOrderConfig: RepairOrderConfig = Object.freeze({
  ...DEFAULTS,
  roadTestCategories: [...DEFAULTS.roadTestCategories],
});

/**
 * Parses a dealer's repair-order configuration, filling missing fields with
 * the defaults. Never throws. Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseRepairOrderConfig({ roadTestCategories: ['whole-vehicle-overhaul'] }).isOk(); // true
 * parseRepairOrderConfig({ customerUpdateIntervalMinutes: 0 }).isErr(); // true
 * ```
 * @category repair-order
 * @see §3.3(4)
 * @see §3.3(5)
 */
export function parseRepairOrderConfig(input: unknown): Result<RepairOrderConfig, ValidationError> {
  return parseWith(RepairOrderConfigSchema, input);
}
