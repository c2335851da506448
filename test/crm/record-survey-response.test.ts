import { describe, expect, it } from 'vitest';
import { recordSurveyResponse, type SurveyResponseInput } from '../../src/crm/index';
import { csAgent, hostileInputs, publishedSurvey, T0, technician } from './fixtures';

const answers = [
  { questionId: 'q1', value: 5 },
  { questionId: 'q2', value: 4 },
  { questionId: 'q3', value: 3 },
  { questionId: 'q4', value: 4 },
];
const input = (overrides: Partial<SurveyResponseInput> = {}): SurveyResponseInput => ({
  customerId: 'cus_1',
  repairOrderId: 'ro_1',
  channel: 'phone',
  answers,
  ...overrides,
});
const context = { id: 'rsp_1', at: T0, actor: csAgent };

describe('recordSurveyResponse', () => {
  const survey = publishedSurvey();

  it('§7.2.1 a phone interview is keyed in by customer service', () => {
    const { response, events } = recordSurveyResponse(survey, input(), context)._unsafeUnwrap();
    expect(response).toMatchObject({
      id: 'rsp_1',
      surveyId: 'svy_1',
      customerId: 'cus_1',
      repairOrderId: 'ro_1',
      channel: 'phone',
      respondedAt: T0,
      recordedBy: 'emp_cs1',
      answers,
    });
    expect(events[0]?.type).toBe('crm.survey-response-recorded');
  });

  it('§7.2.1 an online response may come from the customer directly; paper and phone need a recorder', () => {
    const online = recordSurveyResponse(survey, input({ channel: 'online' }), {
      ...context,
      actor: null,
    });
    expect(online._unsafeUnwrap().response.recordedBy).toBeNull();
    expect(
      recordSurveyResponse(survey, input(), { ...context, actor: null })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'survey_recorder_required',
      clause: '§7.2.1',
      data: { surveyId: 'svy_1', channel: 'phone' },
    });
    expect(
      recordSurveyResponse(survey, input(), { ...context, actor: technician })._unsafeUnwrapErr()
        .code,
    ).toBe('forbidden');
  });

  it('§7.2.1 a channel the survey does not run on is refused', () => {
    expect(
      recordSurveyResponse(survey, input({ channel: 'paper' }), context)._unsafeUnwrapErr().code,
    ).toBe('survey_channel_not_offered');
  });

  it('§7.2.2 every answer must fit its question', () => {
    const problem = (list: SurveyResponseInput['answers']) =>
      recordSurveyResponse(survey, input({ answers: list }), context)._unsafeUnwrapErr().data;
    expect(problem([...answers, { questionId: 'q9', value: 3 }])).toMatchObject({
      questionId: 'q9',
      reason: 'unknown_question',
    });
    expect(problem([...answers, { questionId: 'q1', value: 3 }])).toMatchObject({
      reason: 'duplicate',
    });
    expect(problem(answers.slice(1))).toMatchObject({ questionId: 'q1', reason: 'missing' });
    expect(problem([{ questionId: 'q1', value: 6 }, ...answers.slice(1)])).toMatchObject({
      reason: 'out_of_range',
    });
    expect(problem([...answers, { questionId: 'nps', value: 11 }])).toBeDefined();
    expect(problem([...answers, { questionId: 'comment', value: 5 }])).toMatchObject({
      reason: 'wrong_type',
    });
    expect(problem([{ questionId: 'q1', value: '好' }, ...answers.slice(1)])).toMatchObject({
      reason: 'wrong_type',
    });
  });

  it('§7.2.2 an NPS answer of 0–10 and a free-text comment are accepted', () => {
    const full = [
      ...answers,
      { questionId: 'nps', value: 0 },
      { questionId: 'comment', value: '很好' },
    ];
    expect(recordSurveyResponse(survey, input({ answers: full }), context).isOk()).toBe(true);
  });

  it('§7.2.1 never throws on hostile input', () => {
    for (const bad of hostileInputs) {
      expect(recordSurveyResponse(survey, bad as never, context).isErr()).toBe(true);
    }
  });
});
