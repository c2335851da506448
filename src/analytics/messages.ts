import type { Locale, MessageCatalog } from '../shared/index';
import type { AnalyticsOwnError, RecordRejectedError } from './errors';
import type { RejectionReason } from './kpi';

const REASONS: Readonly<Record<RejectionReason, Readonly<Record<Locale, string>>>> = {
  validation_failed: { 'zh-CN': '数据格式不符', en: 'does not parse' },
  out_of_scope: { 'zh-CN': '不在该指标统计范围内', en: 'is outside what the KPI counts' },
  unknown_reference: { 'zh-CN': '引用的记录未提供', en: 'refers to a record not supplied' },
  currency_mismatch: { 'zh-CN': '币种与配置不一致', en: 'is in another currency' },
};

// The data may come from a stored or foreign report, so it is read defensively.
function rejectionText(error: RecordRejectedError, locale: Locale): string {
  const data = error.data as Partial<RecordRejectedError['data']>;
  const where = `${String(data.collection ?? '?')}[${String(data.index ?? '?')}]`;
  const id = typeof data.id === 'string' ? ` ${data.id}` : '';
  const part = typeof data.part === 'string' ? `/${data.part}` : '';
  const reasons = (Array.isArray(data.reasons) ? data.reasons : [])
    .map((reason: string) =>
      Object.hasOwn(REASONS, reason) ? REASONS[reason as RejectionReason][locale] : reason,
    )
    .join(locale === 'zh-CN' ? '；' : '; ');
  const fields = Array.isArray(data.fields) && data.fields.length > 0 ? data.fields.join(', ') : '';
  const detail = typeof data.detail === 'string' ? data.detail : '';
  const extra = [fields, detail].filter((text) => text !== '').join(', ');
  return locale === 'zh-CN'
    ? `记录 ${where}${id}${part} 未计入指标：${reasons}${extra === '' ? '' : `（${extra}）`}`
    : `Record ${where}${id}${part} was not counted: ${reasons}${extra === '' ? '' : ` (${extra})`}`;
}

/**
 * zh-CN and en messages for every {@link AnalyticsOwnError} code. Messages
 * name ids, codes and field paths only. Combine with the shared catalog:
 * `createErrorFormatter(sharedMessages, analyticsMessages)`.
 *
 * @example
 * ```ts
 * formatError(recordRejected(rejection), 'en', analyticsMessages);
 * // 'Record orders[3] ro_9 was not counted: does not parse (deliveredAt) (§11.2.1)'
 * ```
 * @category analytics
 * @see §11.2.1
 * @see §1.2(7)
 */
export const analyticsMessages: MessageCatalog<AnalyticsOwnError> = {
  record_rejected: {
    'zh-CN': (e) => rejectionText(e, 'zh-CN'),
    en: (e) => rejectionText(e, 'en'),
  },
};
