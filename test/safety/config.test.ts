import { describe, expect, it } from 'vitest';
import { defaultSafetyConfig, parseSafetyConfig } from '../../src/safety/index';
import type { ValidationError } from '../../src/shared/index';

describe('safety configuration', () => {
  it('REG-5 §9.3.3 defaults: comprehensive and special yearly, on-site every six months', () => {
    expect(defaultSafetyConfig.drill.intervalMonths).toEqual({
      comprehensive: 12,
      special: 12,
      'on-site': 6,
    });
    expect(defaultSafetyConfig.timeZone).toBe('Asia/Shanghai');
    expect(defaultSafetyConfig.currency).toBe('CNY');
    expect(Object.isFrozen(defaultSafetyConfig.drill.intervalMonths)).toBe(true);
  });

  it('§9.1.2 §9.3.2 defaults: rectification days by risk and a three-year plan review', () => {
    expect(defaultSafetyConfig.hazard.rectificationDays).toEqual({
      low: 30,
      general: 15,
      significant: 7,
      major: 3,
    });
    expect(defaultSafetyConfig.plan.reviewIntervalMonths).toBe(36);
    expect(defaultSafetyConfig.checklists.map((c) => c.id)).toEqual([
      'workshop',
      'paint-shop',
      'warehouse',
      'customer-area',
    ]);
  });

  it('REG-5 a dealer overrides one interval and keeps the other defaults', () => {
    const config = parseSafetyConfig({
      drill: { intervalMonths: { 'on-site': 3 } },
    })._unsafeUnwrap();
    expect(config.drill.intervalMonths).toEqual({ comprehensive: 12, special: 12, 'on-site': 3 });
    expect(config.hazard.rectificationDays.major).toBe(3);
    expect(parseSafetyConfig(undefined)._unsafeUnwrap()).toEqual(defaultSafetyConfig);
  });

  it('REG-5 rejects a zero interval, unknown keys and a bad time zone', () => {
    const bad = parseSafetyConfig({
      drill: { intervalMonths: { special: 0 }, everyWeek: true },
      timeZone: 'Mars/Olympus',
    });
    const paths = (bad._unsafeUnwrapErr() as ValidationError).data.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['drill.intervalMonths.special', 'timeZone']));
  });
});
