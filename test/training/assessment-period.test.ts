import { describe, expect, it } from 'vitest';
import {
  AssessmentPeriodSchema,
  assessmentPeriodBounds,
  assessmentPeriodOf,
  assessmentPeriodsBetween,
  previousAssessmentPeriod,
} from '../../src/training/index';
import { day } from './fixtures';

describe('assessment periods', () => {
  it('§8.3.1 monthly, quarterly and annual periods are labelled and bounded', () => {
    const date = day('2026-05-20');
    expect(assessmentPeriodOf('monthly', date)).toEqual({ kind: 'monthly', label: '2026-05' });
    expect(assessmentPeriodOf('quarterly', date)).toEqual({ kind: 'quarterly', label: '2026-Q2' });
    expect(assessmentPeriodOf('annual', date)).toEqual({ kind: 'annual', label: '2026' });
    expect(assessmentPeriodBounds({ kind: 'monthly', label: '2028-02' })).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(assessmentPeriodBounds({ kind: 'quarterly', label: '2026-Q4' })).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(assessmentPeriodBounds({ kind: 'annual', label: '2026' })).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('§8.3.1 the previous period crosses year ends', () => {
    expect(previousAssessmentPeriod({ kind: 'monthly', label: '2026-01' }).label).toBe('2025-12');
    expect(previousAssessmentPeriod({ kind: 'quarterly', label: '2026-Q1' }).label).toBe('2025-Q4');
    expect(previousAssessmentPeriod({ kind: 'annual', label: '2026' }).label).toBe('2025');
    expect(
      assessmentPeriodsBetween('quarterly', day('2025-11-30'), day('2026-04-01')).map(
        (p) => p.label,
      ),
    ).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(assessmentPeriodsBetween('monthly', day('2026-04-01'), day('2026-03-01'))).toEqual([]);
  });

  it('§8.3.1 a label must fit its kind', () => {
    expect(AssessmentPeriodSchema.safeParse({ kind: 'quarterly', label: '2026-Q5' }).success).toBe(
      false,
    );
    expect(AssessmentPeriodSchema.safeParse({ kind: 'monthly', label: '2026-Q1' }).success).toBe(
      false,
    );
    expect(AssessmentPeriodSchema.safeParse({ kind: 'annual', label: '2026' }).success).toBe(true);
  });
});
