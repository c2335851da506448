import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import { roundDivision } from '../_lib/money-decimal';
import { type CrmConfig, defaultCrmConfig } from './config';
import { type SurveyResponseMismatchError, surveyResponseMismatch } from './errors';
import type { ImprovementProposal } from './improvement-proposal';
import type { SurveyResponse } from './survey-response-schema';
import type { Survey, SurveyDimension } from './survey-schema';

/**
 * One dimension's result: its relative weight from the questionnaire, how
 * many scale answers it got, and its satisfaction index 0–100 (one
 * decimal; `null` without answers). A 1–5 answer maps linearly: 1 → 0,
 * 3 → 50, 5 → 100.
 *
 * @example
 * ```ts
 * const score: DimensionScore = { dimension: 'service-level', weight: 1, answers: 12, index: 87.5 };
 * ```
 * @category crm
 * @see §7.2.3
 */
export interface DimensionScore {
  readonly dimension: SurveyDimension;
  readonly weight: number;
  readonly answers: number;
  readonly index: number | null;
}

/**
 * Net Promoter Score from the 0–10 question: promoters answer 9–10,
 * passives 7–8, detractors 0–6; `score` = % promoters − % detractors
 * (−100…100, one decimal; `null` without answers).
 *
 * @example
 * ```ts
 * const nps: NpsResult = { answers: 4, promoters: 2, passives: 1, detractors: 1, score: 25 };
 * ```
 * @category crm
 * @see §7.2.3
 */
export interface NpsResult {
  readonly answers: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly score: number | null;
}

/**
 * The results of one response or of many (§7.2.3): the index per
 * dimension and overall (weighted by the questionnaire's weights over the
 * dimensions that got answers), NPS when the survey has a 0–10 question.
 *
 * @example
 * ```ts
 * const score: SurveyScore = scoreSurveyResponse(survey, response)._unsafeUnwrap();
 * score.overall; // 75
 * ```
 * @category crm
 * @see §7.2.3
 */
export interface SurveyScore {
  readonly dimensions: readonly DimensionScore[];
  readonly overall: number | null;
  readonly nps: NpsResult | null;
}

/**
 * A questionnaire's analysis (调查结果分析, §7.2.3): the scores, the
 * dimensions ranked weakest first, and improvement data for every
 * dimension under `config.survey.improvementThreshold` and every response
 * whose overall index is under `config.survey.responseThreshold`.
 *
 * @example
 * ```ts
 * const analysis: SurveyAnalysis = analyzeSurveyResponses(survey, responses)._unsafeUnwrap();
 * analysis.weakest[0]?.dimension; // 'price-reasonableness'
 * ```
 * @category crm
 * @see §7.2.3
 * @see §1.2(6)
 */
export interface SurveyAnalysis extends SurveyScore {
  readonly surveyId: Survey['id'];
  readonly responses: number;
  readonly weakest: readonly DimensionScore[];
  readonly improvementActions: readonly ImprovementProposal[];
}

const toNumber = (value: Decimal): number => Number(value.toFixed(1));

function scoreOf(survey: Survey, responses: readonly SurveyResponse[]): SurveyScore {
  const typeOf = new Map(survey.questions.map((q) => [q.id, q]));
  const sums = new Map<SurveyDimension, { sum: number; n: number }>();
  const nps = { answers: 0, promoters: 0, passives: 0, detractors: 0 };
  for (const answer of responses.flatMap((response) => response.answers)) {
    const question = typeOf.get(answer.questionId);
    if (question === undefined || typeof answer.value !== 'number') continue;
    if (question.type === 'scale' && question.dimension !== null) {
      const total = sums.get(question.dimension) ?? { sum: 0, n: 0 };
      sums.set(question.dimension, { sum: total.sum + answer.value, n: total.n + 1 });
    } else if (question.type === 'nps') {
      nps.answers += 1;
      if (answer.value >= 9) nps.promoters += 1;
      else if (answer.value >= 7) nps.passives += 1;
      else nps.detractors += 1;
    }
  }
  let weighted = new Decimal(0);
  let weights = new Decimal(0);
  const dimensions = survey.dimensions.map(({ dimension, weight }): DimensionScore => {
    const total = sums.get(dimension);
    if (total === undefined) return { dimension, weight, answers: 0, index: null };
    // index = (mean − 1) / 4 × 100 = (sum − n) × 25 / n, kept exact until rounded.
    const points = new Decimal(total.sum - total.n).times(25);
    weighted = weighted.plus(points.times(String(weight)).dividedBy(total.n));
    weights = weights.plus(String(weight));
    const index = toNumber(roundDivision(points, new Decimal(total.n), 1, 'half-up'));
    return { dimension, weight, answers: total.n, index };
  });
  const overall = weights.isZero()
    ? null
    : toNumber(weighted.dividedBy(weights).toDecimalPlaces(1, Decimal.ROUND_HALF_UP));
  const hasNps = survey.questions.some((q) => q.type === 'nps');
  const npsScore =
    nps.answers === 0
      ? null
      : toNumber(
          roundDivision(
            new Decimal(nps.promoters - nps.detractors).times(100),
            new Decimal(nps.answers),
            1,
            'half-up',
          ),
        );
  return { dimensions, overall, nps: hasNps ? { ...nps, score: npsScore } : null };
}

