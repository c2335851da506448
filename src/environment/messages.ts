import type { Locale, MessageCatalog } from '../shared/index';
import type { EnvironmentError, InvalidTransitionError } from './errors';
import type { MeterResetInvalidError } from './meter-errors';

// Another module's invalid_transition may reach this template through a shared
// formatter, so every field is read defensively.
function transitionText(error: InvalidTransitionError, locale: Locale): string {
  const data = error.data as Partial<InvalidTransitionError['data']>;
  const id = String(data.id ?? '?');
  const status = String(data.status ?? '?');
  const command = String(data.command ?? '?');
  return locale === 'zh-CN'
    ? `废弃物批次 ${id} 处于「${status}」状态，不能执行「${command}」`
    : `Waste lot ${id} is ${status}; "${command}" is not allowed`;
}

const RESET_REASONS: Readonly<
  Record<MeterResetInvalidError['data']['reason'], Readonly<Record<Locale, string>>>
> = {
  no_previous: {
    'zh-CN': '没有上次读数，不能标记换表或归零',
    en: 'has no previous reading to reset from',
  },
  final_below_previous: {
    'zh-CN': '旧表末次读数低于上次读数',
    en: "the old meter's final reading is below the previous reading",
  },
  value_below_start: {
    'zh-CN': '本次读数低于新表起始读数',
    en: "the reading is below the new meter's starting reading",
  },
  limit_not_above_previous: {
    'zh-CN': '归零上限不高于上次读数',
    en: 'the register limit is not above the previous reading',
  },
  value_not_below_limit: {
    'zh-CN': '本次读数不低于归零上限',
    en: 'the reading is not below the register limit',
  },
};

/**
 * zh-CN and en messages for every {@link EnvironmentError} code. Combine
 * with the shared catalog: `createErrorFormatter(sharedMessages, environmentMessages)`.
 *
 * @example
 * ```ts
 * formatError(transferManifestRequired('wl_1', 'HW08'), 'zh-CN', environmentMessages);
 * // '危险废物批次 wl_1（HW08）转移须填写转移联单编号（REG-6）'
 * ```
 * @category environment
 * @see REG-6
 * @see §10.2(1)
 * @see §10.3(5)
 */
export const environmentMessages: MessageCatalog<EnvironmentError> = {
  invalid_transition: {
    'zh-CN': (e) => transitionText(e, 'zh-CN'),
    en: (e) => transitionText(e, 'en'),
  },
  hazardous_class_required: {
    'zh-CN': (e) =>
      `危险废物批次 ${e.data.lotId}（${e.data.category}）须先确定危险废物类别才能转移`,
    en: (e) =>
      `Hazardous waste lot ${e.data.lotId} (${e.data.category}) needs its catalogue class before it can be transferred`,
  },
  transfer_manifest_required: {
    'zh-CN': (e) =>
      `危险废物批次 ${e.data.lotId}（${e.data.hazardousClass ?? '?'}）转移须填写转移联单编号`,
    en: (e) =>
      `Hazardous waste lot ${e.data.lotId} (${e.data.hazardousClass ?? '?'}) needs a transfer manifest number`,
  },
  handler_licence_invalid: {
    'zh-CN': (e) =>
      e.data.reason === 'expired'
        ? `处置单位 ${e.data.handlerId} 的许可证已于 ${e.data.boundary} 到期，转移日期为 ${e.data.on}`
        : `处置单位 ${e.data.handlerId} 的许可证自 ${e.data.boundary} 起生效，转移日期为 ${e.data.on}`,
    en: (e) =>
      e.data.reason === 'expired'
        ? `Handler ${e.data.handlerId}: the licence expired on ${e.data.boundary}; the transfer is on ${e.data.on}`
        : `Handler ${e.data.handlerId}: the licence is valid from ${e.data.boundary}; the transfer is on ${e.data.on}`,
  },
  handler_not_licensed: {
    'zh-CN': (e) =>
      `处置单位 ${e.data.handlerId} 的危险废物经营许可证不含 ${e.data.hazardousClass}，不能接收批次 ${e.data.lotId}`,
    en: (e) =>
      `Handler ${e.data.handlerId} is not licensed for ${e.data.hazardousClass} and cannot take lot ${e.data.lotId}`,
  },
  meter_reading_decreased: {
    'zh-CN': (e) =>
      `计量表 ${e.data.meterId} 的读数 ${e.data.value} 低于上次读数 ${e.data.previousValue}；换表或归零须标记`,
    en: (e) =>
      `Meter ${e.data.meterId}: ${e.data.value} is below the previous reading of ${e.data.previousValue}; flag a replacement or rollover`,
  },
  meter_reading_time_invalid: {
    'zh-CN': (e) =>
      e.data.reason === 'not_after_previous'
        ? `计量表 ${e.data.meterId} 的抄表时间不晚于上次抄表`
        : `计量表 ${e.data.meterId} 的抄表时间晚于录入时间`,
    en: (e) =>
      e.data.reason === 'not_after_previous'
        ? `Meter ${e.data.meterId}: the reading is not later than the previous one`
        : `Meter ${e.data.meterId}: the reading is dated after it was recorded`,
  },
  meter_reset_invalid: {
    'zh-CN': (e) =>
      `计量表 ${e.data.meterId}：${RESET_REASONS[e.data.reason]?.['zh-CN'] ?? e.data.reason}`,
    en: (e) => `Meter ${e.data.meterId}: ${RESET_REASONS[e.data.reason]?.en ?? e.data.reason}`,
  },
  meter_reading_mismatch: {
    'zh-CN': (e) => `读数 ${e.data.readingId} 不属于计量表 ${e.data.meterId}`,
    en: (e) => `Reading ${e.data.readingId} does not belong to meter ${e.data.meterId}`,
  },
};
