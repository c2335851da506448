import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import {
  computeQualityRates,
  type DeliveredOrderQuality,
  DeliveredOrderQualitySchema,
  defaultQualityConfig,
  type QualityConfig,
} from '../quality/index';
import { parseWith, type ValidationError } from '../shared/index';
import { type AnalyticsConfig, defaultAnalyticsConfig } from './config';
import type { KpiReport, PeriodGranularity } from './kpi';
import { optionsSchema, parseOptions } from './options';
import { periodOfInstant } from './period';
import { countUsed, screenRecords } from './records';
import { buildSeries, type Contribution, dimensionsOf } from './series';

/**
 * Options of {@link computeQualityKpis}: the period granularity, an
 * optional split by `team` or `technician`, and quality's configuration
 * (guarantee periods, REG-1) when it is not the default.
 *
 * @example
 * ```ts
 * const options: QualityKpiOptions = { granularity: 'quarter', by: 'team' };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface QualityKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly by?: 'team' | 'technician';
  readonly quality?: QualityConfig;
}

const OptionsSchema = optionsSchema(['team', 'technician']);

const parseOrder = (input: unknown) => parseWith(DeliveredOrderQualitySchema, input, '§11.2.1');

/**
 * First-time-fix (一次修复率), rework (返工率) and comeback (返修率) rates
 * by period of delivery and optionally by team or technician (§11.2.2).
 * Each delivered order is parsed with quality's `DeliveredOrderQualitySchema`
 * (bad rows are listed in `rejected`, never dropped) and judged by quality's
 * own `computeQualityRates`, so the definitions are quality's: fixed first
 * time = passed every inspection level without rework and did not come back
 * within its guarantee (REG-1). Every order's denominator is 1. An order
 * worked by several teams counts once for each; one with none counts under
 * `unassigned`.
 *
 * @param orders - delivered orders as quality reads them (unknown input)
 * @param options - granularity, split, quality config
 * @param config - time zone of the periods
 * @returns three series (first-time-fix, rework, comeback rate), or
 *   `validation_failed` when the options or the list do not parse
 * @example
 * ```ts
 * const report = computeQualityKpis(rows, { granularity: 'month', by: 'team' })._unsafeUnwrap();
 * report.series[0]?.points[0]; // { period: '2026-03', dimension: 'team_m1', numerator: '37', denominator: '40', value: '0.9250' }
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see §2.2.3(2)
 */
export function computeQualityKpis(
  orders: readonly unknown[],
  options: QualityKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError> {
  return parseOptions(OptionsSchema, options).andThen(({ granularity, by }) =>
    screenRecords('orders', orders, parseOrder, 'repairOrderId').andThen((screened) => {
      const quality = { ...(options.quality ?? defaultQualityConfig), timeZone: config.timeZone };
      const fixed: Contribution[] = [];
      const reworked: Contribution[] = [];
      const cameBack: Contribution[] = [];
      for (const { record } of screened.accepted) {
        const outcome = judgeOrder(record, quality);
        if (outcome.isErr()) return err(outcome.error);
        const share = {
          period: periodOfInstant(record.deliveredAt, granularity, config.timeZone),
          dimensions: dimensionsOf(by, idsOf(record, by)),
          denominator: new Decimal(1),
        };
        fixed.push({ ...share, numerator: new Decimal(outcome.value.firstTimeFixed) });
        reworked.push({ ...share, numerator: new Decimal(outcome.value.reworked) });
        cameBack.push({ ...share, numerator: new Decimal(outcome.value.comebacks) });
      }
      const spec = { unit: 'rate', granularity, by: by ?? null } as const;
      return ok({
        series: [
          buildSeries({ ...spec, kpi: 'first-time-fix-rate' }, fixed),
          buildSeries({ ...spec, kpi: 'rework-rate' }, reworked),
          buildSeries({ ...spec, kpi: 'comeback-rate' }, cameBack),
        ],
        used: countUsed({ orders: screened.accepted }, screened.rejected),
        rejected: screened.rejected,
      });
    }),
  );
}

function judgeOrder(order: DeliveredOrderQuality, quality: QualityConfig) {
  return computeQualityRates([order], { period: 'all' }, quality).map((points) => ({
    firstTimeFixed: points[0]?.firstTimeFixed ?? 0,
    reworked: points[0]?.reworked ?? 0,
    comebacks: points[0]?.comebacks ?? 0,
  }));
}

function idsOf(order: DeliveredOrderQuality, by: 'team' | 'technician' | undefined) {
  if (by === undefined) return [];
  return by === 'team' ? order.teamIds : order.technicianIds;
}
