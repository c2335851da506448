import { type DomainError, domainError } from '../shared/index';

/**
 * A command that the aggregate's current status does not allow, e.g.
 * closing a complaint that was never resolved. Never a silent no-op.
 *
 * @example
 * ```ts
 * const error: InvalidTransitionError = invalidTransition('complaint', 'cmp_1', 'received', 'close', '§7.3.2');
 * ```
 * @category crm
 * @see §7.3.2
 * @see §2.2.5(2)
 */
export type InvalidTransitionError = DomainError<
  'invalid_transition',
  {
    readonly entity: 'complaint' | 'follow-up' | 'survey';
    readonly id: string;
    readonly status: string;
    readonly command: string;
  }
>;

/**
 * Closing a complaint needs the customer's feedback on the result (§7.3.2(4)).
 *
 * @example
 * ```ts
 * const error: ComplaintFeedbackRequiredError = complaintFeedbackRequired('cmp_1');
 * ```
 * @category crm
 * @see §7.3.2
 */
export type ComplaintFeedbackRequiredError = DomainError<
  'complaint_feedback_required',
  { readonly complaintId: string }
>;

/**
 * An odometer reading lower than, or older than, the vehicle's latest one.
 *
 * @example
 * ```ts
 * const error: OdometerInconsistentError = odometerInconsistent('veh_1', 'lower_than_previous', 15000, 9000);
 * ```
 * @category crm
 * @see §7.1.3
 */
export type OdometerInconsistentError = DomainError<
  'odometer_inconsistent',
  {
    readonly vehicleId: string;
    readonly reason: 'lower_than_previous' | 'earlier_than_previous';
    readonly previousKm: number;
    readonly km: number;
  }
>;

/**
 * A delivered repair order was applied to a vehicle it is not about.
 *
 * @example
 * ```ts
 * const error: DeliveryVehicleMismatchError = deliveryVehicleMismatch('veh_1', 'ro_9');
 * ```
 * @category crm
 * @see §7.1.3
 */
export type DeliveryVehicleMismatchError = DomainError<
  'delivery_vehicle_mismatch',
  { readonly vehicleId: string; readonly repairOrderId: string }
>;

/**
 * Responses and invitations need a published questionnaire.
 *
 * @example
 * ```ts
 * const error: SurveyNotPublishedError = surveyNotPublished('svy_1', 'draft');
 * ```
 * @category crm
 * @see §2.2.5(4)
 * @see §7.2.1
 */
export type SurveyNotPublishedError = DomainError<
  'survey_not_published',
  { readonly surveyId: string; readonly status: string }
>;

/**
 * The questionnaire does not run on this channel (§7.2.1).
 *
 * @example
 * ```ts
 * const error: SurveyChannelNotOfferedError = surveyChannelNotOffered('svy_1', 'paper');
 * ```
 * @category crm
 * @see §7.2.1
 */
export type SurveyChannelNotOfferedError = DomainError<
  'survey_channel_not_offered',
  { readonly surveyId: string; readonly channel: string }
>;

/**
 * An answer that does not fit the questionnaire: an unknown or repeated
 * question, a required question left out, or a value of the wrong type or
 * out of the question's range (1–5, 0–10).
 *
 * @example
 * ```ts
 * const error: SurveyAnswerInvalidError = surveyAnswerInvalid('svy_1', 'q1', 'out_of_range');
 * ```
 * @category crm
 * @see §7.2.2
 */
export type SurveyAnswerInvalidError = DomainError<
  'survey_answer_invalid',
  {
    readonly surveyId: string;
    readonly questionId: string;
    readonly reason: 'unknown_question' | 'duplicate' | 'missing' | 'wrong_type' | 'out_of_range';
  }
>;

/**
 * A paper or phone response must say which employee keyed it in; only
 * online responses come from the customer directly.
 *
 * @example
 * ```ts
 * const error: SurveyRecorderRequiredError = surveyRecorderRequired('svy_1', 'phone');
 * ```
 * @category crm
 * @see §7.2.1
 */
export type SurveyRecorderRequiredError = DomainError<
  'survey_recorder_required',
  { readonly surveyId: string; readonly channel: string }
>;

/**
 * A response given for analysis belongs to another questionnaire; nothing
 * is skipped silently (§11.2.1).
 *
 * @example
 * ```ts
 * const error: SurveyResponseMismatchError = surveyResponseMismatch('svy_1', 'rsp_7');
 * ```
 * @category crm
 * @see §7.2.3
 */
export type SurveyResponseMismatchError = DomainError<
  'survey_response_mismatch',
  { readonly surveyId: string; readonly responseId: string }
>;

/**
 * Every error code of the crm module (shared codes such as
 * `validation_failed`, `forbidden` and `currency_mismatch` come from
 * `aftersales/shared`). Errors carry ids, never names, phones, VINs or plates.
 *
 * @example
 * ```ts
 * function explain(error: CrmError): string {
 *   return formatError(error, 'zh-CN', crmMessages);
 * }
 * ```
 * @category crm
 * @see §1.2(7)
 */
