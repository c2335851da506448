import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { CodeSchema } from '../pricing/index';
import {
  CalendarDateSchema,
  entityBaseShape,
  type ForbiddenError,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { checkCreate, type TrainingCreateContext } from './command-context';
import {
  type AttendanceAlreadyRecordedError,
  attendanceAlreadyRecorded,
  type TrainingSessionNotHeldError,
  trainingSessionNotHeld,
} from './errors';
import { type TrainingEvent, trainingEvent } from './events';
import { AttendanceRecordIdSchema, TrainingSessionIdSchema } from './ids';
import type { TrainingSession } from './session-schema';
import { AttendanceStatusSchema, TrainingKindSchema, TrainingTopicSchema } from './vocabulary';

/**
 * Schema of an attendance record (培训记录): one employee at one held
 * session. The session's course code, kind, topics and date are copied in,
 * so compliance checks (§8.1.1, §8.1.2, §9.2) work from the records alone.
 * `passed` is the result of the course's test, `null` when it has none.
 *
 * @example
 * ```ts
 * parseWith(AttendanceRecordSchema, JSON.parse(row)).isOk();
 * ```
 * @category training
 * @see §2.2.6
 * @see §8.1.2
 */
export const AttendanceRecordSchema = z.object({
  ...entityBaseShape,
  id: AttendanceRecordIdSchema,
  sessionId: TrainingSessionIdSchema,
  employeeId: EmployeeIdSchema,
  courseCode: CodeSchema,
  kind: TrainingKindSchema,
  topics: z.array(TrainingTopicSchema).check(z.maxLength(20)),
  date: CalendarDateSchema,
  status: AttendanceStatusSchema,
  passed: z.nullable(z.boolean()),
  recordedBy: EmployeeIdSchema,
});

/**
 * An attendance record.
 *
 * @example
 * ```ts
 * const record: AttendanceRecord = recordAttendance(session, input, context)._unsafeUnwrap().record;
 * ```
 * @category training
 * @see §2.2.6
 */
export type AttendanceRecord = z.infer<typeof AttendanceRecordSchema>;

/**
 * Whether a record counts as completed training: attended and not failed.
 *
 * @example
 * ```ts
 * isCompletedTraining({ ...record, status: 'attended', passed: null }); // true
 * ```
 * @category training
 * @see §2.2.6
 * @see §8.1.1
 */
export function isCompletedTraining(record: AttendanceRecord): boolean {
  return record.status === 'attended' && record.passed !== false;
}

/**
 * Schema of the input that records attendance: the employee, whether they
 * attended, and the test result if the course has one.
 *
 * @example
 * ```ts
 * AttendanceInputSchema.safeParse({ employeeId: 'emp_1', status: 'attended', passed: true }).success; // true
 * ```
 * @category training
 * @see §2.2.6
 */
export const AttendanceInputSchema = z.strictObject({
  employeeId: EmployeeIdSchema,
  status: AttendanceStatusSchema,
  passed: z.optional(z.nullable(z.boolean())),
});

/**
 * Input that records attendance (before parsing).
 *
 * @example
 * ```ts
 * const input: AttendanceInput = { employeeId: 'emp_1', status: 'attended' };
 * ```
 * @category training
 * @see §2.2.6
 */
export type AttendanceInput = z.input<typeof AttendanceInputSchema>;

/**
 * What {@link recordAttendance} returns: the record (version 0) and a
 * `training.attendance-recorded` event.
 *
 * @example
 * ```ts
 * const { record, events }: AttendanceRecorded = recordAttendance(session, input, context)._unsafeUnwrap();
 * ```
 * @category training
 * @see §2.2.6
 */
export interface AttendanceRecorded {
  readonly record: AttendanceRecord;
  readonly events: readonly TrainingEvent[];
}

/**
 * Records one employee's attendance of a held session (§8.1.2, §2.2.6).
 * The actor needs `training-attendance.record`. Pass the session's
 * existing records (e.g. from `attendance.listBySession`) so that the same
 * employee is not recorded twice. An absent employee's record says so;
 * a `passed` result on an absence is refused.
 *
 * Errors: `validation_failed`; `forbidden`; `training_session_not_held`;
 * `attendance_already_recorded`.
 *
 * @example
 * ```ts
 * recordAttendance(heldSession, { employeeId: 'emp_1', status: 'attended', passed: true },
 *   { id: 'att_1', at, actor: trainer }, existing)._unsafeUnwrap().record.status; // 'attended'
 * ```
 * @category training
 * @see §2.2.6
 * @see §8.1.2
 */
export function recordAttendance(
  session: TrainingSession,
  input: AttendanceInput,
  context: TrainingCreateContext,
  existing: readonly AttendanceRecord[] = [],
): Result<
  AttendanceRecorded,
  ValidationError | ForbiddenError | TrainingSessionNotHeldError | AttendanceAlreadyRecordedError
> {
  return checkCreate(context, AttendanceRecordIdSchema, 'training-attendance.record')
    .andThen((ctx) =>
      parseWith(
        AttendanceInputSchema.check(
          z.refine((value) => value.status === 'attended' || value.passed == null, {
            message: 'an absent employee has no test result',
            path: ['passed'],
            params: { reason: 'absent_with_result' },
          }),
        ),
        input,
        '§2.2.6',
      ).map((parsed) => ({ ...ctx, parsed })),
    )
    .andThen((value) => {
      if (session.status !== 'held') return err(trainingSessionNotHeld(session.id, session.status));
      const duplicate = existing.some(
        (r) => r.sessionId === session.id && r.employeeId === value.parsed.employeeId,
      );
      return duplicate
        ? err(attendanceAlreadyRecorded(session.id, value.parsed.employeeId))
        : ok(value);
    })
    .map(({ id, at, actor, parsed }) => {
      const record: AttendanceRecord = {
        id,
        version: 0,
        createdAt: at,
        updatedAt: at,
        sessionId: session.id,
        employeeId: parsed.employeeId,
        courseCode: session.courseCode,
        kind: session.kind,
        topics: [...session.topics],
        date: session.date,
        status: parsed.status,
        passed: parsed.passed ?? null,
        recordedBy: actor.id,
      };
      const event = trainingEvent('training.attendance-recorded', 'training-attendance', id, at, {
        attendanceId: id,
        sessionId: session.id,
        employeeId: record.employeeId,
        kind: record.kind,
        topics: record.topics,
        date: record.date,
        status: record.status,
        passed: record.passed,
        actorId: actor.id,
      });
      return { record, events: [event] };
    });
}
