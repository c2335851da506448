import { describe, expect, it } from 'vitest';
import { defaultAnalyticsConfig, KPI_NAMES, parseAnalyticsConfig } from '../../src/analytics/index';

describe('analytics configuration', () => {
  it('§11.2.4 every KPI has a default target with a direction and a source', () => {
    for (const kpi of KPI_NAMES) {
      const target = defaultAnalyticsConfig.targets[kpi];
      expect(['higher-is-better', 'lower-is-better']).toContain(target.direction);
      expect(target.source).toMatch(/^(practice|§[\d.()]+)$/);
    }
    expect(parseAnalyticsConfig(undefined)._unsafeUnwrap()).toEqual(defaultAnalyticsConfig);
  });

  it('§11.2.4 a partial configuration keeps the other defaults', () => {
    const config = parseAnalyticsConfig({
      timeZone: 'Asia/Urumqi',
      targets: {
        'parts-fill-rate': { target: '0.9', direction: 'higher-is-better', source: 'practice' },
      },
    })._unsafeUnwrap();
    expect(config.timeZone).toBe('Asia/Urumqi');
    expect(config.targets['parts-fill-rate'].target).toBe('0.9');
    expect(config.targets['rework-rate']).toEqual(defaultAnalyticsConfig.targets['rework-rate']);
  });

  it('§11.2.4 bad targets are rejected, never thrown', () => {
    const reasons = (input: unknown) =>
      parseAnalyticsConfig(input)
        ._unsafeUnwrapErr()
        .data.issues.map((issue) => issue.reason);
    expect(
      reasons({
        targets: { 'rework-rate': { target: 0.02, direction: 'lower-is-better', source: 'x' } },
      }),
    ).toContain('invalid_type');
    expect(reasons({ targets: { 'made-up': {} } })).toContain('unrecognized_keys');
    expect(parseAnalyticsConfig({ currency: 'XXX' }).isErr()).toBe(true);
  });

  it('§11.2.4 the default configuration is frozen', () => {
    expect(Object.isFrozen(defaultAnalyticsConfig)).toBe(true);
    expect(
      Object.isFrozen(defaultAnalyticsConfig.targets['inventory-turnover'].byGranularity),
    ).toBe(true);
  });
});