export type CrmError =
  | InvalidTransitionError
  | ComplaintFeedbackRequiredError
  | OdometerInconsistentError
  | DeliveryVehicleMismatchError
  | SurveyNotPublishedError
  | SurveyChannelNotOfferedError
  | SurveyAnswerInvalidError
  | SurveyRecorderRequiredError
  | SurveyResponseMismatchError;

/**
 * Builds an {@link InvalidTransitionError}.
 *
 * @example
 * ```ts
 * invalidTransition('follow-up', 'fu_1', 'completed', 'record-not-reached', '§2.2.5(2)').code; // 'invalid_transition'
 * ```
 * @category crm
 * @see §7.3.2
 */
export function invalidTransition(
  entity: InvalidTransitionError['data']['entity'],
  id: string,
  status: string,
  command: string,
  clause: string,
): InvalidTransitionError {
  return domainError('invalid_transition', { entity, id, status, command }, clause);
}

/**
 * Builds a {@link ComplaintFeedbackRequiredError}.
 *
 * @example
 * ```ts
 * complaintFeedbackRequired('cmp_1').clause; // '§7.3.2'
 * ```
 * @category crm
 * @see §7.3.2
 */
export function complaintFeedbackRequired(complaintId: string): ComplaintFeedbackRequiredError {
  return domainError('complaint_feedback_required', { complaintId }, '§7.3.2');
}

/**
 * Builds an {@link OdometerInconsistentError}.
 *
 * @example
 * ```ts
 * odometerInconsistent('veh_1', 'lower_than_previous', 15000, 9000).code; // 'odometer_inconsistent'
 * ```
 * @category crm
 * @see §7.1.3
 */
export function odometerInconsistent(
  vehicleId: string,
  reason: OdometerInconsistentError['data']['reason'],
  previousKm: number,
  km: number,
): OdometerInconsistentError {
  return domainError('odometer_inconsistent', { vehicleId, reason, previousKm, km }, '§7.1.3');
}

/**
 * Builds a {@link DeliveryVehicleMismatchError}.
 *
 * @example
 * ```ts
 * deliveryVehicleMismatch('veh_1', 'ro_9').code; // 'delivery_vehicle_mismatch'
 * ```
 * @category crm
 * @see §7.1.3
 */
export function deliveryVehicleMismatch(
  vehicleId: string,
  repairOrderId: string,
): DeliveryVehicleMismatchError {
  return domainError('delivery_vehicle_mismatch', { vehicleId, repairOrderId }, '§7.1.3');
}

/**
 * Builds a {@link SurveyNotPublishedError}.
 *
 * @example
 * ```ts
 * surveyNotPublished('svy_1', 'draft').code; // 'survey_not_published'
 * ```
 * @category crm
 * @see §2.2.5(4)
 */
export function surveyNotPublished(surveyId: string, status: string): SurveyNotPublishedError {
  return domainError('survey_not_published', { surveyId, status }, '§2.2.5(4)');
}

/**
 * Builds a {@link SurveyChannelNotOfferedError}.
 *
 * @example
 * ```ts
 * surveyChannelNotOffered('svy_1', 'paper').clause; // '§7.2.1'
 * ```
 * @category crm
 * @see §7.2.1
 */
export function surveyChannelNotOffered(
  surveyId: string,
  channel: string,
): SurveyChannelNotOfferedError {
  return domainError('survey_channel_not_offered', { surveyId, channel }, '§7.2.1');
}

/**
 * Builds a {@link SurveyAnswerInvalidError}.
 *
 * @example
 * ```ts
 * surveyAnswerInvalid('svy_1', 'q1', 'missing').clause; // '§7.2.2'
 * ```
 * @category crm
 * @see §7.2.2
 */
export function surveyAnswerInvalid(
  surveyId: string,
  questionId: string,
  reason: SurveyAnswerInvalidError['data']['reason'],
): SurveyAnswerInvalidError {
  return domainError('survey_answer_invalid', { surveyId, questionId, reason }, '§7.2.2');
}

/**
 * Builds a {@link SurveyRecorderRequiredError}.
 *
 * @example
 * ```ts
 * surveyRecorderRequired('svy_1', 'phone').code; // 'survey_recorder_required'
 * ```
 * @category crm
 * @see §7.2.1
 */
export function surveyRecorderRequired(
  surveyId: string,
  channel: string,
): SurveyRecorderRequiredError {
  return domainError('survey_recorder_required', { surveyId, channel }, '§7.2.1');
}

/**
 * Builds a {@link SurveyResponseMismatchError}.
 *
 * @example
 * ```ts
 * surveyResponseMismatch('svy_1', 'rsp_7').clause; // '§7.2.3'
 * ```
 * @category crm
 * @see §7.2.3
 */
export function surveyResponseMismatch(
  surveyId: string,
  responseId: string,
): SurveyResponseMismatchError {
  return domainError('survey_response_mismatch', { surveyId, responseId }, '§7.2.3');
}
