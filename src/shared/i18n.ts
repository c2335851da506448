import type { DomainError } from './errors';

/**
 * The locales every message exists in.
 *
 * @category shared
 */
export type Locale = 'zh-CN' | 'en';

/** Every supported locale, in a stable order. @category shared */
export const LOCALES: readonly Locale[] = Object.freeze(['zh-CN', 'en']);

/** Renders one error code's message from its data, per locale. @category shared */
export type MessageTemplate<E extends DomainError> = Readonly<Record<Locale, (error: E) => string>>;

/**
 * Messages for every code of an error union `E`: the compiler rejects a
 * catalog that forgets a code or a locale.
 *
 * @example
 * ```ts
 * import type { DomainError, MessageCatalog } from 'aftersales/shared';
 * type E = DomainError<'bay_closed', { bay: string }>;
 * const messages: MessageCatalog<E> = {
 *   bay_closed: { 'zh-CN': (e) => `工位 ${e.data.bay} 已关闭`, en: (e) => `Bay ${e.data.bay} is closed` },
 * };
 * ```
 * @category shared
 */
export type MessageCatalog<E extends DomainError> = {
  readonly [C in E['code']]: MessageTemplate<Extract<E, { code: C }>>;
};

/** A catalog with its codes erased, as a formatter holds it. @category shared */
export type AnyMessageCatalog = Readonly<
  Record<string, Readonly<Record<Locale, (error: never) => string>>>
>;

/**
 * Renders an error in a locale. The message comes from the first catalog
 * that knows the code; an unknown code falls back to a generic sentence
 * naming the code and clause, so any error can be shown. The clause, when
 * present, is appended (`…（§3.4(2)）` / `… (§3.4(2))`).
 *
 * @example
 * ```ts
 * import { formatError, sharedMessages, notFound } from 'aftersales/shared';
 * formatError(notFound('customer', 'cus_1'), 'en', sharedMessages);
 * // 'customer cus_1 was not found'
 * ```
 * @category shared
 */
export function formatError(
  error: DomainError,
  locale: Locale,
  ...catalogs: readonly AnyMessageCatalog[]
): string {
  const template = findTemplate(error.code, catalogs)?.[locale] as
    | ((e: DomainError) => string)
    | undefined;
  const body = template ? safeRender(template, error) : undefined;
  const text = body ?? fallbackMessage(error, locale);
  if (error.clause === undefined) return text;
  return locale === 'zh-CN' ? `${text}（${error.clause}）` : `${text} (${error.clause})`;
}

/**
 * Builds a formatter bound to a set of catalogs, e.g. a host's
 * `createErrorFormatter(sharedMessages, orgMessages, pricingMessages)`.
 *
 * @example
 * ```ts
 * const format = createErrorFormatter(sharedMessages);
 * format(notFound('vehicle', 'veh_1'), 'zh-CN'); // '未找到车辆 veh_1'
 * ```
 * @category shared
 */
export function createErrorFormatter(
  ...catalogs: readonly AnyMessageCatalog[]
): (error: DomainError, locale: Locale) => string {
  return (error, locale) => formatError(error, locale, ...catalogs);
}

function findTemplate(code: string, catalogs: readonly AnyMessageCatalog[]) {
  for (const catalog of catalogs) {
    if (Object.hasOwn(catalog, code)) return catalog[code];
  }
  return undefined;
}

function safeRender(template: (e: DomainError) => string, error: DomainError): string | undefined {
  try {
    const text = template(error);
    return typeof text === 'string' ? text : undefined;
  } catch {
    // A template that cannot read malformed error data must not hide the error itself.
    return undefined;
  }
}

function fallbackMessage(error: DomainError, locale: Locale): string {
  return locale === 'zh-CN' ? `操作失败：${error.code}` : `Operation failed: ${error.code}`;
}
