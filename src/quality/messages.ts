import { type MessageCatalog, sharedMessages } from '../shared/index';
import type { QualityError } from './errors';

const LEVEL_ZH: Readonly<Record<1 | 2 | 3, string>> = { 1: '自检', 2: '班组长复检', 3: '终检' };
const LEVEL_EN: Readonly<Record<1 | 2 | 3, string>> = {
  1: 'self-check',
  2: 'team-leader re-check',
  3: 'final inspection',
};

const COMMAND_ZH = {
  'self-check': '自检',
  'team-check': '复检',
  'final-check': '终检',
  'complete-rework': '返工完成',
  'record-road-test': '路试记录',
} as const;

function awaitingZh(step: 1 | 2 | 3 | 'rework'): string {
  return step === 'rework' ? '返工' : LEVEL_ZH[step];
}

function awaitingEn(step: 1 | 2 | 3 | 'rework'): string {
  return step === 'rework' ? 'rework' : LEVEL_EN[step];
}

function list(items: readonly string[]): string {
  return items.slice(0, 10).join(', ');
}

/**
 * zh-CN and en messages for every {@link QualityError} code (the shared
 * `forbidden` and `validation_failed` included), for `formatError`.
 *
 * @example
 * ```ts
 * import { formatError } from 'aftersales/shared';
 * formatError(error, 'zh-CN', qualityMessages); // '作业 job_1 尚未通过自检，不能进行终检（§3.4(3)）'
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §4.2(5)
 */
