import { describe, expect, it } from 'vitest';
import { computeShowRateKpi } from '../../src/analytics/index';
import { appointment } from './fixtures';

const appointments = [
  appointment('apt_1', 'shown', '2026-11-30', 'emp_a1'),
  appointment('apt_2', 'no-show', '2026-11-30', 'emp_a2'),
  appointment('apt_3', 'shown', '2026-12-01', 'emp_a2'),
  appointment('apt_4', 'open', '2026-12-02', 'emp_a1'),
];

describe('computeShowRateKpi', () => {
  it('§11.2.2 §3.1(4) shown ÷ decided by month of the booked date', () => {
    const report = computeShowRateKpi(appointments, { granularity: 'month' })._unsafeUnwrap();
    expect(report.series[0]?.points).toEqual([
      { period: '2026-11', numerator: '1', denominator: '2', value: '0.5000' },
      { period: '2026-12', numerator: '1', denominator: '1', value: '1.0000' },
    ]);
  });

  it('§11.2.1 an appointment without an outcome is listed, and counts add up', () => {
    const report = computeShowRateKpi(appointments, { granularity: 'month' })._unsafeUnwrap();
    expect(report.used).toEqual({ appointments: 3 });
    expect(report.rejected).toEqual([
      {
        collection: 'appointments',
        index: 3,
        id: 'apt_4',
        reasons: ['out_of_scope'],
        fields: [],
        detail: 'outcome_not_known',
      },
    ]);
  });

  it('§11.2.2 by advisor', () => {
    const report = computeShowRateKpi(appointments, {
      granularity: 'year',
      by: 'advisor',
    })._unsafeUnwrap();
    expect(report.series[0]?.points).toEqual([
      { period: '2026', dimension: 'emp_a1', numerator: '1', denominator: '1', value: '1.0000' },
      { period: '2026', dimension: 'emp_a2', numerator: '1', denominator: '2', value: '0.5000' },
    ]);
  });

  it('§11.2.1 an appointment carrying personal data that fails to parse is reported by id only', () => {
    const bad = { ...appointments[0], date: '2026-13-45', vehicle: { plate: '粤B12345' } };
    const report = computeShowRateKpi([bad], { granularity: 'year' })._unsafeUnwrap();
    expect(report.rejected[0]).toMatchObject({ id: 'apt_1', reasons: ['validation_failed'] });
    expect(JSON.stringify(report.rejected)).not.toContain('粤B12345');
  });
});
