import { ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import {
  type Survey,
  type SurveyResponse,
  SurveyResponseSchema,
  SurveySchema,
  scoreSurveyResponse,
} from '../crm/index';
import { parseWith, type ValidationError } from '../shared/index';
import { type AnalyticsConfig, defaultAnalyticsConfig } from './config';
import type { KpiReport, PeriodGranularity, RejectedRecord, RejectionReason } from './kpi';
import { optionsSchema, parseOptions } from './options';
import { periodOfInstant } from './period';
import { countUsed, rejectRecord, screenRecords } from './records';
import { buildSeries, type Contribution, dimensionsOf } from './series';

/**
 * Options of {@link computeSatisfactionIndexKpi}: granularity and an
 * optional split by `survey` (questionnaire id) or `channel`.
 *
 * @example
 * ```ts
 * const options: SatisfactionKpiOptions = { granularity: 'quarter', by: 'survey' };
 * ```
 * @category analytics
 * @see §11.2.2
 */
export interface SatisfactionKpiOptions {
  readonly granularity: PeriodGranularity;
  readonly by?: 'survey' | 'channel';
}

const OptionsSchema = optionsSchema(['survey', 'channel']);
const parseResponse = (input: unknown) => parseWith(SurveyResponseSchema, input, '§11.2.1');
const parseSurvey = (input: unknown) => parseWith(SurveySchema, input, '§11.2.1');

function overallOf(
  survey: Survey | undefined,
  response: SurveyResponse,
): number | { readonly reason: RejectionReason; readonly detail: string } {
  const score = survey === undefined ? undefined : scoreSurveyResponse(survey, response);
  if (score === undefined || score.isErr()) {
    return { reason: 'unknown_reference', detail: 'survey_not_supplied' };
  }
  return score.value.overall ?? { reason: 'out_of_scope', detail: 'no_scale_answer' };
}

/**
 * Satisfaction index (满意度指数, 0–100, §7.2.2) by period of response
 * (§11.2.2): the mean of the responses' overall indexes, each scored by
 * crm's `scoreSurveyResponse` (1–5 answers mapped to 0–100, weighted by the
 * questionnaire's dimensions). `numerator` is the sum of those indexes,
 * `denominator` the number of responses. Unlike crm's pooled
 * `analyzeSurveyResponses`, every response weighs the same, so responses
 * split cleanly by period and survey. A response whose survey was not
 * supplied is `unknown_reference`; one without any scale answer is
 * `out_of_scope` (`no_scale_answer`).
 *
 * @param responses - survey responses (unknown input)
 * @param surveys - the questionnaires they answer (unknown input)
 * @param options - granularity and split
 * @param config - time zone of the periods
 * @returns one series (unit `index`), or `validation_failed`
 * @example
 * ```ts
 * computeSatisfactionIndexKpi(responses, [survey], { granularity: 'month' })._unsafeUnwrap().series[0]?.points;
 * // [{ period: '2026-03', numerator: '3450', denominator: '40', value: '86.3' }]
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §11.2.2
 * @see §7.2.2
 * @see §7.2.3
 */
export function computeSatisfactionIndexKpi(
  responses: readonly unknown[],
  surveys: readonly unknown[],
  options: SatisfactionKpiOptions,
  config: AnalyticsConfig = defaultAnalyticsConfig,
): Result<KpiReport, ValidationError> {
  return parseOptions(OptionsSchema, options).andThen(({ granularity, by }) =>
    screenRecords('surveys', surveys, parseSurvey).andThen((surveyList) =>
      screenRecords('responses', responses, parseResponse).andThen((screened) => {
        const byId = new Map<string, Survey>(
          surveyList.accepted.map((s) => [s.record.id, s.record]),
        );
        const contributions: Contribution[] = [];
        const rejected: RejectedRecord[] = [...surveyList.rejected, ...screened.rejected];
        for (const { index, record } of screened.accepted) {
          const overall = overallOf(byId.get(record.surveyId), record);
          if (typeof overall !== 'number') {
            rejected.push(
              rejectRecord('responses', index, record.id, overall.reason, overall.detail),
            );
            continue;
          }
          const key = by === 'survey' ? record.surveyId : record.channel;
          contributions.push({
            period: periodOfInstant(record.respondedAt, granularity, config.timeZone),
            dimensions: dimensionsOf(by, [key]),
            numerator: new Decimal(String(overall)),
            denominator: new Decimal(1),
          });
        }
        return ok({
          series: [
            buildSeries(
              { kpi: 'satisfaction-index', unit: 'index', granularity, by: by ?? null },
              contributions,
            ),
          ],
          used: countUsed({ responses: screened.accepted, surveys: surveyList.accepted }, rejected),
          rejected,
        });
      }),
    ),
  );
}
