import { describe, expect, it } from 'vitest';
import {
  analyzeSurveyResponses,
  defineSurvey,
  parseCrmConfig,
  publishSurvey,
  recordSurveyResponse,
  type Survey,
  type SurveyResponse,
  scoreSurveyResponse,
} from '../../src/crm/index';
import { csAgent, csSupervisor, fourDimensionSurvey, publishedSurvey, T0 } from './fixtures';

function respond(survey: Survey, n: number, values: readonly number[]): SurveyResponse {
  const keys = ['q1', 'q2', 'q3', 'q4', 'nps'];
  return recordSurveyResponse(
    survey,
    {
      customerId: `cus_${n}`,
      channel: 'phone',
      answers: values.map((value, i) => ({ questionId: keys[i] as string, value })),
    },
    { id: `rsp_${n}`, at: T0, actor: csAgent },
  )._unsafeUnwrap().response;
}

const survey = publishedSurvey();
const responses = [
  respond(survey, 1, [5, 5, 3, 4, 10]),
  respond(survey, 2, [5, 4, 2, 4, 9]),
  respond(survey, 3, [4, 5, 3, 5, 7]),
  respond(survey, 4, [4, 4, 2, 3, 3]),
];

describe('analyzeSurveyResponses', () => {
  it('§7.2.3 gives a 0–100 index per dimension and overall, and NPS', () => {
    const analysis = analyzeSurveyResponses(survey, responses)._unsafeUnwrap();
    expect(analysis.responses).toBe(4);
    expect(analysis.dimensions).toEqual([
      { dimension: 'product-quality', weight: 1, answers: 4, index: 87.5 },
      { dimension: 'service-level', weight: 1, answers: 4, index: 87.5 },
      { dimension: 'price-reasonableness', weight: 1, answers: 4, index: 37.5 },
      { dimension: 'brand-image', weight: 1, answers: 4, index: 75 },
    ]);
    expect(analysis.overall).toBe(71.9);
    expect(analysis.nps).toEqual({
      answers: 4,
      promoters: 2,
      passives: 1,
      detractors: 1,
      score: 25,
    });
  });

  it('§7.2.3 ranks the weakest dimensions first', () => {
    const analysis = analyzeSurveyResponses(survey, responses)._unsafeUnwrap();
    expect(analysis.weakest.map((d) => d.dimension)).toEqual([
      'price-reasonableness',
      'brand-image',
      'product-quality',
      'service-level',
    ]);
  });

  it('§7.2.3 §1.2(6) low scores yield improvement-action data for dimensions and responses', () => {
    const analysis = analyzeSurveyResponses(survey, responses)._unsafeUnwrap();
    expect(analysis.improvementActions).toEqual([
      {
        source: 'survey',
        sourceId: 'svy_1',
        reason: 'dimension_below_threshold',
        subject: 'price-reasonableness',
        score: 37.5,
        threshold: 80,
        customerId: null,
        clause: '§7.2.3',
      },
      expect.objectContaining({ subject: 'brand-image', score: 75 }),
      {
        source: 'survey-response',
        sourceId: 'rsp_4',
        reason: 'response_below_threshold',
        subject: 'overall',
        score: 56.3,
        threshold: 60,
        customerId: 'cus_4',
        clause: '§7.2.3',
      },
    ]);
    const strict = parseCrmConfig({
      survey: { improvementThreshold: 30, responseThreshold: 0 },
    })._unsafeUnwrap();
    expect(
      analyzeSurveyResponses(survey, responses, strict)._unsafeUnwrap().improvementActions,
    ).toEqual([]);
  });

  it('§7.2.2 §7.2.3 weights shape the overall index', () => {
    const weighted = publishSurvey(
      defineSurvey(
        {
          ...fourDimensionSurvey,
          dimensions: [
            { dimension: 'product-quality', weight: 3 },
            { dimension: 'service-level', weight: 3 },
            { dimension: 'price-reasonableness', weight: 2 },
            { dimension: 'brand-image', weight: 2 },
          ],
        },
        { id: 'svy_1', at: T0 },
      )._unsafeUnwrap().survey,
      { at: T0, actor: csSupervisor },
    )._unsafeUnwrap().survey;
    const answers = responses.map((r, i) =>
      respond(
        weighted,
        i + 1,
        r.answers.map((a) => a.value as number),
      ),
    );
    expect(analyzeSurveyResponses(weighted, answers)._unsafeUnwrap().overall).toBe(75);
  });

  it('§7.2.3 no responses: null indexes, no NPS score, nothing ranked', () => {
    const analysis = analyzeSurveyResponses(survey, [])._unsafeUnwrap();
    expect(analysis.overall).toBeNull();
    expect(analysis.dimensions.every((d) => d.index === null)).toBe(true);
    expect(analysis.nps).toEqual({
      answers: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      score: null,
    });
    expect(analysis.weakest).toEqual([]);
  });

  it('§7.2.3 a survey without a 0–10 question has no NPS', () => {
    const noNps = publishedSurvey({
      ...fourDimensionSurvey,
      questions: fourDimensionSurvey.questions.filter((q) => q.type !== 'nps'),
    });
    expect(analyzeSurveyResponses(noNps, [])._unsafeUnwrap().nps).toBeNull();
  });

  it('§7.2.3 a response of another survey is an error, never skipped silently', () => {
    const stray = { ...responses[0], surveyId: 'svy_9' } as SurveyResponse;
    expect(analyzeSurveyResponses(survey, [...responses, stray])._unsafeUnwrapErr()).toEqual({
      code: 'survey_response_mismatch',
      clause: '§7.2.3',
      data: { surveyId: 'svy_1', responseId: 'rsp_1' },
    });
  });
});

describe('scoreSurveyResponse', () => {
  it('§7.2.3 scores one response, rounding half-up to one decimal', () => {
    const score = scoreSurveyResponse(survey, responses[3] as SurveyResponse)._unsafeUnwrap();
    expect(score.dimensions.map((d) => d.index)).toEqual([75, 75, 25, 50]);
    expect(score.overall).toBe(56.3);
    expect(score.nps).toMatchObject({ detractors: 1, score: -100 });
  });
});
