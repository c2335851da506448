import { describe, expect, it } from 'vitest';
import { defaultRepairOrderConfig, parseRepairOrderConfig } from '../../src/repair-order/config';

describe('repair-order configuration', () => {
  it('§3.3(4) §3.3(5) §3.5(4) defaults: 120-minute customer updates, road tests for repairs, next service 180 days / 5,000 km', () => {
    expect(defaultRepairOrderConfig).toEqual({
      timeZone: 'Asia/Shanghai',
      customerUpdateIntervalMinutes: 120,
      roadTestCategories: [
        'second-level-maintenance',
        'minor-repair',
        'special-repair',
        'assembly-overhaul',
        'whole-vehicle-overhaul',
      ],
      nextServiceDays: 180,
      nextServiceKm: 5000,
    });
    expect(parseRepairOrderConfig({})._unsafeUnwrap()).toEqual(defaultRepairOrderConfig);
  });

  it('§3.3(5) the categories that need a road test are configurable', () => {
    const config = parseRepairOrderConfig({
      roadTestCategories: ['whole-vehicle-overhaul'],
    })._unsafeUnwrap();
    expect(config.roadTestCategories).toEqual(['whole-vehicle-overhaul']);
    expect(config.customerUpdateIntervalMinutes).toBe(120);
  });

  it('§3.3(4) rejects unusable values without throwing', () => {
    for (const input of [
      { customerUpdateIntervalMinutes: 0 },
      { customerUpdateIntervalMinutes: 1.5 },
      { roadTestCategories: ['tuning'] },
      { roadTestCategories: ['minor-repair', 'minor-repair'] },
      { timeZone: 'Mars/Olympus' },
      { nextServiceKm: -1 },
      null,
      'x',
    ]) {
      expect(parseRepairOrderConfig(input).isErr()).toBe(true);
    }
  });
});
