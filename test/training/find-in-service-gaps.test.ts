import { describe, expect, it } from 'vitest';
import type { Instant } from '../../src/shared/index';
import { findInServiceGaps, parseTrainingConfig } from '../../src/training/index';
import { attended, day, noonOn } from './fixtures';

const q1 = attended('emp_a', '2026-02-10', 'in-service', ['product-knowledge']);
const q3 = attended('emp_a', '2026-08-10', 'in-service', ['communication']);

describe('findInServiceGaps', () => {
  it('§8.1.2 lists each employee and quarter without an in-service session; the current quarter is due', () => {
    const gaps = findInServiceGaps(
      [{ employeeId: 'emp_a' }, { employeeId: 'emp_b' }],
      [q1, q3],
      day('2026-01-01'),
      noonOn('2026-08-20'),
    );
    expect(gaps).toEqual([
      { employeeId: 'emp_a', quarter: '2026-Q2', attended: 0, required: 1, status: 'missed' },
      { employeeId: 'emp_b', quarter: '2026-Q1', attended: 0, required: 1, status: 'missed' },
      { employeeId: 'emp_b', quarter: '2026-Q2', attended: 0, required: 1, status: 'missed' },
      { employeeId: 'emp_b', quarter: '2026-Q3', attended: 0, required: 1, status: 'due' },
    ]);
  });

  it('§8.1.2 quarters follow the dealer zone: 1 April 00:30 in Shanghai is already Q2', () => {
    const justQ2 = '2026-03-31T16:30:00.000Z' as Instant;
    const gaps = findInServiceGaps([{ employeeId: 'emp_a' }], [q1], day('2026-01-01'), justQ2);
    expect(gaps).toEqual([
      { employeeId: 'emp_a', quarter: '2026-Q2', attended: 0, required: 1, status: 'due' },
    ]);
  });

  it('§8.1.2 the hiring quarter (onboarding) and quarters before hire or after leaving are skipped', () => {
    const gaps = findInServiceGaps(
      [{ employeeId: 'emp_b', hiredOn: day('2026-02-15'), leftOn: day('2026-07-05') }],
      [],
      day('2025-10-01'),
      noonOn('2026-12-01'),
    );
    expect(gaps.map((gap) => gap.quarter)).toEqual(['2026-Q2', '2026-Q3']);
    const strict = parseTrainingConfig({ inService: { exemptHireQuarter: false } })._unsafeUnwrap();
    expect(
      findInServiceGaps(
        [{ employeeId: 'emp_b', hiredOn: day('2026-02-15') }],
        [],
        day('2026-01-01'),
        noonOn('2026-03-01'),
        strict,
      ).map((gap) => gap.quarter),
    ).toEqual(['2026-Q1']);
  });

  it('§8.1.2 absences, failed tests and other kinds do not close a gap unless configured', () => {
    const records = [
      attended('emp_c', '2026-02-01', 'in-service', ['communication'], { status: 'absent' }),
      attended('emp_c', '2026-02-02', 'in-service', ['communication'], { passed: false }),
      attended('emp_c', '2026-02-03', 'safety', ['safety-basics']),
    ];
    const gaps = findInServiceGaps(
      [{ employeeId: 'emp_c' }],
      records,
      day('2026-01-01'),
      noonOn('2026-04-10'),
    );
    expect(gaps.map((gap) => gap.quarter)).toEqual(['2026-Q1', '2026-Q2']);
    const config = parseTrainingConfig({
      inService: { countedKinds: ['in-service', 'safety'] },
    })._unsafeUnwrap();
    expect(
      findInServiceGaps(
        [{ employeeId: 'emp_c' }],
        records,
        day('2026-01-01'),
        noonOn('2026-04-10'),
        config,
      ).map((gap) => gap.quarter),
    ).toEqual(['2026-Q2']);
  });

  it('§8.1.2 with two sessions a quarter required, one session leaves a gap that counts it', () => {
    const config = parseTrainingConfig({ inService: { sessionsPerQuarter: 2 } })._unsafeUnwrap();
    const gaps = findInServiceGaps(
      [{ employeeId: 'emp_a' }],
      [q1],
      day('2026-01-01'),
      noonOn('2026-03-31'),
      config,
    );
    expect(gaps).toEqual([
      { employeeId: 'emp_a', quarter: '2026-Q1', attended: 1, required: 2, status: 'due' },
    ]);
  });
});
