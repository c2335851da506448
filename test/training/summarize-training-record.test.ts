import { describe, expect, it } from 'vitest';
import { summarizeTrainingRecord } from '../../src/training/index';
import { attended, certification, noonOn } from './fixtures';

describe('summarizeTrainingRecord', () => {
  it('§2.2.6 an employee’s record lists sessions attended and certifications with their state', () => {
    const records = [
      attended('emp_t1', '2026-02-10', 'in-service', ['product-knowledge']),
      attended('emp_t1', '2026-01-05', 'onboarding', ['company-culture']),
      attended('emp_t1', '2026-02-20', 'safety', ['safety-basics'], { status: 'absent' }),
      attended('emp_other', '2026-02-10', 'in-service', ['product-knowledge']),
    ];
    const certs = [
      certification('emp_t1', 'EV-HV', '2026-01-20'),
      certification('emp_t1', 'AC-R134', '2024-01-01', '2025-12-31'),
      certification('emp_other', 'EV-HV', '2026-01-20'),
    ];
    const summary = summarizeTrainingRecord('emp_t1', records, certs, noonOn('2026-03-01'));
    expect(summary.sessions.map((r) => [r.date, r.kind, r.status])).toEqual([
      ['2026-01-05', 'onboarding', 'attended'],
      ['2026-02-10', 'in-service', 'attended'],
      ['2026-02-20', 'safety', 'absent'],
    ]);
    expect(summary.completedByKind).toEqual({
      onboarding: 1,
      'in-service': 1,
      special: 0,
      safety: 0,
    });
    expect(summary.certifications.map((c) => [c.certification.code, c.state])).toEqual([
      ['AC-R134', 'expired'],
      ['EV-HV', 'valid'],
    ]);
    expect(summary.validCertifications).toEqual(['EV-HV']);
  });

  it('§2.2.6 an employee with no training has an empty record, not an error', () => {
    const summary = summarizeTrainingRecord('emp_new', [], [], noonOn('2026-03-01'));
    expect(summary).toEqual({
      employeeId: 'emp_new',
      sessions: [],
      completedByKind: { onboarding: 0, 'in-service': 0, special: 0, safety: 0 },
      certifications: [],
      validCertifications: [],
    });
  });
});
