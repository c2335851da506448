import { type Actor, parseActor, type Role } from '../../src/org/index';
import { addMinutesToInstant, type CalendarDate, type Instant } from '../../src/shared/index';
import {
  type AttendanceRecord,
  type Certification,
  issueCertification,
  recordAttendance,
  scheduleTrainingSession,
  type TrainingKind,
  type TrainingSession,
  type TrainingSessionInput,
  type TrainingTopic,
  transitionTrainingSession,
} from '../../src/training/index';

/** 2026-03-02 09:00 in Shanghai. */
export const T0 = '2026-03-02T01:00:00.000Z' as Instant;

export const at = (minutes: number): Instant => addMinutesToInstant(T0, minutes);

/** Noon in Shanghai on a dealer date. */
export const noonOn = (date: string): Instant => `${date}T04:00:00.000Z` as Instant;

export const day = (date: string) => date as CalendarDate;

function actor(id: string, roles: Role[]): Actor {
  return parseActor({ id, roles })._unsafeUnwrap();
}

export const manager = actor('emp_sm', ['service-manager']);
export const trainer = actor('emp_tr', ['trainer']);
export const supervisor = actor('emp_ws', ['workshop-supervisor']);
export const technician = actor('emp_t1', ['technician']);
export const advisor = actor('emp_sa', ['service-advisor']);

export const sessionInput = (
  overrides: Partial<TrainingSessionInput> = {},
): TrainingSessionInput => ({
  courseCode: 'SVC-101',
  title: '售后服务流程',
  kind: 'in-service',
  topics: ['service-process'],
  modes: ['offline', 'internal'],
  date: '2026-03-10',
  trainerId: trainer.id,
  ...overrides,
});

/** A scheduled session. */
export function scheduled(
  overrides: Partial<TrainingSessionInput> = {},
  id = 'trs_1',
): TrainingSession {
  return scheduleTrainingSession(sessionInput(overrides), {
    id,
    at: T0,
    actor: trainer,
  })._unsafeUnwrap().session;
}

/** A held session. */
export function held(overrides: Partial<TrainingSessionInput> = {}, id = 'trs_1'): TrainingSession {
  const session = scheduled(overrides, id);
  return transitionTrainingSession(session, {
    type: 'mark-held',
    at: noonOn(session.date),
    actor: trainer,
  })._unsafeUnwrap().session;
}

let counter = 0;

/** A completed attendance of `employeeId` at a held session with these fields. */
export function attended(
  employeeId: string,
  date: string,
  kind: TrainingKind,
  topics: TrainingTopic[],
  extra: { courseCode?: string; status?: 'attended' | 'absent'; passed?: boolean | null } = {},
): AttendanceRecord {
  counter += 1;
  const session = held(
    { date, kind, topics, courseCode: extra.courseCode ?? `C-${kind}` },
    `trs_${date}_${counter}`,
  );
  return recordAttendance(
    session,
    { employeeId, status: extra.status ?? 'attended', passed: extra.passed ?? null },
    { id: `att_${counter}`, at: at(120), actor: trainer },
  )._unsafeUnwrap().record;
}

/** A certification issued to `employeeId`. */
export function certification(
  employeeId: string,
  code: string,
  issuedOn: string,
  expiresOn?: string | null,
  id = `crt_${employeeId}_${code}`,
): Certification {
  return issueCertification(
    expiresOn === undefined
      ? { employeeId, code, issuedOn }
      : { employeeId, code, issuedOn, expiresOn },
    { id, at: T0, actor: trainer },
  )._unsafeUnwrap().certification;
}
