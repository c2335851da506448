import { describe, expect, it } from 'vitest';
import { REPAIR_CATEGORIES, RepairCategorySchema } from '../../src/quality/index';

describe('repair categories (§4.1(3))', () => {
  it('§4.1(3) lists the seven categories from routine maintenance to whole-vehicle overhaul', () => {
    expect(REPAIR_CATEGORIES).toEqual([
      'routine-maintenance',
      'first-level-maintenance',
      'second-level-maintenance',
      'minor-repair',
      'special-repair',
      'assembly-overhaul',
      'whole-vehicle-overhaul',
    ]);
    expect(RepairCategorySchema.safeParse('assembly-overhaul').success).toBe(true);
    expect(RepairCategorySchema.safeParse('Assembly-Overhaul').success).toBe(false);
    expect(RepairCategorySchema.safeParse('x'.repeat(100_000)).success).toBe(false);
  });
});
