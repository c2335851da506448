import { describe, expect, it } from 'vitest';
import {
  analyzeSurveyResponses,
  defineSurvey,
  improvementFromComplaint,
  publishSurvey,
  recordSurveyResponse,
  registerComplaint,
  transitionComplaint,
} from '../../src/crm/index';
import { openAction } from '../../src/improvement/index';
import { actor, h, supervisor, T0 } from './fixtures';

const csAgent = actor('emp_cs1', 'cs-agent');
const csSupervisor = actor('emp_css', 'cs-supervisor');

function closedComplaint(satisfied: boolean) {
  const received = registerComplaint(
    {
      customerId: 'cus_1',
      channel: 'phone',
      category: 'repair-quality',
      severity: 'medium',
      summary: '保养后发动机异响',
    },
    { id: 'cmp_1', at: T0, actor: csAgent },
  )._unsafeUnwrap().complaint;
  const steps = [
    { type: 'confirm', at: h(1), actor: csAgent },
    { type: 'respond', at: h(2), actor: csAgent },
    { type: 'start-resolving', at: h(3), actor: csAgent },
    { type: 'resolve', at: h(20), actor: csAgent, summary: '重新紧固并更换垫片' },
    { type: 'close', at: h(30), actor: csSupervisor, feedback: { satisfied, channel: 'phone' } },
  ] as const;
  return steps.reduce(
    (complaint, command) => transitionComplaint(complaint, command)._unsafeUnwrap().complaint,
    received,
  );
}

describe('improvement from crm feedback', () => {
  it('§1.2(6) §12.1.1–§12.1.3 a complaint closed unsatisfied opens a corrective action through crm’s public API', () => {
    const trigger = improvementFromComplaint(closedComplaint(false));
    expect(trigger).not.toBeNull();
    const { action, events } = openAction(
      { trigger, ownerId: 'emp_t' },
      { id: 'ia_1', at: h(31), actor: supervisor },
    )._unsafeUnwrap();
    expect(action).toMatchObject({
      kind: 'corrective',
      source: 'complaint',
      subject: 'repair-quality',
      triggerKey: 'complaint|cmp_1|complaint_closed_unsatisfied',
    });
    // Events carry ids and codes only: no customer id, no complaint text.
    expect(JSON.stringify(events)).not.toContain('cus_1');
    expect(JSON.stringify(events)).not.toContain('异响');
    // The same closed complaint, handed over twice, does not open a second action.
    const again = openAction(
      { trigger: improvementFromComplaint(closedComplaint(false)), ownerId: 'emp_t' },
      { id: 'ia_2', at: h(32), actor: supervisor },
      { existing: [action] },
    );
    expect(again._unsafeUnwrapErr().code).toBe('duplicate_improvement_trigger');
  });

  it('§7.2.3 §1.2(6) a weak survey dimension opens an improvement action', () => {
    const draft = defineSurvey(
      {
        title: '售后服务满意度调查',
        channels: ['phone'],
        questions: [
          {
            id: 'q1',
            text: '维修质量',
            type: 'scale',
            dimension: 'product-quality',
            required: true,
          },
          { id: 'q2', text: '服务态度', type: 'scale', dimension: 'service-level', required: true },
          {
            id: 'q3',
            text: '价格是否合理',
            type: 'scale',
            dimension: 'price-reasonableness',
            required: true,
          },
          { id: 'q4', text: '品牌印象', type: 'scale', dimension: 'brand-image', required: true },
        ],
      },
      { id: 'svy_1', at: T0 },
    )._unsafeUnwrap().survey;
    const survey = publishSurvey(draft, { at: T0, actor: csSupervisor })._unsafeUnwrap().survey;
    const responses = [1, 2, 3].map(
      (n) =>
        recordSurveyResponse(
          survey,
          {
            customerId: `cus_${n}`,
            channel: 'phone',
            answers: [5, 5, 2, 5].map((value, i) => ({ questionId: `q${i + 1}`, value })),
          },
          { id: `rsp_${n}`, at: T0, actor: csAgent },
        )._unsafeUnwrap().response,
    );
    const analysis = analyzeSurveyResponses(survey, responses)._unsafeUnwrap();
    const weak = analysis.improvementActions.find((p) => p.subject === 'price-reasonableness');
    expect(weak).toBeDefined();
    const { action } = openAction(
      { trigger: weak, ownerId: 'emp_sm' },
      { id: 'ia_3', at: h(1), actor: supervisor },
    )._unsafeUnwrap();
    expect(action).toMatchObject({
      source: 'survey',
      kind: 'corrective',
      subject: 'price-reasonableness',
    });
    expect(action.trigger?.clause).toBe('§7.2.3');
  });
});
