import * as z from 'zod/mini';
import { DECIMAL_LITERAL, Decimal } from '../_lib/decimal';
import { idSchema } from '../shared/index';
import { RepairCategorySchema } from './repair-category';

/** Most items one category's checklist may hold. */
const MAX_CHECKLIST_ITEMS = 200;
const MAX_LABEL_LENGTH = 200;
const MAX_UNIT_LENGTH = 20;
const MAX_NOTE_LENGTH = 500;

const DecimalTextSchema = z.string().check(z.maxLength(36), z.regex(DECIMAL_LITERAL));

/**
 * Schema of a checklist item id, e.g. `'no-leaks'`.
 *
 * @example
 * ```ts
 * ChecklistItemIdSchema.safeParse('tread-depth').success; // true
 * ```
 * @category quality
 * @see §4.2(3)
 */
export const ChecklistItemIdSchema = idSchema<'ChecklistItem'>();

const LabelSchema = z.object({
  'zh-CN': z.string().check(z.minLength(1), z.maxLength(MAX_LABEL_LENGTH)),
  en: z.string().check(z.minLength(1), z.maxLength(MAX_LABEL_LENGTH)),
});

function hasLimits(item: {
  norm?: string | undefined;
  tolerance?: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
}): boolean {
  const byNorm = item.norm !== undefined && item.tolerance !== undefined;
  const byRange = item.min !== undefined || item.max !== undefined;
  if (byNorm === byRange) return false;
  if (byNorm) return !new Decimal(item.tolerance ?? '0').isNegative();
  return item.min === undefined || item.max === undefined || !new Decimal(item.min).gt(item.max);
}

/**
 * One item of an inspection checklist (检验项目): either a pass / fail check,
 * or a measurement in `unit` judged against a `norm` ± `tolerance` or against
 * `min` and/or `max` (decimal strings, inclusive). A measurement is always
 * recorded with the equipment used.
 *
 * @example
 * ```ts
 * const treadDepth: ChecklistItem = {
 *   id: 'tread-depth', kind: 'measurement', unit: 'mm', min: '1.6',
 *   label: { 'zh-CN': '轮胎花纹深度', en: 'Tyre tread depth' },
 * } as ChecklistItem;
 * ```
 * @category quality
 * @see §4.2(3)
 */
export const ChecklistItemSchema = z.discriminatedUnion('kind', [
  z.object({ id: ChecklistItemIdSchema, kind: z.literal('pass-fail'), label: LabelSchema }),
  z
    .object({
      id: ChecklistItemIdSchema,
      kind: z.literal('measurement'),
      label: LabelSchema,
      unit: z.string().check(z.minLength(1), z.maxLength(MAX_UNIT_LENGTH)),
      norm: z.optional(DecimalTextSchema),
      tolerance: z.optional(DecimalTextSchema),
      min: z.optional(DecimalTextSchema),
      max: z.optional(DecimalTextSchema),
    })
    .check(
      z.refine(hasLimits, {
        message:
          'needs either norm with a non-negative tolerance, or min and/or max with min ≤ max',
        params: { reason: 'measurement_limits' },
      }),
    ),
]);

/**
 * A parsed {@link ChecklistItemSchema}.
 *
 * @example
 * ```ts
 * const item: ChecklistItem = checklist.items[0]!;
 * ```
 * @category quality
 * @see §4.2(3)
 */
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

function uniqueItemIds(items: readonly { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/**
 * The inspection checklist (检验单) of one repair category: what the
 * inspector checks for work of that category.
 *
 * @example
 * ```ts
 * ChecklistSchema.safeParse({ category: 'minor-repair', items: [] }).success; // false: no items
 * ```
 * @category quality
 * @see §4.2(3)
 */
export const ChecklistSchema = z.object({
  category: RepairCategorySchema,
  items: z.array(ChecklistItemSchema).check(
    z.minLength(1),
    z.maxLength(MAX_CHECKLIST_ITEMS),
    z.refine(uniqueItemIds, {
      message: 'item ids must be unique',
      params: { reason: 'duplicate' },
    }),
  ),
});

/**
 * A parsed {@link ChecklistSchema}.
 *
 * @example
 * ```ts
 * const checklist: Checklist = defaultChecklists[0]!;
 * ```
 * @category quality
 * @see §4.2(3)
 */
export type Checklist = z.infer<typeof ChecklistSchema>;

/**
 * One recorded checklist result: a pass / fail outcome, or a measured value
 * (decimal string) with the id of the equipment that measured it.
 *
 * @example
 * ```ts
 * const result: ChecklistResult = {
 *   kind: 'measurement', category: 'second-level-maintenance', itemId: 'tread-depth',
 *   value: '3.2', equipmentId: 'eq_gauge1',
 * } as ChecklistResult;
 * ```
 * @category quality
 * @see §4.2(3)
 * @see §4.2(5)
 */
export const ChecklistResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('pass-fail'),
    category: RepairCategorySchema,
    itemId: ChecklistItemIdSchema,
    passed: z.boolean(),
    note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
  }),
  z.object({
    kind: z.literal('measurement'),
    category: RepairCategorySchema,
    itemId: ChecklistItemIdSchema,
    value: DecimalTextSchema,
    equipmentId: idSchema<'Equipment'>(),
    note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
  }),
]);

/**
 * A parsed {@link ChecklistResultSchema}.
 *
 * @example
 * ```ts
 * const passed: ChecklistResult = { kind: 'pass-fail', category: 'minor-repair', itemId: 'no-leaks', passed: true } as ChecklistResult;
 * ```
 * @category quality
 * @see §4.2(3)
 */
export type ChecklistResult = z.infer<typeof ChecklistResultSchema>;

/**
 * Whether a measured value is within an item's limits (inclusive), compared
 * exactly in decimal so `2.6` is within `2.5 ± 0.1`.
 *
 * @param item - a measurement item
 * @param value - the measured value as a decimal string
 * @returns `true` when within the norm ± tolerance or the min / max range
 * @example
 * ```ts
 * isWithinLimits({ kind: 'measurement', unit: 'mm', min: '1.6' } as MeasurementItem, '1.5'); // false
 * ```
 * @category quality
 * @see §4.2(3)
 */
export function isWithinLimits(item: MeasurementItem, value: string): boolean {
  const measured = new Decimal(value);
  if (item.norm !== undefined && item.tolerance !== undefined) {
    return measured.minus(item.norm).abs().lte(item.tolerance);
  }
  if (item.min !== undefined && measured.lt(item.min)) return false;
  return item.max === undefined || measured.lte(item.max);
}

/**
 * A checklist item of kind `measurement`.
 *
 * @example
 * ```ts
 * const items = checklist.items.filter((i): i is MeasurementItem => i.kind === 'measurement');
 * ```
 * @category quality
 * @see §4.2(3)
 */
export type MeasurementItem = Extract<ChecklistItem, { kind: 'measurement' }>;
