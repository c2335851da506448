import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { type CommandContext, checkContext, permit } from './command-context';
import { type InvalidTransitionError, invalidTransition } from './errors';
import { type CrmEvent, crmEvent } from './events';
import { SurveyIdSchema } from './ids';
import { type Survey, type SurveyDefinition, SurveyDefinitionSchema } from './survey-schema';

/**
 * A questionnaire after a change, and its events.
 *
 * @example
 * ```ts
 * const { survey, events }: SurveyChanged = publishSurvey(draft, { at, actor })._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.2.2
 */
export interface SurveyChanged {
  readonly survey: Survey;
  readonly events: readonly CrmEvent[];
}

/**
 * Drafts a satisfaction questionnaire (§7.2.2): channels (§7.2.1), weighted
 * dimensions — by default the manual's four, product quality, service
 * level, price reasonableness and brand image, weighted equally — and
 * questions (1–5 scales per dimension, at most one 0–10 recommendation
 * question, free text). A draft is not used until the CS supervisor
 * publishes it ({@link publishSurvey}).
 *
 * Errors: `validation_failed` (§7.2.2), with reasons such as
 * `dimension_without_question`, `dimension_required`, `multiple_nps_questions`.
 *
 * @example
 * ```ts
 * const { survey } = defineSurvey(
 *   { title: '售后服务满意度调查', channels: ['online', 'phone'], questions: [
 *     { id: 'q1', text: '维修质量', type: 'scale', dimension: 'product-quality', required: true },
 *     { id: 'q2', text: '服务态度', type: 'scale', dimension: 'service-level', required: true },
 *     { id: 'q3', text: '价格是否合理', type: 'scale', dimension: 'price-reasonableness', required: true },
 *     { id: 'q4', text: '品牌印象', type: 'scale', dimension: 'brand-image', required: true },
 *     { id: 'nps', text: '您向亲友推荐本店的可能性', type: 'nps', dimension: null, required: false },
 *   ] },
 *   { id: 'svy_1', at },
 * )._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.2.2
 * @see §7.2.1
 */
export function defineSurvey(
  definition: SurveyDefinition,
  context: { readonly id: string; readonly at: Instant },
): Result<SurveyChanged, ValidationError> {
  return parseWith(z.object({ id: SurveyIdSchema, at: InstantSchema }), context).andThen(
    ({ id, at }) =>
      parseWith(SurveyDefinitionSchema, definition, '§7.2.2').map(
        (parsed): SurveyChanged => ({
          survey: {
            id,
            version: 0,
            createdAt: at,
            updatedAt: at,
            ...parsed,
            status: 'draft',
            publishedAt: null,
            publishedBy: null,
          },
          events: [crmEvent('crm.survey-defined', 'survey', id, at, { surveyId: id })],
        }),
      ),
  );
}

function change(
  survey: Survey,
  context: CommandContext,
  from: Survey['status'],
  to: Survey['status'],
): Result<SurveyChanged, ValidationError | ForbiddenError | InvalidTransitionError> {
  return checkContext(context).andThen(({ at, actor }) =>
    permit(context, 'survey.publish').andThen(() => {
      if (survey.status !== from) {
        const command = to === 'published' ? 'publish' : 'retire';
        return err(invalidTransition('survey', survey.id, survey.status, command, '§2.2.5(4)'));
      }
      const published = to === 'published' ? { publishedAt: at, publishedBy: actor.id } : {};
      const type = to === 'published' ? 'crm.survey-published' : 'crm.survey-retired';
      return ok({
        survey: { ...survey, ...published, status: to, updatedAt: at },
        events: [
          crmEvent(type, 'survey', survey.id, at, { surveyId: survey.id, actorId: actor.id }),
        ],
      });
    }),
  );
}

/**
 * Publishes a draft questionnaire (§2.2.5(4)): only the CS supervisor holds
 * `survey.publish` in the manual's map. Invitations and responses need a
 * published survey.
 *
 * Errors: `validation_failed`; `forbidden` (§2.2.5(4)); `invalid_transition`
 * when the survey is not a draft.
 *
 * @example
 * ```ts
 * publishSurvey(draft, { at, actor: csSupervisor })._unsafeUnwrap().survey.status; // 'published'
 * publishSurvey(draft, { at, actor: csAgent }); // err: forbidden (§2.2.5(4))
 * ```
 * @category crm
 * @see §2.2.5(4)
 */
export function publishSurvey(
  survey: Survey,
  context: CommandContext,
): Result<SurveyChanged, ValidationError | ForbiddenError | InvalidTransitionError> {
  return change(survey, context, 'draft', 'published');
}

/**
 * Retires a published questionnaire: no new invitations or responses.
 * Needs `survey.publish` (§2.2.5(4)).
 *
 * Errors: `validation_failed`; `forbidden`; `invalid_transition` when the
 * survey is not published.
 *
 * @example
 * ```ts
 * retireSurvey(published, { at, actor: csSupervisor })._unsafeUnwrap().survey.status; // 'retired'
 * ```
 * @category crm
 * @see §2.2.5(4)
 */
export function retireSurvey(
  survey: Survey,
  context: CommandContext,
): Result<SurveyChanged, ValidationError | ForbiddenError | InvalidTransitionError> {
  return change(survey, context, 'published', 'retired');
}
