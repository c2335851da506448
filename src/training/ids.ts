import { type Id, idSchema } from '../shared/index';

/**
 * Identifier of a training session (培训课程/场次): one course held on one date.
 *
 * @example
 * ```ts
 * const id: TrainingSessionId = TrainingSessionIdSchema.parse('trs_1');
 * ```
 * @category training
 * @see §8.1.2
 */
export type TrainingSessionId = Id<'TrainingSession'>;

/**
 * Schema of a {@link TrainingSessionId}.
 *
 * @example
 * ```ts
 * TrainingSessionIdSchema.safeParse('trs_1').success; // true
 * ```
 * @category training
 * @see §8.1.2
 */
export const TrainingSessionIdSchema = idSchema<'TrainingSession'>();

/**
 * Identifier of one employee's attendance record (培训签到记录) of a session.
 *
 * @example
 * ```ts
 * const id: AttendanceRecordId = AttendanceRecordIdSchema.parse('att_1');
 * ```
 * @category training
 * @see §2.2.6
 */
export type AttendanceRecordId = Id<'AttendanceRecord'>;

/**
 * Schema of an {@link AttendanceRecordId}.
 *
 * @example
 * ```ts
 * AttendanceRecordIdSchema.safeParse('att_1').success; // true
 * ```
 * @category training
 * @see §2.2.6
 */
export const AttendanceRecordIdSchema = idSchema<'AttendanceRecord'>();

/**
 * Identifier of a certification (资质证书) held by an employee.
 *
 * @example
 * ```ts
 * const id: CertificationId = CertificationIdSchema.parse('crt_1');
 * ```
 * @category training
 * @see §8.1.3
 */
export type CertificationId = Id<'Certification'>;

/**
 * Schema of a {@link CertificationId}.
 *
 * @example
 * ```ts
 * CertificationIdSchema.safeParse('crt_1').success; // true
 * ```
 * @category training
 * @see §8.1.3
 */
export const CertificationIdSchema = idSchema<'Certification'>();

/**
 * Identifier of one employee's assessment (考核) for one period.
 *
 * @example
 * ```ts
 * const id: AssessmentId = AssessmentIdSchema.parse('asm_1');
 * ```
 * @category training
 * @see §8.3.1
 */
export type AssessmentId = Id<'Assessment'>;

/**
 * Schema of an {@link AssessmentId}.
 *
 * @example
 * ```ts
 * AssessmentIdSchema.safeParse('asm_1').success; // true
 * ```
 * @category training
 * @see §8.3.1
 */
export const AssessmentIdSchema = idSchema<'Assessment'>();
