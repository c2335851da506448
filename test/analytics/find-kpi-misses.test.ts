import { describe, expect, it } from 'vitest';
import {
  defaultAnalyticsConfig,
  findKpiMisses,
  type KpiSeries,
  kpiMissTriggers,
  parseAnalyticsConfig,
} from '../../src/analytics/index';
import type { ImprovementTrigger } from '../../src/improvement/index';

const fixRate: KpiSeries = {
  kpi: 'first-time-fix-rate',
  unit: 'rate',
  granularity: 'month',
  by: 'team',
  points: [
    {
      period: '2026-03',
      dimension: 'team_m1',
      numerator: '19',
      denominator: '20',
      value: '0.9500',
    },
    { period: '2026-03', dimension: 'team_m2', numerator: '9', denominator: '10', value: '0.9000' },
    { period: '2026-04', dimension: 'team_m1', numerator: '0', denominator: '0', value: null },
  ],
};
const reworkRate: KpiSeries = {
  kpi: 'rework-rate',
  unit: 'rate',
  granularity: 'month',
  by: null,
  points: [
    { period: '2026-03', numerator: '2', denominator: '100', value: '0.0200' },
    { period: '2026-04', numerator: '3', denominator: '100', value: '0.0300' },
  ],
};
const turnover = (granularity: 'month' | 'year', value: string): KpiSeries => ({
  kpi: 'inventory-turnover',
  unit: 'times',
  granularity,
  by: null,
  points: [
    {
      period: granularity === 'year' ? '2026' : '2026-03',
      numerator: '1',
      denominator: '1',
      value,
    },
  ],
});

describe('findKpiMisses', () => {
  it('§11.2.4 below a higher-is-better target, above a lower-is-better limit; equal is met, null never misses', () => {
    expect(findKpiMisses([reworkRate, fixRate])).toEqual([
      {
        kpi: 'first-time-fix-rate',
        period: '2026-03',
        dimension: 'team_m2',
        value: '0.9000',
        target: '0.95',
        reason: 'kpi_below_target',
        source: 'practice',
      },
      {
        kpi: 'rework-rate',
        period: '2026-04',
        value: '0.0300',
        target: '0.02',
        reason: 'kpi_above_limit',
        source: 'practice',
      },
    ]);
  });

  it('§11.2.4 targets come from config; a KPI without a target never misses', () => {
    const targets = parseAnalyticsConfig({
      targets: {
        'rework-rate': { target: '0.05', direction: 'lower-is-better', source: 'practice' },
      },
    })._unsafeUnwrap().targets;
    expect(findKpiMisses([reworkRate], targets)).toEqual([]);
    const revenue: KpiSeries = { ...reworkRate, kpi: 'revenue-per-order', unit: 'CNY' };
    expect(findKpiMisses([revenue])).toEqual([]);
  });

  it('§11.2.4 inventory turns are held to the target of the series’ granularity', () => {
    expect(findKpiMisses([turnover('month', '0.60')])).toEqual([]);
    expect(findKpiMisses([turnover('year', '5.50')])[0]).toMatchObject({ target: '6' });
  });
});

describe('kpiMissTriggers', () => {
  it('§11.2.4 each miss becomes kpi-miss improvement trigger data without customer data', () => {
    const triggers: readonly ImprovementTrigger[] = kpiMissTriggers(
      findKpiMisses([fixRate, reworkRate]),
    );
    expect(triggers).toEqual([
      {
        source: 'kpi-miss',
        sourceId: 'first-time-fix-rate:2026-03:team_m2',
        reason: 'kpi_below_target',
        subject: 'first-time-fix-rate',
        score: 0.9,
        threshold: 0.95,
        customerId: null,
        clause: '§11.2.4',
      },
      {
        source: 'kpi-miss',
        sourceId: 'rework-rate:2026-04',
        reason: 'kpi_above_limit',
        subject: 'rework-rate',
        score: 0.03,
        threshold: 0.02,
        customerId: null,
        clause: '§11.2.4',
      },
    ]);
  });

  it('§11.2.4 the default follow-up target is the manual’s 100 %', () => {
    expect(defaultAnalyticsConfig.targets['follow-up-coverage']).toEqual({
      target: '1',
      direction: 'higher-is-better',
      source: '§2.2.5(2)',
    });
  });
});
