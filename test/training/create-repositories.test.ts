import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import type { EmployeeId } from '../../src/org/index';
import {
  buildCertificationLookup,
  createTrainingRepositories,
  recordAttendance,
  TRAINING_COLLECTIONS,
  type TrainingSessionId,
} from '../../src/training/index';
import { at, certification, held, noonOn, scheduled, trainer } from './fixtures';

describe('createTrainingRepositories', () => {
  it('§2.2.6 stores sessions and attendance and finds them by employee and by session', async () => {
    const store = createMemoryStore();
    const repositories = createTrainingRepositories(store);
    const session = held();
    await repositories.sessions.save(session, { expectedVersion: 0 });
    await repositories.sessions.save(scheduled({}, 'trs_2'), { expectedVersion: 0 });
    for (const [i, employeeId] of ['emp_a', 'emp_b'].entries()) {
      const { record, events } = recordAttendance(
        session,
        { employeeId, status: 'attended' },
        { id: `att_${i}`, at: at(120 + i), actor: trainer },
      )._unsafeUnwrap();
      (await repositories.attendance.save(record, { expectedVersion: 0, events }))._unsafeUnwrap();
    }
    const mine = (
      await repositories.attendance.listByEmployee('emp_a' as EmployeeId)
    )._unsafeUnwrap();
    expect(mine.map((r) => r.id)).toEqual(['att_0']);
    const sheet = (
      await repositories.attendance.listBySession('trs_1' as TrainingSessionId)
    )._unsafeUnwrap();
    expect(sheet.map((r) => r.employeeId)).toEqual(['emp_a', 'emp_b']);
    const planned = (await repositories.sessions.listByStatus('scheduled'))._unsafeUnwrap();
    expect(planned.map((s) => s.id)).toEqual(['trs_2']);
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events.map((e) => e.type)).toEqual([
      'training.attendance-recorded',
      'training.attendance-recorded',
    ]);
  });

  it('§8.1.3 loads certification holders by code to build the dispatch lookup; stale writes conflict (X-6)', async () => {
    const repositories = createTrainingRepositories(createMemoryStore());
    const a = certification('emp_a', 'EV-HV', '2026-01-01');
    await repositories.certifications.save(a, { expectedVersion: 0 });
    await repositories.certifications.save(certification('emp_b', 'AC-R134', '2026-01-01'), {
      expectedVersion: 0,
    });
    const holders = (await repositories.certifications.listByCode('EV-HV'))._unsafeUnwrap();
    const isCertified = buildCertificationLookup(holders, noonOn('2026-03-01'));
    expect(isCertified('emp_a' as EmployeeId, 'EV-HV')).toBe(true);
    const byEmployee = (
      await repositories.certifications.listByEmployee('emp_b' as EmployeeId)
    )._unsafeUnwrap();
    expect(byEmployee.map((c) => c.code)).toEqual(['AC-R134']);
    const stale = await repositories.certifications.save(a, { expectedVersion: 0 });
    expect(stale._unsafeUnwrapErr().code).toBe('concurrency_conflict');
    expect(TRAINING_COLLECTIONS.certifications).toBe('training-certification');
  });
});
