import { describe, expect, it } from 'vitest';
import { findPlansDueForReview, planReviewStatus } from '../../src/safety/index';
import { at, day, plan } from './fixtures';

describe('plans due for review', () => {
  it('§9.3.2 a plan is current, due soon within 30 days, then overdue after its review date', () => {
    const p = plan({ reviewDueOn: '2026-06-30' });
    expect(planReviewStatus(p, day('2026-05-30'))).toBe('current');
    expect(planReviewStatus(p, day('2026-05-31'))).toBe('due-soon');
    expect(planReviewStatus(p, day('2026-06-30'))).toBe('due-soon');
    expect(planReviewStatus(p, day('2026-07-01'))).toBe('overdue');
    expect(planReviewStatus({ ...p, status: 'retired' }, day('2027-01-01'))).toBe('retired');
  });

  it('§9.3.2 lists the plans due for review at an instant, most urgent first', () => {
    const overdue = plan({ id: 'plan_a', reviewDueOn: '2026-06-25' });
    const soon = plan({ id: 'plan_b', reviewDueOn: '2026-07-20' });
    const later = plan({ id: 'plan_c', reviewDueOn: '2027-01-01' });
    // 2026-06-30T16:00Z is 1 July in Shanghai.
    const due = findPlansDueForReview([later, soon, overdue], at('2026-06-30T16:00:00.000Z'));
    expect(due).toEqual([
      {
        planId: 'plan_a',
        type: 'special',
        reviewDueOn: '2026-06-25',
        status: 'overdue',
        daysUntilDue: -6,
      },
      {
        planId: 'plan_b',
        type: 'special',
        reviewDueOn: '2026-07-20',
        status: 'due-soon',
        daysUntilDue: 19,
      },
    ]);
  });
});
