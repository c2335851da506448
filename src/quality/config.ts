import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  DEFAULT_TIME_ZONE,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';
import { ChecklistSchema } from './checklist';
import { defaultChecklists } from './default-checklists';
import { REPAIR_CATEGORIES, type RepairCategory, RepairCategorySchema } from './repair-category';
import { InspectionLevelSchema } from './schema';

/**
 * A post-repair quality guarantee period (质量保证期): `days` and `km`,
 * whichever ends first.
 *
 * @example
 * ```ts
 * GuaranteePeriodSchema.safeParse({ days: 30, km: 5000 }).success; // true
 * ```
 * @category quality
 * @see REG-1
 */
export const GuaranteePeriodSchema = z.object({
  days: z.int().check(z.gte(1), z.lte(3650)),
  km: z.int().check(z.gte(1), z.lte(1_000_000)),
});

/**
 * A parsed {@link GuaranteePeriodSchema}.
 *
 * @example
 * ```ts
 * const period: GuaranteePeriod = { days: 100, km: 20000 };
 * ```
 * @category quality
 * @see REG-1
 */
export type GuaranteePeriod = z.infer<typeof GuaranteePeriodSchema>;

/**
 * REG-1 (机动车维修管理规定): whole-vehicle or assembly repair 100 days or
 * 20,000 km; second-level maintenance 30 days or 5,000 km; first-level
 * maintenance, minor and special repair 10 days or 2,000 km. Routine
 * maintenance (日常维护), which the regulation does not list, gets the
 * shortest period it names (10 days or 2,000 km): a dealer that performs the
 * work still answers for it, and the regulation's floor is the least surprising
 * promise.
 */
const REG_1_PERIODS: Readonly<Record<RepairCategory, GuaranteePeriod>> = {
  'routine-maintenance': { days: 10, km: 2000 },
  'first-level-maintenance': { days: 10, km: 2000 },
  'second-level-maintenance': { days: 30, km: 5000 },
  'minor-repair': { days: 10, km: 2000 },
  'special-repair': { days: 10, km: 2000 },
  'assembly-overhaul': { days: 100, km: 20000 },
  'whole-vehicle-overhaul': { days: 100, km: 20000 },
};

const guaranteeShape = Object.fromEntries(
  REPAIR_CATEGORIES.map((category) => [
    category,
    z._default(GuaranteePeriodSchema, REG_1_PERIODS[category]),
  ]),
) as { [C in RepairCategory]: z.ZodMiniDefault<typeof GuaranteePeriodSchema> };

function unique(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

function uniqueCheck<T>() {
  return z.refine<T[]>(unique, { message: 'must not repeat', params: { reason: 'duplicate' } });
}

function uniqueCategories(checklists: readonly { category: string }[]): boolean {
  return unique(checklists.map((checklist) => checklist.category));
}

/**
 * The dealer's quality configuration. Every field defaults to the manual or
 * REG-1: `guaranteePeriods` per repair category (REG-1);
 * `certificateCategories`, the categories that need a completion certificate
 * (second-level maintenance, assembly and whole-vehicle overhaul, §4.1(4));
 * `roadTestCategories`, those whose final inspection needs a road test first
 * (the same three, whose technical standards end with a road test);
 * `checklists` per category (§4.2(3)); `checklistLevels`, the levels that must
 * record every checklist item (the final inspection, `[3]`);
 * `calibrationDueSoonDays` (30) for the due-soon list (§4.2(5)); `timeZone`
 * (Asia/Shanghai) for calendar dates.
 *
 * @example
 * ```ts
 * parseQualityConfig({ certificateCategories: ['whole-vehicle-overhaul'] })._unsafeUnwrap();
 * ```
 * @category quality
 * @see REG-1
 * @see §4.1(4)
 * @see §4.2(3)
 * @see §4.2(5)
 */
export const QualityConfigSchema = z.object({
  guaranteePeriods: z.prefault(z.object(guaranteeShape), {}),
  certificateCategories: z._default(
    z.array(RepairCategorySchema).check(z.maxLength(REPAIR_CATEGORIES.length), uniqueCheck()),
    ['second-level-maintenance', 'assembly-overhaul', 'whole-vehicle-overhaul'],
  ),
  roadTestCategories: z._default(
    z.array(RepairCategorySchema).check(z.maxLength(REPAIR_CATEGORIES.length), uniqueCheck()),
    ['second-level-maintenance', 'assembly-overhaul', 'whole-vehicle-overhaul'],
  ),
  checklists: z._default(
    z.array(ChecklistSchema).check(
      z.maxLength(REPAIR_CATEGORIES.length),
      z.refine(uniqueCategories, {
        message: 'one checklist per category',
        params: { reason: 'duplicate' },
      }),
    ),
    () => defaultChecklists.map((checklist) => ({ ...checklist, items: [...checklist.items] })),
  ),
  checklistLevels: z._default(
    z.array(InspectionLevelSchema).check(z.maxLength(3), uniqueCheck()),
    [3],
  ),
  calibrationDueSoonDays: z._default(z.int().check(z.gte(0), z.lte(365)), 30),
  timeZone: z._default(TimeZoneSchema, DEFAULT_TIME_ZONE),
});

/**
 * A parsed {@link QualityConfigSchema}.
 *
 * @example
 * ```ts
 * const config: QualityConfig = { ...defaultQualityConfig, calibrationDueSoonDays: 14 };
 * ```
 * @category quality
 * @see REG-1
 */
export type QualityConfig = z.infer<typeof QualityConfigSchema>;

/**
 * The manual's and REG-1's quality configuration (see {@link QualityConfigSchema}).
 *
 * @example
 * ```ts
 * defaultQualityConfig.guaranteePeriods['second-level-maintenance']; // { days: 30, km: 5000 }
 * ```
 * @category quality
 * @see REG-1
 * @see §4.1(4)
 */
export const defaultQualityConfig: QualityConfig = QualityConfigSchema.parse({});

/**
 * Parses a dealer's quality configuration, filling every missing field from
 * the defaults. Never throws. Errors: `validation_failed` (clause `REG-1`).
 *
 * @example
 * ```ts
 * parseQualityConfig({ guaranteePeriods: { 'minor-repair': { days: 30, km: 3000 } } }).isOk(); // true
 * parseQualityConfig({ calibrationDueSoonDays: -1 }).isErr(); // true
 * ```
 * @category quality
 * @see REG-1
 */
export function parseQualityConfig(input: unknown): Result<QualityConfig, ValidationError> {
  return parseWith(QualityConfigSchema, input, 'REG-1');
}
