import { describe, expect, it } from 'vitest';
import { computeComplaintComplianceKpi } from '../../src/analytics/index';
import { at, complaint } from './fixtures';

// Received 2026-03-02T02:00Z; response due 03-03T02:00Z, resolution due 03-05T02:00Z.
const onTime = complaint('cmp_1', {
  status: 'resolved',
  respondedAt: '2026-03-02T05:00:00.000Z',
  resolvedAt: '2026-03-04T02:00:00.000Z',
  handlerId: 'emp_cs1',
});
const lateResponse = complaint('cmp_2', {
  status: 'resolving',
  respondedAt: '2026-03-03T08:00:00.000Z',
  handlerId: 'emp_cs2',
});
const waiting = complaint('cmp_3', { severity: 'high' });

describe('computeComplaintComplianceKpi', () => {
  it('§11.2.2 §1.2(4) deadlines met ÷ deadlines decided, as crm reports breaches', () => {
    const asOf = at('2026-03-04T00:00:00.000Z');
    const report = computeComplaintComplianceKpi([onTime, lateResponse, waiting], {
      granularity: 'month',
      asOf,
    })._unsafeUnwrap();
    // cmp_1: response met; its resolution (done after asOf, due later) is not decided yet.
    // cmp_2: response late. cmp_3: response overdue. No resolution deadline has passed.
    expect(report.series[0]?.points).toEqual([
      { period: '2026-03', numerator: '1', denominator: '3', value: '0.3333' },
    ]);
    expect(report.used).toEqual({ complaints: 3 });
  });

  it('§11.2.1 a complaint with no deadline decided yet is listed as out of scope', () => {
    const report = computeComplaintComplianceKpi([waiting], {
      granularity: 'month',
      asOf: at('2026-03-02T03:00:00.000Z'),
    })._unsafeUnwrap();
    expect(report.series[0]?.points).toEqual([]);
    expect(report.rejected[0]).toMatchObject({ id: 'cmp_3', detail: 'no_deadline_due' });
  });

  it('§11.2.2 by handler and by severity; no handler counts under unassigned', () => {
    const asOf = at('2026-03-10T00:00:00.000Z');
    const input = [onTime, lateResponse, waiting];
    const byHandler = computeComplaintComplianceKpi(input, {
      granularity: 'year',
      by: 'handler',
      asOf,
    });
    expect(byHandler._unsafeUnwrap().series[0]?.points.map((p) => p.dimension)).toEqual([
      'emp_cs1',
      'emp_cs2',
      'unassigned',
    ]);
    const bySeverity = computeComplaintComplianceKpi(input, {
      granularity: 'year',
      by: 'severity',
      asOf,
    });
    expect(bySeverity._unsafeUnwrap().series[0]?.points).toEqual([
      { period: '2026', dimension: 'high', numerator: '0', denominator: '2', value: '0.0000' },
      { period: '2026', dimension: 'medium', numerator: '2', denominator: '4', value: '0.5000' },
    ]);
  });
});
