import { describe, expect, it } from 'vitest';
import {
  openAction,
  submitProposal,
  transitionProposal,
  triggerFromProposal,
} from '../../src/improvement/index';
import {
  acceptedProposal,
  actor,
  h,
  implementedProposal,
  manager,
  runProposal,
  scores,
  submittedProposal,
  supervisor,
  T0,
  technician,
} from './fixtures';

describe('submitProposal', () => {
  it('§12.2.1–§12.2.3 any employee may submit an improvement proposal', () => {
    for (const who of [technician, actor('emp_p', 'parts-clerk'), actor('emp_tr', 'trainer')]) {
      const { proposal, events } = submitProposal(
        { title: '轮胎架改为分层', description: '减少找胎时间', area: 'cost' },
        { id: 'ip_1', at: T0, actor: who },
      )._unsafeUnwrap();
      expect(proposal).toMatchObject({
        status: 'submitted',
        submittedBy: who.id,
        submittedAt: T0,
        version: 0,
      });
      expect(events[0]).toMatchObject({
        type: 'improvement.proposal-submitted',
        payload: { proposalId: 'ip_1', area: 'cost', submitterId: who.id },
      });
      expect(JSON.stringify(events)).not.toContain('找胎');
    }
    const nobody = actor('emp_x');
    expect(
      submitProposal(
        { title: 't', description: 'd', area: 'cost' },
        { id: 'ip_2', at: T0, actor: nobody },
      )._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(
      submitProposal({ title: '', description: 'd', area: 'x' } as never, {
        id: 'ip_3',
        at: T0,
        actor: technician,
      }).isErr(),
    ).toBe(true);
  });
});

describe('transitionProposal', () => {
  it('§12.2.1–§12.2.3 submitted → under evaluation → accepted (scored) → implemented', () => {
    const evaluating = transitionProposal(submittedProposal(), {
      type: 'start-evaluation',
      at: h(1),
      actor: manager,
    })._unsafeUnwrap();
    expect(evaluating.proposal).toMatchObject({
      status: 'under-evaluation',
      evaluatorId: 'emp_sm',
      evaluationStartedAt: h(1),
    });
    const accepted = transitionProposal(evaluating.proposal, {
      type: 'accept',
      at: h(2),
      actor: manager,
      scores,
      estimatedAnnualSaving: { amount: '12000.00', currency: 'CNY' },
    })._unsafeUnwrap();
    expect(accepted.proposal).toMatchObject({
      status: 'accepted',
      evaluation: {
        scores,
        totalScore: 12,
        estimatedAnnualSaving: { amount: '12000.00', currency: 'CNY' },
        by: 'emp_sm',
      },
    });
    expect(accepted.events[0]).toMatchObject({
      type: 'improvement.proposal-accepted',
      payload: { benefit: 4, totalScore: 12 },
    });
    const implemented = transitionProposal(accepted.proposal, {
      type: 'record-implementation',
      at: h(30),
      actor: manager,
      summary: '已试行',
      actionId: 'ia_7',
    })._unsafeUnwrap();
    expect(implemented.proposal).toMatchObject({
      status: 'implemented',
      implementation: { actionId: 'ia_7' },
    });
    expect(implemented.events[0]?.type).toBe('improvement.proposal-implemented');
  });

  it('§12.2.1–§12.2.3 a rejection carries its reason', () => {
    const rejected = runProposal(
      submittedProposal(),
      { type: 'start-evaluation', at: h(1), actor: manager },
      {
        type: 'reject',
        at: h(2),
        actor: manager,
        reason: 'already-in-place',
        note: '已有同类流程',
      },
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejection: { reason: 'already-in-place', note: '已有同类流程', by: 'emp_sm' },
      evaluation: null,
    });
    expect(
      transitionProposal(rejected, {
        type: 'record-implementation',
        at: h(3),
        actor: manager,
        summary: 'x',
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      data: { entity: 'improvement-proposal', status: 'rejected' },
    });
    const noReason = { type: 'reject', at: h(2), actor: manager } as never;
    expect(transitionProposal(submittedProposal(), noReason)._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
  });

  it('§12.2.1–§12.2.3 evaluation needs improvement-proposal.evaluate and never one’s own proposal', () => {
    expect(
      transitionProposal(submittedProposal(), {
        type: 'start-evaluation',
        at: h(1),
        actor: supervisor,
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'forbidden', data: { capability: 'improvement-proposal.evaluate' } });
    const own = submittedProposal('ip_1', manager);
    expect(
      transitionProposal(own, {
        type: 'start-evaluation',
        at: h(1),
        actor: manager,
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'proposal_evaluator_is_submitter',
      data: { proposalId: 'ip_1', employeeId: 'emp_sm' },
    });
  });

  it('§12.2.1–§12.2.3 a proposal cannot be accepted before it is evaluated', () => {
    expect(
      transitionProposal(submittedProposal(), {
        type: 'accept',
        at: h(1),
        actor: manager,
        scores,
      })._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
    expect(
      transitionProposal(acceptedProposal(), {
        type: 'accept',
        at: h(5),
        actor: manager,
        scores: { ...scores, benefit: 6 },
      })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });
});

describe('triggerFromProposal', () => {
  it('§12.2.1–§12.2.3 §12.1.1–§12.1.3 an accepted proposal opens an action with source proposal', () => {
    expect(triggerFromProposal(submittedProposal())).toBeNull();
    const trigger = triggerFromProposal(acceptedProposal());
    expect(trigger).toEqual({
      source: 'proposal',
      sourceId: 'ip_1',
      reason: 'proposal_accepted',
      subject: 'service',
      score: 4,
      threshold: null,
      customerId: null,
      clause: '§12.2.1–§12.2.3',
    });
    const { action } = openAction(
      { trigger, kind: 'preventive', ownerId: 'emp_pm' },
      { id: 'ia_1', at: h(3), actor: manager },
    )._unsafeUnwrap();
    expect(action).toMatchObject({
      source: 'proposal',
      kind: 'preventive',
      triggerKey: 'proposal|ip_1|proposal_accepted',
    });
    expect(triggerFromProposal(implementedProposal())?.sourceId).toBe('ip_1');
  });
});
