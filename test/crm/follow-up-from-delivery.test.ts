import { describe, expect, it } from 'vitest';
import {
  defineSurvey,
  followUpFromDelivery,
  parseCrmConfig,
  parseDeliveredRepairOrder,
  surveyInvitationFromDelivery,
} from '../../src/crm/index';
import {
  delivery,
  fourDimensionSurvey,
  hostileInputs,
  publishedSurvey,
  reasons,
  T0,
} from './fixtures';

describe('followUpFromDelivery', () => {
  it('§2.2.5(2) every delivered repair order produces a follow-up task due within 3 days by default', () => {
    const { task, events } = followUpFromDelivery(delivery(), { id: 'fu_1' })._unsafeUnwrap();
    expect(task).toEqual({
      id: 'fu_1',
      version: 0,
      createdAt: '2026-03-02T09:30:00.000Z',
      updatedAt: '2026-03-02T09:30:00.000Z',
      repairOrderId: 'ro_1',
      customerId: 'cus_1',
      vehicleId: 'veh_1',
      advisorId: 'emp_sa',
      deliveredAt: '2026-03-02T09:30:00.000Z',
      // Delivered on 2 March (Shanghai): due by the end of 5 March, dealer time.
      dueBy: '2026-03-05T16:00:00.000Z',
      status: 'open',
      assigneeId: null,
      attempts: [],
      outcome: null,
      completedAt: null,
      completedBy: null,
      complaintId: null,
    });
    expect(events).toEqual([
      {
        type: 'crm.follow-up-scheduled',
        aggregateType: 'follow-up',
        aggregateId: 'fu_1',
        at: '2026-03-02T09:30:00.000Z',
        payload: {
          followUpId: 'fu_1',
          repairOrderId: 'ro_1',
          customerId: 'cus_1',
          dueBy: '2026-03-05T16:00:00.000Z',
        },
      },
    ]);
  });

  it('§2.2.5(2) the number of days is configurable and the task can be pre-assigned', () => {
    const config = parseCrmConfig({ followUp: { dueWithinDays: 1 } })._unsafeUnwrap();
    const { task } = followUpFromDelivery(delivery(), {
      id: 'fu_1',
      config,
      assigneeId: 'emp_cs1',
    })._unsafeUnwrap();
    expect(task.dueBy).toBe('2026-03-03T16:00:00.000Z');
    expect(task.assigneeId).toBe('emp_cs1');
  });

  it('§2.2.5(2) is deterministic, so a duplicate event is recognisable', () => {
    expect(followUpFromDelivery(delivery(), { id: 'fu_1' })).toEqual(
      followUpFromDelivery(delivery(), { id: 'fu_1' }),
    );
  });

  it('§2.2.5(2) a malformed delivery payload or id is a typed error, never a throw', () => {
    const bad = { ...delivery(), deliveredAt: 'yesterday' };
    expect(reasons(followUpFromDelivery(bad as never, { id: 'fu_1' }))).toEqual([
      'deliveredAt:instant_format',
    ]);
    expect(followUpFromDelivery(delivery(), { id: '' }).isErr()).toBe(true);
    for (const input of hostileInputs) {
      expect(followUpFromDelivery(input as never, { id: 'fu_1' }).isErr()).toBe(true);
      expect(parseDeliveredRepairOrder(input).isErr()).toBe(true);
    }
  });
});

describe('surveyInvitationFromDelivery', () => {
  it('§3.5(5) §7.2.1 a delivery invites the customer to a published survey on one of its channels', () => {
    const survey = publishedSurvey();
    const { invitation, events } = surveyInvitationFromDelivery(delivery(), {
      id: 'inv_1',
      survey,
      channel: 'online',
    })._unsafeUnwrap();
    expect(invitation).toMatchObject({
      surveyId: 'svy_1',
      repairOrderId: 'ro_1',
      customerId: 'cus_1',
      channel: 'online',
      invitedAt: '2026-03-02T09:30:00.000Z',
      expiresAt: '2026-03-16T16:00:00.000Z',
    });
    expect(events[0]?.type).toBe('crm.survey-invited');
  });

  it('§2.2.5(4) §7.2.1 a draft survey or a channel it does not run on is refused', () => {
    const draft = defineSurvey(fourDimensionSurvey, { id: 'svy_2', at: T0 })._unsafeUnwrap().survey;
    expect(
      surveyInvitationFromDelivery(delivery(), {
        id: 'inv_1',
        survey: draft,
        channel: 'online',
      })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'survey_not_published',
      clause: '§2.2.5(4)',
      data: { surveyId: 'svy_2', status: 'draft' },
    });
    expect(
      surveyInvitationFromDelivery(delivery(), {
        id: 'inv_1',
        survey: publishedSurvey(),
        channel: 'paper',
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'survey_channel_not_offered', clause: '§7.2.1' });
  });
});
