import { describe, expect, it } from 'vitest';
import { defaultQualityConfig, parseQualityConfig } from '../../src/quality/index';
import { hostileInputs } from './fixtures';

describe('quality configuration', () => {
  it('REG-1 §4.1(4) defaults come from the manual and REG-1', () => {
    expect(parseQualityConfig({})._unsafeUnwrap()).toEqual(defaultQualityConfig);
    expect(defaultQualityConfig.certificateCategories).toEqual([
      'second-level-maintenance',
      'assembly-overhaul',
      'whole-vehicle-overhaul',
    ]);
    expect(defaultQualityConfig.checklistLevels).toEqual([3]);
    expect(defaultQualityConfig.calibrationDueSoonDays).toBe(30);
    expect(defaultQualityConfig.timeZone).toBe('Asia/Shanghai');
  });

  it('REG-1 rejects bad values with validation_failed', () => {
    const bad = [
      { guaranteePeriods: { 'minor-repair': { days: 0, km: 1 } } },
      { certificateCategories: ['minor-repair', 'minor-repair'] },
      { checklistLevels: [4] },
      { calibrationDueSoonDays: -1 },
      { timeZone: 'Mars/Olympus' },
      { checklists: [{ category: 'minor-repair', items: [] }] },
    ];
    for (const input of bad) {
      expect(parseQualityConfig(input)._unsafeUnwrapErr()).toMatchObject({
        code: 'validation_failed',
        clause: 'REG-1',
      });
    }
  });

  it('REG-1 never throws on hostile input', () => {
    for (const input of hostileInputs.filter((i) => i !== undefined)) {
      const result = parseQualityConfig(input);
      if (result.isOk()) expect(result.value.guaranteePeriods['minor-repair']).toBeDefined();
      else expect(result.error.code).toBe('validation_failed');
    }
  });
});
