import type { MessageCatalog } from '../shared/index';
import type { RepairOrderOwnError } from './errors';

const list = (items: readonly string[]): string => items.join(', ');
const money = (m: { amount: string; currency: string }): string => `${m.amount} ${m.currency}`;

/**
 * zh-CN and en messages for every code of {@link RepairOrderOwnError}. Pair
 * it with the shared catalog for `forbidden` and `validation_failed`:
 * `formatError(error, 'zh-CN', repairOrderMessages, sharedMessages)`.
 *
 * @example
 * ```ts
 * formatError(balanceOutstanding({ amount: '120.00', currency: 'CNY' }), 'zh-CN', repairOrderMessages);
 * // '尚有余额 120.00 CNY 未结清，且无经批准的挂账（§3.5(3)）'
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export const repairOrderMessages: MessageCatalog<RepairOrderOwnError> = {
  invalid_transition: {
    'zh-CN': (e) => `工单状态为 ${e.data.status}，不能执行 ${e.data.command}`,
    en: (e) => `A repair order in status ${e.data.status} cannot ${e.data.command}`,
  },
  odometer_below_last_reading: {
    'zh-CN': (e) => `里程 ${e.data.odometerKm} km 低于上次记录的 ${e.data.lastRecordedKm} km`,
    en: (e) =>
      `Odometer ${e.data.odometerKm} km is below the last recorded ${e.data.lastRecordedKm} km`,
  },
  reception_form_frozen: {
    'zh-CN': (e) => `客户已于 ${e.data.acknowledgedAt} 确认接车单，不能再修改`,
    en: (e) =>
      `The customer acknowledged the reception form at ${e.data.acknowledgedAt}; it is frozen`,
  },
  estimate_required: {
    'zh-CN': (e) =>
      `开工前需要${e.data.missing.map((m) => (m === 'estimate' ? '估价' : '承诺交车时间')).join('和')}`,
    en: (e) => `Work cannot start without: ${list(e.data.missing)}`,
  },
  custody_missing: {
    'zh-CN': (e) => `工单 ${e.data.repairOrderId} 未登记钥匙和证件的接收`,
    en: (e) => `Repair order ${e.data.repairOrderId} has no record of keys and documents received`,
  },
  plan_empty: {
    'zh-CN': (e) => `工单 ${e.data.repairOrderId} 的维修方案没有任何项目`,
    en: (e) => `The repair plan of ${e.data.repairOrderId} has no job with a line`,
  },
  job_not_found: {
    'zh-CN': (e) => `未找到作业项目 ${e.data.jobId}`,
    en: (e) => `Job ${e.data.jobId} was not found`,
  },
  line_not_found: {
    'zh-CN': (e) => `未找到明细行 ${e.data.lineId}`,
    en: (e) => `Line ${e.data.lineId} was not found`,
  },
  duplicate_id: {
    'zh-CN': (e) => `编号 ${e.data.id}（${e.data.kind}）已被使用`,
    en: (e) => `The ${e.data.kind} id ${e.data.id} is already used`,
  },
  technician_not_certified: {
    'zh-CN': (e) => `技师 ${e.data.technicianId} 不具备 ${e.data.certification} 资质`,
    en: (e) => `Technician ${e.data.technicianId} lacks certification ${e.data.certification}`,
  },
  work_not_approved: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 的追加项目尚未经客户同意：${list(e.data.lineIds)}`,
    en: (e) => `Job ${e.data.jobId} has no customer-approved work (${list(e.data.lineIds)})`,
  },
  supplementary_pending: {
    'zh-CN': (e) => `追加项目待客户确认：${list(e.data.supplementaryIds)}`,
    en: (e) => `Added work awaits the customer's decision: ${list(e.data.supplementaryIds)}`,
  },
  supplementary_not_found: {
    'zh-CN': (e) => `未找到待确认的追加估价 ${e.data.supplementaryId}`,
    en: (e) => `No undecided supplementary estimate ${e.data.supplementaryId}`,
  },
  decision_incomplete: {
    'zh-CN': (e) =>
      `客户决定须逐项覆盖追加项目；未决定：${list(e.data.undecidedLineIds)}；不属于本次追加：${list(e.data.unknownLineIds)}`,
    en: (e) =>
      `The decision must cover each added line once; undecided: ${list(e.data.undecidedLineIds)}; not in this estimate: ${list(e.data.unknownLineIds)}`,
  },
  off_plan_work: {
    'zh-CN': (e) =>
      `作业 ${e.data.jobId} 含未经批准的项目：${list([...e.data.opCodes, ...e.data.partNumbers, ...e.data.feeCodes])}`,
    en: (e) =>
      `Job ${e.data.jobId} reports work not on its approved plan: ${list([...e.data.opCodes, ...e.data.partNumbers, ...e.data.feeCodes])}`,
  },
  job_not_workable: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 当前状态为 ${e.data.status}，不能执行此操作`,
    en: (e) => `Job ${e.data.jobId} is ${e.data.status}; this step is not allowed`,
  },
  job_not_dispatched: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 尚未派工`,
    en: (e) => `Job ${e.data.jobId} has not been dispatched`,
  },
  technician_not_assigned: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 未派给技师 ${e.data.technicianId}`,
    en: (e) => `Job ${e.data.jobId} is not dispatched to technician ${e.data.technicianId}`,
  },
  jobs_not_complete: {
    'zh-CN': (e) => `以下作业尚未完工：${list(e.data.jobIds)}`,
    en: (e) => `These jobs are not done: ${list(e.data.jobIds)}`,
  },
  road_test_required: {
    'zh-CN': (e) => `以下作业须先通过路试：${list(e.data.jobIds)}`,
    en: (e) => `These jobs need a passed road test first: ${list(e.data.jobIds)}`,
  },
  clock_overlap: {
    'zh-CN': (e) =>
      `技师 ${e.data.technicianId} 正在工单 ${e.data.repairOrderId} 的作业 ${e.data.jobId} 上计时`,
    en: (e) =>
      `Technician ${e.data.technicianId} is already clocked on job ${e.data.jobId} of ${e.data.repairOrderId}`,
  },
  not_clocked_on: {
    'zh-CN': (e) => `技师 ${e.data.technicianId} 未在作业 ${e.data.jobId} 上开工计时`,
    en: (e) => `Technician ${e.data.technicianId} is not clocked on job ${e.data.jobId}`,
  },
  clock_off_before_on: {
    'zh-CN': (e) => `收工时间 ${e.data.offAt} 早于开工时间 ${e.data.onAt}`,
    en: (e) => `Clock-off ${e.data.offAt} is before clock-on ${e.data.onAt}`,
  },
  clock_still_on: {
    'zh-CN': (e) => `以下作业仍有技师在计时：${list(e.data.jobIds)}`,
    en: (e) => `Technicians are still clocked on: ${list(e.data.jobIds)}`,
  },
  inspection_report_invalid: {
    'zh-CN': (e) =>
      e.data.reason === 'other-order'
        ? '质量检验报告不属于本工单'
        : e.data.reason === 'not-passed'
          ? '质量检验报告没有通过的终检'
          : `质量检验报告未覆盖作业：${list(e.data.missingJobIds)}`,
    en: (e) =>
      e.data.reason === 'other-order'
        ? 'The inspection report belongs to another repair order'
        : e.data.reason === 'not-passed'
          ? 'The inspection report has no passed final inspection'
          : `The inspection report does not cover jobs: ${list(e.data.missingJobIds)}`,
  },
  settlement_mismatch: {
    'zh-CN': (e) =>
      `结算清单与实际项目不符；缺少：${list(e.data.missing)}；多出：${list(e.data.unexpected)}`,
    en: (e) =>
      `The statement does not match the final lines; missing: ${list(e.data.missing)}; unexpected: ${list(e.data.unexpected)}`,
  },
  settlement_not_reconciled: {
    'zh-CN': (e) => `结算清单金额不平（${e.data.check}）`,
    en: (e) => `The statement does not add up (${e.data.check})`,
  },
  settlement_required: {
    'zh-CN': (e) => `工单 ${e.data.repairOrderId} 尚未结算`,
    en: (e) => `Repair order ${e.data.repairOrderId} has not been settled`,
  },
  payment_currency_mismatch: {
    'zh-CN': (e) => `币种应为 ${e.data.expected}，实为 ${e.data.actual}`,
    en: (e) => `Expected currency ${e.data.expected}, got ${e.data.actual}`,
  },
  payment_exceeds_balance: {
    'zh-CN': (e) => `收款 ${money(e.data.amount)} 超过应收余额 ${money(e.data.balance)}`,
    en: (e) => `Payment ${money(e.data.amount)} exceeds the balance ${money(e.data.balance)}`,
  },
  refund_exceeds_paid: {
    'zh-CN': (e) => `退款 ${money(e.data.amount)} 超过已付金额 ${money(e.data.paid)}`,
    en: (e) => `Refund ${money(e.data.amount)} exceeds the amount paid ${money(e.data.paid)}`,
  },
  balance_outstanding: {
    'zh-CN': (e) => `尚有余额 ${money(e.data.balance)} 未结清，且无经批准的挂账`,
    en: (e) => `A balance of ${money(e.data.balance)} is outstanding and no credit covers it`,
  },
  credit_not_needed: {
    'zh-CN': (e) => `余额为 ${money(e.data.balance)}，无需挂账`,
    en: (e) => `The balance is ${money(e.data.balance)}; no credit is needed`,
  },
  exit_pass_required: {
    'zh-CN': (e) => `工单 ${e.data.repairOrderId} 未开具出门证`,
    en: (e) => `Repair order ${e.data.repairOrderId} has no exit pass`,
  },
  refund_required: {
    'zh-CN': (e) => `须先退还客户已付的 ${money(e.data.netPaid)}`,
    en: (e) => `Refund the ${money(e.data.netPaid)} paid by the customer first`,
  },
  comeback_not_eligible: {
    'zh-CN': (e) => `工单 ${e.data.originalId} 不能作为返修原工单（${e.data.reason}）`,
    en: (e) => `Repair order ${e.data.originalId} cannot be the comeback origin (${e.data.reason})`,
  },
};
