import type { MessageCatalog } from '../shared/index';
import type { AppointmentError, SlotResource, SlotUnavailableReason } from './errors';

const RESOURCE_ZH: Readonly<Record<SlotResource, string>> = {
  workshop: '车间',
  advisor: '服务顾问',
  bay: '工位',
  technician: '技师',
};

const REASON_ZH: Readonly<Record<SlotUnavailableReason, string>> = {
  closed: '不营业',
  absent: '不在岗',
  outside_hours: '不在工作时间内',
  busy: '已被占用',
  full: '接待名额已满',
  skill: '不具备所需技能',
  bay_type: '工位类型不符',
  duration: '剩余时间不足以完成作业',
  unknown: '不在产能配置中',
};

const REASON_EN: Readonly<Record<SlotUnavailableReason, string>> = {
  closed: 'is closed',
  absent: 'is absent',
  outside_hours: 'is not working at that time',
  busy: 'is already booked',
  full: 'has no reception capacity left',
  skill: 'lacks the required skill',
  bay_type: 'is the wrong bay type',
  duration: 'has too little time left for the job',
  unknown: 'is not in the workshop capacity',
};

function who(resource: SlotResource, id: string | null, locale: 'zh-CN' | 'en'): string {
  if (locale === 'zh-CN')
    return id === null ? RESOURCE_ZH[resource] : `${RESOURCE_ZH[resource]} ${id}`;
  return id === null ? `the ${resource}` : `${resource} ${id}`;
}

/**
 * zh-CN and en messages for every {@link AppointmentError} code. Messages
 * name codes, ids and instants only, never customer data.
 *
 * @example
 * ```ts
 * import { formatError } from 'aftersales/shared';
 * formatError(error, 'zh-CN', appointmentMessages);
 * // '2026-11-30T01:00:00.000Z 的时段已不可预约：工位 bay_1已被占用（§3.1(2)）'
 * ```
 * @category appointment
 * @see §3.1(1)
 * @see §3.1(2)
 * @see §3.1(3)
 * @see §3.1(4)
 */
export const appointmentMessages: MessageCatalog<AppointmentError> = {
  service_unknown: {
    'zh-CN': (e) => `服务项目 ${e.data.serviceCode} 不在服务目录中`,
    en: (e) => `Service ${e.data.serviceCode} is not in the service catalogue`,
  },
  service_bay_types_mixed: {
    'zh-CN': (e) =>
      `服务项目 ${e.data.serviceCodes.join('、')} 需要不同类型的工位（${e.data.bayTypes.join('、')}），请分开预约`,
    en: (e) =>
      `Services ${e.data.serviceCodes.join(', ')} need different bay types (${e.data.bayTypes.join(', ')}); book them separately`,
  },
  horizon_too_long: {
    'zh-CN': (e) => `查询范围 ${e.data.horizonDays} 天超过上限 ${e.data.maxHorizonDays} 天`,
    en: (e) =>
      `A horizon of ${e.data.horizonDays} days exceeds the maximum of ${e.data.maxHorizonDays}`,
  },
  slot_limit_too_large: {
    'zh-CN': (e) => `返回数量 ${e.data.limit} 超过上限 ${e.data.maxSlotLimit}`,
    en: (e) => `A limit of ${e.data.limit} slots exceeds the maximum of ${e.data.maxSlotLimit}`,
  },
  slot_in_past: {
    'zh-CN': (e) => `时段 ${e.data.start} 早于 ${e.data.at}，无法预约`,
    en: (e) => `The slot at ${e.data.start} is before ${e.data.at} and cannot be booked`,
  },
  slot_unavailable: {
    'zh-CN': (e) =>
      `${e.data.start} 的时段已不可预约：${who(e.data.resource, e.data.resourceId, 'zh-CN')}${REASON_ZH[e.data.reason]}`,
    en: (e) =>
      `The slot at ${e.data.start} is no longer available: ${who(e.data.resource, e.data.resourceId, 'en')} ${REASON_EN[e.data.reason]}`,
  },
  booking_day_mismatch: {
    'zh-CN': (e) => `${e.data.slotDate} 的时段不能记入 ${e.data.ledgerDate} 的预约台账`,
    en: (e) => `A slot on ${e.data.slotDate} cannot go into the ledger of ${e.data.ledgerDate}`,
  },
  appointment_already_booked: {
    'zh-CN': (e) => `预约 ${e.data.appointmentId} 在 ${e.data.date} 已占用时段，请先释放`,
    en: (e) =>
      `Appointment ${e.data.appointmentId} already holds a slot on ${e.data.date}; release it first`,
  },
  vehicle_identification_required: {
    'zh-CN': () => '预约需提供车架号（VIN）或车牌号',
    en: () => 'An appointment needs the vehicle’s VIN or licence plate',
  },
  appointment_need_required: {
    'zh-CN': () => '预约需至少选择一个服务项目或填写故障描述',
    en: () => 'An appointment needs at least one service or a description of the concern',
  },
  confirmation_items_mismatch: {
    'zh-CN': (e) =>
      `确认的项目（${e.data.itemCodes.join('、')}）与时段的服务项目（${e.data.slotServiceCodes.join('、')}）不一致`,
    en: (e) =>
      `Confirmed items (${e.data.itemCodes.join(', ')}) differ from the slot's services (${e.data.slotServiceCodes.join(', ')})`,
  },
  invalid_transition: {
    'zh-CN': (e) =>
      `预约 ${e.data.appointmentId} 处于「${e.data.status}」状态，不能执行「${e.data.command}」`,
    en: (e) =>
      `Appointment ${e.data.appointmentId} is ${e.data.status}; “${e.data.command}” is not allowed`,
  },
  no_show_too_early: {
    'zh-CN': (e) =>
      `预约 ${e.data.appointmentId} 于 ${e.data.start} 开始，${e.data.noShowFrom} 之后才能登记爽约`,
    en: (e) =>
      `Appointment ${e.data.appointmentId} starts at ${e.data.start}; a no-show can be recorded from ${e.data.noShowFrom}`,
  },
  appointment_not_confirmed: {
    'zh-CN': (e) => `预约 ${e.data.appointmentId} 处于「${e.data.status}」状态，尚未确认`,
    en: (e) => `Appointment ${e.data.appointmentId} is ${e.data.status}, not confirmed`,
  },
};
