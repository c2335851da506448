import { describe, expect, it } from 'vitest';
import { parseTrainingConfig, recordAssessment } from '../../src/training/index';
import { manager, T0, trainer } from './fixtures';

const input = {
  employeeId: 'emp_t1',
  period: { kind: 'quarterly', label: '2026-Q1' },
  values: {
    'service-quality': '92',
    'customer-satisfaction': '88',
    'training-participation': '100',
  },
};
const context = { id: 'asm_1', at: T0, actor: manager };

describe('recordAssessment', () => {
  it('§8.3.1 §8.3.2 §8.3.3 records a quarterly assessment with score, band and bonus coefficient', () => {
    const { assessment, events } = recordAssessment(input, context)._unsafeUnwrap();
    expect(assessment).toMatchObject({
      id: 'asm_1',
      version: 0,
      employeeId: 'emp_t1',
      period: { kind: 'quarterly', label: '2026-Q1' },
      score: '92.00',
      band: 'S',
      bonusCoefficient: '1.5',
      recordedBy: manager.id,
    });
    expect(assessment.indicators).toEqual([
      { indicator: 'service-quality', value: '92', weight: '0.4' },
      { indicator: 'customer-satisfaction', value: '88', weight: '0.4' },
      { indicator: 'training-participation', value: '100', weight: '0.2' },
    ]);
    expect(events[0]).toMatchObject({
      type: 'training.assessment-recorded',
      aggregateType: 'assessment',
      aggregateId: 'asm_1',
      payload: { period: '2026-Q1', periodKind: 'quarterly', score: '92.00', band: 'S' },
    });
  });

  it('§8.3.1 a period is assessed once per employee; a bad period label is refused', () => {
    const first = recordAssessment(input, context)._unsafeUnwrap().assessment;
    expect(
      recordAssessment(input, { ...context, id: 'asm_2' }, [first])._unsafeUnwrapErr(),
    ).toEqual({
      code: 'assessment_already_recorded',
      clause: '§8.3.1',
      data: { employeeId: 'emp_t1', periodKind: 'quarterly', period: '2026-Q1' },
    });
    const monthly = { ...input, period: { kind: 'monthly', label: '2026-01' } };
    expect(recordAssessment(monthly, { ...context, id: 'asm_3' }, [first]).isOk()).toBe(true);
    const bad = { ...input, period: { kind: 'monthly', label: '2026-13' } };
    expect(recordAssessment(bad, context)._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it('§8.3.1 recording needs assessment.record (a trainer is refused)', () => {
    expect(
      recordAssessment(input, { ...context, actor: trainer })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'forbidden',
      data: { capability: 'assessment.record' },
    });
  });

  it('§8.3.2 §8.3.3 uses the dealer’s own scorecard and bands', () => {
    const config = parseTrainingConfig({
      scorecard: {
        indicators: [
          { indicator: 'professional-competence', weight: '0.5' },
          { indicator: 'service-attitude', weight: '0.5' },
        ],
      },
      ratingBands: [
        { band: 'A', minScore: '75', bonusCoefficient: '1.1' },
        { band: 'C', minScore: '0', bonusCoefficient: '0.9' },
      ],
    })._unsafeUnwrap();
    const custom = {
      ...input,
      values: { 'professional-competence': '70', 'service-attitude': '80' },
    };
    const { assessment } = recordAssessment(custom, context, [], config)._unsafeUnwrap();
    expect(assessment).toMatchObject({ score: '75.00', band: 'A', bonusCoefficient: '1.1' });
    expect(recordAssessment(input, context, [], config)._unsafeUnwrapErr().code).toBe(
      'indicator_not_in_scorecard',
    );
  });
});
