import { describe, expect, it } from 'vitest';
import {
  computeScore,
  defaultTrainingConfig,
  normalizeIndicatorValue,
  parseScorecard,
  type Scorecard,
} from '../../src/training/index';

const card: Scorecard = defaultTrainingConfig.scorecard;

describe('scorecards', () => {
  it('§8.3.2 the default card weighs service quality, satisfaction and training participation', () => {
    expect(card.indicators).toEqual([
      { indicator: 'service-quality', weight: '0.4' },
      { indicator: 'customer-satisfaction', weight: '0.4' },
      { indicator: 'training-participation', weight: '0.2' },
    ]);
  });

  it('§8.3.2 weights must sum to exactly 1 in decimal arithmetic (0.1 + 0.2 + 0.7 is 1)', () => {
    const exact = parseScorecard({
      indicators: [
        { indicator: 'service-quality', weight: '0.1' },
        { indicator: 'customer-satisfaction', weight: '0.2' },
        { indicator: 'service-attitude', weight: '0.7' },
      ],
    });
    expect(exact.isOk()).toBe(true);
    const short = parseScorecard({
      indicators: [
        { indicator: 'service-quality', weight: '0.3333' },
        { indicator: 'customer-satisfaction', weight: '0.3333' },
        { indicator: 'service-attitude', weight: '0.3333' },
      ],
    });
    expect(short._unsafeUnwrapErr().data.issues.map((i) => i.reason)).toEqual(['weights_not_one']);
    const twice = parseScorecard({
      indicators: [
        { indicator: 'service-quality', weight: '0.5' },
        { indicator: 'service-quality', weight: '0.5' },
      ],
    });
    expect(twice._unsafeUnwrapErr().data.issues.map((i) => i.reason)).toContain('duplicate');
    expect(
      parseScorecard({ indicators: [{ indicator: 'service-quality', weight: 1 }] }).isErr(),
    ).toBe(true);
  });

  it('§8.3.2 the score is Σ value × weight, rounded half-up to 2 places once, with contributions', () => {
    const breakdown = computeScore(
      {
        'service-quality': '90',
        'customer-satisfaction': '80.5',
        'training-participation': '100',
      },
      card,
    )._unsafeUnwrap();
    expect(breakdown.score).toBe('88.20');
    expect(breakdown.contributions.map((c) => c.points)).toEqual(['36', '32.2', '20']);
    const halfUp = computeScore(
      {
        'service-quality': '33.335',
        'customer-satisfaction': '33.335',
        'training-participation': '33.335',
      },
      card,
    )._unsafeUnwrap();
    expect(halfUp.score).toBe('33.34');
  });

  it('§8.3.2 missing, foreign and out-of-range values and a card that does not sum to 1 are errors', () => {
    const values = { 'service-quality': '90', 'customer-satisfaction': '80' };
    expect(computeScore(values, card)._unsafeUnwrapErr()).toEqual({
      code: 'indicator_value_missing',
      clause: '§8.3.2',
      data: { indicator: 'training-participation' },
    });
    expect(
      computeScore(
        { ...values, 'training-participation': '1', 'service-attitude': '50' },
        card,
      )._unsafeUnwrapErr().code,
    ).toBe('indicator_not_in_scorecard');
    expect(
      computeScore({ ...values, 'training-participation': '100.01' }, card)._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    const bad = { indicators: [{ indicator: 'service-quality' as const, weight: '0.9' }] };
    expect(computeScore({ 'service-quality': '90' }, bad)._unsafeUnwrapErr()).toEqual({
      code: 'scorecard_weights_invalid',
      clause: '§8.3.2',
      data: { sum: '0.9' },
    });
  });

  it('§8.3.2 raw indicators are normalised to 0–100, clamped, lower-is-better supported', () => {
    const rate = { min: '0', max: '1', higherIsBetter: true };
    expect(normalizeIndicatorValue('0.85', rate)._unsafeUnwrap()).toBe('85.00');
    expect(normalizeIndicatorValue('1.2', rate)._unsafeUnwrap()).toBe('100.00');
    expect(normalizeIndicatorValue('-0.1', rate)._unsafeUnwrap()).toBe('0.00');
    const comebacks = { min: '0', max: '0.1', higherIsBetter: false };
    expect(normalizeIndicatorValue('0.02', comebacks)._unsafeUnwrap()).toBe('80.00');
    expect(
      normalizeIndicatorValue('3', { min: '1', max: '5', higherIsBetter: true })._unsafeUnwrap(),
    ).toBe('50.00');
    const inverted = normalizeIndicatorValue('1', { min: '5', max: '1', higherIsBetter: true });
    expect(inverted._unsafeUnwrapErr().data.issues[0]?.reason).toBe('range_invalid');
    expect(normalizeIndicatorValue('1e3', rate).isErr()).toBe(true);
  });
});
