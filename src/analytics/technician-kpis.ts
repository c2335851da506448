import { ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import {
  type Job,
  parseRepairOrder,
  type RepairOrder,
  summarizeJobTime,
} from '../repair-order/index';
import { type Instant, toDealerDate, type ValidationError } from '../shared/index';
import { type AttendanceRecord, attendedMinutes, parseAttendanceRecord } from './attendance-schema';
import { type AnalyticsConfig, defaultAnalyticsConfig } from './config';
import type { KpiReport, PeriodGranularity, RejectedRecord } from './kpi';
import { asOfOptionsSchema, optionsSchema, parseOptions } from './options';
import { periodOfInstant } from './period';
import { type Accepted, countUsed, rejectRecord, screenRecords } from './records';
import { buildSeries, type Contribution, dimensionsOf } from './series';

/**
 * Options of {@link computeTechnicianEfficiency}: granularity and an
 * optional split by the `team` or `technician` the job was assigned to.
 *
 * @example
 * ```ts
 * const options: EfficiencyKpiOptions = { granularity: 'month', by: 'technician' };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface EfficiencyKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly by?: 'team' | 'technician';
}

/**
 * Options of {@link computeTechnicianProductivity}: granularity, optional
 * split by `technician` or by the `team` of the technician's shift that
 * day, and `asOf`, up to which clock-ons still open are counted.
 *
 * @example
 * ```ts
 * const options: ProductivityKpiOptions = { granularity: 'month', by: 'team', asOf: now };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface ProductivityKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly by?: 'team' | 'technician';
  readonly asOf: Instant;
}

const EfficiencyOptionsSchema = optionsSchema(['team', 'technician']);
const ProductivityOptionsSchema = asOfOptionsSchema(['team', 'technician']);
const MINUTES_PER_HOUR = 60;

function completedJobs(order: RepairOrder) {
  return order.jobs.flatMap((job) =>
    job.status === 'done' && job.completion !== null ? [{ job, at: job.completion.at }] : [],
  );
}

function jobKey(job: Job, by: 'team' | 'technician' | undefined) {
  return by === 'team' ? job.assignment?.teamId : job.assignment?.technicianId;
}

/**
 * Technician efficiency (工时效率, X-2, §11.2.2): flat-rate (sold) hours ÷
 * clocked hours of completed jobs, by period of completion and optionally
 * by the assigned team or technician. Each repair order is parsed with
 * repair-order's `parseRepairOrder`; each done job is measured by
 * repair-order's `summarizeJobTime`. Figures are in minutes (flat-rate hours
 * × 60, exact) so they add up across groups. A done job with no clocked
 * time is listed in `rejected` with its id as `part`; an order with no
 * measured job is rejected whole (`out_of_scope`, `no_clocked_job`).
 *
 * @param orders - repair orders (unknown input)
 * @param options - granularity and split
 * @param config - time zone of the periods
 * @returns one series (unit `ratio`), or `validation_failed`
 * @example
 * ```ts
 * computeTechnicianEfficiency(orders, { granularity: 'month', by: 'technician' })._unsafeUnwrap().series[0]?.points;
 * // [{ period: '2026-03', dimension: 'emp_t1', numerator: '9360', denominator: '8400', value: '1.11' }]
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see X-2
 */
export function computeTechnicianEfficiency(
  orders: readonly unknown[],
  options: EfficiencyKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError> {
  return parseOptions(EfficiencyOptionsSchema, options).andThen(({ granularity, by }) =>
    screenRecords('orders', orders, parseRepairOrder).andThen((screened) => {
      const contributions: Contribution[] = [];
      const rejected: RejectedRecord[] = [...screened.rejected];
      for (const { index, record } of screened.accepted) {
        const measured: Contribution[] = [];
        const unclocked: RejectedRecord[] = [];
        for (const { job, at } of completedJobs(record)) {
          const time = summarizeJobTime(job);
          if (time.clockedMinutes === 0) {
            unclocked.push(
              rejectRecord('orders', index, record.id, 'out_of_scope', 'no_clocked_time', {
                part: job.id,
              }),
            );
            continue;
          }
          measured.push({
            period: periodOfInstant(at, granularity, config.timeZone),
            dimensions: dimensionsOf(by, [jobKey(job, by)]),
            numerator: new Decimal(time.flatRateHours).times(MINUTES_PER_HOUR),
            denominator: new Decimal(time.clockedMinutes),
          });
        }
        if (measured.length === 0) {
          rejected.push(rejectRecord('orders', index, record.id, 'out_of_scope', 'no_clocked_job'));
          continue;
        }
        contributions.push(...measured);
        rejected.push(...unclocked);
      }
      return ok({
        series: [
          buildSeries(
            { kpi: 'technician-efficiency', unit: 'ratio', granularity, by: by ?? null },
            contributions,
          ),
        ],
        used: countUsed({ orders: screened.accepted }, rejected),
        rejected,
      });
    }),
  );
}

interface ProductivityInput {
  readonly orders: readonly Accepted<RepairOrder>[];
  readonly shifts: readonly Accepted<AttendanceRecord>[];
  readonly granularity: PeriodGranularity;
  readonly by: 'team' | 'technician' | undefined;
  readonly asOf: Instant;
  readonly config: AnalyticsConfig;
}

function clockedContributions(input: ProductivityInput, rejected: RejectedRecord[]) {
  const { by, config } = input;
  const teamOfDay = new Map(
    input.shifts.map(({ record }) => [
      `${record.technicianId}|${toDealerDate(record.clockInAt, config.timeZone)}`,
      record.teamId,
    ]),
  );
  const contributions: Contribution[] = [];
  for (const { index, record } of input.orders) {
    const clockings = record.jobs.flatMap((job) => job.clockings.map((c) => ({ job, c })));
    if (clockings.length === 0) {
      rejected.push(rejectRecord('orders', index, record.id, 'out_of_scope', 'no_clocking'));
      continue;
    }
    for (const { job, c } of clockings) {
      const minutes = summarizeJobTime({ ...job, clockings: [c] }, input.asOf).clockedMinutes;
      const day = toDealerDate(c.onAt, config.timeZone);
      const key = by === 'team' ? teamOfDay.get(`${c.technicianId}|${day}`) : c.technicianId;
      contributions.push({
        period: periodOfInstant(c.onAt, input.granularity, config.timeZone),
        dimensions: dimensionsOf(by, [key]),
        numerator: new Decimal(minutes),
        denominator: new Decimal(0),
      });
    }
  }
  return contributions;
}

/**
 * Technician productivity (工时利用率, §11.2.2): minutes clocked on jobs ÷
 * minutes attended, by period and optionally by technician or team. The
 * clocked minutes of each clocking come from repair-order's
 * `summarizeJobTime` (clock-ons still open count up to `asOf`), in the
 * period of clock-on; attended minutes come from {@link AttendanceRecord}
 * shifts (clock-in to clock-out less breaks), in the period of clock-in.
 * A clocking's team is the team of that technician's shift on that dealer
 * day (`unassigned` without one). An order without any clocking is listed
 * in `rejected` (`out_of_scope`, `no_clocking`).
 *
 * @param orders - repair orders (unknown input)
 * @param attendance - attended shifts (unknown input)
 * @param options - granularity, split, `asOf`
 * @param config - time zone of the periods and days
 * @returns one series (unit `ratio`, `null` where nobody attended), or `validation_failed`
 * @example
 * ```ts
 * computeTechnicianProductivity(orders, shifts, { granularity: 'month', by: 'technician', asOf: now });
 * // ok({ series: [{ kpi: 'technician-productivity', points: [{ period: '2026-03', dimension: 'emp_t1', numerator: '8400', denominator: '10080', value: '0.83' }] }], … })
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see X-2
 */
export function computeTechnicianProductivity(
  orders: readonly unknown[],
  attendance: readonly unknown[],
  options: ProductivityKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError> {
  return parseOptions(ProductivityOptionsSchema, options).andThen(({ granularity, by, asOf }) =>
    screenRecords('orders', orders, parseRepairOrder).andThen((screenedOrders) =>
      screenRecords('attendance', attendance, parseAttendanceRecord).andThen((screenedShifts) => {
        const rejected: RejectedRecord[] = [...screenedOrders.rejected, ...screenedShifts.rejected];
        const input = {
          orders: screenedOrders.accepted,
          shifts: screenedShifts.accepted,
          granularity,
          by,
          asOf,
          config,
        };
        const attended = screenedShifts.accepted.map(
          ({ record }): Contribution => ({
            period: periodOfInstant(record.clockInAt, granularity, config.timeZone),
            dimensions: dimensionsOf(by, [by === 'team' ? record.teamId : record.technicianId]),
            numerator: new Decimal(0),
            denominator: new Decimal(attendedMinutes(record)),
          }),
        );
        const clocked = clockedContributions(input, rejected);
        return ok({
          series: [
            buildSeries(
              { kpi: 'technician-productivity', unit: 'ratio', granularity, by: by ?? null },
              [...clocked, ...attended],
            ),
          ],
          used: countUsed(
            { orders: screenedOrders.accepted, attendance: screenedShifts.accepted },
            rejected,
          ),
          rejected,
        });
      }),
    ),
  );
}
