import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { DECIMAL_LITERAL, Decimal } from '../_lib/decimal';
import { parseWith, type ValidationError } from '../shared/index';
import { ScoreTextSchema, sumDecimals, WeightTextSchema } from './decimal-text';
import {
  type IndicatorNotInScorecardError,
  type IndicatorValueMissingError,
  indicatorNotInScorecard,
  indicatorValueMissing,
  type ScorecardWeightsInvalidError,
  scorecardWeightsInvalid,
} from './errors';
import {
  ASSESSMENT_INDICATORS,
  type AssessmentIndicator,
  AssessmentIndicatorSchema,
} from './vocabulary';

/**
 * Schema of a {@link Scorecard}: indicators with weights as decimal strings
 * in (0, 1]. Each indicator appears once (reason `duplicate`) and the
 * weights add up to exactly 1 in decimal arithmetic (reason `weights_not_one`).
 *
 * @example
 * ```ts
 * ScorecardSchema.safeParse({ indicators: [
 *   { indicator: 'service-quality', weight: '0.6' },
 *   { indicator: 'customer-satisfaction', weight: '0.4' },
 * ] }).success; // true
 * ```
 * @category training
 * @see §8.3.2
 */
export const ScorecardSchema = z.object({
  indicators: z
    .array(z.object({ indicator: AssessmentIndicatorSchema, weight: WeightTextSchema }))
    .check(
      z.minLength(1),
      z.maxLength(ASSESSMENT_INDICATORS.length),
      z.refine((rows) => new Set(rows.map((row) => row.indicator)).size === rows.length, {
        message: 'each indicator appears once',
        params: { reason: 'duplicate' },
      }),
      z.refine((rows) => sumDecimals(rows.map((row) => row.weight)).eq(1), {
        message: 'the weights must add up to exactly 1',
        params: { reason: 'weights_not_one' },
      }),
    ),
});

/**
 * A weighted scorecard (考核表, §8.3.2).
 *
 * @example
 * ```ts
 * const card: Scorecard = { indicators: [{ indicator: 'service-quality', weight: '1' }] };
 * ```
 * @category training
 * @see §8.3.2
 */
export type Scorecard = z.infer<typeof ScorecardSchema>;

/**
 * Parses a scorecard at the boundary. Never throws. Errors:
 * `validation_failed` (reasons `duplicate`, `weights_not_one`, `out_of_range`).
 *
 * @example
 * ```ts
 * parseScorecard({ indicators: [{ indicator: 'service-quality', weight: '0.5' }] }).isErr(); // true
 * ```
 * @category training
 * @see §8.3.2
 */
export function parseScorecard(input: unknown): Result<Scorecard, ValidationError> {
  return parseWith(ScorecardSchema, input, '§8.3.2');
}

/**
 * Indicator values on the 0–100 scale, as decimal strings, by indicator.
 *
 * @example
 * ```ts
 * const values: IndicatorValues = { 'service-quality': '92', 'customer-satisfaction': '88.5' };
 * ```
 * @category training
 * @see §8.3.2
 */
export type IndicatorValues = Readonly<Partial<Record<AssessmentIndicator, string>>>;

/**
 * The raw range of an indicator before normalisation: its worst-to-best
 * bounds as decimal strings, and whether higher raw values are better
 * (e.g. a comeback rate is better when lower).
 *
 * @example
 * ```ts
 * const rate: IndicatorRange = { min: '0', max: '1', higherIsBetter: true };
 * ```
 * @category training
 * @see §8.3.2
 */
export interface IndicatorRange {
  readonly min: string;
  readonly max: string;
  readonly higherIsBetter: boolean;
}

const RangeSchema = z
  .object({
    raw: z.string(),
    min: z.string(),
    max: z.string(),
    higherIsBetter: z.boolean(),
  })
  .check(
    z.refine(
      (input) => {
        const parsed = [input.raw, input.min, input.max].map(readDecimal);
        return (
          parsed.every((d) => d !== undefined) && (parsed[1] as Decimal).lt(parsed[2] as Decimal)
        );
      },
      {
        message: 'raw, min and max must be decimal strings with min < max',
        params: { reason: 'range_invalid' },
      },
    ),
  );

function readDecimal(text: string): Decimal | undefined {
  return DECIMAL_LITERAL.test(text) ? new Decimal(text) : undefined;
}