function checkBelongs(
  survey: Survey,
  responses: readonly SurveyResponse[],
): Result<void, SurveyResponseMismatchError> {
  const stray = responses.find((response) => response.surveyId !== survey.id);
  return stray === undefined ? ok(undefined) : err(surveyResponseMismatch(survey.id, stray.id));
}

/**
 * Scores one response (§7.2.3): the index per dimension and overall, and
 * its 0–10 answer as NPS counts.
 *
 * Errors: `survey_response_mismatch` (the response is for another survey).
 *
 * @example
 * ```ts
 * scoreSurveyResponse(survey, response)._unsafeUnwrap().overall; // 62.5
 * ```
 * @category crm
 * @see §7.2.3
 */
export function scoreSurveyResponse(
  survey: Survey,
  response: SurveyResponse,
): Result<SurveyScore, SurveyResponseMismatchError> {
  return checkBelongs(survey, [response]).map(() => scoreOf(survey, [response]));
}

/**
 * Analyses a questionnaire's responses (§7.2.3): satisfaction index 0–100
 * per dimension (§7.2.2) and overall, NPS where a 0–10 question exists,
 * the dimensions ranked weakest first (ties in questionnaire order), and
 * improvement data (§1.2(6)) for dimensions below
 * `config.survey.improvementThreshold` (default 80) and for each response
 * whose own overall index is below `config.survey.responseThreshold`
 * (default 60). A response for another survey is an error, never skipped
 * silently. Exact decimal arithmetic; results rounded half-up to one decimal.
 *
 * Errors: `survey_response_mismatch` (§7.2.3).
 *
 * @example
 * ```ts
 * const analysis = analyzeSurveyResponses(survey, responses)._unsafeUnwrap();
 * analysis.dimensions.map((d) => d.index); // [90, 87.5, 62.5, 80]
 * analysis.improvementActions[0]?.subject; // 'price-reasonableness'
 * ```
 * @category crm
 * @see §7.2.3
 * @see §7.2.2
 * @see §1.2(6)
 */
export function analyzeSurveyResponses(
  survey: Survey,
  responses: readonly SurveyResponse[],
  config: CrmConfig = defaultCrmConfig,
): Result<SurveyAnalysis, SurveyResponseMismatchError> {
  return checkBelongs(survey, responses).map(() => {
    const score = scoreOf(survey, responses);
    const order = (d: DimensionScore) =>
      survey.dimensions.findIndex((w) => w.dimension === d.dimension);
    const weakest = score.dimensions
      .filter((d) => d.index !== null)
      .sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || order(a) - order(b));
    const { improvementThreshold, responseThreshold } = config.survey;
    const lowDimensions = weakest
      .filter((d) => d.index !== null && d.index < improvementThreshold)
      .map(
        (d): ImprovementProposal => ({
          source: 'survey',
          sourceId: survey.id,
          reason: 'dimension_below_threshold',
          subject: d.dimension,
          score: d.index,
          threshold: improvementThreshold,
          customerId: null,
          clause: '§7.2.3',
        }),
      );
    const lowResponses = responses.flatMap((response): ImprovementProposal[] => {
      const overall = scoreOf(survey, [response]).overall;
      if (overall === null || overall >= responseThreshold) return [];
      return [
        {
          source: 'survey-response',
          sourceId: response.id,
          reason: 'response_below_threshold',
          subject: 'overall',
          score: overall,
          threshold: responseThreshold,
          customerId: response.customerId,
          clause: '§7.2.3',
        },
      ];
    });
    return {
      surveyId: survey.id,
      responses: responses.length,
      ...score,
      weakest,
      improvementActions: [...lowDimensions, ...lowResponses],
    };
  });
}
