import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { CodeSchema } from '../pricing/index';
import { CalendarDateSchema, entityBaseShape, InstantSchema } from '../shared/index';
import { uniqueItems } from './checks';
import { TrainingSessionIdSchema } from './ids';
import {
  TRAINING_MODES,
  TRAINING_TOPICS,
  TrainingKindSchema,
  TrainingModeSchema,
  TrainingTopicSchema,
} from './vocabulary';

const TitleSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The lifecycle of a training session: `scheduled` → `held` or `cancelled`.
 *
 * @example
 * ```ts
 * TRAINING_SESSION_STATUSES; // ['scheduled', 'held', 'cancelled']
 * ```
 * @category training
 * @see §8.1.2
 */
export const TRAINING_SESSION_STATUSES = ['scheduled', 'held', 'cancelled'] as const;

/**
 * Fields shared by a session and the input that schedules it: course code
 * and title, kind, topics (§8.2), modes (§8.1.4), date in the dealer's
 * calendar, the trainer (an employee) or the outside provider (an
 * organisation), and optionally the certification the course leads to
 * (§8.1.3).
 */
const sessionFields = {
  courseCode: CodeSchema,
  title: TitleSchema,
  kind: TrainingKindSchema,
  topics: z
    .array(TrainingTopicSchema)
    .check(z.minLength(1), z.maxLength(TRAINING_TOPICS.length), uniqueItems()),
  modes: z
    .array(TrainingModeSchema)
    .check(z.minLength(1), z.maxLength(TRAINING_MODES.length), uniqueItems()),
  date: CalendarDateSchema,
  trainerId: z.nullable(EmployeeIdSchema),
  provider: z.nullable(TitleSchema),
  certificationCode: z.nullable(CodeSchema),
};

/**
 * Schema of a training session (培训场次): one course held on one date,
 * with its kind (onboarding §8.1.1, in-service §8.1.2, special §8.1.3,
 * safety §9.2), topics (§8.2.1–§8.2.5, §9.2.1–§9.2.3), modes (§8.1.4),
 * trainer and status.
 *
 * @example
 * ```ts
 * parseTrainingSession(JSON.parse(row)).isOk();
 * ```
 * @category training
 * @see §8.1.2
 * @see §8.1.4
 * @see §8.2.1–§8.2.5
 */
export const TrainingSessionSchema = z.object({
  ...entityBaseShape,
  id: TrainingSessionIdSchema,
  ...sessionFields,
  status: z.enum(TRAINING_SESSION_STATUSES),
  heldAt: z.nullable(InstantSchema),
  cancelledAt: z.nullable(InstantSchema),
});

/**
 * A training session.
 *
 * @example
 * ```ts
 * const session: TrainingSession = scheduleTrainingSession(input, context)._unsafeUnwrap().session;
 * session.status; // 'scheduled'
 * ```
 * @category training
 * @see §8.1.2
 */
export type TrainingSession = z.infer<typeof TrainingSessionSchema>;

/**
 * Schema of the input that schedules a session. `trainerId`, `provider`
 * and `certificationCode` may be left out (`null`).
 *
 * @example
 * ```ts
 * TrainingSessionInputSchema.safeParse({
 *   courseCode: 'HV-101', title: '高压电安全作业', kind: 'special', topics: ['technical-skills'],
 *   modes: ['offline', 'hands-on'], date: '2026-04-10', certificationCode: 'EV-HV',
 * }).success; // true
 * ```
 * @category training
 * @see §8.1.3
 * @see §8.1.4
 */
export const TrainingSessionInputSchema = z.strictObject({
  ...sessionFields,
  trainerId: z.optional(sessionFields.trainerId),
  provider: z.optional(sessionFields.provider),
  certificationCode: z.optional(sessionFields.certificationCode),
});

/**
 * Input that schedules a session (before parsing).
 *
 * @example
 * ```ts
 * const input: TrainingSessionInput = {
 *   courseCode: 'SVC-Q2', title: '接待流程', kind: 'in-service', topics: ['service-process'],
 *   modes: ['offline', 'internal'], date: '2026-04-10',
 * };
 * ```
 * @category training
 * @see §8.1.2
 */
export type TrainingSessionInput = z.input<typeof TrainingSessionInputSchema>;
