import { describe, expect, it } from 'vitest';
import {
  type Complaint,
  type ComplaintCommand,
  crmMessages,
  transitionComplaint,
} from '../../src/crm/index';
import { defaultCapabilityMap, extendCapabilityMap } from '../../src/org/index';
import { formatError } from '../../src/shared/index';
import { at, complaint, csAgent, csSupervisor, manager, reasons, technician } from './fixtures';

const t = (hours: number) =>
  at(new Date(Date.parse('2026-03-02T02:00:00.000Z') + hours * 3_600_000).toISOString());

function run(c: Complaint, ...commands: ComplaintCommand[]): Complaint {
  return commands.reduce(
    (current, command) => transitionComplaint(current, command)._unsafeUnwrap().complaint,
    c,
  );
}

const resolved = () =>
  run(
    complaint(),
    { type: 'confirm', at: t(1), actor: csAgent },
    { type: 'respond', at: t(2), actor: csAgent },
    { type: 'start-resolving', at: t(3), actor: csAgent, handlerId: 'emp_sa' },
    { type: 'resolve', at: t(20), actor: csAgent, summary: '免费重新紧固并更换垫片' },
  );

describe('transitionComplaint', () => {
  it('§7.3.2 received → confirmed → responded → resolving → resolved → closed', () => {
    let c = complaint();
    const steps: [ComplaintCommand, string, string][] = [
      [{ type: 'confirm', at: t(1), actor: csAgent }, 'confirmed', 'crm.complaint-confirmed'],
      [{ type: 'respond', at: t(2), actor: csAgent }, 'responded', 'crm.complaint-responded'],
      [
        { type: 'start-resolving', at: t(3), actor: csAgent },
        'resolving',
        'crm.complaint-resolving',
      ],
      [
        { type: 'resolve', at: t(20), actor: csAgent, summary: '已处理' },
        'resolved',
        'crm.complaint-resolved',
      ],
      [
        {
          type: 'close',
          at: t(30),
          actor: csSupervisor,
          feedback: { satisfied: true, channel: 'phone', comment: '满意' },
        },
        'closed',
        'crm.complaint-closed',
      ],
    ];
    for (const [command, status, event] of steps) {
      const result = transitionComplaint(c, command)._unsafeUnwrap();
      expect(result.complaint.status).toBe(status);
      expect(result.events.map((e) => e.type)).toEqual([event]);
      c = result.complaint;
    }
    expect(c).toMatchObject({
      confirmedAt: t(1),
      respondedAt: t(2),
      resolvingSince: t(3),
      handlerId: 'emp_cs1',
      resolvedAt: t(20),
      closedAt: t(30),
      closedBy: 'emp_css',
      feedback: { satisfied: true, channel: 'phone', comment: '满意', at: t(30) },
    });
  });

  it('§7.3.2 responding and resolving say whether the deadline was met', () => {
    const late = run(complaint(), { type: 'confirm', at: t(1), actor: csAgent });
    const result = transitionComplaint(late, {
      type: 'respond',
      at: t(30),
      actor: csAgent,
    })._unsafeUnwrap();
    expect(result.events[0]?.payload).toMatchObject({ onTime: false });
  });

  it('§7.3.2 confirming may correct the category and severity; a new severity re-derives the deadlines', () => {
    const c = run(complaint(), {
      type: 'confirm',
      at: t(1),
      actor: csAgent,
      category: 'parts',
      severity: 'critical',
    });
    expect(c).toMatchObject({
      category: 'parts',
      severity: 'critical',
      responseDueBy: t(2),
      resolutionDueBy: t(24),
    });
  });

  it('§7.3.2 closing needs the customer’s feedback on the result', () => {
    const error = transitionComplaint(resolved(), {
      type: 'close',
      at: t(30),
      actor: csSupervisor,
    })._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'complaint_feedback_required',
      clause: '§7.3.2',
      data: { complaintId: 'cmp_1' },
    });
    expect(formatError(error, 'en', crmMessages)).toContain('feedback');
    const withFeedback = run(resolved(), {
      type: 'record-feedback',
      at: t(25),
      actor: csAgent,
      feedback: { satisfied: false, channel: 'phone' },
    });
    const closed = transitionComplaint(withFeedback, {
      type: 'close',
      at: t(30),
      actor: csSupervisor,
    })._unsafeUnwrap();
    expect(closed.complaint.feedback).toMatchObject({ satisfied: false, at: t(25) });
    expect(closed.events[0]?.payload).toMatchObject({ customerSatisfied: false });
  });

  it('§2.2.5(4) complaint closure requires the CS-supervisor capability', () => {
    const close: ComplaintCommand = {
      type: 'close',
      at: t(30),
      actor: csAgent,
      feedback: { satisfied: true, channel: 'phone' },
    };
    for (const actor of [csAgent, manager, technician]) {
      expect(transitionComplaint(resolved(), { ...close, actor })._unsafeUnwrapErr()).toMatchObject(
        {
          code: 'forbidden',
          clause: '§2.2.5(4)',
          data: { capability: 'complaint.close' },
        },
      );
    }
    // A host may delegate closure to the manager through its own capability map.
    const map = extendCapabilityMap(defaultCapabilityMap, {
      grant: { 'service-manager': ['complaint.close'] },
    });
    expect(
      transitionComplaint(resolved(), { ...close, actor: manager }, { capabilityMap: map }).isOk(),
    ).toBe(true);
  });

  it('§7.3.2 a resolved or closed complaint can be reopened with a new resolution deadline', () => {
    const closed = run(resolved(), {
      type: 'close',
      at: t(30),
      actor: csSupervisor,
      feedback: { satisfied: true, channel: 'phone' },
    });
    const reopened = transitionComplaint(closed, {
      type: 'reopen',
      at: t(100),
      actor: csAgent,
    })._unsafeUnwrap();
    expect(reopened.complaint).toMatchObject({
      status: 'resolving',
      reopenCount: 1,
      resolvedAt: null,
      resolution: null,
      feedback: null,
      closedAt: null,
      resolutionDueBy: t(172),
    });
    expect(reopened.events[0]?.type).toBe('crm.complaint-reopened');
    expect(
      transitionComplaint(resolved(), { type: 'reopen', at: t(25), actor: csAgent }).isOk(),
    ).toBe(true);
  });

  it('§7.3.2 a complaint can link to a repair order until it is closed', () => {
    const linked = transitionComplaint(complaint(), {
      type: 'link-repair-order',
      at: t(1),
      actor: csAgent,
      repairOrderId: 'ro_9',
    })._unsafeUnwrap();
    expect(linked.complaint).toMatchObject({ repairOrderId: 'ro_9', status: 'received' });
  });

  it('§7.3.2 steps out of order are invalid transitions, never silently ignored', () => {
    const error = transitionComplaint(complaint(), {
      type: 'close',
      at: t(1),
      actor: csSupervisor,
      feedback: { satisfied: true, channel: 'phone' },
    })._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'invalid_transition',
      clause: '§7.3.2',
      data: { entity: 'complaint', id: 'cmp_1', status: 'received', command: 'close' },
    });
    expect(formatError(error, 'zh-CN', crmMessages)).toBe(
      '投诉 cmp_1 处于「received」状态，不能执行「close」（§7.3.2）',
    );
    expect(
      transitionComplaint(complaint(), {
        type: 'respond',
        at: t(1),
        actor: csAgent,
      })._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
    expect(
      transitionComplaint(complaint(), {
        type: 'reopen',
        at: t(1),
        actor: csAgent,
      })._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
  });

  it('§7.3.2 malformed commands are typed errors', () => {
    expect(
      reasons(
        transitionComplaint(complaint(), { type: 'resolve', at: t(1), actor: csAgent } as never),
      ),
    ).toEqual(['summary:invalid_type']);
    expect(transitionComplaint(complaint(), null as never)._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
  });
});
