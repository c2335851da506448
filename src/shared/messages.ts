import type {
  ConcurrencyConflictError,
  ForbiddenError,
  NotFoundError,
  StorageError,
  ValidationError,
} from './errors';
import type { MessageCatalog } from './i18n';
import type { MoneyError } from './money/errors';
import { moneyMessages } from './money/messages';
import type { VatError } from './tax/errors';
import { vatMessages } from './tax/messages';
import type { IdentifierValidatorError } from './validator-errors';
import { validatorMessages } from './validator-messages';

/**
 * The errors every module shares: validation, lookup, concurrency,
 * permission and storage failures.
 *
 * @example
 * ```ts
 * function explain(error: CoreError): string { return error.code; }
 * ```
 * @category shared
 */
export type CoreError =
  | ValidationError
  | NotFoundError
  | ConcurrencyConflictError
  | ForbiddenError
  | StorageError;

/**
 * Every error the shared kernel can return.
 *
 * @example
 * ```ts
 * const codes: SharedError['code'][] = ['currency_mismatch', 'vin_invalid'];
 * ```
 * @category shared
 */
export type SharedError = CoreError | MoneyError | VatError | IdentifierValidatorError;

const ENTITY_NAMES_ZH: Readonly<Record<string, string>> = {
  customer: '客户',
  vehicle: '车辆',
  appointment: '预约',
  'repair-order': '维修工单',
  'price-list': '价目表',
  part: '配件',
  complaint: '投诉',
};

function entityZh(entity: string): string {
  return Object.hasOwn(ENTITY_NAMES_ZH, entity) ? (ENTITY_NAMES_ZH[entity] ?? entity) : entity;
}

function issueList(error: ValidationError): string {
  return error.data.issues
    .slice(0, 5)
    .map((issue) => `${issue.path || '(value)'}: ${issue.reason}`)
    .join('; ');
}

/**
 * zh-CN and en messages for the {@link CoreError} codes.
 *
 * @example
 * ```ts
 * formatError(notFound('vehicle', 'veh_1'), 'zh-CN', coreMessages); // '未找到车辆 veh_1'
 * ```
 * @category shared
 * @see X-6
 */
export const coreMessages: MessageCatalog<CoreError> = {
  validation_failed: {
    'zh-CN': (e) => `输入无效：${issueList(e)}`,
    en: (e) => `Invalid input: ${issueList(e)}`,
  },
  not_found: {
    'zh-CN': (e) => `未找到${entityZh(e.data.entity)} ${e.data.id}`,
    en: (e) => `${e.data.entity} ${e.data.id} was not found`,
  },
  concurrency_conflict: {
    'zh-CN': (e) =>
      `${entityZh(e.data.entity)} ${e.data.id} 已被他人修改（预期版本 ${e.data.expectedVersion}，当前版本 ${e.data.actualVersion}），请重新加载后再试`,
    en: (e) =>
      `${e.data.entity} ${e.data.id} was changed by someone else (expected version ${e.data.expectedVersion}, found ${e.data.actualVersion}); reload and try again`,
  },
  forbidden: {
    'zh-CN': (e) => `无权执行此操作：需要权限 ${e.data.capability}`,
    en: (e) => `Not allowed: this needs the capability ${e.data.capability}`,
  },
  storage_failed: {
    'zh-CN': (e) => `存储操作失败（${e.data.operation}）：${e.data.reason}`,
    en: (e) => `Storage operation failed (${e.data.operation}): ${e.data.reason}`,
  },
};

/**
 * zh-CN and en messages for every {@link SharedError} code: the core,
 * money, VAT and identifier catalogs together.
 *
 * @example
 * ```ts
 * import { createMoney, formatError, sharedMessages } from 'aftersales/shared';
 * const result = createMoney('abc');
 * if (result.isErr()) formatError(result.error, 'en', sharedMessages);
 * ```
 * @category shared
 */
export const sharedMessages: MessageCatalog<SharedError> = {
  ...coreMessages,
  ...moneyMessages,
  ...vatMessages,
  ...validatorMessages,
};
