import type { Result } from 'neverthrow';
import type { CalendarDate, TimeOfDay, TimeZone } from '../../src/shared/index';
import { type StaffKey, staffRoles, TIME_ZONE } from './dealer';
import type { Actor, Instant, ServiceDayLibrary, Store } from './library';
import type { Log } from './log';

/** The days of the story: the booking call, the service day, the morning after. */
export const DAYS = { fri: '2026-03-13', mon: '2026-03-16', tue: '2026-03-17' } as const;
export type Day = keyof typeof DAYS;

/** Everything a step needs: the library, the store, the log and the people on duty. */
export interface Scenario {
  readonly lib: ServiceDayLibrary;
  readonly store: Store;
  readonly log: Log;
  readonly staff: Readonly<Record<StaffKey, Actor>>;
  /** The instant of a wall-clock time in the dealer's zone, on a day of the story or a date. */
  at(day: Day | string, time: string): Instant;
}

/** A step that the library refuses is a bug in the scenario: stop with the error's data. */
export function must<T, E>(result: Result<T, E>, what: string): T {
  if (result.isOk()) return result.value;
  throw new Error(`${what} was refused: ${JSON.stringify(result.error)}`);
}

export function createScenario(lib: ServiceDayLibrary, store: Store, log: Log): Scenario {
  const staff = Object.fromEntries(
    Object.entries(staffRoles).map(([key, raw]) => [key, must(lib.org.parseActor(raw), key)]),
  ) as Record<StaffKey, Actor>;
  return {
    lib,
    store,
    log,
    staff,
    at: (day, time) =>
      lib.shared.dealerDateTimeToInstant(
        (day in DAYS ? DAYS[day as Day] : day) as CalendarDate,
        time as TimeOfDay,
        TIME_ZONE as TimeZone,
      ),
  };
}

const options: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const wallZh = new Intl.DateTimeFormat('zh-CN', options);
const wallEn = new Intl.DateTimeFormat('en-GB', { ...options, month: 'short' });

/** "3月16日周一 09:00" / "Mon 16 Mar 09:00" in the dealer's zone, for the log. */
export function wallTime(instant: string, locale: 'zh' | 'en'): string {
  const date = new Date(instant);
  if (locale === 'en') return wallEn.format(date).replace(',', '');
  const part = Object.fromEntries(wallZh.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.month}月${part.day}日${part.weekday} ${part.hour}:${part.minute}`;
}

/** "CNY 1,234.50" / "1,234.50 元" without floating point: the amount is a decimal string. */
export function money(value: { amount: string; currency: string }, locale: 'zh' | 'en'): string {
  const [whole = '0', fraction = '00'] = value.amount.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value.amount.startsWith('-') ? '-' : '';
  return locale === 'zh'
    ? `${sign}${grouped}.${fraction} 元`
    : `${sign}${value.currency} ${grouped}.${fraction}`;
}

export const percent = (rate: number | null) =>
  rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
