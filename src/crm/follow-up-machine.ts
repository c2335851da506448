import { err, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema } from '../org/index';
import {
  ContactChannelSchema,
  compareInstants,
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { permit, type TransitionOptions } from './command-context';
import {
  type Complaint,
  ComplaintCategorySchema,
  ComplaintSeveritySchema,
} from './complaint-schema';
import { defaultCrmConfig } from './config';
import { type InvalidTransitionError, invalidTransition } from './errors';
import { type CrmEvent, crmEvent } from './events';
import type { FollowUpAttempt, FollowUpTask } from './follow-up-schema';
import { ComplaintIdSchema } from './ids';
import { registerComplaint } from './register-complaint';
import { boundedText, MAX_FREE_TEXT, MAX_NOTE } from './text';

const stamp = { at: InstantSchema, actor: ActorSchema, note: z.optional(boundedText(MAX_NOTE)) };

/**
 * Schema of the commands of a follow-up task (§2.2.5(2)), each with `at`,
 * `actor` and an optional `note`:
 * - `assign` — to an agent (`assigneeId`);
 * - `record-not-reached` — a call that did not reach the customer;
 * - `record-satisfied` — reached, satisfied;
 * - `record-issue` — reached with an issue: opens a complaint with the
 *   given id, category, severity, summary and channel (default `phone`).
 *
 * @example
 * ```ts
 * FollowUpCommandSchema.safeParse({ type: 'record-satisfied', at, actor }).success; // true
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export const FollowUpCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('assign'), ...stamp, assigneeId: EmployeeIdSchema }),
  z.strictObject({ type: z.literal('record-not-reached'), ...stamp }),
  z.strictObject({ type: z.literal('record-satisfied'), ...stamp }),
  z.strictObject({
    type: z.literal('record-issue'),
    ...stamp,
    complaint: z.strictObject({
      id: ComplaintIdSchema,
      category: ComplaintCategorySchema,
      severity: ComplaintSeveritySchema,
      summary: boundedText(MAX_FREE_TEXT),
      channel: z.optional(ContactChannelSchema),
    }),
  }),
]);

/**
 * A follow-up command (before parsing).
 *
 * @example
 * ```ts
 * const call: FollowUpCommand = { type: 'record-not-reached', at, actor: agent, note: '无人接听' };
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export type FollowUpCommand = z.input<typeof FollowUpCommandSchema>;

/**
 * A follow-up task after a command, its events, and the complaint a
 * `record-issue` opened (otherwise `null`) — to be saved in the same unit
 * of work.
 *
 * @example
 * ```ts
 * const { task, complaint }: FollowUpTransition = transitionFollowUp(t, command)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export interface FollowUpTransition {
  readonly task: FollowUpTask;
  readonly events: readonly CrmEvent[];
  readonly complaint: Complaint | null;
}

type Outcome = Result<
  FollowUpTransition,
  ValidationError | ForbiddenError | InvalidTransitionError
>;

function attempt(
  at: Instant,
  agentId: FollowUpAttempt['agentId'],
  outcome: FollowUpAttempt['outcome'],
  note?: string,
): FollowUpAttempt {
  return { at, agentId, outcome, note: note ?? null };
}

function complete(
  task: FollowUpTask,
  done: FollowUpAttempt & { outcome: 'reached-satisfied' | 'reached-issue' },
  complaint: Complaint | null,
): FollowUpTransition {
  const onTime = compareInstants(done.at, task.dueBy) <= 0;
  const updated: FollowUpTask = {
    ...task,
    status: 'completed',
    attempts: [...task.attempts, done],
    outcome: done.outcome,
    completedAt: done.at,
    completedBy: done.agentId,
    complaintId: complaint?.id ?? null,
    updatedAt: done.at,
  };
  const event = crmEvent('crm.follow-up-completed', 'follow-up', task.id, done.at, {
    followUpId: task.id,
    repairOrderId: task.repairOrderId,
    outcome: done.outcome,
    agentId: done.agentId,
    onTime,
    complaintId: updated.complaintId,
  });
  return { task: updated, events: [event], complaint };
}

/**
 * Records a follow-up call (回访, §2.2.5(2)) or assigns the task. Reached
 * and satisfied completes the task; reached with an issue completes it and
 * opens a complaint (registered as by {@link registerComplaint}, linked to
 * the repair order and this task); not reached records the attempt and,
 * after `config.followUp.maxAttempts` attempts, marks the customer
 * `unreachable` — which counts as a miss in coverage. Completion after
 * `dueBy` is late: the event says `onTime: false` and coverage counts it as
 * a miss. The actor needs `follow-up.record`; an issue also needs
 * `complaint.register`. Commands on a finished task are `invalid_transition`.
 *
 * Errors: `validation_failed`; `forbidden` (§2.2.5(2)); `invalid_transition` (§2.2.5(2)).
 *
 * @example
 * ```ts
 * const result = transitionFollowUp(task, {
 *   type: 'record-issue', at, actor: agent,
 *   complaint: { id: 'cmp_1', category: 'repair-quality', severity: 'medium', summary: '空调仍不制冷' },
 * })._unsafeUnwrap();
 * result.task.outcome; // 'reached-issue'
 * result.complaint?.followUpId; // task.id
 * ```
 * @category crm
 * @see §2.2.5(2)
 * @see §7.3.1
 */
export function transitionFollowUp(
  task: FollowUpTask,
  command: FollowUpCommand,
  options: TransitionOptions = {},
): Result<FollowUpTransition, ValidationError | ForbiddenError | InvalidTransitionError> {
  const config = options.config ?? defaultCrmConfig;
  return parseWith(FollowUpCommandSchema, command, '§2.2.5(2)').andThen((cmd) => {
    const context = { actor: cmd.actor, capabilityMap: options.capabilityMap };
    const { at, actor } = cmd;
    const allowed = permit(context, 'follow-up.record');
    return match([task.status, cmd] as const)
      .with(
        ['open', { type: 'assign' }],
        ([, c]): Outcome =>
          allowed.map(() => ({
            task: { ...task, assigneeId: c.assigneeId, updatedAt: at },
            events: [
              crmEvent('crm.follow-up-assigned', 'follow-up', task.id, at, {
                followUpId: task.id,
                assigneeId: c.assigneeId,
                actorId: actor.id,
              }),
            ],
            complaint: null,
          })),
      )
      .with(
        ['open', { type: 'record-satisfied' }],
        ([, c]): Outcome =>
          allowed.map(() =>
            complete(
              task,
              {
                ...attempt(at, actor.id, 'reached-satisfied', c.note),
                outcome: 'reached-satisfied',
              },
              null,
            ),
          ),
      )
      .with(
        ['open', { type: 'record-issue' }],
        ([, c]): Outcome =>
          allowed.andThen(() =>
            registerComplaint(
              {
                customerId: task.customerId,
                vehicleId: task.vehicleId,
                repairOrderId: task.repairOrderId,
                followUpId: task.id,
                channel: c.complaint.channel ?? 'phone',
                category: c.complaint.category,
                severity: c.complaint.severity,
                summary: c.complaint.summary,
              },
              { ...context, id: c.complaint.id, at },
              config,
            ).map(({ complaint, events }) => {
              const done = {
                ...attempt(at, actor.id, 'reached-issue', c.note),
                outcome: 'reached-issue',
              } as const;
              const completed = complete(task, done, complaint);
              return { ...completed, events: [...completed.events, ...events] };
            }),
          ),
      )
      .with(
        ['open', { type: 'record-not-reached' }],
        ([, c]): Outcome =>
          allowed.map(() => {
            const attempts = [...task.attempts, attempt(at, actor.id, 'not-reached', c.note)];
            const exhausted = attempts.length >= config.followUp.maxAttempts;
            const events: CrmEvent[] = [
              crmEvent('crm.follow-up-attempted', 'follow-up', task.id, at, {
                followUpId: task.id,
                attempt: attempts.length,
                outcome: 'not-reached',
                agentId: actor.id,
              }),
            ];
            if (exhausted) {
              events.push(
                crmEvent('crm.follow-up-unreachable', 'follow-up', task.id, at, {
                  followUpId: task.id,
                  repairOrderId: task.repairOrderId,
                  attempts: attempts.length,
                }),
              );
            }
            const status = exhausted ? 'unreachable' : 'open';
            return { task: { ...task, attempts, status, updatedAt: at }, events, complaint: null };
          }),
      )
      .otherwise(([status, c]) =>
        err(invalidTransition('follow-up', task.id, status, c.type, '§2.2.5(2)')),
      );
  });
}
