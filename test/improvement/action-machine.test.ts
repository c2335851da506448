import { describe, expect, it } from 'vitest';
import { type ActionCommand, transitionAction } from '../../src/improvement/index';
import { defaultCapabilityMap, extendCapabilityMap } from '../../src/org/index';
import {
  actor,
  h,
  implementedAction,
  manager,
  openedAction,
  runAction,
  supervisor,
  technician,
  technician2,
  toImplemented,
} from './fixtures';

describe('transitionAction', () => {
  it('§12.1.1–§12.1.3 open → analysed → in-progress → implemented → verified → closed, with events', () => {
    let action = openedAction();
    const steps: [ActionCommand, string, string][] = [
      [toImplemented[0] as ActionCommand, 'analysed', 'improvement.action-analysed'],
      [toImplemented[1] as ActionCommand, 'in-progress', 'improvement.action-started'],
      [toImplemented[2] as ActionCommand, 'implemented', 'improvement.action-implemented'],
      [
        {
          type: 'verify',
          at: h(24 * 14),
          actor: manager,
          effective: true,
          note: '两周内无同类返修',
        },
        'verified',
        'improvement.action-verified',
      ],
      [{ type: 'close', at: h(24 * 15), actor: supervisor }, 'closed', 'improvement.action-closed'],
    ];
    for (const [command, status, type] of steps) {
      const result = transitionAction(action, command)._unsafeUnwrap();
      expect(result.action.status).toBe(status);
      expect(result.events.map((e) => e.type)).toEqual([type]);
      expect(result.events[0]?.aggregateId).toBe('ia_1');
      action = result.action;
    }
    expect(action).toMatchObject({
      rootCause: { category: 'method', recordedBy: 'emp_t', recordedAt: h(2) },
      plan: '增加力矩复核步骤并培训',
      startedAt: h(3),
      implementation: { by: 'emp_t', at: h(48) },
      verifications: [{ by: 'emp_sm', effective: true, note: '两周内无同类返修', at: h(24 * 14) }],
      closedAt: h(24 * 15),
      closedBy: 'emp_ws',
      updatedAt: h(24 * 15),
    });
  });

  it('§12.1.1–§12.1.3 the close event says whether it closed on time and worked first time', () => {
    const verified = runAction(implementedAction(), {
      type: 'verify',
      at: h(24 * 10),
      actor: manager,
      effective: true,
    });
    const onTime = transitionAction(verified, {
      type: 'close',
      at: h(24 * 10),
      actor: supervisor,
    })._unsafeUnwrap();
    expect(onTime.events[0]?.payload).toMatchObject({
      onTime: true,
      effectiveFirstTime: true,
      source: 'complaint',
    });
    // Due 2026-04-01; 2026-04-01T16:30Z is 04-02 in Shanghai: late.
    const late = transitionAction(verified, {
      type: 'close',
      at: h(24 * 30 + 14.5),
      actor: supervisor,
    })._unsafeUnwrap();
    expect(late.events[0]?.payload).toMatchObject({ onTime: false });
  });

  it('§12.1.1–§12.1.3 verified not effective goes back to in-progress and counts the reopening', () => {
    const reopened = transitionAction(implementedAction(), {
      type: 'verify',
      at: h(24 * 14),
      actor: manager,
      effective: false,
      dueOn: '2026-04-30',
    })._unsafeUnwrap();
    expect(reopened.action).toMatchObject({
      status: 'in-progress',
      reopenCount: 1,
      dueOn: '2026-04-30',
    });
    expect(reopened.events.map((e) => e.type)).toEqual([
      'improvement.action-verified',
      'improvement.action-reopened',
    ]);
    expect(reopened.events[1]?.payload).toMatchObject({ reopenCount: 1, dueOn: '2026-04-30' });
    const twice = runAction(
      reopened.action,
      { type: 'implement', at: h(24 * 20), actor: technician, summary: '更换扭力扳手' },
      { type: 'verify', at: h(24 * 27), actor: manager, effective: false },
      { type: 'implement', at: h(24 * 28), actor: technician, summary: '增加互检' },
      { type: 'verify', at: h(24 * 35), actor: manager, effective: true },
      { type: 'close', at: h(24 * 35), actor: manager },
    );
    expect(twice).toMatchObject({ status: 'closed', reopenCount: 2 });
    expect(twice.verifications.map((v) => v.effective)).toEqual([false, false, true]);
  });

  it('§12.1.1–§12.1.3 verification needs improvement-action.verify and may not be done by the owner', () => {
    const implemented = implementedAction();
    const byOwner = { ...manager, id: 'emp_t' } as typeof manager;
    expect(
      transitionAction(implemented, {
        type: 'verify',
        at: h(60),
        actor: byOwner,
        effective: true,
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'action_verifier_is_owner',
      data: { actionId: 'ia_1', employeeId: 'emp_t' },
    });
    expect(
      transitionAction(implemented, {
        type: 'verify',
        at: h(60),
        actor: supervisor,
        effective: true,
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'forbidden', data: { capability: 'improvement-action.verify' } });
    const map = extendCapabilityMap(defaultCapabilityMap, {
      grant: { 'qc-inspector': ['improvement-action.verify'] },
    });
    const qc = actor('emp_qc', 'qc-inspector');
    const options = { capabilityMap: map };
    expect(
      transitionAction(
        implemented,
        { type: 'verify', at: h(60), actor: qc, effective: true },
        options,
      ).isOk(),
    ).toBe(true);
  });

  it('§12.1.1–§12.1.3 the owner works the action; anyone else needs improvement-action.manage', () => {
    const opened = openedAction();
    const analyse = toImplemented[0] as ActionCommand;
    expect(
      transitionAction(opened, { ...analyse, actor: technician2 })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(transitionAction(opened, { ...analyse, actor: supervisor }).isOk()).toBe(true);
  });

  it('§12.1.1–§12.1.3 the root cause may be revised after an ineffective measure', () => {
    const reopened = runAction(implementedAction(), {
      type: 'verify',
      at: h(60),
      actor: manager,
      effective: false,
    });
    const revised = transitionAction(reopened, {
      type: 'analyse',
      at: h(61),
      actor: technician,
      rootCause: { category: 'equipment', analysis: '扭力扳手超期未校准' },
    })._unsafeUnwrap();
    expect(revised.action).toMatchObject({
      status: 'in-progress',
      rootCause: { category: 'equipment' },
    });
    expect(revised.events[0]?.payload).toMatchObject({
      revised: true,
      rootCauseCategory: 'equipment',
    });
  });

  it('§12.1.1–§12.1.3 reassigning changes owner and due date; cancelling ends an action raised in error', () => {
    const opened = openedAction();
    const moved = transitionAction(opened, {
      type: 'reassign',
      at: h(1),
      actor: supervisor,
      ownerId: 'emp_t2',
      dueOn: '2026-03-20',
    })._unsafeUnwrap();
    expect(moved.action).toMatchObject({ ownerId: 'emp_t2', dueOn: '2026-03-20', status: 'open' });
    expect(moved.events[0]?.payload).toMatchObject({
      previousOwnerId: 'emp_t',
      previousDueOn: '2026-04-01',
    });
    expect(
      transitionAction(opened, {
        type: 'reassign',
        at: h(1),
        actor: supervisor,
        dueOn: '2026-02-01',
      })._unsafeUnwrapErr().code,
    ).toBe('due_date_before_opening');
    expect(
      transitionAction(opened, { type: 'reassign', at: h(1), actor: supervisor }).isErr(),
    ).toBe(true);
    const cancelled = transitionAction(opened, {
      type: 'cancel',
      at: h(1),
      actor: supervisor,
      reason: 'duplicate',
    })._unsafeUnwrap();
    expect(cancelled.action).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'duplicate', by: 'emp_ws' },
    });
  });

  it('§12.1.1–§12.1.3 any other step is invalid_transition, never ignored', () => {
    const opened = openedAction();
    const close = transitionAction(opened, { type: 'close', at: h(1), actor: supervisor });
    expect(close._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_transition',
      clause: '§12.1.1–§12.1.3',
      data: { entity: 'improvement-action', status: 'open', command: 'close' },
    });
    expect(
      transitionAction(opened, { type: 'start', at: h(1), actor: technician, plan: 'x' }).isErr(),
    ).toBe(true);
    const implemented = implementedAction();
    expect(
      transitionAction(implemented, {
        type: 'cancel',
        at: h(60),
        actor: supervisor,
        reason: 'duplicate',
      })._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
    expect(
      transitionAction(opened, {
        type: 'fly',
        at: h(1),
        actor: supervisor,
      } as never)._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });

  it('§12.1.1–§12.1.3 never mutates the action it is given', () => {
    const opened = Object.freeze(openedAction());
    const copy = structuredClone(opened);
    transitionAction(opened, toImplemented[0] as ActionCommand);
    expect(opened).toEqual(copy);
  });
});