/**
 * Normalises a raw indicator value to the 0–100 scale: linear between
 * `range.min` (0, or 100 when lower is better) and `range.max`, clamped,
 * rounded half-up to 2 decimal places. A satisfaction index already on
 * 0–100 uses `{ min: '0', max: '100', higherIsBetter: true }`; a training
 * participation rate of 0–1 uses `max: '1'`.
 *
 * Errors: `validation_failed` (reason `range_invalid`).
 *
 * @example
 * ```ts
 * normalizeIndicatorValue('0.85', { min: '0', max: '1', higherIsBetter: true }); // ok('85.00')
 * normalizeIndicatorValue('0.02', { min: '0', max: '0.1', higherIsBetter: false }); // ok('80.00')
 * ```
 * @category training
 * @see §8.3.2
 */
export function normalizeIndicatorValue(
  raw: string,
  range: IndicatorRange,
): Result<string, ValidationError> {
  return parseWith(RangeSchema, { raw, ...range }, '§8.3.2').map(() => {
    const span = new Decimal(range.max).minus(range.min);
    const offset = range.higherIsBetter
      ? new Decimal(raw).minus(range.min)
      : new Decimal(range.max).minus(raw);
    const scaled = Decimal.min(Decimal.max(offset.div(span).times(100), 0), 100);
    return scaled.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  });
}

/**
 * One indicator's share of a score: its value, weight and weighted points
 * (value × weight, exact).
 *
 * @example
 * ```ts
 * const line: ScoreContribution = { indicator: 'service-quality', value: '90', weight: '0.5', points: '45' };
 * ```
 * @category training
 * @see §8.3.2
 */
export interface ScoreContribution {
  readonly indicator: AssessmentIndicator;
  readonly value: string;
  readonly weight: string;
  readonly points: string;
}

/**
 * A computed score: the total on 0–100 as a decimal string with 2 decimal
 * places, and each indicator's contribution in scorecard order.
 *
 * @example
 * ```ts
 * const { score }: ScoreBreakdown = computeScore(values, card)._unsafeUnwrap();
 * ```
 * @category training
 * @see §8.3.2
 */
export interface ScoreBreakdown {
  readonly score: string;
  readonly contributions: readonly ScoreContribution[];
}

/**
 * Every error {@link computeScore} can return.
 *
 * @example
 * ```ts
 * function explain(error: ComputeScoreError) { return error.code; }
 * ```
 * @category training
 * @see §8.3.2
 */
export type ComputeScoreError =
  | ValidationError
  | ScorecardWeightsInvalidError
  | IndicatorValueMissingError
  | IndicatorNotInScorecardError;

/**
 * The weighted score of normalised indicator values (§8.3.2): Σ value ×
 * weight in exact decimal arithmetic, then rounded half-up to 2 decimal
 * places once, at the end. Deterministic: the same values and scorecard
 * always give the same string.
 *
 * Errors: `validation_failed` (a value not a decimal string in 0–100);
 * `scorecard_weights_invalid` (weights do not add up to exactly 1);
 * `indicator_value_missing`; `indicator_not_in_scorecard`.
 *
 * @example
 * ```ts
 * computeScore(
 *   { 'service-quality': '90', 'customer-satisfaction': '80', 'training-participation': '100' },
 *   defaultTrainingConfig.scorecard,
 * )._unsafeUnwrap().score; // '88.00'
 * ```
 * @category training
 * @see §8.3.2
 */
export function computeScore(
  values: IndicatorValues,
  scorecard: Scorecard,
): Result<ScoreBreakdown, ComputeScoreError> {
  const sum = sumDecimals(scorecard.indicators.map((row) => row.weight));
  if (!sum.eq(1)) return err(scorecardWeightsInvalid(sum.toFixed()));
  return parseWith(z.partialRecord(AssessmentIndicatorSchema, ScoreTextSchema), values, '§8.3.2')
    .andThen((parsed) => {
      const weighed = new Set(scorecard.indicators.map((row) => row.indicator));
      const extra = Object.keys(parsed).find((key) => !weighed.has(key as AssessmentIndicator));
      return extra === undefined ? ok(parsed) : err(indicatorNotInScorecard(extra));
    })
    .andThen((parsed) => {
      const contributions: ScoreContribution[] = [];
      for (const { indicator, weight } of scorecard.indicators) {
        const value = parsed[indicator];
        if (value === undefined) return err(indicatorValueMissing(indicator));
        const points = new Decimal(value).times(weight).toFixed();
        contributions.push({ indicator, value, weight, points });
      }
      const total = sumDecimals(contributions.map((line) => line.points));
      return ok({
        score: total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
        contributions,
      });
    });
}
