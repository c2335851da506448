import type { Locale, MessageCatalog } from '../shared/index';
import type { CrmError, InvalidTransitionError, SurveyAnswerInvalidError } from './errors';

const ENTITY_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  'follow-up': { 'zh-CN': '回访任务', en: 'Follow-up' },
  survey: { 'zh-CN': '满意度问卷', en: 'Survey' },
};

// Another module's invalid_transition may reach this template through a shared
// formatter, so every field is read defensively.
function transitionText(error: InvalidTransitionError, locale: Locale): string {
  const data = error.data as Partial<InvalidTransitionError['data']>;
  const entity = String(data.entity ?? '');
  const name = Object.hasOwn(ENTITY_NAMES, entity) ? ENTITY_NAMES[entity]?.[locale] : entity;
  const id = String(data.id ?? '?');
  const status = String(data.status ?? '?');
  const command = String(data.command ?? '?');
  return locale === 'zh-CN'
    ? `${name} ${id} 处于「${status}」状态，不能执行「${command}」`
    : `${name} ${id} is ${status}; "${command}" is not allowed`;
}

const ANSWER_REASONS: Readonly<
  Record<SurveyAnswerInvalidError['data']['reason'], Readonly<Record<Locale, string>>>
> = {
  unknown_question: { 'zh-CN': '问卷中没有此题', en: 'is not a question of this survey' },
  duplicate: { 'zh-CN': '重复作答', en: 'was answered twice' },
  missing: { 'zh-CN': '是必答题但未作答', en: 'is required but was not answered' },
  wrong_type: { 'zh-CN': '答案类型不符', en: 'has an answer of the wrong type' },
  out_of_range: { 'zh-CN': '分值超出范围', en: 'has a score out of range' },
};

function answerReason(error: SurveyAnswerInvalidError, locale: Locale): string {
  const reason = error.data.reason;
  return Object.hasOwn(ANSWER_REASONS, reason) ? ANSWER_REASONS[reason][locale] : reason;
}

/**
 * zh-CN and en messages for every {@link CrmError} code. Messages name ids
 * and codes only, never customer data. Combine with the shared catalog:
 * `createErrorFormatter(sharedMessages, crmMessages)`.
 *
 * @example
 * ```ts
 * formatError(complaintFeedbackRequired('cmp_1'), 'zh-CN', crmMessages);
 * // '投诉 cmp_1 须先取得客户对处理结果的反馈才能关闭（§7.3.2）'
 * ```
 * @category crm
 * @see §1.2(7)
 */
export const crmMessages: MessageCatalog<CrmError> = {
  invalid_transition: {
    'zh-CN': (e) => transitionText(e, 'zh-CN'),
    en: (e) => transitionText(e, 'en'),
  },
  complaint_feedback_required: {
    'zh-CN': (e) => `投诉 ${e.data.complaintId} 须先取得客户对处理结果的反馈才能关闭`,
    en: (e) =>
      `Complaint ${e.data.complaintId} cannot be closed without the customer's feedback on the result`,
  },
  odometer_inconsistent: {
    'zh-CN': (e) =>
      e.data.reason === 'lower_than_previous'
        ? `车辆 ${e.data.vehicleId} 的里程 ${e.data.km} km 低于上次记录的 ${e.data.previousKm} km`
        : `车辆 ${e.data.vehicleId} 的里程记录早于最近一次记录`,
    en: (e) =>
      e.data.reason === 'lower_than_previous'
        ? `Vehicle ${e.data.vehicleId}: ${e.data.km} km is below the previous reading of ${e.data.previousKm} km`
        : `Vehicle ${e.data.vehicleId}: the reading is older than the latest one`,
  },
  delivery_vehicle_mismatch: {
    'zh-CN': (e) => `维修工单 ${e.data.repairOrderId} 不属于车辆 ${e.data.vehicleId}`,
    en: (e) => `Repair order ${e.data.repairOrderId} is not for vehicle ${e.data.vehicleId}`,
  },
  survey_not_published: {
    'zh-CN': (e) => `问卷 ${e.data.surveyId} 尚未发布（当前状态：${e.data.status}）`,
    en: (e) => `Survey ${e.data.surveyId} is not published (status: ${e.data.status})`,
  },
  survey_channel_not_offered: {
    'zh-CN': (e) => `问卷 ${e.data.surveyId} 不通过「${e.data.channel}」渠道调查`,
    en: (e) => `Survey ${e.data.surveyId} does not run on the ${e.data.channel} channel`,
  },
  survey_answer_invalid: {
    'zh-CN': (e) =>
      `问卷 ${e.data.surveyId} 的第「${e.data.questionId}」题${answerReason(e, 'zh-CN')}`,
    en: (e) =>
      `Survey ${e.data.surveyId}: question "${e.data.questionId}" ${answerReason(e, 'en')}`,
  },
  survey_recorder_required: {
    'zh-CN': (e) => `问卷 ${e.data.surveyId} 的「${e.data.channel}」答卷须注明录入人员`,
    en: (e) =>
      `Survey ${e.data.surveyId}: a ${e.data.channel} response must name the employee who recorded it`,
  },
  survey_response_mismatch: {
    'zh-CN': (e) => `答卷 ${e.data.responseId} 不属于问卷 ${e.data.surveyId}`,
    en: (e) => `Response ${e.data.responseId} does not belong to survey ${e.data.surveyId}`,
  },
};
