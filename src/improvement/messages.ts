import type { Locale, MessageCatalog } from '../shared/index';
import type { ImprovementError, ImprovementInvalidTransitionError } from './errors';

const ENTITY_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'improvement-action': { 'zh-CN': '改进措施', en: 'Improvement action' },
  'improvement-proposal': { 'zh-CN': '合理化建议', en: 'Improvement proposal' },
};

// Another module's invalid_transition may reach this template through a shared
// formatter, so every field is read defensively.
function transitionText(error: ImprovementInvalidTransitionError, locale: Locale): string {
  const data = error.data as Partial<ImprovementInvalidTransitionError['data']>;
  const entity = String(data.entity ?? '');
  const name = Object.hasOwn(ENTITY_NAMES, entity) ? ENTITY_NAMES[entity]?.[locale] : entity;
  const id = String(data.id ?? '?');
  const status = String(data.status ?? '?');
  const command = String(data.command ?? '?');
  return locale === 'zh-CN'
    ? `${name} ${id} 处于「${status}」状态，不能执行「${command}」`
    : `${name} ${id} is ${status}; "${command}" is not allowed`;
}

/**
 * zh-CN and en messages for every {@link ImprovementError} code. Messages
 * name ids, codes and amounts only. Combine with the shared catalogs:
 * `createErrorFormatter(sharedMessages, moneyMessages, improvementMessages)`.
 *
 * @example
 * ```ts
 * formatError(actionVerifierIsOwner('ia_1', 'emp_7'), 'zh-CN', improvementMessages);
 * // '改进措施 ia_1 的责任人 emp_7 不能验证自己措施的有效性（§12.1.1–§12.1.3）'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §12.2.1–§12.2.3
 */
export const improvementMessages: MessageCatalog<ImprovementError> = {
  invalid_transition: {
    'zh-CN': (e) => transitionText(e, 'zh-CN'),
    en: (e) => transitionText(e, 'en'),
  },
  duplicate_improvement_trigger: {
    'zh-CN': (e) => `同一来源（${e.data.triggerKey}）已有改进措施 ${e.data.actionId}，不重复立项`,
    en: (e) =>
      `Improvement action ${e.data.actionId} already answers ${e.data.triggerKey}; no second action is opened`,
  },
  improvement_trigger_required: {
    'zh-CN': () => '纠正措施须关联触发来源（投诉、检验不合格、返修等），无来源的只能登记为预防措施',
    en: () =>
      'A corrective action needs the trigger it answers (a complaint, a failed inspection, a comeback…); without one, register a preventive action',
  },
  action_verifier_is_owner: {
    'zh-CN': (e) =>
      `改进措施 ${e.data.actionId} 的责任人 ${e.data.employeeId} 不能验证自己措施的有效性`,
    en: (e) =>
      `Employee ${e.data.employeeId} owns improvement action ${e.data.actionId} and cannot verify its effectiveness`,
  },
  proposal_evaluator_is_submitter: {
    'zh-CN': (e) =>
      `员工 ${e.data.employeeId} 不能评审或奖励自己提交的合理化建议 ${e.data.proposalId}`,
    en: (e) =>
      `Employee ${e.data.employeeId} cannot evaluate or award their own proposal ${e.data.proposalId}`,
  },
  due_date_before_opening: {
    'zh-CN': (e) =>
      `改进措施 ${e.data.actionId} 的完成期限 ${e.data.dueOn} 早于立项日期 ${e.data.openedOn}`,
    en: (e) =>
      `Improvement action ${e.data.actionId}: due date ${e.data.dueOn} is before the opening day ${e.data.openedOn}`,
  },
  improvement_amount_not_positive: {
    'zh-CN': (e) =>
      `创新基金 ${e.data.fundId} 的金额须大于零（${e.data.amount} ${e.data.currency}）`,
    en: (e) =>
      `Innovation fund ${e.data.fundId}: the amount must be positive (${e.data.amount} ${e.data.currency})`,
  },
  innovation_fund_insufficient: {
    'zh-CN': (e) =>
      `创新基金 ${e.data.fundId} 余额 ${e.data.balance} ${e.data.currency} 不足以支付 ${e.data.requested} ${e.data.currency}`,
    en: (e) =>
      `Innovation fund ${e.data.fundId} holds ${e.data.balance} ${e.data.currency}, less than the ${e.data.requested} ${e.data.currency} requested`,
  },
  award_above_cap: {
    'zh-CN': (e) =>
      `合理化建议 ${e.data.proposalId} 的奖励 ${e.data.amount} ${e.data.currency} 超过单项上限 ${e.data.maxAward} ${e.data.currency}`,
    en: (e) =>
      `The award of ${e.data.amount} ${e.data.currency} for proposal ${e.data.proposalId} exceeds the cap of ${e.data.maxAward} ${e.data.currency}`,
  },
};
