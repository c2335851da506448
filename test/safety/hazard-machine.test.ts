import { describe, expect, it } from 'vitest';
import { type HazardCommand, transitionHazard } from '../../src/safety/index';
import {
  at,
  hazard,
  rectifiedHazard,
  safetyOfficer,
  safetyOfficer2,
  technician,
  workshopSupervisor,
} from './fixtures';

const later = at('2026-03-04T02:00:00.000Z');

describe('transitionHazard', () => {
  it('§9.1.2 runs reported → rectifying → rectified → verified with an event per step', () => {
    const rectified = rectifiedHazard();
    expect(rectified).toMatchObject({
      status: 'rectified',
      rectifiedBy: 'emp_ws',
      rectificationNote: '更换保险锁并试验',
    });
    const verified = transitionHazard(rectified, {
      type: 'verify',
      at: later,
      actor: safetyOfficer,
    });
    const { hazard: done, events } = verified._unsafeUnwrap();
    expect(done).toMatchObject({ status: 'verified', verifiedBy: 'emp_so', updatedAt: later });
    expect(events.map((e) => e.type)).toEqual(['safety.hazard-verified']);
  });

  it('§9.1.2 the rectification is reported on time or late against the deadline', () => {
    const started = transitionHazard(hazard(), {
      type: 'start-rectification',
      at: later,
      actor: workshopSupervisor,
    })._unsafeUnwrap().hazard;
    const late = transitionHazard(started, {
      type: 'record-rectification',
      at: at('2026-03-06T02:00:00.000Z'), // due 2026-03-05
      actor: workshopSupervisor,
      note: '已修复',
    })._unsafeUnwrap();
    expect(late.events[0]?.payload).toMatchObject({ onTime: false });
  });

  it('§9.1.2 verification is never by the owner nor by whoever rectified it', () => {
    const rectified = rectifiedHazard();
    // The owner holds the capability through a second role, and is still refused.
    const ownerInspector = {
      ...workshopSupervisor,
      roles: [...workshopSupervisor.roles, 'safety-officer' as const],
    };
    expect(
      transitionHazard(rectified, {
        type: 'verify',
        at: later,
        actor: ownerInspector,
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'hazard_verifier_is_owner', clause: '§9.1.2' });

    const byInspector = { ...rectified, rectifiedBy: safetyOfficer.id };
    expect(
      transitionHazard(byInspector, {
        type: 'verify',
        at: later,
        actor: safetyOfficer,
      })._unsafeUnwrapErr().code,
    ).toBe('hazard_verifier_is_owner');
    expect(
      transitionHazard(byInspector, { type: 'verify', at: later, actor: safetyOfficer2 }).isOk(),
    ).toBe(true);
    expect(
      transitionHazard(rectified, {
        type: 'verify',
        at: later,
        actor: technician,
      })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
  });

  it('§9.1.2 a failed verification sends the hazard back to rectifying with the reason', () => {
    const rejected = transitionHazard(rectifiedHazard(), {
      type: 'reject',
      at: later,
      actor: safetyOfficer,
      reason: '保险锁仍卡滞',
    })._unsafeUnwrap();
    expect(rejected.hazard).toMatchObject({
      status: 'rectifying',
      rectifiedAt: null,
      rectifiedBy: null,
      rejectionCount: 1,
      rejectionReason: '保险锁仍卡滞',
    });
    expect(rejected.events[0]?.type).toBe('safety.hazard-rejected');
  });

  it('§9.1.2 only the owner or an inspector works on the rectification', () => {
    const error = transitionHazard(hazard(), {
      type: 'start-rectification',
      at: later,
      actor: technician,
    });
    expect(error._unsafeUnwrapErr()).toMatchObject({
      code: 'hazard_not_owner',
      data: { actorId: 'emp_t' },
    });
    expect(
      transitionHazard(hazard(), {
        type: 'start-rectification',
        at: later,
        actor: safetyOfficer,
      }).isOk(),
    ).toBe(true);
  });

  it('§9.1.2 reassigns owner and deadline, never to before the report day', () => {
    const moved = transitionHazard(hazard(), {
      type: 'reassign',
      at: later,
      actor: safetyOfficer,
      ownerId: 'emp_tl',
      rectificationDueOn: '2026-03-10',
    })._unsafeUnwrap();
    expect(moved.hazard).toMatchObject({ ownerId: 'emp_tl', rectificationDueOn: '2026-03-10' });
    const early = transitionHazard(hazard(), {
      type: 'reassign',
      at: later,
      actor: safetyOfficer,
      ownerId: 'emp_tl',
      rectificationDueOn: '2026-02-28',
    });
    expect(early._unsafeUnwrapErr().code).toBe('hazard_due_before_report');
  });

  it('§9.1.2 any other status and command is an explicit invalid_transition', () => {
    const commands: HazardCommand[] = [
      { type: 'verify', at: later, actor: safetyOfficer },
      { type: 'record-rectification', at: later, actor: workshopSupervisor, note: 'x' },
      { type: 'reject', at: later, actor: safetyOfficer, reason: 'x' },
    ];
    for (const command of commands) {
      expect(transitionHazard(hazard(), command)._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid_transition',
        data: { entity: 'hazard', status: 'reported', command: command.type },
      });
    }
    const verified = transitionHazard(rectifiedHazard(), {
      type: 'verify',
      at: later,
      actor: safetyOfficer,
    })._unsafeUnwrap().hazard;
    expect(
      transitionHazard(verified, {
        type: 'reassign',
        at: later,
        actor: safetyOfficer,
        ownerId: 'emp_x',
      })._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
  });

  it('§9.1.2 never mutates the hazard and rejects a malformed command', () => {
    const before = hazard();
    const copy = structuredClone(before);
    transitionHazard(before, { type: 'start-rectification', at: later, actor: workshopSupervisor });
    expect(before).toEqual(copy);
    expect(
      transitionHazard(before, {
        type: 'record-rectification',
        at: later,
        actor: workshopSupervisor,
        note: '  ',
      })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });
});
