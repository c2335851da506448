import { describe, expect, it } from 'vitest';
import {
  type FollowUpTask,
  followUpFromDelivery,
  parseCrmConfig,
  transitionFollowUp,
} from '../../src/crm/index';
import { addMinutesToInstant } from '../../src/shared/index';
import { at, csAgent, csAgent2, csSupervisor, delivery, reasons, technician } from './fixtures';

const task = followUpFromDelivery(delivery(), { id: 'fu_1' })._unsafeUnwrap().task;
const call = at('2026-03-03T02:00:00.000Z');
const late = at('2026-03-06T02:00:00.000Z');

describe('transitionFollowUp', () => {
  it('§2.2.5(2) reached and satisfied completes the task on time', () => {
    const result = transitionFollowUp(task, {
      type: 'record-satisfied',
      at: call,
      actor: csAgent,
    })._unsafeUnwrap();
    expect(result.task).toMatchObject({
      status: 'completed',
      outcome: 'reached-satisfied',
      completedAt: call,
      completedBy: 'emp_cs1',
      attempts: [{ at: call, agentId: 'emp_cs1', outcome: 'reached-satisfied', note: null }],
    });
    expect(result.complaint).toBeNull();
    expect(result.events[0]).toMatchObject({
      type: 'crm.follow-up-completed',
      payload: { outcome: 'reached-satisfied', onTime: true, agentId: 'emp_cs1' },
    });
  });

  it('§2.2.5(2) a call after the due instant is recorded as late', () => {
    const result = transitionFollowUp(task, {
      type: 'record-satisfied',
      at: late,
      actor: csAgent,
    })._unsafeUnwrap();
    expect(result.events[0]?.payload).toMatchObject({ onTime: false });
  });

  it('§2.2.5(2) §7.3.1 reached with an issue opens a complaint linked to the order and the task', () => {
    const result = transitionFollowUp(task, {
      type: 'record-issue',
      at: call,
      actor: csAgent,
      note: '客户反映空调仍不制冷',
      complaint: {
        id: 'cmp_7',
        category: 'repair-quality',
        severity: 'high',
        summary: '空调仍不制冷',
      },
    })._unsafeUnwrap();
    expect(result.task).toMatchObject({
      status: 'completed',
      outcome: 'reached-issue',
      complaintId: 'cmp_7',
    });
    expect(result.complaint).toMatchObject({
      id: 'cmp_7',
      status: 'received',
      customerId: 'cus_1',
      vehicleId: 'veh_1',
      repairOrderId: 'ro_1',
      followUpId: 'fu_1',
      channel: 'phone',
      severity: 'high',
    });
    expect(result.events.map((e) => e.type)).toEqual([
      'crm.follow-up-completed',
      'crm.complaint-received',
    ]);
    // The complaint text stays on the complaint, out of the events (§1.2(7)).
    expect(JSON.stringify(result.events)).not.toContain('空调');
  });

  it('§2.2.5(2) not reached is retried up to the configured number of attempts', () => {
    let current: FollowUpTask = task;
    const types: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const result = transitionFollowUp(current, {
        type: 'record-not-reached',
        at: addMinutesToInstant(call, i * 120),
        actor: i === 2 ? csAgent2 : csAgent,
      })._unsafeUnwrap();
      current = result.task;
      types.push(...result.events.map((e) => e.type));
    }
    expect(current.status).toBe('unreachable');
    expect(current.attempts).toHaveLength(3);
    expect(types).toEqual([
      'crm.follow-up-attempted',
      'crm.follow-up-attempted',
      'crm.follow-up-attempted',
      'crm.follow-up-unreachable',
    ]);
    const config = parseCrmConfig({ followUp: { maxAttempts: 1 } })._unsafeUnwrap();
    const once = transitionFollowUp(
      task,
      { type: 'record-not-reached', at: call, actor: csAgent },
      { config },
    )._unsafeUnwrap();
    expect(once.task.status).toBe('unreachable');
  });

  it('§2.2.5(2) commands on a finished task are invalid transitions, never ignored', () => {
    const done = transitionFollowUp(task, {
      type: 'record-satisfied',
      at: call,
      actor: csAgent,
    })._unsafeUnwrap().task;
    expect(
      transitionFollowUp(done, {
        type: 'record-not-reached',
        at: late,
        actor: csAgent,
      })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'invalid_transition',
      clause: '§2.2.5(2)',
      data: { entity: 'follow-up', id: 'fu_1', status: 'completed', command: 'record-not-reached' },
    });
  });

  it('§2.2.5(2) assigning records the agent; only customer service records follow-ups', () => {
    const assigned = transitionFollowUp(task, {
      type: 'assign',
      at: call,
      actor: csSupervisor,
      assigneeId: 'emp_cs2',
    })._unsafeUnwrap();
    expect(assigned.task.assigneeId).toBe('emp_cs2');
    expect(
      transitionFollowUp(task, {
        type: 'record-satisfied',
        at: call,
        actor: technician,
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'forbidden', clause: '§2.2.5(2)' });
  });

  it('§2.2.5(2) a malformed command is a typed error', () => {
    const result = transitionFollowUp(task, {
      type: 'record-maybe',
      at: call,
      actor: csAgent,
    } as never);
    expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    expect(
      reasons(
        transitionFollowUp(task, {
          type: 'record-issue',
          at: call,
          actor: csAgent,
          complaint: { id: 'cmp_1', category: 'noise', severity: 'high', summary: '' },
        } as never),
      ),
    ).toEqual(['complaint.category:invalid_value', 'complaint.summary:too_small']);
  });
});
