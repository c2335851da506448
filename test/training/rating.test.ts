import { describe, expect, it } from 'vitest';
import {
  defaultTrainingConfig,
  isBandAtLeast,
  parseTrainingConfig,
  RatingBandsSchema,
  rateScore,
} from '../../src/training/index';

const bands = defaultTrainingConfig.ratingBands;

describe('rating bands', () => {
  it('§8.3.3 scores map to S/A/B/C/D with a bonus coefficient per band; thresholds are inclusive', () => {
    expect(rateScore('100.00', bands)).toEqual({ band: 'S', bonusCoefficient: '1.5' });
    expect(rateScore('90.00', bands)).toEqual({ band: 'S', bonusCoefficient: '1.5' });
    expect(rateScore('89.99', bands)).toEqual({ band: 'A', bonusCoefficient: '1.2' });
    expect(rateScore('70', bands)).toEqual({ band: 'B', bonusCoefficient: '1' });
    expect(rateScore('60.00', bands).band).toBe('C');
    expect(rateScore('59.99', bands)).toEqual({ band: 'D', bonusCoefficient: '0' });
    expect(rateScore('0.00', bands).band).toBe('D');
  });

  it('§8.3.3 thresholds and coefficients are configurable; the table must be ordered and exhaustive', () => {
    const config = parseTrainingConfig({
      ratingBands: [
        { band: 'A', minScore: '85', bonusCoefficient: '1.3' },
        { band: 'B', minScore: '65', bonusCoefficient: '1' },
        { band: 'D', minScore: '0', bonusCoefficient: '0.5' },
      ],
    })._unsafeUnwrap();
    expect(rateScore('84.99', config.ratingBands)).toEqual({ band: 'B', bonusCoefficient: '1' });
    const reasons = (input: unknown) =>
      RatingBandsSchema.safeParse(input).error?.issues.map(
        (issue) => (issue as { params?: { reason?: string } }).params?.reason,
      );
    expect(
      reasons([
        { band: 'A', minScore: '60', bonusCoefficient: '1' },
        { band: 'B', minScore: '70', bonusCoefficient: '1' },
        { band: 'C', minScore: '0', bonusCoefficient: '1' },
      ]),
    ).toContain('not_descending');
    expect(reasons([{ band: 'A', minScore: '50', bonusCoefficient: '1' }])).toContain(
      'not_exhaustive',
    );
    expect(
      reasons([
        { band: 'B', minScore: '60', bonusCoefficient: '1' },
        { band: 'A', minScore: '0', bonusCoefficient: '1' },
      ]),
    ).toContain('not_descending');
  });

  it('§8.3.3 S is the best band', () => {
    expect(isBandAtLeast('S', 'A')).toBe(true);
    expect(isBandAtLeast('A', 'A')).toBe(true);
    expect(isBandAtLeast('B', 'A')).toBe(false);
  });
});
