import { describe, expect, it } from 'vitest';
import {
  attendedMinutes,
  computeTechnicianEfficiency,
  computeTechnicianProductivity,
  parseAttendanceRecord,
} from '../../src/analytics/index';
import { at, job, repairOrder, shift } from './fixtures';

// The template job: 1.2 flat-rate hours (72 minutes), clocked 60 minutes by emp_t1 (team_m1).
const second = repairOrder({
  id: 'ro_2',
  jobs: [
    job({
      id: 'job_2',
      assignment: {
        technicianId: 'emp_t2',
        teamId: 'team_m2',
        at: '2026-03-02T01:25:00.000Z',
        by: 'emp_ws',
      },
      clockings: [
        {
          technicianId: 'emp_t2',
          onAt: '2026-03-02T03:00:00.000Z',
          offAt: '2026-03-02T04:30:00.000Z',
        },
      ],
    }),
    job({ id: 'job_3', clockings: [] }),
  ],
});
const cancelled = repairOrder({ id: 'ro_3', status: 'cancelled', jobs: [] });

describe('computeTechnicianEfficiency', () => {
  it('§11.2.2 X-2 flat-rate minutes ÷ clocked minutes of completed jobs', () => {
    const report = computeTechnicianEfficiency([repairOrder(), second], {
      granularity: 'month',
    })._unsafeUnwrap();
    expect(report.series[0]).toMatchObject({ kpi: 'technician-efficiency', unit: 'ratio' });
    // (72 + 72) ÷ (60 + 90)
    expect(report.series[0]?.points).toEqual([
      { period: '2026-03', numerator: '144', denominator: '150', value: '0.96' },
    ]);
  });

  it('§11.2.2 by technician and by team', () => {
    const byTech = computeTechnicianEfficiency([repairOrder(), second], {
      granularity: 'month',
      by: 'technician',
    })._unsafeUnwrap();
    expect(byTech.series[0]?.points).toEqual([
      { period: '2026-03', dimension: 'emp_t1', numerator: '72', denominator: '60', value: '1.20' },
      { period: '2026-03', dimension: 'emp_t2', numerator: '72', denominator: '90', value: '0.80' },
    ]);
    const byTeam = computeTechnicianEfficiency([second], { granularity: 'year', by: 'team' });
    expect(byTeam._unsafeUnwrap().series[0]?.points[0]?.dimension).toBe('team_m2');
  });

  it('§11.2.1 an unclocked job is listed as a part; an order with none measured is rejected whole', () => {
    const report = computeTechnicianEfficiency([second, cancelled], {
      granularity: 'month',
    })._unsafeUnwrap();
    expect(report.used).toEqual({ orders: 1 });
    expect(report.rejected).toEqual([
      {
        collection: 'orders',
        index: 0,
        id: 'ro_2',
        part: 'job_3',
        reasons: ['out_of_scope'],
        fields: [],
        detail: 'no_clocked_time',
      },
      {
        collection: 'orders',
        index: 1,
        id: 'ro_3',
        reasons: ['out_of_scope'],
        fields: [],
        detail: 'no_clocked_job',
      },
    ]);
  });
});

describe('computeTechnicianProductivity', () => {
  const shifts = [
    shift('att_1', 'emp_t1', 'team_m1'),
    shift('att_2', 'emp_t2', 'team_m2', '2026-03-02', 300),
  ];
  const asOf = at('2026-03-03T00:00:00.000Z');

  it('§11.2.2 minutes clocked on jobs ÷ minutes attended, by technician', () => {
    const report = computeTechnicianProductivity([repairOrder(), second], shifts, {
      granularity: 'month',
      by: 'technician',
      asOf,
    })._unsafeUnwrap();
    expect(report.series[0]?.points).toEqual([
      {
        period: '2026-03',
        dimension: 'emp_t1',
        numerator: '60',
        denominator: '480',
        value: '0.13',
      },
      {
        period: '2026-03',
        dimension: 'emp_t2',
        numerator: '90',
        denominator: '300',
        value: '0.30',
      },
    ]);
    expect(report.used).toEqual({ orders: 2, attendance: 2 });
  });

  it('§11.2.2 a clocking counts for the team of that day’s shift; an open clock-on counts up to asOf', () => {
    const open = repairOrder({
      id: 'ro_4',
      jobs: [
        job({
          clockings: [{ technicianId: 'emp_t2', onAt: '2026-03-02T23:00:00.000Z', offAt: null }],
        }),
      ],
    });
    const report = computeTechnicianProductivity([open], shifts, {
      granularity: 'month',
      by: 'team',
      asOf,
    })._unsafeUnwrap();
    // 23:00Z is 07:00 on March 3rd in Shanghai: emp_t2 has no shift that day.
    expect(report.series[0]?.points).toEqual([
      {
        period: '2026-03',
        dimension: 'team_m1',
        numerator: '0',
        denominator: '480',
        value: '0.00',
      },
      {
        period: '2026-03',
        dimension: 'team_m2',
        numerator: '0',
        denominator: '300',
        value: '0.00',
      },
      {
        period: '2026-03',
        dimension: 'unassigned',
        numerator: '60',
        denominator: '0',
        value: null,
      },
    ]);
  });

  it('§11.2.1 shifts are validated: one ending before it starts is rejected', () => {
    const reversed = { ...shift('att_3', 'emp_t1', null), clockOutAt: '2026-03-01T00:00:00.000Z' };
    expect(parseAttendanceRecord(reversed).isErr()).toBe(true);
    const report = computeTechnicianProductivity([], [reversed], {
      granularity: 'month',
      asOf,
    })._unsafeUnwrap();
    expect(report.rejected[0]).toMatchObject({ collection: 'attendance', id: 'att_3' });
    expect(attendedMinutes(parseAttendanceRecord(shifts[0])._unsafeUnwrap())).toBe(480);
  });
});
