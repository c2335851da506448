import type { Result } from 'neverthrow';
import {
  addMinutesToInstant,
  type ForbiddenError,
  type Instant,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { type CreateContext, checkCreateContext, permit } from './command-context';
import type { Complaint, ComplaintInput, ComplaintSeverity } from './complaint-schema';
import { ComplaintInputSchema } from './complaint-schema';
import { type CrmConfig, defaultCrmConfig } from './config';
import { type CrmEvent, crmEvent } from './events';
import { ComplaintIdSchema } from './ids';

const MINUTES_PER_HOUR = 60;

/**
 * The response and resolution deadlines of a complaint of `severity`
 * counted from `from` (§1.2(4), §7.3.2), in elapsed hours as configured in
 * `config.complaint.deadlines`.
 *
 * @example
 * ```ts
 * complaintDeadlines('high', '2026-03-02T01:00:00.000Z' as Instant);
 * // { responseDueBy: '2026-03-02T05:00:00.000Z', resolutionDueBy: '2026-03-04T01:00:00.000Z' }
 * ```
 * @category crm
 * @see §1.2(4)
 * @see §7.3.2
 */
export function complaintDeadlines(
  severity: ComplaintSeverity,
  from: Instant,
  config: CrmConfig = defaultCrmConfig,
): { readonly responseDueBy: Instant; readonly resolutionDueBy: Instant } {
  const deadline = config.complaint.deadlines[severity];
  return {
    responseDueBy: addMinutesToInstant(from, deadline.responseHours * MINUTES_PER_HOUR),
    resolutionDueBy: addMinutesToInstant(from, deadline.resolutionHours * MINUTES_PER_HOUR),
  };
}

/**
 * What {@link registerComplaint} returns: the complaint (status
 * `received`, version 0) and a `crm.complaint-received` event.
 *
 * @example
 * ```ts
 * const { complaint }: ComplaintRegistered = registerComplaint(input, context)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.3.1
 */
export interface ComplaintRegistered {
  readonly complaint: Complaint;
  readonly events: readonly CrmEvent[];
}

/**
 * Registers a complaint (受理投诉) received online (website, official
 * account), by phone or on site (§7.3.1), with its category and severity;
 * the response and resolution deadlines follow from the severity
 * (§1.2(4)). It may link to a repair order and to the follow-up call that
 * raised it. The actor needs `complaint.register` (reception, customer
 * service and the service manager by default). The summary is stored but
 * never copied into the event (it may hold personal data).
 *
 * Errors: `forbidden`; `validation_failed` (§7.3.1).
 *
 * @example
 * ```ts
 * registerComplaint(
 *   { customerId: 'cus_1', repairOrderId: 'ro_1', channel: 'phone', category: 'repair-quality',
 *     severity: 'high', summary: '保养后发动机异响' },
 *   { id: 'cmp_1', at, actor: agent },
 * )._unsafeUnwrap().complaint.status; // 'received'
 * ```
 * @category crm
 * @see §7.3.1
 * @see §7.3.2
 * @see §1.2(4)
 */
export function registerComplaint(
  input: ComplaintInput,
  context: CreateContext,
  config: CrmConfig = defaultCrmConfig,
): Result<ComplaintRegistered, ValidationError | ForbiddenError> {
  return checkCreateContext(context, ComplaintIdSchema).andThen(({ id, at, actor }) =>
    permit(context, 'complaint.register')
      .andThen(() => parseWith(ComplaintInputSchema, input, '§7.3.1'))
      .map((parsed): ComplaintRegistered => {
        const deadlines = complaintDeadlines(parsed.severity, at, config);
        const complaint: Complaint = {
          id,
          version: 0,
          createdAt: at,
          updatedAt: at,
          customerId: parsed.customerId,
          vehicleId: parsed.vehicleId ?? null,
          repairOrderId: parsed.repairOrderId ?? null,
          followUpId: parsed.followUpId ?? null,
          channel: parsed.channel,
          category: parsed.category,
          severity: parsed.severity,
          summary: parsed.summary,
          status: 'received',
          receivedAt: at,
          receivedBy: actor.id,
          confirmedAt: null,
          respondedAt: null,
          resolvingSince: null,
          resolvedAt: null,
          closedAt: null,
          closedBy: null,
          ...deadlines,
          handlerId: null,
          resolution: null,
          feedback: null,
          reopenCount: 0,
          escalations: [],
        };
        const event = crmEvent('crm.complaint-received', 'complaint', id, at, {
          complaintId: id,
          customerId: complaint.customerId,
          repairOrderId: complaint.repairOrderId,
          followUpId: complaint.followUpId,
          channel: complaint.channel,
          category: complaint.category,
          severity: complaint.severity,
          ...deadlines,
          actorId: actor.id,
        });
        return { complaint, events: [event] };
      }),
  );
}
