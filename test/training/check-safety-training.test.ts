import { describe, expect, it } from 'vitest';
import { checkSafetyTraining, parseTrainingConfig } from '../../src/training/index';
import { attended, noonOn } from './fixtures';

const basics = attended('emp_t', '2025-06-01', 'safety', ['safety-basics']);
const operations = attended('emp_t', '2026-01-15', 'safety', ['safety-operations']);
const emergency = attended('emp_t', '2026-02-01', 'safety', ['emergency-response']);

describe('checkSafetyTraining', () => {
  it('§9.2.1 §9.2.2 §9.2.3 a technician needs basics, safe operation and emergency response', () => {
    const report = checkSafetyTraining(
      { employeeId: 'emp_t', roles: ['technician'] },
      [basics, operations, emergency],
      noonOn('2026-03-01'),
    );
    expect(report.compliant).toBe(true);
    expect(report.items.map((item) => [item.requirement.topic, item.status, item.dueOn])).toEqual([
      ['safety-basics', 'current', '2026-06-01'],
      ['safety-operations', 'current', '2027-01-15'],
      ['emergency-response', 'current', '2027-02-01'],
    ]);
  });

  it('§9.2.1 basic safety training not renewed within 12 months is overdue', () => {
    const report = checkSafetyTraining(
      { employeeId: 'emp_t', roles: ['technician'] },
      [basics, operations, emergency],
      noonOn('2026-06-02'),
    );
    expect(report.compliant).toBe(false);
    expect(report.overdue).toEqual([
      {
        requirement: { topic: 'safety-basics', courseCode: null, renewalMonths: 12 },
        roles: ['technician'],
        status: 'overdue',
        lastCompletedOn: '2025-06-01',
        dueOn: '2026-06-01',
      },
    ]);
    expect(report.missing).toEqual([]);
  });

  it('§9.2.2 safe-operation training is required for workshop posts, not for a service advisor', () => {
    const advisor = checkSafetyTraining(
      { employeeId: 'emp_t', roles: ['service-advisor'] },
      [basics, emergency],
      noonOn('2026-03-01'),
    );
    expect(advisor.compliant).toBe(true);
    const tech = checkSafetyTraining(
      { employeeId: 'emp_t', roles: ['technician'] },
      [basics, emergency],
      noonOn('2026-03-01'),
    );
    expect(tech.missing.map((item) => item.requirement.topic)).toEqual(['safety-operations']);
  });

  it('§9.2.3 a new employee with no emergency-response training is missing it', () => {
    const report = checkSafetyTraining(
      { employeeId: 'emp_new', roles: ['cs-agent'] },
      [],
      noonOn('2026-03-01'),
    );
    expect(report.missing.map((item) => item.requirement.topic)).toEqual([
      'safety-basics',
      'emergency-response',
    ]);
  });

  it('§9.2.1–§9.2.3 the role table is configurable: course codes, intervals, the stricter interval wins', () => {
    const config = parseTrainingConfig({
      safety: {
        requirements: {
          technician: [{ topic: null, courseCode: 'HV-SAFE', renewalMonths: 24 }],
          'team-leader': [{ topic: null, courseCode: 'HV-SAFE', renewalMonths: 6 }],
        },
      },
    })._unsafeUnwrap();
    const course = attended('emp_t', '2026-01-10', 'special', ['technical-skills'], {
      courseCode: 'HV-SAFE',
    });
    const report = checkSafetyTraining(
      { employeeId: 'emp_t', roles: ['technician', 'team-leader'] },
      [course],
      noonOn('2026-07-11'),
      config,
    );
    expect(report.items).toEqual([
      {
        requirement: { topic: null, courseCode: 'HV-SAFE', renewalMonths: 6 },
        roles: ['technician', 'team-leader'],
        status: 'overdue',
        lastCompletedOn: '2026-01-10',
        dueOn: '2026-07-10',
      },
    ]);
    const empty = parseTrainingConfig({
      safety: {
        requirements: { technician: [{ topic: null, courseCode: null, renewalMonths: 12 }] },
      },
    });
    expect(empty._unsafeUnwrapErr().data.issues[0]?.reason).toBe('requirement_empty');
  });
});
