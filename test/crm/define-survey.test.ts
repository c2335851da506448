import { describe, expect, it } from 'vitest';
import {
  defineSurvey,
  publishSurvey,
  retireSurvey,
  SURVEY_DIMENSIONS,
  type SurveyDefinition,
  type SurveyDimension,
  type SurveyQuestion,
} from '../../src/crm/index';
import { csAgent, csSupervisor, fourDimensionSurvey, manager, reasons, T0 } from './fixtures';

const draft = () =>
  defineSurvey(fourDimensionSurvey, { id: 'svy_1', at: T0 })._unsafeUnwrap().survey;

describe('defineSurvey', () => {
  it('§7.2.2 defaults to the four dimensions of the manual, equally weighted', () => {
    const survey = draft();
    expect(SURVEY_DIMENSIONS).toEqual([
      'product-quality',
      'service-level',
      'price-reasonableness',
      'brand-image',
    ]);
    expect(survey.dimensions).toEqual(
      SURVEY_DIMENSIONS.map((dimension) => ({ dimension, weight: 1 })),
    );
    expect(survey).toMatchObject({
      status: 'draft',
      publishedAt: null,
      channels: ['online', 'phone'],
    });
  });

  it('§7.2.2 §7.2.1 accepts custom weights and the paper, online and phone channels', () => {
    const survey = defineSurvey(
      {
        ...fourDimensionSurvey,
        channels: ['paper', 'online', 'phone'],
        dimensions: [
          { dimension: 'product-quality', weight: 0.3 },
          { dimension: 'service-level', weight: 0.3 },
          { dimension: 'price-reasonableness', weight: 0.2 },
          { dimension: 'brand-image', weight: 0.2 },
        ],
      },
      { id: 'svy_1', at: T0 },
    )._unsafeUnwrap().survey;
    expect(survey.dimensions.map((d) => d.weight)).toEqual([0.3, 0.3, 0.2, 0.2]);
  });

  it('§7.2.2 refuses inconsistent questionnaires with a reason per rule', () => {
    const scale = (id: string, dimension: SurveyDimension | null): SurveyQuestion => ({
      id,
      text: id,
      type: 'scale',
      dimension,
      required: true,
    });
    const check = (definition: Partial<SurveyDefinition>) =>
      reasons(
        defineSurvey({ ...fourDimensionSurvey, ...definition } as SurveyDefinition, {
          id: 'svy_1',
          at: T0,
        }),
      );
    expect(check({ questions: [scale('q1', 'service-level')] })).toEqual([
      'dimensions:dimension_without_question',
    ]);
    expect(
      check({
        dimensions: [{ dimension: 'service-level', weight: 1 }],
        questions: [scale('q1', null)],
      }),
    ).toEqual(['questions:dimension_required', 'dimensions:dimension_without_question']);
    expect(
      check({
        dimensions: [{ dimension: 'service-level', weight: 1 }],
        questions: [scale('q1', 'service-level'), scale('q1', 'brand-image')],
      }),
    ).toEqual(['questions:duplicate_question', 'questions:dimension_not_weighted']);
    expect(
      check({
        dimensions: [{ dimension: 'service-level', weight: 0 }],
        questions: [scale('q1', 'service-level')],
      }),
    ).toEqual(['dimensions.0.weight:too_small']);
    expect(check({ channels: ['phone', 'phone'] })).toEqual(['channels:duplicate_channel']);
    const twoNps = [
      ...fourDimensionSurvey.questions,
      { id: 'nps2', text: '再问一次', type: 'nps', dimension: null, required: false } as const,
    ];
    expect(check({ questions: twoNps })).toEqual(['questions:multiple_nps_questions']);
    expect(check({ channels: ['fax'] } as never)).toEqual(['channels.0:invalid_value']);
  });
});

describe('publishSurvey', () => {
  it('§2.2.5(4) survey publication requires the CS-supervisor capability', () => {
    const published = publishSurvey(draft(), { at: T0, actor: csSupervisor })._unsafeUnwrap();
    expect(published.survey).toMatchObject({
      status: 'published',
      publishedAt: T0,
      publishedBy: 'emp_css',
    });
    expect(published.events[0]?.type).toBe('crm.survey-published');
    for (const who of [csAgent, manager]) {
      expect(publishSurvey(draft(), { at: T0, actor: who })._unsafeUnwrapErr()).toMatchObject({
        code: 'forbidden',
        clause: '§2.2.5(4)',
        data: { capability: 'survey.publish' },
      });
    }
  });

  it('§2.2.5(4) publishing twice or retiring a draft is an invalid transition', () => {
    const published = publishSurvey(draft(), { at: T0, actor: csSupervisor })._unsafeUnwrap()
      .survey;
    expect(
      publishSurvey(published, { at: T0, actor: csSupervisor })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      data: { entity: 'survey', status: 'published', command: 'publish' },
    });
    expect(retireSurvey(draft(), { at: T0, actor: csSupervisor })._unsafeUnwrapErr().code).toBe(
      'invalid_transition',
    );
    expect(
      retireSurvey(published, { at: T0, actor: csSupervisor })._unsafeUnwrap().survey.status,
    ).toBe('retired');
  });
});
