import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Actor, ActorSchema, type CapabilityMap } from '../org/index';
import {
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { SurveyChannelSchema } from './channels';
import { permit } from './command-context';
import {
  type SurveyAnswerInvalidError,
  type SurveyChannelNotOfferedError,
  type SurveyNotPublishedError,
  type SurveyRecorderRequiredError,
  surveyAnswerInvalid,
  surveyChannelNotOffered,
  surveyNotPublished,
  surveyRecorderRequired,
} from './errors';
import { type CrmEvent, crmEvent } from './events';
import {
  CustomerIdSchema,
  RepairOrderRefSchema,
  SurveyInvitationIdSchema,
  SurveyResponseIdSchema,
} from './ids';
import {
  type SurveyAnswer,
  SurveyAnswerSchema,
  type SurveyResponse,
} from './survey-response-schema';
import type { Survey } from './survey-schema';

/**
 * Schema of a response as entered: customer, optional repair order and
 * invitation, the channel (§7.2.1), and the answers.
 *
 * @example
 * ```ts
 * SurveyResponseInputSchema.safeParse({
 *   customerId: 'cus_1', channel: 'phone', answers: [{ questionId: 'q1', value: 5 }],
 * }).success; // true
 * ```
 * @category crm
 * @see §7.2.1
 */
export const SurveyResponseInputSchema = z.strictObject({
  customerId: CustomerIdSchema,
  repairOrderId: z.optional(z.nullable(RepairOrderRefSchema)),
  invitationId: z.optional(z.nullable(SurveyInvitationIdSchema)),
  channel: SurveyChannelSchema,
  answers: z.array(SurveyAnswerSchema).check(z.maxLength(100)),
});

/**
 * A response as entered (before parsing).
 *
 * @example
 * ```ts
 * const input: SurveyResponseInput = { customerId: 'cus_1', channel: 'online', answers: [{ questionId: 'nps', value: 9 }] };
 * ```
 * @category crm
 * @see §7.2.1
 */
export type SurveyResponseInput = z.input<typeof SurveyResponseInputSchema>;

/**
 * What {@link recordSurveyResponse} returns: the response and a
 * `crm.survey-response-recorded` event.
 *
 * @example
 * ```ts
 * const { response }: SurveyResponseRecorded = recordSurveyResponse(survey, input, context)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.2.1
 */
export interface SurveyResponseRecorded {
  readonly response: SurveyResponse;
  readonly events: readonly CrmEvent[];
}

/**
 * Every error {@link recordSurveyResponse} can return.
 *
 * @example
 * ```ts
 * function explain(error: RecordSurveyResponseError) { return error.code; }
 * ```
 * @category crm
 * @see §7.2.1
 */
export type RecordSurveyResponseError =
  | ValidationError
  | ForbiddenError
  | SurveyNotPublishedError
  | SurveyChannelNotOfferedError
  | SurveyRecorderRequiredError
  | SurveyAnswerInvalidError;

function answerProblem(
  question: Survey['questions'][number],
  value: SurveyAnswer['value'],
): SurveyAnswerInvalidError['data']['reason'] | undefined {
  if (question.type === 'text') return typeof value === 'string' ? undefined : 'wrong_type';
  if (typeof value !== 'number') return 'wrong_type';
  const [min, max] = question.type === 'scale' ? [1, 5] : [0, 10];
  return value < min || value > max ? 'out_of_range' : undefined;
}

function checkAnswers(
  survey: Survey,
  answers: readonly SurveyAnswer[],
): Result<void, SurveyAnswerInvalidError> {
  const seen = new Set<string>();
  for (const answer of answers) {
    const question = survey.questions.find((q) => q.id === answer.questionId);
    if (question === undefined) {
      return err(surveyAnswerInvalid(survey.id, answer.questionId, 'unknown_question'));
    }
    if (seen.has(answer.questionId)) {
      return err(surveyAnswerInvalid(survey.id, answer.questionId, 'duplicate'));
    }
    seen.add(answer.questionId);
    const problem = answerProblem(question, answer.value);
    if (problem !== undefined) return err(surveyAnswerInvalid(survey.id, question.id, problem));
  }
  const missing = survey.questions.find((q) => q.required && !seen.has(q.id));
  return missing === undefined
    ? ok(undefined)
    : err(surveyAnswerInvalid(survey.id, missing.id, 'missing'));
}

const ContextSchema = z.object({
  id: SurveyResponseIdSchema,
  at: InstantSchema,
  actor: z.nullable(ActorSchema),
});

/**
 * Records a customer's answers to a published questionnaire through one of
 * its channels (§7.2.1). Paper and phone responses are keyed in by staff,
 * who need `survey-response.record` (customer service by default); an
 * online response comes from the customer and may have no actor
 * (`actor: null`). Every answer must fit its question: 1–5 for scales, 0–10
 * for the recommendation question, text for comments; required questions
 * must be answered.
 *
 * Errors: `validation_failed`; `survey_not_published`;
 * `survey_channel_not_offered` (§7.2.1); `survey_recorder_required`
 * (§7.2.1); `forbidden`; `survey_answer_invalid` (§7.2.2; reasons
 * `unknown_question`, `duplicate`, `missing`, `wrong_type`, `out_of_range`).
 *
 * @example
 * ```ts
 * recordSurveyResponse(survey, {
 *   customerId: 'cus_1', repairOrderId: 'ro_1', channel: 'phone',
 *   answers: [{ questionId: 'q1', value: 5 }, { questionId: 'q2', value: 4 }],
 * }, { id: 'rsp_1', at, actor: csAgent });
 * ```
 * @category crm
 * @see §7.2.1
 * @see §7.2.2
 */
export function recordSurveyResponse(
  survey: Survey,
  input: SurveyResponseInput,
  context: {
    readonly id: string;
    readonly at: Instant;
    readonly actor: Actor | null;
    readonly capabilityMap?: CapabilityMap;
  },
): Result<SurveyResponseRecorded, RecordSurveyResponseError> {
  return parseWith(ContextSchema, context).andThen(({ id, at, actor }) =>
    parseWith(SurveyResponseInputSchema, input, '§7.2.1').andThen((parsed) => {
      if (survey.status !== 'published') return err(surveyNotPublished(survey.id, survey.status));
      if (!survey.channels.includes(parsed.channel)) {
        return err(surveyChannelNotOffered(survey.id, parsed.channel));
      }
      if (actor === null && parsed.channel !== 'online') {
        return err(surveyRecorderRequired(survey.id, parsed.channel));
      }
      const allowed: Result<unknown, ForbiddenError> =
        actor === null
          ? ok(undefined)
          : permit({ actor, capabilityMap: context.capabilityMap }, 'survey-response.record');
      return allowed
        .andThen(() => checkAnswers(survey, parsed.answers))
        .map((): SurveyResponseRecorded => {
          const response: SurveyResponse = {
            id,
            version: 0,
            createdAt: at,
            updatedAt: at,
            surveyId: survey.id,
            customerId: parsed.customerId,
            repairOrderId: parsed.repairOrderId ?? null,
            invitationId: parsed.invitationId ?? null,
            channel: parsed.channel,
            respondedAt: at,
            recordedBy: actor?.id ?? null,
            answers: parsed.answers,
          };
          const event = crmEvent('crm.survey-response-recorded', 'survey-response', id, at, {
            responseId: id,
            surveyId: survey.id,
            customerId: response.customerId,
            repairOrderId: response.repairOrderId,
            channel: response.channel,
          });
          return { response, events: [event] };
        });
    }),
  );
}
