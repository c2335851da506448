import type { Locale, MessageCatalog } from '../shared/index';
import type { InvalidTransitionError, SafetyError } from './errors';

const ENTITY_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  hazard: { 'zh-CN': '隐患', en: 'Hazard' },
  incident: { 'zh-CN': '事故', en: 'Incident' },
  drill: { 'zh-CN': '应急演练', en: 'Drill' },
  'emergency-plan': { 'zh-CN': '应急预案', en: 'Emergency plan' },
};

const name = (entity: unknown, locale: Locale): string => {
  const key = String(entity ?? '');
  return Object.hasOwn(ENTITY_NAMES, key) ? (ENTITY_NAMES[key]?.[locale] ?? key) : key;
};

// Another module's invalid_transition may reach this template through a shared
// formatter, so every field is read defensively.
function transitionText(error: InvalidTransitionError, locale: Locale): string {
  const data = error.data as Partial<InvalidTransitionError['data']>;
  const id = String(data.id ?? '?');
  const status = String(data.status ?? '?');
  const command = String(data.command ?? '?');
  return locale === 'zh-CN'
    ? `${name(data.entity, locale)} ${id} 处于「${status}」状态，不能执行「${command}」`
    : `${name(data.entity, locale)} ${id} is ${status}; "${command}" is not allowed`;
}

const list = (ids: readonly string[]) => ids.join(', ');

/**
 * zh-CN and en messages for every {@link SafetyError} code; they name ids
 * and codes only. Combine with the shared catalog:
 * `createErrorFormatter(sharedMessages, safetyMessages)`.
 *
 * @example
 * ```ts
 * formatError(incidentRootCauseRequired('inc_1'), 'zh-CN', safetyMessages);
 * // '事故 inc_1 须先查明根本原因（§9.3.1）'
 * ```
 * @category safety
 * @see §9.1.2
 * @see §9.3.1
 */
export const safetyMessages: MessageCatalog<SafetyError> = {
  invalid_transition: {
    'zh-CN': (e) => transitionText(e, 'zh-CN'),
    en: (e) => transitionText(e, 'en'),
  },
  hazard_not_owner: {
    'zh-CN': (e) => `员工 ${e.data.actorId} 不是隐患 ${e.data.hazardId} 的整改责任人`,
    en: (e) =>
      `Employee ${e.data.actorId} is not the rectification owner of hazard ${e.data.hazardId}`,
  },
  hazard_verifier_is_owner: {
    'zh-CN': (e) =>
      `隐患 ${e.data.hazardId} 的整改验收不能由整改责任人或整改人 ${e.data.verifierId} 进行`,
    en: (e) =>
      `Hazard ${e.data.hazardId} cannot be verified by ${e.data.verifierId}, who owns or did the rectification`,
  },
  hazard_due_before_report: {
    'zh-CN': (e) =>
      `隐患 ${e.data.hazardId} 的整改期限 ${e.data.rectificationDueOn} 早于报告日期 ${e.data.reportedOn}`,
    en: (e) =>
      `Hazard ${e.data.hazardId}: the deadline ${e.data.rectificationDueOn} is before the report date ${e.data.reportedOn}`,
  },
  inspection_checklist_incomplete: {
    'zh-CN': (e) =>
      `安全检查表 ${e.data.checklistId} 的结果不完整：缺少 [${list(e.data.missingItemIds)}]，多出 [${list(e.data.unknownItemIds)}]`,
    en: (e) =>
      `Checklist ${e.data.checklistId} results do not match: missing [${list(e.data.missingItemIds)}], unknown [${list(e.data.unknownItemIds)}]`,
  },
  inspection_hazard_required: {
    'zh-CN': (e) =>
      `安全检查表 ${e.data.checklistId} 的不合格项 [${list(e.data.itemIds)}] 须登记为隐患`,
    en: (e) =>
      `Checklist ${e.data.checklistId}: failed items [${list(e.data.itemIds)}] must be registered as hazards`,
  },
  incident_root_cause_required: {
    'zh-CN': (e) => `事故 ${e.data.incidentId} 须先查明根本原因`,
    en: (e) => `Incident ${e.data.incidentId} needs its root cause first`,
  },
  incident_corrective_action_required: {
    'zh-CN': (e) => `事故 ${e.data.incidentId} 至少须有一项整改措施才能结案`,
    en: (e) => `Incident ${e.data.incidentId} needs at least one corrective action to close`,
  },
  corrective_actions_open: {
    'zh-CN': (e) =>
      `${name(e.data.entity, 'zh-CN')} ${e.data.id} 尚有未完成的整改措施 [${list(e.data.actionIds)}]`,
    en: (e) =>
      `${name(e.data.entity, 'en')} ${e.data.id} still has open corrective actions [${list(e.data.actionIds)}]`,
  },
  corrective_action_invalid: {
    'zh-CN': (e) => {
      const why = { unknown: '不存在', duplicate: '已存在', completed: '已完成' }[e.data.reason];
      return `${name(e.data.entity, 'zh-CN')} ${e.data.id} 的整改措施 ${e.data.actionId} ${why}`;
    },
    en: (e) => {
      const why = {
        unknown: 'does not exist',
        duplicate: 'already exists',
        completed: 'is already completed',
      }[e.data.reason];
      return `${name(e.data.entity, 'en')} ${e.data.id}: corrective action ${e.data.actionId} ${why}`;
    },
  },
  drill_plan_unavailable: {
    'zh-CN': (e) =>
      `演练 ${e.data.drillId} 所依据的应急预案 ${e.data.planId} ${e.data.reason === 'retired' ? '已废止' : '不存在'}`,
    en: (e) =>
      `Drill ${e.data.drillId}: emergency plan ${e.data.planId} ${e.data.reason === 'retired' ? 'is retired' : 'is unknown'}`,
  },
  safety_record_amount_invalid: {
    'zh-CN': (e) =>
      `奖惩记录 ${e.data.recordId} 的金额${e.data.reason === 'currency' ? '币种与配置不符' : '须大于零'}`,
    en: (e) =>
      `Reward or penalty ${e.data.recordId}: the amount ${e.data.reason === 'currency' ? 'is not in the configured currency' : 'must be positive'}`,
  },
};
