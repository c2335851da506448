import { type MessageCatalog, sharedMessages } from '../shared/index';
import type { PartsError } from './errors';

const STATUS_ZH: Readonly<Record<string, string>> = {
  open: '有效',
  released: '已释放',
  consumed: '已领用',
  counting: '盘点中',
  submitted: '已提交',
  approved: '已审批',
  posted: '已过账',
  cancelled: '已取消',
};

// Procurement and parts sales share the `invalid_transition` code, and a host
// may hand all three catalogs to formatError with this one first: name the
// entity the error carries instead of assuming a stocktake.
const ENTITY_ZH: Readonly<Record<string, string>> = {
  stocktake: '盘点单',
  'purchase-order': '采购订单',
  'purchase-contract': '采购合同',
  'supplier-invoice': '供应商发票',
  supplier: '供应商',
  'sales-order': '销售订单',
};

function entityOf(data: { readonly entity?: unknown }): string {
  return typeof data.entity === 'string' ? data.entity : 'stocktake';
}

function statusZh(status: string): string {
  return Object.hasOwn(STATUS_ZH, status) ? (STATUS_ZH[status] ?? status) : status;
}

/**
 * zh-CN and en messages for every {@link PartsError} code (the shared
 * `validation_failed`, `forbidden`, `currency_mismatch` and
 * `money_out_of_range` included), for `formatError`.
 *
 * @example
 * ```ts
 * import { formatError } from 'aftersales/shared';
 * formatError(error, 'zh-CN', partsMessages); // '配件 part_1 在 wh-main 的可用库存不足：需要 3，可用 1（§6.2.2）'
 * ```
 * @category parts
 * @see §6.2.2
 * @see §6.2.3
 */
export const partsMessages: MessageCatalog<PartsError> = {
  validation_failed: sharedMessages.validation_failed,
  forbidden: sharedMessages.forbidden,
  currency_mismatch: sharedMessages.currency_mismatch,
  money_out_of_range: sharedMessages.money_out_of_range,
  part_unknown: {
    'zh-CN': (e) => `配件 ${e.data.partId} 不在配件目录中`,
    en: (e) => `Part ${e.data.partId} is not in the catalogue`,
  },
  part_number_unknown: {
    'zh-CN': (e) => `零件号 ${e.data.partNumber} 不存在`,
    en: (e) => `Part number ${e.data.partNumber} does not exist`,
  },
  part_number_duplicate: {
    'zh-CN': (e) => `零件号 ${e.data.partNumber} 重复`,
    en: (e) => `Part number ${e.data.partNumber} appears more than once`,
  },
  supersession_cycle: {
    'zh-CN': (e) => `替代关系形成循环：${e.data.partNumbers.slice(0, 10).join(' → ')}`,
    en: (e) => `Supersession forms a cycle: ${e.data.partNumbers.slice(0, 10).join(' → ')}`,
  },
  unit_mismatch: {
    'zh-CN': (e) => `配件 ${e.data.partId} 的计量单位是 ${e.data.expected}，不是 ${e.data.actual}`,
    en: (e) => `Part ${e.data.partId} is kept in ${e.data.expected}, not ${e.data.actual}`,
  },
  quantity_invalid_for_unit: {
    'zh-CN': (e) =>
      `数量 ${e.data.quantity} 不适用于计量单位 ${e.data.unit}（配件 ${e.data.partId}）`,
    en: (e) =>
      `Quantity ${e.data.quantity} does not suit the unit ${e.data.unit} (part ${e.data.partId})`,
  },
  insufficient_stock: {
    'zh-CN': (e) =>
      `配件 ${e.data.partId} 在 ${e.data.locationId} 的可用库存不足：需要 ${e.data.requested}，可用 ${e.data.available}`,
    en: (e) =>
      `Not enough stock of part ${e.data.partId} at ${e.data.locationId}: ${e.data.requested} needed, ${e.data.available} available`,
  },
  idempotency_key_reused: {
    'zh-CN': (e) => `幂等键 ${e.data.idempotencyKey} 已用于另一笔不同的业务`,
    en: (e) =>
      `Idempotency key ${e.data.idempotencyKey} was already used for a different operation`,
  },
  reservation_unknown: {
    'zh-CN': (e) => `预留 ${e.data.reservationId} 不存在`,
    en: (e) => `Reservation ${e.data.reservationId} does not exist`,
  },
  reservation_not_open: {
    'zh-CN': (e) => `预留 ${e.data.reservationId} ${statusZh(e.data.status)}，不能再操作`,
    en: (e) => `Reservation ${e.data.reservationId} is ${e.data.status} and can no longer change`,
  },
  reservation_quantity_exceeded: {
    'zh-CN': (e) =>
      `预留 ${e.data.reservationId} 只有 ${e.data.reserved}，不能领用 ${e.data.requested}`,
    en: (e) =>
      `Reservation ${e.data.reservationId} holds ${e.data.reserved}; ${e.data.requested} cannot be consumed`,
  },
  invalid_transition: {
    'zh-CN': (e) => {
      const entity = entityOf(e.data);
      const label = Object.hasOwn(ENTITY_ZH, entity) ? ENTITY_ZH[entity] : entity;
      return `${label}${statusZh(e.data.status)}，不能执行「${e.data.command}」`;
    },
    en: (e) => `The ${entityOf(e.data)} is ${e.data.status}; "${e.data.command}" is not allowed`,
  },
  stocktake_empty: {
    'zh-CN': (e) => `盘点单 ${e.data.stocktakeId} 没有可盘点的配件`,
    en: (e) => `Stocktake ${e.data.stocktakeId} has nothing to count`,
  },
  stocktake_line_unknown: {
    'zh-CN': (e) => `盘点单中没有配件 ${e.data.partId} 在 ${e.data.locationId} 的盘点行`,
    en: (e) => `The stocktake has no line for part ${e.data.partId} at ${e.data.locationId}`,
  },
  stocktake_incomplete: {
    'zh-CN': (e) => `还有 ${e.data.uncountedLines} 行未盘点，不能提交`,
    en: (e) =>
      `${e.data.uncountedLines} line(s) are not counted yet; the stocktake cannot be submitted`,
  },
  stocktake_approval_required: {
    'zh-CN': (e) =>
      `${e.data.linesOverThreshold} 行盘点差异超过 ${e.data.threshold.amount} ${e.data.threshold.currency}，须经仓库主管审批后才能过账`,
    en: (e) =>
      `${e.data.linesOverThreshold} variance line(s) exceed ${e.data.threshold.amount} ${e.data.threshold.currency}; the warehouse supervisor must approve before posting`,
  },
  stocktake_not_posted: {
    'zh-CN': (e) =>
      `盘点单 ${e.data.stocktakeId} ${statusZh(e.data.status)}，尚未过账，不能生成调整`,
    en: (e) =>
      `Stocktake ${e.data.stocktakeId} is ${e.data.status}, not posted; no adjustments yet`,
  },
  demand_value_invalid: {
    'zh-CN': (e) => `第 ${e.data.day} 天的需求量无效（须为非负有限数）`,
    en: (e) => `The demand of day ${e.data.day} is invalid (it must be a finite number ≥ 0)`,
  },
  replenishment_input_invalid: {
    'zh-CN': (e) =>
      `补货计划输入无效：${e.data.partId === null ? '' : `配件 ${e.data.partId} 的`}${e.data.field}`,
    en: (e) =>
      `Invalid replenishment input: ${e.data.field}${e.data.partId === null ? '' : ` of part ${e.data.partId}`}`,
  },
};
