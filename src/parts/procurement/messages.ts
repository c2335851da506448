import { type MessageCatalog, moneyMessages, sharedMessages } from '../../shared/index';
import { partsMessages } from '../messages';
import type { ProcurementError } from './errors';

const LABEL_ZH: Readonly<Record<string, string>> = {
  'purchase-order': '采购订单',
  'supplier-invoice': '供应商发票',
  supplier: '供应商',
  stocktake: '盘点单',
  'purchase-contract': '采购合同',
};

const STATUS_ZH: Readonly<Record<string, string>> = {
  draft: '草稿',
  approved: '已审批',
  sent: '已发送',
  'partially-received': '部分到货',
  received: '已到货',
  closed: '已关闭',
  cancelled: '已取消',
  active: '合格',
  suspended: '已暂停',
  recorded: '已登记',
  'payment-approved': '已批准付款',
  counting: '盘点中',
  submitted: '已提交',
  posted: '已过账',
};

const REASON_ZH: Readonly<Record<string, string>> = {
  'not-ordered': '订单中无此行',
  quantity: '数量不符',
  price: '单价超出容差',
};

function zh(table: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(table, key) ? (table[key] ?? key) : key;
}

function list(lines: readonly { lineNo: number }[]): string {
  const numbers = [...new Set(lines.map((line) => line.lineNo))];
  const shown = numbers.slice(0, 20).join(', ');
  return numbers.length > 20 ? `${shown}, …` : shown;
}

/**
 * zh-CN and en messages for every {@link ProcurementError} code (the shared
 * and catalogue codes it returns included), for `formatError`. Its
 * `invalid_transition` names the entity, so it also renders the parts
 * module's stocktake transitions.
 *
 * @example
 * ```ts
 * import { formatError } from 'aftersales/shared';
 * formatError(error, 'zh-CN', procurementMessages); // '供应商 sup_x 不合格（等级 D），不能下新的采购订单（§6.1.2）'
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.5
 */
export const procurementMessages: MessageCatalog<ProcurementError> = {
  validation_failed: sharedMessages.validation_failed,
  forbidden: sharedMessages.forbidden,
  currency_mismatch: sharedMessages.currency_mismatch,
  money_out_of_range: sharedMessages.money_out_of_range,
  money_invalid_factor: moneyMessages.money_invalid_factor,
  part_unknown: partsMessages.part_unknown,
  unit_mismatch: partsMessages.unit_mismatch,
  quantity_invalid_for_unit: partsMessages.quantity_invalid_for_unit,
  supplier_disqualified: {
    'zh-CN': (e) =>
      e.data.status === 'suspended'
        ? `供应商 ${e.data.supplierId} 已暂停供货资格，不能下新的采购订单`
        : `供应商 ${e.data.supplierId} 不合格（等级 ${e.data.grade ?? '-'}），不能下新的采购订单`,
    en: (e) =>
      e.data.status === 'suspended'
        ? `Supplier ${e.data.supplierId} is suspended and cannot receive new purchase orders`
        : `Supplier ${e.data.supplierId} is disqualified (grade ${e.data.grade ?? '-'}) and cannot receive new purchase orders`,
  },
  supplier_evaluation_empty: {
    'zh-CN': (e) =>
      `供应商 ${e.data.supplierId} 在 ${e.data.periodStart} 至 ${e.data.periodEnd} 期间没有可评估的到货、交期或价格数据`,
    en: (e) =>
      `Supplier ${e.data.supplierId} has no receipts, promised lines or priced lines to evaluate from ${e.data.periodStart} to ${e.data.periodEnd}`,
  },
  document_mismatch: {
    'zh-CN': (e) =>
      `单据不一致：${zh(LABEL_ZH, e.data.document)} 的 ${e.data.field} 应为 ${e.data.expected}，实为 ${e.data.actual}`,
    en: (e) =>
      `Documents do not belong together: ${e.data.document} ${e.data.field} should be ${e.data.expected}, not ${e.data.actual}`,
  },
  no_suggested_lines: {
    'zh-CN': (e) => `补货计划没有供应商 ${e.data.supplierId} 的建议采购行`,
    en: (e) => `The replenishment plan suggests nothing to buy from supplier ${e.data.supplierId}`,
  },
  invalid_transition: {
    'zh-CN': (e) =>
      `${zh(LABEL_ZH, e.data.entity)}${zh(STATUS_ZH, e.data.status)}，不能执行「${e.data.command}」`,
    en: (e) => `The ${e.data.entity} is ${e.data.status}; "${e.data.command}" is not allowed`,
  },
  purchase_order_line_unknown: {
    'zh-CN': (e) => `采购订单 ${e.data.purchaseOrderId} 没有第 ${e.data.lineNo} 行`,
    en: (e) => `Purchase order ${e.data.purchaseOrderId} has no line ${e.data.lineNo}`,
  },
  over_receipt: {
    'zh-CN': (e) =>
      `采购订单 ${e.data.purchaseOrderId} 第 ${e.data.lineNo} 行超收：订购 ${e.data.ordered}，已收 ${e.data.alreadyReceived}，本次 ${e.data.receiving}，最多 ${e.data.allowed}`,
    en: (e) =>
      `Line ${e.data.lineNo} of purchase order ${e.data.purchaseOrderId} would be over-received: ordered ${e.data.ordered}, received ${e.data.alreadyReceived}, now ${e.data.receiving}, at most ${e.data.allowed}`,
  },
  three_way_match_failed: {
    'zh-CN': (e) =>
      `发票 ${e.data.supplierInvoiceId} 三单匹配未通过，不能批准付款；不符的行：${list(e.data.mismatches)}（${[
        ...new Set(e.data.mismatches.map((m) => zh(REASON_ZH, m.reason))),
      ].join('、')}）`,
    en: (e) =>
      `Invoice ${e.data.supplierInvoiceId} fails the three-way match, so payment cannot be approved; mismatching line(s): ${list(e.data.mismatches)} (${[
        ...new Set(e.data.mismatches.map((m) => m.reason)),
      ].join(', ')})`,
  },
};
