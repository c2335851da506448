import { describe, expect, it } from 'vitest';
import {
  defaultWasteCategoryRules,
  HazardousWasteClassSchema,
  WASTE_CATEGORIES,
  WasteCategoryRuleSchema,
  wasteCategoryLabel,
} from '../../src/environment/index';

describe('waste categories', () => {
  it('§10.3(1) lists the workshop categories the catalog names, each with a hazardous flag', () => {
    const required = [
      'used-oil',
      'lead-acid-battery',
      'oil-filter',
      'coolant',
      'refrigerant',
      'paint-waste',
      'tyre',
      'scrap-metal',
      'paper',
      'plastic',
    ] as const;
    for (const category of required) expect(WASTE_CATEGORIES).toContain(category);
    for (const category of WASTE_CATEGORIES) {
      expect(typeof defaultWasteCategoryRules[category].hazardous).toBe('boolean');
    }
    expect(WASTE_CATEGORIES.filter((c) => !defaultWasteCategoryRules[c].hazardous)).toEqual([
      'tyre',
      'scrap-metal',
      'used-parts',
      'paper',
      'plastic',
      'other',
    ]);
  });

  it('§10.1 §10.3(1) presets the catalogue classes only where they are unambiguous', () => {
    expect(defaultWasteCategoryRules['used-oil'].hazardousClass).toBe('HW08');
    expect(defaultWasteCategoryRules['lead-acid-battery'].hazardousClass).toBe('HW31');
    expect(defaultWasteCategoryRules['paint-waste'].hazardousClass).toBe('HW12');
    expect(defaultWasteCategoryRules['other-hazardous'].hazardousClass).toBe('HW49');
    expect(defaultWasteCategoryRules['oil-filter']).toEqual({
      hazardous: true,
      hazardousClass: null,
      wasteCode: null,
    });
    expect(defaultWasteCategoryRules.coolant.hazardousClass).toBeNull();
    expect(Object.isFrozen(defaultWasteCategoryRules)).toBe(true);
  });

  it('§10.1 accepts catalogue classes HW01–HW50 only', () => {
    expect(HazardousWasteClassSchema.safeParse('HW01').success).toBe(true);
    expect(HazardousWasteClassSchema.safeParse('HW50').success).toBe(true);
    expect(HazardousWasteClassSchema.safeParse('HW00').success).toBe(false);
    expect(HazardousWasteClassSchema.safeParse('HW51').success).toBe(false);
    expect(HazardousWasteClassSchema.safeParse('hw08').success).toBe(false);
  });

  it('§10.3(1) a rule keeps codes for hazardous categories and within their class', () => {
    const parse = (rule: unknown) => WasteCategoryRuleSchema.safeParse(rule);
    expect(
      parse({ hazardous: true, hazardousClass: 'HW08', wasteCode: '900-214-08' }).success,
    ).toBe(true);
    expect(
      parse({ hazardous: true, hazardousClass: 'HW08', wasteCode: '900-052-31' }).success,
    ).toBe(false);
    expect(parse({ hazardous: false, hazardousClass: 'HW08' }).success).toBe(false);
    expect(parse({ hazardous: false, hazardousClass: null }).data?.wasteCode).toBeNull();
  });

  it('§10.3(1) names every category in both locales', () => {
    expect(wasteCategoryLabel('lead-acid-battery', 'zh-CN')).toBe('废铅蓄电池');
    expect(wasteCategoryLabel('tyre', 'en')).toBe('Tyres');
    for (const category of WASTE_CATEGORIES) {
      expect(wasteCategoryLabel(category, 'zh-CN')).not.toBe(wasteCategoryLabel(category, 'en'));
    }
  });
});
