import { describe, expect, it } from 'vitest';
import { parseRepairOrderCommand } from '../../src/repair-order/commands';
import { transition } from '../../src/repair-order/machine';
import type { RepairOrder } from '../../src/repair-order/schema';
import {
  advisor,
  approved,
  at,
  delivered,
  inDiagnosis,
  opened,
  paidWithPass,
  ready,
  run,
  step,
  supervisor,
  tech,
  workDone,
  working,
} from './fixtures';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('transition: the repair-order lifecycle', () => {
  it('§4.3(1)–(6) walks reception → diagnosis → approved → in progress → quality check → ready → delivered → closed', () => {
    expect(opened().status).toBe('reception');
    expect(inDiagnosis().status).toBe('diagnosis');
    expect(approved().status).toBe('approved');
    expect(working().status).toBe('in-progress');
    expect(workDone().status).toBe('in-progress');
    expect(ready().status).toBe('ready-for-delivery');
    const done = delivered();
    expect(done.status).toBe('delivered');
    const closed = step(done, { type: 'close', at: at(200), actor: advisor });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBe(at(200));
  });

  it('§4.3(1)–(6) rejects steps out of order with invalid_transition and leaves the order unchanged', () => {
    const cases: [RepairOrder, Record<string, unknown>][] = [
      [
        opened(),
        {
          type: 'approve-plan',
          at: at(1),
          actor: advisor,
          decidedBy: 'customer',
          channel: 'phone',
        },
      ],
      [
        inDiagnosis(),
        { type: 'clock-on', at: at(1), actor: tech, jobId: 'job_1', technicianId: tech.id },
      ],
      [approved(), { type: 'submit-for-inspection', at: at(1), actor: tech }],
      [working(), { type: 'deliver', at: at(1), actor: advisor }],
      [
        working(),
        { type: 'settle', at: at(1), actor: advisor, statement: approved().planApproval?.estimate },
      ],
      [
        delivered(),
        {
          type: 'add-job',
          at: at(1),
          actor: advisor,
          job: { id: 'job_9', title: 'x', repairCategory: 'minor-repair', lines: [] },
        },
      ],
      [delivered(), { type: 'cancel', at: at(1), actor: advisor, reason: 'changed mind' }],
    ];
    for (const [order, command] of cases) {
      const snapshot = structuredClone(order);
      const error = run(order, command)._unsafeUnwrapErr();
      expect(error.code).toBe('invalid_transition');
      expect(error.clause).toBe('§4.3(1)–(6)');
      expect(error.data).toEqual({ status: order.status, command: command.type });
      expect(order).toEqual(snapshot);
    }
  });

  it('§4.3(1)–(6) a closed or cancelled order accepts no command at all', () => {
    const closed = step(delivered(), { type: 'close', at: at(200), actor: advisor });
    const cancelled = step(opened(), {
      type: 'cancel',
      at: at(1),
      actor: advisor,
      reason: '客户取消',
    });
    expect(cancelled.status).toBe('cancelled');
    for (const order of [closed, cancelled]) {
      for (const command of [
        {
          type: 'record-progress',
          at: at(300),
          actor: advisor,
          note: 'x',
          customerNotified: false,
          channel: null,
        },
        { type: 'close', at: at(300), actor: advisor },
        { type: 'cancel', at: at(300), actor: advisor, reason: 'x' },
      ]) {
        expect(run(order, command)._unsafeUnwrapErr().code).toBe('invalid_transition');
      }
    }
  });

  it('X-5 every accepted command emits typed events about this order, stamped with its instant and new status', () => {
    const order = approved();
    const result = run(order, {
      type: 'dispatch-job',
      at: at(25),
      actor: supervisor,
      jobId: 'job_1',
      technicianId: tech.id,
      teamId: 'team_m1',
    })._unsafeUnwrap();
    expect(result.events).toEqual([
      {
        type: 'repair-order.job-dispatched',
        aggregateType: 'repair-order',
        aggregateId: 'ro_1',
        at: at(25),
        payload: { jobId: 'job_1', technicianId: tech.id, teamId: 'team_m1', status: 'approved' },
      },
    ]);
    const started = run(result.state, {
      type: 'clock-on',
      at: at(30),
      actor: tech,
      jobId: 'job_1',
      technicianId: tech.id,
    })._unsafeUnwrap();
    expect(started.events.map((event) => event.type)).toEqual([
      'repair-order.work-started',
      'repair-order.clocked-on',
    ]);
    expect(started.state.updatedAt).toBe(at(30));
    expect(started.state.version).toBe(order.version);
  });

  it('X-5 the whole lifecycle emits one or more events per step and every payload is JSON-safe', () => {
    const order = paidWithPass();
    const result = run(order, { type: 'deliver', at: at(140), actor: advisor })._unsafeUnwrap();
    expect(result.events).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(result.events))).toEqual(result.events);
  });

  it('§4.3(1)–(6) never mutates its input, even deeply frozen', () => {
    const order = deepFreeze(approved());
    const command = parseRepairOrderCommand({
      type: 'dispatch-job',
      at: at(25),
      actor: supervisor,
      jobId: 'job_1',
      technicianId: tech.id,
      teamId: 'team_m1',
    })._unsafeUnwrap();
    expect(() => transition(order, deepFreeze(command))).not.toThrow();
    expect(transition(order, command)._unsafeUnwrap().state.jobs[0]?.status).toBe('dispatched');
    expect(order.jobs[0]?.status).toBe('planned');
  });

  it('§4.3(1)–(6) commands are parsed at the boundary: bad input is a validation error, never a throw', () => {
    const hostile: unknown[] = [
      null,
      42,
      'close',
      { type: 'teleport', at: at(1), actor: advisor },
      { type: 'close', at: 'yesterday', actor: advisor },
      { type: 'close', at: at(1), actor: { id: 'emp_x', roles: ['chef'] } },
      {
        type: 'record-progress',
        at: at(1),
        actor: advisor,
        note: 'x'.repeat(1_000_000),
        customerNotified: true,
        channel: null,
      },
      JSON.parse('{"__proto__": {"type": "close"}}'),
      {
        type: 'add-job',
        at: at(1),
        actor: advisor,
        job: { id: 'job_1', title: 't', repairCategory: 'tuning', lines: [] },
      },
    ];
    for (const input of hostile) {
      const result = parseRepairOrderCommand(input);
      expect(result.isErr()).toBe(true);
      expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    }
  });
});
