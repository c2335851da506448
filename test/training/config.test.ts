import { describe, expect, it } from 'vitest';
import {
  defaultSafetyRequirements,
  defaultTrainingConfig,
  parseTrainingConfig,
} from '../../src/training/index';

describe('training configuration', () => {
  it('§8.1.1 §8.1.2 §8.3.3 defaults follow the manual: one month, one session a quarter, S–D bands', () => {
    expect(defaultTrainingConfig.timeZone).toBe('Asia/Shanghai');
    expect(defaultTrainingConfig.onboarding).toEqual({
      withinMonths: 1,
      requiredTopics: ['company-culture', 'product-knowledge', 'service-process'],
    });
    expect(defaultTrainingConfig.inService).toEqual({
      sessionsPerQuarter: 1,
      countedKinds: ['in-service'],
      exemptHireQuarter: true,
    });
    expect(defaultTrainingConfig.ratingBands.map((b) => b.band)).toEqual(['S', 'A', 'B', 'C', 'D']);
    expect(defaultTrainingConfig.safety.requirements).toEqual(defaultSafetyRequirements);
    expect(Object.isFrozen(defaultTrainingConfig.scorecard.indicators)).toBe(true);
  });

  it('§8.1.1 §8.3.2 a partial config keeps the other defaults; bad values are validation_failed', () => {
    const config = parseTrainingConfig({ onboarding: { withinMonths: 2 } })._unsafeUnwrap();
    expect(config.onboarding.requiredTopics).toEqual(
      defaultTrainingConfig.onboarding.requiredTopics,
    );
    expect(config.scorecard).toEqual(defaultTrainingConfig.scorecard);
    expect(parseTrainingConfig(undefined)._unsafeUnwrap()).toEqual(defaultTrainingConfig);
    const bad = parseTrainingConfig({
      onboarding: { withinMonths: 0 },
      scorecard: { indicators: [{ indicator: 'service-quality', weight: '0.9' }] },
      promotion: { extra: true },
    });
    const reasons = bad._unsafeUnwrapErr().data.issues.map((issue) => issue.reason);
    expect(reasons).toEqual(expect.arrayContaining(['weights_not_one', 'unrecognized_keys']));
    expect(bad._unsafeUnwrapErr().data.issues.map((issue) => issue.path)).toContain(
      'onboarding.withinMonths',
    );
  });
});