export const qualityMessages: MessageCatalog<QualityError> = {
  forbidden: sharedMessages.forbidden,
  validation_failed: sharedMessages.validation_failed,
  invalid_transition: {
    'zh-CN': (e) => `检验处于「${e.data.status}」状态，不能执行「${e.data.command}」`,
    en: (e) => `The inspection is ${e.data.status}; "${e.data.command}" is not allowed`,
  },
  inspection_level_skipped: {
    'zh-CN': (e) =>
      `作业 ${e.data.jobId} 尚待${awaitingZh(e.data.awaiting)}，不能进行${LEVEL_ZH[e.data.level]}`,
    en: (e) =>
      `Job ${e.data.jobId} awaits ${awaitingEn(e.data.awaiting)}; its ${LEVEL_EN[e.data.level]} cannot come first`,
  },
  inspection_level_repeated: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 本轮已通过${LEVEL_ZH[e.data.level]}`,
    en: (e) => `Job ${e.data.jobId} already passed its ${LEVEL_EN[e.data.level]} in this round`,
  },
  inspector_not_job_technician: {
    'zh-CN': (e) => `自检须由完成作业 ${e.data.jobId} 的维修技师签署，${e.data.inspectorId} 不是`,
    en: (e) =>
      `The self-check of job ${e.data.jobId} must be signed by its technician, not ${e.data.inspectorId}`,
  },
  inspector_not_team_leader: {
    'zh-CN': (e) =>
      `${e.data.inspectorId} 不是班组 ${e.data.teamId} 的班组长，不能复检作业 ${e.data.jobId}`,
    en: (e) =>
      `${e.data.inspectorId} does not lead team ${e.data.teamId}, so cannot re-check job ${e.data.jobId}`,
  },
  inspector_already_signed: {
    'zh-CN': (e) =>
      `${e.data.inspectorId} 已签署作业 ${e.data.jobId} 的${LEVEL_ZH[e.data.signedLevel]}，不能再签${LEVEL_ZH[e.data.level]}`,
    en: (e) =>
      `${e.data.inspectorId} signed the ${LEVEL_EN[e.data.signedLevel]} of job ${e.data.jobId} and cannot also sign its ${LEVEL_EN[e.data.level]}`,
  },
  inspector_not_eligible: {
    'zh-CN': (e) => `没有等待 ${e.data.actorId} 处理（${COMMAND_ZH[e.data.command]}）的作业`,
    en: (e) => `No job awaits ${e.data.command} by ${e.data.actorId}`,
  },
  rework_not_by_technician: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 的返工须由其维修技师完成，${e.data.actorId} 不是`,
    en: (e) => `Rework of job ${e.data.jobId} is done by its technician, not ${e.data.actorId}`,
  },
  road_test_required: {
    'zh-CN': (e) => `作业 ${list(e.data.jobIds)} 须先路试合格，才能终检`,
    en: (e) => `Jobs ${list(e.data.jobIds)} need a passed road test before the final inspection`,
  },
  rework_findings_required: {
    'zh-CN': (e) => `${LEVEL_ZH[e.data.level]}不合格时须写明问题，以便技师返工`,
    en: (e) => `A failed ${LEVEL_EN[e.data.level]} must state its findings for the rework`,
  },
  job_in_rework: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 正在返工，返工完成后从自检重新开始`,
    en: (e) =>
      `Job ${e.data.jobId} is in rework; it restarts at the self-check once rework is done`,
  },
  job_not_in_rework: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 没有返工任务`,
    en: (e) => `Job ${e.data.jobId} was not sent back for rework`,
  },
  job_not_in_inspection: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 不在本次检验中`,
    en: (e) => `Job ${e.data.jobId} is not part of this inspection`,
  },
  job_duplicate: {
    'zh-CN': (e) => `作业 ${e.data.jobId} 重复`,
    en: (e) => `Job ${e.data.jobId} is listed twice`,
  },
  inspection_already_passed: {
    'zh-CN': (e) => `检验 ${e.data.inspectionId} 已合格，检验报告不可更改`,
    en: (e) => `Inspection ${e.data.inspectionId} has passed; its report cannot change`,
  },
  inspection_report_missing: {
    'zh-CN': (e) => `维修工单 ${e.data.repairOrderId} 没有合格的质量检验报告`,
    en: (e) => `Repair order ${e.data.repairOrderId} has no passed inspection report`,
  },
  inspection_report_mismatch: {
    'zh-CN': (e) =>
      e.data.reason === 'other_order'
        ? `检验报告 ${e.data.reportId} 不属于维修工单 ${e.data.repairOrderId}`
        : `检验报告 ${e.data.reportId} 未覆盖作业 ${list(e.data.missingJobIds)}`,
    en: (e) =>
      e.data.reason === 'other_order'
        ? `Inspection report ${e.data.reportId} belongs to another order than ${e.data.repairOrderId}`
        : `Inspection report ${e.data.reportId} does not cover jobs ${list(e.data.missingJobIds)}`,
  },
  checklist_incomplete: {
    'zh-CN': (e) => `检验单（${e.data.category}）缺少项目 ${list(e.data.missingItemIds)}`,
    en: (e) => `The ${e.data.category} checklist misses items ${list(e.data.missingItemIds)}`,
  },
  checklist_item_unknown: {
    'zh-CN': (e) => `检验单（${e.data.category}）没有项目 ${e.data.itemId}`,
    en: (e) => `The ${e.data.category} checklist has no item ${e.data.itemId}`,
  },
  checklist_item_failed: {
    'zh-CN': (e) => `检验项目 ${list(e.data.items.map((i) => i.itemId))} 不合格，不能签署为合格`,
    en: (e) => `Items ${list(e.data.items.map((i) => i.itemId))} failed; the level cannot pass`,
  },
  checklist_result_mismatch: {
    'zh-CN': (e) =>
      `项目 ${e.data.itemId} 应记录${e.data.expectedKind === 'measurement' ? '测量值' : '合格/不合格'}`,
    en: (e) =>
      `Item ${e.data.itemId} needs a ${e.data.expectedKind === 'measurement' ? 'measured value' : 'pass/fail result'}`,
  },
  equipment_not_registered: {
    'zh-CN': (e) => `设备 ${e.data.equipmentId} 未登记`,
    en: (e) => `Equipment ${e.data.equipmentId} is not in the register`,
  },
  equipment_calibration_overdue: {
    'zh-CN': (e) =>
      `设备 ${e.data.equipmentId} 应于 ${e.data.dueOn} 前校准，${e.data.usedOn} 的测量无效`,
    en: (e) =>
      `Equipment ${e.data.equipmentId} was due for calibration on ${e.data.dueOn}; a measurement on ${e.data.usedOn} is not accepted`,
  },
  equipment_out_of_service: {
    'zh-CN': (e) => `设备 ${e.data.equipmentId} 已停用`,
    en: (e) => `Equipment ${e.data.equipmentId} is out of service`,
  },
  calibration_out_of_order: {
    'zh-CN': (e) =>
      `设备 ${e.data.equipmentId} 的校准日期 ${e.data.calibratedOn} 早于上次校准 ${e.data.lastCalibratedOn}`,
    en: (e) =>
      `Calibration of ${e.data.equipmentId} on ${e.data.calibratedOn} is before the last one (${e.data.lastCalibratedOn})`,
  },
  certificate_not_required: {
    'zh-CN': (e) => `维修类别 ${list(e.data.repairCategories)} 不需要竣工出厂合格证`,
    en: (e) => `Categories ${list(e.data.repairCategories)} need no completion certificate`,
  },
  certificate_sequence_mismatch: {
    'zh-CN': (e) => `上一张合格证编号不属于 ${e.data.dealerCode} ${e.data.year} 年的编号序列`,
    en: (e) =>
      `The last certificate number is not from the ${e.data.dealerCode} ${e.data.year} sequence (${e.data.reason})`,
  },
  certificate_sequence_exhausted: {
    'zh-CN': (e) =>
      `${e.data.dealerCode} ${e.data.year} 年的合格证编号已用完（上限 ${e.data.max}）`,
    en: (e) =>
      `The ${e.data.dealerCode} ${e.data.year} certificate sequence is exhausted (max ${e.data.max})`,
  },
  certificate_already_issued: {
    'zh-CN': (e) => `维修工单 ${e.data.repairOrderId} 已开具合格证 ${e.data.certificateNumber}`,
    en: (e) =>
      `Repair order ${e.data.repairOrderId} already has certificate ${e.data.certificateNumber}`,
  },
};
