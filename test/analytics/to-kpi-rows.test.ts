import { describe, expect, it } from 'vitest';
import { computeQualityKpis, toKpiRows } from '../../src/analytics/index';
import { qualityRow } from './fixtures';

describe('toKpiRows', () => {
  it('§11.2.3 one flat row per point, series in order, overall rows with null dimension', () => {
    const report = computeQualityKpis([qualityRow(), qualityRow({ reworkCount: 2 })], {
      granularity: 'year',
    })._unsafeUnwrap();
    const rows = toKpiRows(report.series);
    expect(rows).toEqual([
      {
        kpi: 'first-time-fix-rate',
        unit: 'rate',
        granularity: 'year',
        by: null,
        period: '2026',
        dimension: null,
        numerator: '1',
        denominator: '2',
        value: '0.5000',
      },
      expect.objectContaining({ kpi: 'rework-rate', numerator: '1', value: '0.5000' }),
      expect.objectContaining({ kpi: 'comeback-rate', numerator: '0', value: '0.0000' }),
    ]);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});
