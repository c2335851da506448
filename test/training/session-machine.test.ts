import { describe, expect, it } from 'vitest';
import { defaultCapabilityMap, extendCapabilityMap } from '../../src/org/index';
import type { Instant } from '../../src/shared/index';
import {
  parseTrainingConfig,
  scheduleTrainingSession,
  type TrainingSessionCommand,
  transitionTrainingSession,
} from '../../src/training/index';
import {
  at,
  held,
  manager,
  noonOn,
  scheduled,
  sessionInput,
  T0,
  technician,
  trainer,
} from './fixtures';

describe('training sessions', () => {
  it('§8.1.2 a trainer schedules a session with course, topics, modes, date and trainer', () => {
    const { session, events } = scheduleTrainingSession(sessionInput(), {
      id: 'trs_1',
      at: T0,
      actor: trainer,
    })._unsafeUnwrap();
    expect(session).toMatchObject({
      id: 'trs_1',
      version: 0,
      courseCode: 'SVC-101',
      kind: 'in-service',
      topics: ['service-process'],
      modes: ['offline', 'internal'],
      date: '2026-03-10',
      trainerId: trainer.id,
      provider: null,
      certificationCode: null,
      status: 'scheduled',
    });
    expect(events.map((e) => e.type)).toEqual(['training.session-scheduled']);
    expect(events[0]?.payload).toEqual({
      sessionId: 'trs_1',
      courseCode: 'SVC-101',
      kind: 'in-service',
      date: '2026-03-10',
      actorId: trainer.id,
    });
  });

  it('§8.1.2 scheduling needs training-session.manage (a technician is refused)', () => {
    const denied = scheduleTrainingSession(sessionInput(), {
      id: 'trs_1',
      at: T0,
      actor: technician,
    });
    expect(denied._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      data: { capability: 'training-session.manage' },
    });
    const map = extendCapabilityMap(defaultCapabilityMap, {
      grant: { technician: ['training-session.manage'] },
    });
    const allowed = scheduleTrainingSession(sessionInput(), {
      id: 'trs_1',
      at: T0,
      actor: technician,
      capabilityMap: map,
    });
    expect(allowed.isOk()).toBe(true);
  });

  it('§8.1.2 scheduled → rescheduled → held, each with an event', () => {
    const moved = transitionTrainingSession(scheduled(), {
      type: 'reschedule',
      at: at(1),
      actor: manager,
      date: '2026-03-12',
    } as TrainingSessionCommand)._unsafeUnwrap();
    expect(moved.session).toMatchObject({
      date: '2026-03-12',
      status: 'scheduled',
      updatedAt: at(1),
    });
    const when = noonOn('2026-03-12');
    const done = transitionTrainingSession(moved.session, {
      type: 'mark-held',
      at: when,
      actor: trainer,
    })._unsafeUnwrap();
    expect(done.session).toMatchObject({ status: 'held', heldAt: when });
    expect(done.events[0]).toMatchObject({
      type: 'training.session-held',
      aggregateType: 'training-session',
      aggregateId: 'trs_1',
      at: when,
    });
  });

  it('§8.1.2 a session cannot be marked held before its date in the dealer zone', () => {
    const session = scheduled({ date: '2026-03-10' });
    // 23:30 on 9 March in Shanghai is still the day before.
    const early = transitionTrainingSession(session, {
      type: 'mark-held',
      at: '2026-03-09T15:30:00.000Z' as Instant,
      actor: trainer,
    });
    expect(early._unsafeUnwrapErr()).toEqual({
      code: 'training_session_not_yet_held',
      clause: '§8.1.2',
      data: { sessionId: 'trs_1', date: '2026-03-10' },
    });
    const onTheDay = transitionTrainingSession(session, {
      type: 'mark-held',
      at: '2026-03-09T16:30:00.000Z' as Instant,
      actor: trainer,
    });
    expect(onTheDay.isOk()).toBe(true);
    const utc = parseTrainingConfig({ timeZone: 'UTC' })._unsafeUnwrap();
    const inUtc = transitionTrainingSession(
      session,
      { type: 'mark-held', at: '2026-03-09T16:30:00.000Z' as Instant, actor: trainer },
      { config: utc },
    );
    expect(inUtc._unsafeUnwrapErr().code).toBe('training_session_not_yet_held');
  });

  it('§8.1.2 a held session cannot be cancelled or held again: invalid_transition', () => {
    const session = held();
    for (const type of ['cancel', 'mark-held'] as const) {
      const refused = transitionTrainingSession(session, { type, at: at(3), actor: trainer });
      expect(refused._unsafeUnwrapErr()).toEqual({
        code: 'invalid_transition',
        clause: '§8.1.2',
        data: { entity: 'training-session', id: 'trs_1', status: 'held', command: type },
      });
    }
  });

  it('§8.1.2 a cancelled session stays cancelled; a technician may not cancel', () => {
    const forbidden = transitionTrainingSession(scheduled(), {
      type: 'cancel',
      at: at(1),
      actor: technician,
    });
    expect(forbidden._unsafeUnwrapErr().code).toBe('forbidden');
    const cancelled = transitionTrainingSession(scheduled(), {
      type: 'cancel',
      at: at(1),
      actor: trainer,
    })._unsafeUnwrap().session;
    expect(cancelled.status).toBe('cancelled');
    const again = transitionTrainingSession(cancelled, {
      type: 'reschedule',
      at: at(2),
      actor: trainer,
      date: '2026-04-01',
    } as TrainingSessionCommand);
    expect(again._unsafeUnwrapErr().code).toBe('invalid_transition');
  });

  it('§8.1.2 a malformed command is validation_failed, never a throw', () => {
    const bad = transitionTrainingSession(scheduled(), { type: 'teleport' } as never);
    expect(bad._unsafeUnwrapErr().code).toBe('validation_failed');
  });
});
