import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_PERIOD_KINDS,
  AssessmentPeriodKindSchema,
  scheduleTrainingSession,
  TRAINING_MODES,
  TRAINING_TOPICS,
  TrainingModeSchema,
  TrainingTopicSchema,
} from '../../src/training/index';
import { sessionInput, T0, trainer } from './fixtures';

describe('training vocabulary', () => {
  it('§8.1.4 modes are online, offline, internal, external and hands-on; others are refused', () => {
    expect(TRAINING_MODES).toEqual(['online', 'offline', 'internal', 'external', 'hands-on']);
    expect(TrainingModeSchema.safeParse('hands-on').success).toBe(true);
    expect(TrainingModeSchema.safeParse('webinar').success).toBe(false);
  });

  it('§8.1.4 a session combines modes (offline + hands-on) but never repeats one', () => {
    const ok = scheduleTrainingSession(sessionInput({ modes: ['offline', 'hands-on'] }), {
      id: 'trs_1',
      at: T0,
      actor: trainer,
    });
    expect(ok._unsafeUnwrap().session.modes).toEqual(['offline', 'hands-on']);
    const twice = scheduleTrainingSession(sessionInput({ modes: ['online', 'online'] }), {
      id: 'trs_2',
      at: T0,
      actor: trainer,
    });
    expect(twice._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it.each([
    ['§8.2.1', 'company-culture'],
    ['§8.2.2', 'product-knowledge'],
    ['§8.2.3', 'service-process'],
    ['§8.2.4', 'communication'],
    ['§8.2.5', 'customer-relations'],
    ['§9.2.1', 'safety-basics'],
    ['§9.2.2', 'safety-operations'],
    ['§9.2.3', 'emergency-response'],
  ])('%s the course topics include %s', (_, topic) => {
    expect(TRAINING_TOPICS).toContain(topic);
    expect(TrainingTopicSchema.safeParse(topic).success).toBe(true);
  });

  it('§8.3.1 assessments are monthly, quarterly or annual', () => {
    expect(ASSESSMENT_PERIOD_KINDS).toEqual(['monthly', 'quarterly', 'annual']);
    expect(AssessmentPeriodKindSchema.safeParse('weekly').success).toBe(false);
  });
});
