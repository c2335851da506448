import { ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import { computeShowRate, parseAppointment } from '../appointment/index';
import type { ValidationError } from '../shared/index';
import type { KpiReport, PeriodGranularity, RejectedRecord } from './kpi';
import { optionsSchema, parseOptions } from './options';
import { periodOfDate } from './period';
import { countUsed, rejectRecord, screenRecords } from './records';
import { buildSeries, type Contribution, dimensionsOf } from './series';

/**
 * Options of {@link computeShowRateKpi}: granularity and an optional split
 * by the booked service `advisor`.
 *
 * @example
 * ```ts
 * const options: ShowRateKpiOptions = { granularity: 'month', by: 'advisor' };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface ShowRateKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly by?: 'advisor';
}

const OptionsSchema = optionsSchema(['advisor']);

/**
 * Appointment show rate (预约到店率, §3.1(4)) by period of the booked dealer
 * date, optionally by advisor (§11.2.2). Each appointment is parsed with
 * appointment's `parseAppointment` and judged alone by appointment's
 * `computeShowRate`: checked in counts as shown, a no-show as not; an
 * appointment whose outcome is not known (open, cancelled, rescheduled) is
 * listed in `rejected` (`out_of_scope`, `outcome_not_known`). The booked
 * date is already a dealer date, so no time zone is needed.
 *
 * @param appointments - appointments (unknown input)
 * @param options - granularity and split
 * @returns one series, or `validation_failed`
 * @example
 * ```ts
 * computeShowRateKpi(appointments, { granularity: 'month' })._unsafeUnwrap().series[0]?.points;
 * // [{ period: '2026-11', numerator: '46', denominator: '50', value: '0.9200' }]
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see §3.1(4)
 */
export function computeShowRateKpi(
  appointments: readonly unknown[],
  options: ShowRateKpiOptions,
): Result<KpiReport, ValidationError> {
  return parseOptions(OptionsSchema, options).andThen(({ granularity, by }) =>
    screenRecords('appointments', appointments, parseAppointment).andThen((screened) => {
      const contributions: Contribution[] = [];
      const rejected: RejectedRecord[] = [...screened.rejected];
      for (const { index, record } of screened.accepted) {
        const rate = computeShowRate([record]);
        if (rate.decided === 0 || record.date === null) {
          rejected.push(
            rejectRecord('appointments', index, record.id, 'out_of_scope', 'outcome_not_known'),
          );
          continue;
        }
        contributions.push({
          period: periodOfDate(record.date, granularity),
          dimensions: dimensionsOf(by, [record.advisorId]),
          numerator: new Decimal(rate.shown),
          denominator: new Decimal(rate.decided),
        });
      }
      return ok({
        series: [
          buildSeries(
            { kpi: 'appointment-show-rate', unit: 'rate', granularity, by: by ?? null },
            contributions,
          ),
        ],
        used: countUsed({ appointments: screened.accepted }, rejected),
        rejected,
      });
    }),
  );
}
