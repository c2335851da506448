import { describe, expect, it } from 'vitest';
import { computeFollowUpCoverageKpi } from '../../src/analytics/index';
import { at, task } from './fixtures';

const asOf = at('2026-04-10T00:00:00.000Z');
// Midnight Shanghai at the end of March 31st (16:00 UTC): due on March 31st.
const endOfMarch = '2026-03-31T16:00:00.000Z';

const tasks = [
  task('fu_1', '2026-03-05T16:00:00.000Z', '2026-03-04T02:00:00.000Z', 'emp_cs1'),
  task('fu_2', '2026-03-06T16:00:00.000Z', '2026-03-08T02:00:00.000Z', 'emp_cs2'), // late
  task('fu_3', endOfMarch, null, 'emp_cs2'), // overdue
  task('fu_4', '2026-04-20T16:00:00.000Z', null, 'emp_cs1'), // not yet due
];

describe('computeFollowUpCoverageKpi', () => {
  it('§11.2.2 §2.2.5(2) coverage by month of the due day: late and overdue calls are misses', () => {
    const report = computeFollowUpCoverageKpi(tasks, {
      granularity: 'month',
      asOf,
    })._unsafeUnwrap();
    expect(report.series[0]?.points).toEqual([
      { period: '2026-03', numerator: '1', denominator: '3', value: '0.3333' },
    ]);
  });

  it('§11.2.1 a task not yet due is listed as out of scope, not silently skipped', () => {
    const report = computeFollowUpCoverageKpi(tasks, {
      granularity: 'month',
      asOf,
    })._unsafeUnwrap();
    expect(report.used).toEqual({ tasks: 3 });
    expect(report.rejected).toEqual([
      {
        collection: 'tasks',
        index: 3,
        id: 'fu_4',
        reasons: ['out_of_scope'],
        fields: [],
        detail: 'not_yet_due',
      },
    ]);
  });

  it('§11.2.2 by agent and by advisor', () => {
    const byAgent = computeFollowUpCoverageKpi(tasks, { granularity: 'year', by: 'agent', asOf });
    expect(byAgent._unsafeUnwrap().series[0]?.points).toEqual([
      { period: '2026', dimension: 'emp_cs1', numerator: '1', denominator: '1', value: '1.0000' },
      { period: '2026', dimension: 'emp_cs2', numerator: '0', denominator: '2', value: '0.0000' },
    ]);
    const byAdvisor = computeFollowUpCoverageKpi(tasks, {
      granularity: 'year',
      by: 'advisor',
      asOf,
    });
    expect(byAdvisor._unsafeUnwrap().series[0]?.points).toEqual([
      { period: '2026', dimension: 'emp_sa', numerator: '1', denominator: '3', value: '0.3333' },
    ]);
  });

  it('§11.2.1 asOf is required and must be an instant', () => {
    const result = computeFollowUpCoverageKpi(tasks, { granularity: 'month' } as never);
    expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
  });
});
