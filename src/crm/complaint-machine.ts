import { err, ok, type Result } from 'neverthrow';
import { match, P } from 'ts-pattern';
import type { Actor, CapabilityMap } from '../org/index';
import {
  compareInstants,
  type ForbiddenError,
  type Instant,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { permit, type TransitionOptions } from './command-context';
import { type ComplaintCommand, ComplaintCommandSchema } from './complaint-commands';
import type { Complaint, CustomerFeedback } from './complaint-schema';
import { defaultCrmConfig } from './config';
import {
  type ComplaintFeedbackRequiredError,
  complaintFeedbackRequired,
  type InvalidTransitionError,
  invalidTransition,
} from './errors';
import { type CrmEvent, crmEvent } from './events';
import { complaintDeadlines } from './register-complaint';

/**
 * The complaint after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { complaint, events }: ComplaintTransition = transitionComplaint(c, command)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.3.2
 */
export interface ComplaintTransition {
  readonly complaint: Complaint;
  readonly events: readonly CrmEvent[];
}

/**
 * Every error {@link transitionComplaint} can return.
 *
 * @example
 * ```ts
 * function explain(error: ComplaintTransitionError) { return error.code; }
 * ```
 * @category crm
 * @see §7.3.2
 */
export type ComplaintTransitionError =
  | ValidationError
  | ForbiddenError
  | InvalidTransitionError
  | ComplaintFeedbackRequiredError;

type Outcome = Result<ComplaintTransition, ComplaintTransitionError>;

function done(
  complaint: Complaint,
  at: Instant,
  patch: Partial<Complaint>,
  event: CrmEvent,
): Outcome {
  return ok({ complaint: { ...complaint, ...patch, updatedAt: at }, events: [event] });
}

function isOnTime(at: Instant, dueBy: Instant): boolean {
  return compareInstants(at, dueBy) <= 0;
}

function toFeedback(
  input: {
    satisfied: boolean;
    comment?: string | null | undefined;
    channel: CustomerFeedback['channel'];
  },
  at: Instant,
): CustomerFeedback {
  return { satisfied: input.satisfied, comment: input.comment ?? null, channel: input.channel, at };
}

/**
 * Applies one command to a complaint (§7.3.2): received → confirmed →
 * responded → resolving → resolved → closed, with reopen from resolved or
 * closed back to resolving (a new resolution deadline runs from the
 * reopening). Confirming may correct category and severity; a new
 * severity re-derives both deadlines from the receipt (§1.2(4)). Closing
 * needs the customer's feedback on the result — in the command or
 * recorded before — and the `complaint.close` capability, which the
 * manual gives the CS supervisor (§2.2.5(4)); the other steps need
 * `complaint.handle`. Every step emits an event; any other combination of
 * status and command is `invalid_transition`, never ignored.
 *
 * Errors: `validation_failed` (malformed command); `forbidden`
 * (§2.2.5(4)); `invalid_transition` (§7.3.2); `complaint_feedback_required` (§7.3.2).
 *
 * @param complaint - the complaint as loaded
 * @param command - a {@link ComplaintCommand}
 * @param options - the config (deadlines) and the host's capability map
 * @example
 * ```ts
 * const closed = transitionComplaint(resolved, {
 *   type: 'close', at, actor: csSupervisor, feedback: { satisfied: true, channel: 'phone' },
 * });
 * closed._unsafeUnwrap().complaint.status; // 'closed'
 * transitionComplaint(resolved, { type: 'close', at, actor: csAgent }); // err: forbidden
 * ```
 * @category crm
 * @see §7.3.2
 * @see §2.2.5(4)
 * @see §1.2(4)
 */
export function transitionComplaint(
  complaint: Complaint,
  command: ComplaintCommand,
  options: TransitionOptions = {},
): Result<ComplaintTransition, ComplaintTransitionError> {
  const config = options.config ?? defaultCrmConfig;
  return parseWith(ComplaintCommandSchema, command, '§7.3.2').andThen((cmd) => {
    const { at, actor } = cmd;
    const allowed = (capability: 'complaint.handle' | 'complaint.close') =>
      permitWith(actor, capability, options.capabilityMap);
    const id = complaint.id;
    const base = { complaintId: id, actorId: actor.id };
    return match([complaint.status, cmd] as const)
      .with(['received', { type: 'confirm' }], ([, c]) =>
        allowed('complaint.handle').andThen(() => {
          const severity = c.severity ?? complaint.severity;
          const category = c.category ?? complaint.category;
          const deadlines =
            severity === complaint.severity
              ? {}
              : complaintDeadlines(severity, complaint.receivedAt, config);
          const patch = {
            status: 'confirmed',
            confirmedAt: at,
            severity,
            category,
            ...deadlines,
          } as const;
          return done(
            complaint,
            at,
            patch,
            crmEvent('crm.complaint-confirmed', 'complaint', id, at, {
              ...base,
              category,
              severity,
            }),
          );
        }),
      )
      .with(['confirmed', { type: 'respond' }], () =>
        allowed('complaint.handle').andThen(() =>
          done(
            complaint,
            at,
            { status: 'responded', respondedAt: at },
            crmEvent('crm.complaint-responded', 'complaint', id, at, {
              ...base,
              onTime: isOnTime(at, complaint.responseDueBy),
            }),
          ),
        ),
      )
      .with(['responded', { type: 'start-resolving' }], ([, c]) =>
        allowed('complaint.handle').andThen(() => {
          const handlerId = c.handlerId ?? actor.id;
          return done(
            complaint,
            at,
            { status: 'resolving', resolvingSince: at, handlerId },
            crmEvent('crm.complaint-resolving', 'complaint', id, at, { ...base, handlerId }),
          );
        }),
      )
      .with(['resolving', { type: 'resolve' }], ([, c]) =>
        allowed('complaint.handle').andThen(() => {
          const resolution = { summary: c.summary, at, by: actor.id };
          const patch = { status: 'resolved', resolvedAt: at, resolution } as const;
          return done(
            complaint,
            at,
            patch,
            crmEvent('crm.complaint-resolved', 'complaint', id, at, {
              ...base,
              onTime: isOnTime(at, complaint.resolutionDueBy),
            }),
          );
        }),
      )
      .with(['resolved', { type: 'record-feedback' }], ([, c]) =>
        allowed('complaint.handle').andThen(() => {
          const feedback = toFeedback(c.feedback, at);
          const event = crmEvent('crm.complaint-feedback-recorded', 'complaint', id, at, {
            ...base,
            customerSatisfied: feedback.satisfied,
          });
          return done(complaint, at, { feedback }, event);
        }),
      )
      .with(['resolved', { type: 'close' }], ([, c]) =>
        allowed('complaint.close').andThen((): Outcome => {
          const feedback =
            c.feedback === undefined ? complaint.feedback : toFeedback(c.feedback, at);
          if (feedback === null) return err(complaintFeedbackRequired(id));
          const patch = { status: 'closed', closedAt: at, closedBy: actor.id, feedback } as const;
          return done(
            complaint,
            at,
            patch,
            crmEvent('crm.complaint-closed', 'complaint', id, at, {
              ...base,
              customerSatisfied: feedback.satisfied,
            }),
          );
        }),
      )
      .with([P.union('resolved', 'closed'), { type: 'reopen' }], () =>
        allowed('complaint.handle').andThen(() => {
          const { resolutionDueBy } = complaintDeadlines(complaint.severity, at, config);
          const reopenCount = complaint.reopenCount + 1;
          const patch = {
            status: 'resolving',
            resolvingSince: at,
            resolvedAt: null,
            resolution: null,
            feedback: null,
            closedAt: null,
            closedBy: null,
            resolutionDueBy,
            reopenCount,
          } as const;
          return done(
            complaint,
            at,
            patch,
            crmEvent('crm.complaint-reopened', 'complaint', id, at, {
              ...base,
              reopenCount,
              resolutionDueBy,
            }),
          );
        }),
      )
      .with([P.not('closed'), { type: 'link-repair-order' }], ([, c]) =>
        allowed('complaint.handle').andThen(() =>
          done(
            complaint,
            at,
            { repairOrderId: c.repairOrderId },
            crmEvent('crm.complaint-linked', 'complaint', id, at, {
              ...base,
              repairOrderId: c.repairOrderId,
            }),
          ),
        ),
      )
      .otherwise(([status, c]) =>
        err(invalidTransition('complaint', id, status, c.type, '§7.3.2')),
      );
  });
}

function permitWith(
  actor: Actor,
  capability: 'complaint.handle' | 'complaint.close',
  map: CapabilityMap | undefined,
) {
  return permit({ actor, capabilityMap: map }, capability);
}
