import { ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import { type Complaint, ComplaintSchema, complaintBreaches } from '../crm/index';
import { compareInstants, type Instant, parseWith, type ValidationError } from '../shared/index';
import { type AnalyticsConfig, defaultAnalyticsConfig } from './config';
import type { KpiReport, PeriodGranularity, RejectedRecord } from './kpi';
import { asOfOptionsSchema, parseOptions } from './options';
import { periodOfInstant } from './period';
import { countUsed, rejectRecord, screenRecords } from './records';
import { buildSeries, type Contribution, dimensionsOf } from './series';

/**
 * Options of {@link computeComplaintComplianceKpi}: granularity, optional
 * split by `handler` (the employee handling the complaint) or `severity`,
 * and the instant `asOf` which the deadlines are judged.
 *
 * @example
 * ```ts
 * const options: ComplaintKpiOptions = { granularity: 'quarter', by: 'severity', asOf: now };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface ComplaintKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly by?: 'handler' | 'severity';
  readonly asOf: Instant;
}

const OptionsSchema = asOfOptionsSchema(['handler', 'severity']);
const parseComplaint = (input: unknown) => parseWith(ComplaintSchema, input, '§11.2.1');

/**
 * Complaint deadline compliance (投诉处理及时率, §1.2(4), §7.3.2) by period
 * of receipt (§11.2.2): of the response and resolution deadlines that are
 * decided as of `asOf` (met, or past due), the share met. A deadline is
 * missed exactly when crm's `complaintBreaches` reports it; one neither
 * done nor yet due is not counted. A complaint with no decided deadline is
 * listed in `rejected` (`out_of_scope`, `no_deadline_due`).
 *
 * @param complaints - complaints (unknown input)
 * @param options - granularity, split, `asOf`
 * @param config - time zone of the periods
 * @returns one series, or `validation_failed`
 * @example
 * ```ts
 * computeComplaintComplianceKpi(complaints, { granularity: 'month', asOf: now })._unsafeUnwrap();
 * // series[0].points: [{ period: '2026-03', numerator: '15', denominator: '16', value: '0.9375' }]
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see §1.2(4)
 * @see §7.3.2
 */
export function computeComplaintComplianceKpi(
  complaints: readonly unknown[],
  options: ComplaintKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError> {
  return parseOptions(OptionsSchema, options).andThen(({ granularity, by, asOf }) =>
    screenRecords('complaints', complaints, parseComplaint).andThen((screened) => {
      const contributions: Contribution[] = [];
      const rejected: RejectedRecord[] = [...screened.rejected];
      for (const { index, record } of screened.accepted) {
        const { decided, missed } = judgeDeadlines(record, asOf);
        if (decided === 0) {
          rejected.push(
            rejectRecord('complaints', index, record.id, 'out_of_scope', 'no_deadline_due'),
          );
          continue;
        }
        const key = by === 'severity' ? record.severity : record.handlerId;
        contributions.push({
          period: periodOfInstant(record.receivedAt, granularity, config.timeZone),
          dimensions: dimensionsOf(by, [key]),
          numerator: new Decimal(decided - missed),
          denominator: new Decimal(decided),
        });
      }
      return ok({
        series: [
          buildSeries(
            { kpi: 'complaint-deadline-compliance', unit: 'rate', granularity, by: by ?? null },
            contributions,
          ),
        ],
        used: countUsed({ complaints: screened.accepted }, rejected),
        rejected,
      });
    }),
  );
}

function isDecided(doneAt: Instant | null, dueBy: Instant, asOf: Instant): boolean {
  return (
    (doneAt !== null && compareInstants(doneAt, asOf) <= 0) || compareInstants(dueBy, asOf) < 0
  );
}

function judgeDeadlines(complaint: Complaint, asOf: Instant) {
  const breaches = complaintBreaches(complaint, asOf);
  const deadlines = [
    { kind: 'response', done: complaint.respondedAt, dueBy: complaint.responseDueBy },
    { kind: 'resolution', done: complaint.resolvedAt, dueBy: complaint.resolutionDueBy },
  ].filter((deadline) => isDecided(deadline.done, deadline.dueBy, asOf));
  const missed = deadlines.filter((deadline) =>
    breaches.some((breach) => breach.kind === deadline.kind),
  ).length;
  return { decided: deadlines.length, missed };
}
