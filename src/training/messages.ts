import type { Locale, MessageCatalog } from '../shared/index';
import type { InvalidTransitionError, TrainingError } from './errors';

// Another module's invalid_transition may reach this template through a shared
// formatter, so every field is read defensively.
function transitionText(error: InvalidTransitionError, locale: Locale): string {
  const data = error.data as Partial<InvalidTransitionError['data']>;
  const id = String(data.id ?? '?');
  const status = String(data.status ?? '?');
  const command = String(data.command ?? '?');
  return locale === 'zh-CN'
    ? `培训场次 ${id} 处于「${status}」状态，不能执行「${command}」`
    : `Training session ${id} is ${status}; "${command}" is not allowed`;
}

/**
 * zh-CN and en messages for every {@link TrainingError} code. Messages name
 * ids and codes only, never personal data. Combine with the shared catalog:
 * `createErrorFormatter(sharedMessages, trainingMessages)`.
 *
 * @example
 * ```ts
 * formatError(scorecardWeightsInvalid('0.9'), 'zh-CN', trainingMessages);
 * // '考核指标权重之和须恰好为 1，当前为 0.9（§8.3.2）'
 * ```
 * @category training
 * @see §2.2.6
 */
export const trainingMessages: MessageCatalog<TrainingError> = {
  invalid_transition: {
    'zh-CN': (e) => transitionText(e, 'zh-CN'),
    en: (e) => transitionText(e, 'en'),
  },
  training_session_not_held: {
    'zh-CN': (e) =>
      `培训场次 ${e.data.sessionId} 尚未举办（当前状态：${e.data.status}），不能登记出勤`,
    en: (e) =>
      `Training session ${e.data.sessionId} was not held (status: ${e.data.status}); attendance cannot be recorded`,
  },
  training_session_not_yet_held: {
    'zh-CN': (e) => `培训场次 ${e.data.sessionId} 定于 ${e.data.date}，未到日期不能标记为已举办`,
    en: (e) =>
      `Training session ${e.data.sessionId} is on ${e.data.date}; it cannot be marked as held before then`,
  },
  attendance_already_recorded: {
    'zh-CN': (e) => `员工 ${e.data.employeeId} 在培训场次 ${e.data.sessionId} 的出勤已登记`,
    en: (e) =>
      `Attendance of employee ${e.data.employeeId} at session ${e.data.sessionId} is already recorded`,
  },
  certification_already_revoked: {
    'zh-CN': (e) => `资质证书 ${e.data.certificationId} 已被吊销`,
    en: (e) => `Certification ${e.data.certificationId} is already revoked`,
  },
  scorecard_weights_invalid: {
    'zh-CN': (e) => `考核指标权重之和须恰好为 1，当前为 ${e.data.sum}`,
    en: (e) => `Scorecard weights must add up to exactly 1; they add up to ${e.data.sum}`,
  },
  indicator_value_missing: {
    'zh-CN': (e) => `考核指标「${e.data.indicator}」缺少数值`,
    en: (e) => `Indicator "${e.data.indicator}" has no value`,
  },
  indicator_not_in_scorecard: {
    'zh-CN': (e) => `考核表中没有指标「${e.data.indicator}」`,
    en: (e) => `Indicator "${e.data.indicator}" is not on the scorecard`,
  },
  assessment_already_recorded: {
    'zh-CN': (e) => `员工 ${e.data.employeeId} 的 ${e.data.period} 考核已登记`,
    en: (e) =>
      `Employee ${e.data.employeeId} already has a ${e.data.periodKind} assessment for ${e.data.period}`,
  },
  career_rung_unknown: {
    'zh-CN': (e) => `晋升通道中没有职级「${e.data.rung}」`,
    en: (e) => `Rung "${e.data.rung}" is on no career ladder`,
  },
};
