import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema, TeamIdSchema } from '../org/index';
import {
  compareInstants,
  entityBaseShape,
  InstantSchema,
  idSchema,
  instantToEpochMs,
  parseWith,
  type ValidationError,
} from '../shared/index';

const MAX_SHIFT_MINUTES = 24 * 60;

/**
 * One attended shift (出勤记录) of a technician, the denominator of
 * productivity: clock-in and clock-out instants, unpaid break minutes, and
 * the team the technician worked for that day (`null` when none). A shift
 * lasts more than zero and at most 24 hours; breaks are shorter than it.
 * Hosts map their time-and-attendance system's rows to this.
 *
 * @example
 * ```ts
 * const shift = { id: 'att_1', version: 1, createdAt: at, updatedAt: at, technicianId: 'emp_t1', teamId: 'team_m1', clockInAt: '2026-03-02T00:30:00.000Z', clockOutAt: '2026-03-02T09:30:00.000Z', breakMinutes: 60 };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export const AttendanceRecordSchema = z
  .object({
    ...entityBaseShape,
    id: idSchema<'Attendance'>(),
    technicianId: EmployeeIdSchema,
    teamId: z.nullable(TeamIdSchema),
    clockInAt: InstantSchema,
    clockOutAt: InstantSchema,
    breakMinutes: z.int().check(z.gte(0), z.lte(MAX_SHIFT_MINUTES)),
  })
  .check(
    z.refine(
      (shift) => {
        const minutes = shiftMinutes(shift.clockInAt, shift.clockOutAt, 0);
        return (
          compareInstants(shift.clockOutAt, shift.clockInAt) > 0 &&
          minutes <= MAX_SHIFT_MINUTES &&
          shift.breakMinutes < minutes
        );
      },
      {
        message:
          'a shift must end after it starts, last at most 24 h, and be longer than its breaks',
        params: { reason: 'shift_invalid' },
      },
    ),
  );

/**
 * A parsed {@link AttendanceRecordSchema}.
 *
 * @example
 * ```ts
 * const shifts: AttendanceRecord[] = rows.map((row) => parseAttendanceRecord(row)._unsafeUnwrap());
 * ```
 * @category analytics
 * @see §11.2.2
 */
export type AttendanceRecord = z.infer<typeof AttendanceRecordSchema>;

function shiftMinutes(from: string, to: string, breakMinutes: number): number {
  const ms = instantToEpochMs(to as never) - instantToEpochMs(from as never);
  return Math.floor(ms / 60_000) - breakMinutes;
}

/**
 * Whole minutes attended in a shift: clock-in to clock-out, less breaks.
 *
 * @param shift - a parsed shift
 * @example
 * ```ts
 * attendedMinutes(shift); // 480 for 09:30–18:30 with a 60-minute break
 * ```
 * @category analytics
 * @see §11.2.2
 */
export function attendedMinutes(shift: AttendanceRecord): number {
  return shiftMinutes(shift.clockInAt, shift.clockOutAt, shift.breakMinutes);
}

/**
 * Parses one attended shift. Never throws.
 *
 * Errors: `validation_failed` (reason `shift_invalid` for a shift that ends
 * before it starts, lasts over 24 h, or is all break).
 *
 * @example
 * ```ts
 * parseAttendanceRecord(row).isOk();
 * ```
 * @category analytics
 * @see §11.2.1
 */
export function parseAttendanceRecord(input: unknown): Result<AttendanceRecord, ValidationError> {
  return parseWith(AttendanceRecordSchema, input, '§11.2.1');
}
