import { type Locale, type MessageCatalog, sharedMessages } from '../../shared/index';
import { partsMessages } from '../messages';
import type { PartsSalesError, PartsSalesRuleError, StockShortage } from './errors';

const ENTITY_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'sales-order': { 'zh-CN': '销售订单', en: 'Sales order' },
  stocktake: { 'zh-CN': '盘点单', en: 'Stocktake' },
};

const STATUS_NAMES_ZH: Readonly<Record<string, string>> = {
  draft: '草稿',
  'under-review': '评审中',
  confirmed: '已确认',
  rejected: '已拒绝',
  'partially-shipped': '部分发货',
  shipped: '已发货',
  closed: '已关闭',
  cancelled: '已取消',
  counting: '盘点中',
  submitted: '已提交',
  approved: '已审批',
  posted: '已过账',
};

function lookup(table: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(table, key) ? (table[key] ?? key) : key;
}

type TransitionError = Extract<PartsSalesError, { code: 'invalid_transition' }>;

// The stock ledger's invalid_transition (a stocktake) shares the code, so every field is read defensively.
function transitionText(error: TransitionError, locale: Locale): string {
  const data = error.data as Partial<{
    entity: string;
    id: string;
    status: string;
    command: string;
  }>;
  const entity = String(data.entity ?? '');
  const name = Object.hasOwn(ENTITY_NAMES, entity) ? ENTITY_NAMES[entity]?.[locale] : entity;
  const id = data.id === undefined ? '' : ` ${String(data.id)}`;
  const status = String(data.status ?? '?');
  const command = String(data.command ?? '?');
  return locale === 'zh-CN'
    ? `${name}${id} 处于「${lookup(STATUS_NAMES_ZH, status)}」状态，不能执行「${command}」`
    : `${name}${id} is ${status}; "${command}" is not allowed`;
}

function shortageText(shortages: readonly StockShortage[], locale: Locale): string {
  return shortages
    .map((s) =>
      locale === 'zh-CN'
        ? `第 ${s.lineNo} 行配件 ${s.partId}（${s.locationId}）需要 ${s.requested}，可用 ${s.available}`
        : `line ${s.lineNo}, part ${s.partId} at ${s.locationId}: ${s.requested} needed, ${s.available} available`,
    )
    .join(locale === 'zh-CN' ? '；' : '; ');
}

function money(value: { amount: string; currency: string }): string {
  return `${value.amount} ${value.currency}`;
}

type Own = Exclude<PartsSalesRuleError['code'], 'invalid_transition'>;

const ownMessages: MessageCatalog<Extract<PartsSalesRuleError, { code: Own }>> = {
  parts_customer_blocked: {
    'zh-CN': (e) => `配件客户 ${e.data.customerId} 已停用，不能接收新订单`,
    en: (e) => `Parts customer ${e.data.customerId} is blocked and takes no new orders`,
  },
  customer_class_inactive: {
    'zh-CN': (e) => `客户分类 ${e.data.classId} 已停用`,
    en: (e) => `Customer class ${e.data.classId} is inactive`,
  },
  customer_class_mismatch: {
    'zh-CN': (e) => `配件客户 ${e.data.customerId} 不属于客户分类 ${e.data.classId}`,
    en: (e) => `Parts customer ${e.data.customerId} is not in customer class ${e.data.classId}`,
  },
  sales_order_customer_mismatch: {
    'zh-CN': (e) => `配件客户 ${e.data.customerId} 不是销售订单 ${e.data.orderId} 的客户`,
    en: (e) =>
      `Parts customer ${e.data.customerId} is not the customer of sales order ${e.data.orderId}`,
  },
  price_list_price_missing: {
    'zh-CN': (e) =>
      `第 ${e.data.lineNo} 行配件 ${e.data.partId} 缺少价目表 ${e.data.priceListId} 的单价`,
    en: (e) =>
      `Line ${e.data.lineNo} (part ${e.data.partId}) has no unit price from price list ${e.data.priceListId}`,
  },
  credit_limit_exceeded: {
    'zh-CN': (e) =>
      `销售订单 ${e.data.orderId} 超出信用额度：未收款 ${money(e.data.openReceivables)} 加本单 ${money(e.data.orderTotal)} 超过额度 ${money(e.data.creditLimit)}，须经审批或拒绝订单`,
    en: (e) =>
      `Sales order ${e.data.orderId} exceeds the credit limit: open receivables ${money(e.data.openReceivables)} plus this order ${money(e.data.orderTotal)} exceed ${money(e.data.creditLimit)}; it needs an approved override or must be rejected`,
  },
  stock_unavailable: {
    'zh-CN': (e) =>
      `销售订单 ${e.data.orderId} 可用库存不足：${shortageText(e.data.shortages, 'zh-CN')}`,
    en: (e) =>
      `Sales order ${e.data.orderId} lacks available stock: ${shortageText(e.data.shortages, 'en')}`,
  },
  sales_line_unknown: {
    'zh-CN': (e) => `销售订单 ${e.data.orderId} 没有第 ${e.data.lineNo} 行`,
    en: (e) => `Sales order ${e.data.orderId} has no line ${e.data.lineNo}`,
  },
  shipment_line_duplicate: {
    'zh-CN': (e) => `发货单中销售订单 ${e.data.orderId} 的第 ${e.data.lineNo} 行重复`,
    en: (e) => `The shipment names line ${e.data.lineNo} of sales order ${e.data.orderId} twice`,
  },
  shipment_quantity_exceeded: {
    'zh-CN': (e) =>
      `销售订单 ${e.data.orderId} 第 ${e.data.lineNo} 行待发 ${e.data.remaining}，不能发货 ${e.data.requested}`,
    en: (e) =>
      `Line ${e.data.lineNo} of sales order ${e.data.orderId} has ${e.data.remaining} left to ship, not ${e.data.requested}`,
  },
  payment_exceeds_outstanding: {
    'zh-CN': (e) =>
      `应收账款 ${e.data.receivableId} 未收余额 ${money(e.data.outstanding)}，回款 ${money(e.data.amount)} 超出余额`,
    en: (e) =>
      `Payment ${money(e.data.amount)} exceeds the ${money(e.data.outstanding)} outstanding on receivable ${e.data.receivableId}`,
  },
  payment_id_reused: {
    'zh-CN': (e) => `回款 ${e.data.paymentId} 已以不同金额记入应收账款 ${e.data.receivableId}`,
    en: (e) =>
      `Payment ${e.data.paymentId} was already applied to receivable ${e.data.receivableId} with another amount`,
  },
};

/**
 * zh-CN and en messages for every {@link PartsSalesError} code: the parts
 * sales rules, the stock ledger's codes it passes through, and the shared
 * codes. Messages name ids, codes and amounts only, never customer data.
 *
 * @example
 * ```ts
 * formatError(error, 'zh-CN', partsSalesMessages);
 * // '销售订单 so_1 超出信用额度：未收款 … 须经审批或拒绝订单（§6.3.3）'
 * ```
 * @category parts
 * @see §6.3.3
 * @see §6.3.5
 */
export const partsSalesMessages: MessageCatalog<PartsSalesError> = {
  ...partsMessages,
  ...ownMessages,
  money_invalid_factor: sharedMessages.money_invalid_factor,
  invalid_transition: {
    'zh-CN': (e) => transitionText(e, 'zh-CN'),
    en: (e) => transitionText(e, 'en'),
  },
};
