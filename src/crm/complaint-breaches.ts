import { compareInstants, type Instant, instantToEpochMs } from '../shared/index';
import type { Complaint, ComplaintSeverity, DeadlineKind } from './complaint-schema';
import { type CrmConfig, defaultCrmConfig } from './config';
import { type CrmEvent, crmEvent } from './events';
import type { ComplaintId, CustomerId } from './ids';

const MS_PER_MINUTE = 60_000;

/**
 * A missed complaint deadline (§1.2(4), §7.3.2): which deadline, when it
 * was due, by how many whole minutes it was or is overdue, and whether it
 * is still `ongoing` (the step is not done yet) or was met late.
 *
 * @example
 * ```ts
 * const breach: ComplaintBreach = complaintBreaches(complaint, at)[0]!;
 * breach.kind; // 'response'
 * ```
 * @category crm
 * @see §1.2(4)
 * @see §7.3.2
 */
export interface ComplaintBreach {
  readonly complaintId: ComplaintId;
  readonly customerId: CustomerId;
  readonly kind: DeadlineKind;
  readonly severity: ComplaintSeverity;
  readonly dueBy: Instant;
  readonly overdueMinutes: number;
  readonly ongoing: boolean;
}

function breachOf(
  complaint: Complaint,
  kind: DeadlineKind,
  dueBy: Instant,
  doneAt: Instant | null,
  stillOpen: boolean,
  at: Instant,
): ComplaintBreach[] {
  const end = doneAt ?? (stillOpen ? at : null);
  if (end === null || compareInstants(end, dueBy) <= 0) return [];
  const overdueMinutes = Math.floor(
    (instantToEpochMs(end) - instantToEpochMs(dueBy)) / MS_PER_MINUTE,
  );
  return [
    {
      complaintId: complaint.id,
      customerId: complaint.customerId,
      kind,
      severity: complaint.severity,
      dueBy,
      overdueMinutes,
      ongoing: doneAt === null,
    },
  ];
}

/**
 * The deadlines a complaint has missed as seen at instant `at` (§1.2(4)):
 * the response deadline when the customer was answered late or is still
 * waiting past it, and the resolution deadline likewise (after a reopening,
 * the new resolution deadline). Pure: the same complaint and instant
 * always give the same answer, so breaches can be computed for any moment,
 * past or present.
 *
 * @example
 * ```ts
 * complaintBreaches(received, '2026-03-03T02:00:00.000Z' as Instant);
 * // [{ kind: 'response', overdueMinutes: 1500, ongoing: true, … }]
 * ```
 * @category crm
 * @see §1.2(4)
 * @see §7.3.2
 */
export function complaintBreaches(complaint: Complaint, at: Instant): readonly ComplaintBreach[] {
  const awaitingResponse = complaint.status === 'received' || complaint.status === 'confirmed';
  const unresolved = complaint.status !== 'resolved' && complaint.status !== 'closed';
  return [
    ...breachOf(
      complaint,
      'response',
      complaint.responseDueBy,
      complaint.respondedAt,
      awaitingResponse,
      at,
    ),
    ...breachOf(
      complaint,
      'resolution',
      complaint.resolutionDueBy,
      complaint.resolvedAt,
      unresolved,
      at,
    ),
  ];
}

/**
 * {@link complaintBreaches} over many complaints, most overdue first (then
 * by complaint id and kind), e.g. for a supervisor's worklist or the
 * deadline-compliance KPI.
 *
 * @example
 * ```ts
 * findComplaintBreaches(complaints, at).filter((b) => b.ongoing).length; // open breaches now
 * ```
 * @category crm
 * @see §1.2(4)
 * @see §7.3.2
 */
export function findComplaintBreaches(
  complaints: readonly Complaint[],
  at: Instant,
): readonly ComplaintBreach[] {
  return complaints
    .flatMap((complaint) => complaintBreaches(complaint, at))
    .sort(
      (a, b) =>
        b.overdueMinutes - a.overdueMinutes ||
        (a.complaintId < b.complaintId ? -1 : a.complaintId > b.complaintId ? 1 : 0) ||
        a.kind.localeCompare(b.kind),
    );
}

/**
 * The complaint with its escalations recorded, and the escalation events.
 *
 * @example
 * ```ts
 * const { complaint, events }: ComplaintEscalation = escalateComplaint(c, at);
 * ```
 * @category crm
 * @see §7.3.2
 */
export interface ComplaintEscalation {
  readonly complaint: Complaint;
  readonly events: readonly CrmEvent[];
}

/**
 * Escalates a complaint's ongoing breaches to the service manager (升级,
 * §7.3.2; the role is `config.complaint.escalateTo`): for each deadline
 * that is overdue at `at` and not yet met, records an escalation on the
 * complaint and emits `crm.complaint-escalated`. Idempotent — a deadline
 * escalates once per handling cycle (a reopening starts a new cycle), so
 * a host can run it on a timer. A deadline met late is reported by
 * {@link complaintBreaches} but no longer escalated: there is nothing left
 * for the manager to chase. No breach, no change.
 *
 * @example
 * ```ts
 * const { complaint, events } = escalateComplaint(received, overdueInstant);
 * events[0]?.payload; // { complaintId: 'cmp_1', kind: 'response', escalateTo: 'service-manager', … }
 * ```
 * @category crm
 * @see §7.3.2
 * @see §1.2(4)
 */
export function escalateComplaint(
  complaint: Complaint,
  at: Instant,
  config: CrmConfig = defaultCrmConfig,
): ComplaintEscalation {
  const cycle = complaint.reopenCount;
  const toRole = config.complaint.escalateTo;
  const fresh = complaintBreaches(complaint, at).filter(
    (breach) =>
      breach.ongoing &&
      !complaint.escalations.some((e) => e.kind === breach.kind && e.cycle === cycle),
  );
  if (fresh.length === 0) return { complaint, events: [] };
  const escalations = fresh.map((breach) => ({
    kind: breach.kind,
    at,
    dueBy: breach.dueBy,
    toRole,
    cycle,
  }));
  const events = fresh.map((breach) =>
    crmEvent('crm.complaint-escalated', 'complaint', complaint.id, at, {
      complaintId: complaint.id,
      customerId: complaint.customerId,
      kind: breach.kind,
      severity: breach.severity,
      dueBy: breach.dueBy,
      overdueMinutes: breach.overdueMinutes,
      escalateTo: toRole,
    }),
  );
  return {
    complaint: {
      ...complaint,
      escalations: [...complaint.escalations, ...escalations],
      updatedAt: at,
    },
    events,
  };
}
