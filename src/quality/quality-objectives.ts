import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { CalendarDateSchema, idSchema, parseWith, type ValidationError } from '../shared/index';
import type { QualityRatePoint } from './quality-rates';

const MetricSchema = z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/));

const PeriodSchema = z.object({ from: CalendarDateSchema, to: CalendarDateSchema }).check(
  z.refine((period) => period.from <= period.to, {
    message: 'from must not be after to',
    params: { reason: 'period_reversed' },
  }),
);

/**
 * A quality objective (质量目标, §4.2(2)): a `metric` (kebab-case, e.g.
 * `first-time-fix-rate`, `comeback-rate` or a dealer's own), a numeric
 * `target`, whether the measured value must be `at-least` or `at-most` the
 * target, and the `period` (inclusive dates) it applies to.
 *
 * @example
 * ```ts
 * const objective = { id: 'qo_1', metric: 'first-time-fix-rate', target: 0.95, direction: 'at-least', period: { from: '2026-01-01', to: '2026-12-31' } };
 * ```
 * @category quality
 * @see §4.2(2)
 */
export const QualityObjectiveSchema = z.object({
  id: idSchema<'QualityObjective'>(),
  metric: MetricSchema,
  target: z.number().check(z.gte(-1e12), z.lte(1e12)),
  direction: z.enum(['at-least', 'at-most']),
  period: PeriodSchema,
  description: z.optional(z.string().check(z.maxLength(500))),
});

/**
 * A parsed {@link QualityObjectiveSchema}.
 *
 * @example
 * ```ts
 * const objectives: QualityObjective[] = parseQualityObjectives(rows)._unsafeUnwrap();
 * ```
 * @category quality
 * @see §4.2(2)
 */
export type QualityObjective = z.infer<typeof QualityObjectiveSchema>;

/**
 * A measured value of a metric over a period; `value` is `null` when the
 * period had nothing to measure.
 *
 * @example
 * ```ts
 * const measured = { metric: 'comeback-rate', period: { from: '2026-01-01', to: '2026-03-31' }, value: 0.02 };
 * ```
 * @category quality
 * @see §4.2(2)
 */
export const QualityMeasurementSchema = z.object({
  metric: MetricSchema,
  period: PeriodSchema,
  value: z.nullable(z.number().check(z.gte(-1e12), z.lte(1e12))),
});

/**
 * A parsed {@link QualityMeasurementSchema}.
 *
 * @example
 * ```ts
 * const measurements: QualityMeasurement[] = measurementsFromRates(point, period);
 * ```
 * @category quality
 * @see §4.2(2)
 */
export type QualityMeasurement = z.infer<typeof QualityMeasurementSchema>;

/**
 * An objective judged against its measurement: `met`, `missed` or
 * `not-measured` (no measurement of that metric and exact period, or a
 * `null` value), with the measured value and the `gap` (measured − target;
 * positive is better for `at-least`, negative for `at-most`).
 *
 * @example
 * ```ts
 * const row: ObjectiveEvaluation = { objectiveId: 'qo_1', metric: 'first-time-fix-rate', target: 0.95, measured: 0.93, gap: -0.02, status: 'missed' } as ObjectiveEvaluation;
 * ```
 * @category quality
 * @see §4.2(2)
 */
export interface ObjectiveEvaluation {
  readonly objectiveId: string;
  readonly metric: string;
  readonly period: QualityObjective['period'];
  readonly direction: QualityObjective['direction'];
  readonly target: number;
  readonly measured: number | null;
  readonly gap: number | null;
  readonly status: 'met' | 'missed' | 'not-measured';
}

/**
 * Evaluates quality objectives against measured values (§4.2(2)), one row
 * per objective in the order given, as plain data for a dashboard. The
 * measurement used is the one with the objective's metric and exactly its
 * period. Parses its input. Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * evaluateQualityObjectives([objective], [{ metric: 'first-time-fix-rate', period, value: 0.97 }]);
 * // ok([{ objectiveId: 'qo_1', status: 'met', measured: 0.97, gap: 0.02, … }])
 * ```
 * @category quality
 * @see §4.2(2)
 */
export function evaluateQualityObjectives(
  objectives: unknown,
  measurements: unknown,
): Result<readonly ObjectiveEvaluation[], ValidationError> {
  const schema = z.object({
    objectives: z.array(QualityObjectiveSchema).check(z.maxLength(1000)),
    measurements: z.array(QualityMeasurementSchema).check(z.maxLength(10_000)),
  });
  return parseWith(schema, { objectives, measurements }, '§4.2(2)').map((input) =>
    input.objectives.map((objective) => {
      const found = input.measurements.find(
        (m) =>
          m.metric === objective.metric &&
          m.period.from === objective.period.from &&
          m.period.to === objective.period.to,
      );
      const measured = found?.value ?? null;
      const { id: objectiveId, metric, period, direction, target } = objective;
      if (measured === null) {
        return {
          objectiveId,
          metric,
          period,
          direction,
          target,
          measured,
          gap: null,
          status: 'not-measured' as const,
        };
      }
      const met = direction === 'at-least' ? measured >= target : measured <= target;
      // Rounded so that 0.97 − 0.95 reads 0.02, not 0.020000000000000018.
      const gap = Math.round((measured - target) * 1e9) / 1e9;
      return {
        objectiveId,
        metric,
        period,
        direction,
        target,
        measured,
        gap,
        status: met ? ('met' as const) : ('missed' as const),
      };
    }),
  );
}

/**
 * Turns one point of {@link computeQualityRates} (computed with
 * `period: 'all'` and `from`/`to`) into the three measurements
 * `first-time-fix-rate`, `rework-rate` and `comeback-rate` for that period.
 *
 * @example
 * ```ts
 * const [point] = computeQualityRates(orders, { period: 'all', from, to })._unsafeUnwrap();
 * evaluateQualityObjectives(objectives, measurementsFromRates(point, { from, to }));
 * ```
 * @category quality
 * @see §4.2(2)
 * @see §2.2.3(2)
 */
export function measurementsFromRates(
  point: QualityRatePoint | undefined,
  period: QualityMeasurement['period'],
): QualityMeasurement[] {
  return [
    { metric: 'first-time-fix-rate', period, value: point?.firstTimeFixRate ?? null },
    { metric: 'rework-rate', period, value: point?.reworkRate ?? null },
    { metric: 'comeback-rate', period, value: point?.comebackRate ?? null },
  ];
}
