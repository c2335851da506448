import { describe, expect, it } from 'vitest';
import { isCompletedTraining, recordAttendance } from '../../src/training/index';
import { advisor, at, held, scheduled, technician, trainer } from './fixtures';

const context = { id: 'att_1', at: at(120), actor: trainer };

describe('recordAttendance', () => {
  it('§2.2.6 §8.1.2 records an employee at a held session, copying course, kind, topics and date', () => {
    const session = held({ topics: ['service-process', 'communication'] });
    const { record, events } = recordAttendance(
      session,
      { employeeId: technician.id, status: 'attended', passed: true },
      context,
    )._unsafeUnwrap();
    expect(record).toMatchObject({
      id: 'att_1',
      version: 0,
      sessionId: 'trs_1',
      employeeId: technician.id,
      courseCode: 'SVC-101',
      kind: 'in-service',
      topics: ['service-process', 'communication'],
      date: '2026-03-10',
      status: 'attended',
      passed: true,
      recordedBy: trainer.id,
    });
    expect(events[0]).toMatchObject({
      type: 'training.attendance-recorded',
      aggregateType: 'training-attendance',
      aggregateId: 'att_1',
      payload: { employeeId: technician.id, sessionId: 'trs_1', status: 'attended', passed: true },
    });
    expect(isCompletedTraining(record)).toBe(true);
  });

  it('§8.1.2 attendance of a session that was not held is refused', () => {
    const refused = recordAttendance(
      scheduled(),
      { employeeId: technician.id, status: 'attended' },
      context,
    );
    expect(refused._unsafeUnwrapErr()).toEqual({
      code: 'training_session_not_held',
      clause: '§8.1.2',
      data: { sessionId: 'trs_1', status: 'scheduled' },
    });
  });

  it('§2.2.6 the same employee is not recorded twice for a session', () => {
    const session = held();
    const first = recordAttendance(
      session,
      { employeeId: technician.id, status: 'attended' },
      context,
    )._unsafeUnwrap().record;
    const again = recordAttendance(
      session,
      { employeeId: technician.id, status: 'absent' },
      { ...context, id: 'att_2' },
      [first],
    );
    expect(again._unsafeUnwrapErr().code).toBe('attendance_already_recorded');
    const other = recordAttendance(
      session,
      { employeeId: advisor.id, status: 'attended' },
      { ...context, id: 'att_3' },
      [first],
    );
    expect(other.isOk()).toBe(true);
  });

  it('§2.2.6 absences and failed tests are on record but do not count as completed training', () => {
    const session = held();
    const absent = recordAttendance(
      session,
      { employeeId: technician.id, status: 'absent' },
      context,
    )._unsafeUnwrap().record;
    expect(isCompletedTraining(absent)).toBe(false);
    const failed = recordAttendance(
      session,
      { employeeId: advisor.id, status: 'attended', passed: false },
      { ...context, id: 'att_2' },
    )._unsafeUnwrap().record;
    expect(isCompletedTraining(failed)).toBe(false);
    const absentWithResult = recordAttendance(
      session,
      { employeeId: advisor.id, status: 'absent', passed: true },
      { ...context, id: 'att_3' },
    );
    expect(absentWithResult._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it('§8.1.2 recording needs training-attendance.record (a technician is refused)', () => {
    const refused = recordAttendance(
      held(),
      { employeeId: technician.id, status: 'attended' },
      { ...context, actor: technician },
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      data: { capability: 'training-attendance.record' },
    });
  });
});
