import { describe, expect, it } from 'vitest';
import { checkTrainingCompliance } from '../../src/training/index';
import { attended, day, noonOn } from './fixtures';

const safety = (employeeId: string, date: string) => [
  attended(employeeId, date, 'safety', [
    'safety-basics',
    'safety-operations',
    'emergency-response',
  ]),
];

describe('checkTrainingCompliance', () => {
  it('§8.1.1 §8.1.2 §9.2.1–§9.2.3 one report per employee: onboarding, quarterly gaps and safety', () => {
    const records = [
      attended('emp_t1', '2025-07-02', 'onboarding', [
        'company-culture',
        'product-knowledge',
        'service-process',
      ]),
      attended('emp_t1', '2025-11-10', 'in-service', ['product-knowledge']),
      ...safety('emp_t1', '2025-07-03'),
    ];
    const report = checkTrainingCompliance(
      { employeeId: 'emp_t1', roles: ['technician'], hiredOn: day('2025-07-01') },
      records,
      noonOn('2026-05-10'),
    );
    expect(report.onboarding?.status).toBe('complete');
    expect(report.inServiceGaps.map((gap) => [gap.quarter, gap.status])).toEqual([
      ['2026-Q1', 'missed'],
      ['2026-Q2', 'due'],
    ]);
    expect(report.safety.compliant).toBe(true);
    expect(report.compliant).toBe(false);
  });

  it('§8.1.2 open items still within their time do not make an employee non-compliant', () => {
    const records = [
      attended('emp_new', '2026-04-02', 'onboarding', ['company-culture']),
      ...safety('emp_new', '2026-04-01'),
    ];
    const report = checkTrainingCompliance(
      { employeeId: 'emp_new', roles: ['technician'], hiredOn: day('2026-04-01') },
      records,
      noonOn('2026-04-20'),
    );
    expect(report.onboarding?.status).toBe('in-progress');
    expect(report.inServiceGaps).toEqual([]);
    expect(report.compliant).toBe(true);
    const unknownHire = checkTrainingCompliance(
      { employeeId: 'emp_new', roles: ['cs-agent'] },
      records,
      noonOn('2026-04-20'),
      undefined,
      day('2026-04-01'),
    );
    expect(unknownHire.onboarding).toBeNull();
    expect(unknownHire.inServiceGaps.map((gap) => gap.status)).toEqual(['due']);
  });
});
