import * as z from 'zod/mini';

/**
 * The repair categories (维修类别) of GB/T 16739 and the manual's technical
 * standards, from the lightest to the heaviest: routine maintenance (日常维护),
 * first-level maintenance (一级维护), second-level maintenance (二级维护),
 * minor repair (小修), special repair (专项修理), assembly overhaul (总成修理)
 * and whole-vehicle overhaul (整车修理).
 *
 * @example
 * ```ts
 * REPAIR_CATEGORIES.includes('second-level-maintenance'); // true
 * ```
 * @category quality
 * @see §4.1(3)
 */
export const REPAIR_CATEGORIES = [
  'routine-maintenance',
  'first-level-maintenance',
  'second-level-maintenance',
  'minor-repair',
  'special-repair',
  'assembly-overhaul',
  'whole-vehicle-overhaul',
] as const;

/**
 * Schema of a {@link RepairCategory}.
 *
 * @example
 * ```ts
 * RepairCategorySchema.safeParse('minor-repair').success; // true
 * RepairCategorySchema.safeParse('tuning').success; // false
 * ```
 * @category quality
 * @see §4.1(3)
 */
export const RepairCategorySchema = z.enum(REPAIR_CATEGORIES);

/**
 * One repair category, e.g. `'assembly-overhaul'`.
 *
 * @example
 * ```ts
 * const category: RepairCategory = 'whole-vehicle-overhaul';
 * ```
 * @category quality
 * @see §4.1(3)
 */
export type RepairCategory = z.infer<typeof RepairCategorySchema>;
