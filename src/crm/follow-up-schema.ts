import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema } from '../shared/index';
import {
  ComplaintIdSchema,
  CustomerIdSchema,
  FollowUpIdSchema,
  RepairOrderRefSchema,
  VehicleIdSchema,
} from './ids';
import { boundedText, MAX_NOTE } from './text';

/** A follow-up allows at most this many recorded attempts, whatever the config says. */
const MAX_ATTEMPTS_STORED = 20;

/**
 * Schema of a follow-up call's outcome (回访结果, §2.2.5(2)): the customer
 * was reached and satisfied, reached and raised an issue (which opens a
 * complaint), or not reached.
 *
 * @example
 * ```ts
 * FollowUpOutcomeSchema.safeParse('reached-issue').success; // true
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export const FollowUpOutcomeSchema = z.enum(['reached-satisfied', 'reached-issue', 'not-reached']);

/**
 * The outcome of one follow-up attempt.
 *
 * @example
 * ```ts
 * const outcome: FollowUpOutcome = 'not-reached';
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export type FollowUpOutcome = z.infer<typeof FollowUpOutcomeSchema>;

/**
 * Schema of a follow-up task's status: `open` until the customer is
 * reached (`completed`) or every allowed attempt failed (`unreachable`).
 *
 * @example
 * ```ts
 * FollowUpStatusSchema.options; // ['open', 'completed', 'unreachable']
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export const FollowUpStatusSchema = z.enum(['open', 'completed', 'unreachable']);

/**
 * A follow-up task's status.
 *
 * @example
 * ```ts
 * const status: FollowUpStatus = 'open';
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/**
 * Schema of one recorded call attempt: when, by which agent, the outcome
 * and an optional note.
 *
 * @example
 * ```ts
 * FollowUpAttemptSchema.safeParse({
 *   at: '2026-03-03T02:00:00.000Z', agentId: 'emp_cs1', outcome: 'not-reached', note: null,
 * }).success; // true
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export const FollowUpAttemptSchema = z.object({
  at: InstantSchema,
  agentId: EmployeeIdSchema,
  outcome: FollowUpOutcomeSchema,
  note: z.nullable(boundedText(MAX_NOTE)),
});

/**
 * One call attempt.
 *
 * @example
 * ```ts
 * const last: FollowUpAttempt | undefined = task.attempts.at(-1);
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export type FollowUpAttempt = z.infer<typeof FollowUpAttemptSchema>;

/**
 * Schema of a follow-up call task (回访任务, §2.2.5(2)): created for every
 * delivered repair order by {@link followUpFromDelivery}, due by `dueBy`,
 * with its attempts, outcome, the agent who completed it and the complaint
 * it opened, if any.
 *
 * @example
 * ```ts
 * parseWith(FollowUpTaskSchema, JSON.parse(row)).isOk();
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export const FollowUpTaskSchema = z.object({
  ...entityBaseShape,
  id: FollowUpIdSchema,
  repairOrderId: RepairOrderRefSchema,
  customerId: CustomerIdSchema,
  vehicleId: VehicleIdSchema,
  advisorId: EmployeeIdSchema,
  deliveredAt: InstantSchema,
  dueBy: InstantSchema,
  status: FollowUpStatusSchema,
  assigneeId: z.nullable(EmployeeIdSchema),
  attempts: z.array(FollowUpAttemptSchema).check(z.maxLength(MAX_ATTEMPTS_STORED)),
  outcome: z.nullable(z.enum(['reached-satisfied', 'reached-issue'])),
  completedAt: z.nullable(InstantSchema),
  completedBy: z.nullable(EmployeeIdSchema),
  complaintId: z.nullable(ComplaintIdSchema),
});

/**
 * A follow-up call task.
 *
 * @example
 * ```ts
 * const task: FollowUpTask = followUpFromDelivery(delivery, { id: 'fu_1' })._unsafeUnwrap().task;
 * task.status; // 'open'
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export type FollowUpTask = z.infer<typeof FollowUpTaskSchema>;
