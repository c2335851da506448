import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { entityBaseShape, type ForbiddenError, parseWith } from '../shared/index';
import { AssessmentPeriodSchema } from './assessment-period';
import { checkCreate, type TrainingCreateContext } from './command-context';
import { defaultTrainingConfig, type TrainingConfig } from './config';
import { CoefficientTextSchema, ScoreTextSchema, WeightTextSchema } from './decimal-text';
import { type AssessmentAlreadyRecordedError, assessmentAlreadyRecorded } from './errors';
import { type TrainingEvent, trainingEvent } from './events';
import { AssessmentIdSchema } from './ids';
import { rateScore } from './rating';
import { type ComputeScoreError, computeScore, type IndicatorValues } from './scorecard';
import { AssessmentIndicatorSchema, RatingBandSchema } from './vocabulary';

/**
 * Schema of an assessment (考核结果, §8.3): one employee, one period
 * (§8.3.1), the indicator values and weights used (§8.3.2), the score
 * (0–100, 2 decimal places), the band and bonus coefficient (§8.3.3).
 * Scores, values, weights and coefficients are decimal strings.
 *
 * @example
 * ```ts
 * parseWith(AssessmentSchema, JSON.parse(row)).isOk();
 * ```
 * @category training
 * @see §8.3.1
 * @see §8.3.2
 * @see §8.3.3
 */
export const AssessmentSchema = z.object({
  ...entityBaseShape,
  id: AssessmentIdSchema,
  employeeId: EmployeeIdSchema,
  period: AssessmentPeriodSchema,
  indicators: z
    .array(
      z.object({
        indicator: AssessmentIndicatorSchema,
        value: ScoreTextSchema,
        weight: WeightTextSchema,
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  score: ScoreTextSchema,
  band: RatingBandSchema,
  bonusCoefficient: CoefficientTextSchema,
  recordedBy: EmployeeIdSchema,
});

/**
 * An assessment.
 *
 * @example
 * ```ts
 * const assessment: Assessment = recordAssessment(input, context)._unsafeUnwrap().assessment;
 * assessment.band; // 'A'
 * ```
 * @category training
 * @see §8.3.1
 */
export type Assessment = z.infer<typeof AssessmentSchema>;

/**
 * Input of {@link recordAssessment}: the employee, the period and the
 * normalised indicator values (0–100 decimal strings, see
 * `normalizeIndicatorValue`).
 *
 * @example
 * ```ts
 * const input: AssessmentInput = {
 *   employeeId: 'emp_1', period: { kind: 'quarterly', label: '2026-Q1' },
 *   values: { 'service-quality': '92', 'customer-satisfaction': '88', 'training-participation': '100' },
 * };
 * ```
 * @category training
 * @see §8.3.1
 * @see §8.3.2
 */
export interface AssessmentInput {
  readonly employeeId: string;
  readonly period: { readonly kind: string; readonly label: string };
  readonly values: IndicatorValues;
}

const HeaderSchema = z.object({ employeeId: EmployeeIdSchema, period: AssessmentPeriodSchema });

/**
 * What {@link recordAssessment} returns.
 *
 * @example
 * ```ts
 * const { assessment, events }: AssessmentRecorded = recordAssessment(input, context)._unsafeUnwrap();
 * ```
 * @category training
 * @see §8.3.1
 */
export interface AssessmentRecorded {
  readonly assessment: Assessment;
  readonly events: readonly TrainingEvent[];
}

/**
 * Records a period's assessment of an employee (§8.3.1): computes the
 * weighted score with `config.scorecard` (§8.3.2), rates it with
 * `config.ratingBands` (§8.3.3) and emits `training.assessment-recorded`.
 * The actor needs `assessment.record` (service manager by default). Pass
 * the employee's existing assessments so a period is not assessed twice.
 *
 * Errors: `validation_failed`; `forbidden`; `scorecard_weights_invalid`;
 * `indicator_value_missing`; `indicator_not_in_scorecard`;
 * `assessment_already_recorded`.
 *
 * @example
 * ```ts
 * recordAssessment(
 *   { employeeId: 'emp_1', period: { kind: 'quarterly', label: '2026-Q1' },
 *     values: { 'service-quality': '92', 'customer-satisfaction': '88', 'training-participation': '100' } },
 *   { id: 'asm_1', at, actor: manager },
 * )._unsafeUnwrap().assessment.band; // 'S'
 * ```
 * @category training
 * @see §8.3.1
 * @see §8.3.2
 * @see §8.3.3
 */
export function recordAssessment(
  input: AssessmentInput,
  context: TrainingCreateContext,
  existing: readonly Assessment[] = [],
  config: TrainingConfig = defaultTrainingConfig,
): Result<AssessmentRecorded, ForbiddenError | ComputeScoreError | AssessmentAlreadyRecordedError> {
  return checkCreate(context, AssessmentIdSchema, 'assessment.record')
    .andThen((ctx) =>
      parseWith(HeaderSchema, input, '§8.3.1').map((header) => ({ ...ctx, header })),
    )
    .andThen((value) => {
      const { employeeId, period } = value.header;
      const twice = existing.some(
        (a) =>
          a.employeeId === employeeId &&
          a.period.kind === period.kind &&
          a.period.label === period.label,
      );
      return twice
        ? err(assessmentAlreadyRecorded(employeeId, period.kind, period.label))
        : ok(value);
    })
    .andThen((value) =>
      computeScore(input.values, config.scorecard).map((breakdown) => ({ ...value, breakdown })),
    )
    .map(({ id, at, actor, header, breakdown }) => {
      const rating = rateScore(breakdown.score, config.ratingBands);
      const assessment: Assessment = {
        id,
        version: 0,
        createdAt: at,
        updatedAt: at,
        employeeId: header.employeeId,
        period: header.period,
        indicators: breakdown.contributions.map(({ indicator, value, weight }) => ({
          indicator,
          value,
          weight,
        })),
        score: breakdown.score,
        band: rating.band,
        bonusCoefficient: rating.bonusCoefficient,
        recordedBy: actor.id,
      };
      const event = trainingEvent('training.assessment-recorded', 'assessment', id, at, {
        assessmentId: id,
        employeeId: assessment.employeeId,
        periodKind: assessment.period.kind,
        period: assessment.period.label,
        score: assessment.score,
        band: assessment.band,
        bonusCoefficient: assessment.bonusCoefficient,
        actorId: actor.id,
      });
      return { assessment, events: [event] };
    });
}
