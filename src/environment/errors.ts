import { type DomainError, domainError } from '../shared/index';
import type {
  MeterReadingDecreasedError,
  MeterReadingMismatchError,
  MeterReadingTimeInvalidError,
  MeterResetInvalidError,
} from './meter-errors';

/**
 * A command the waste lot's current status does not allow, e.g.
 * transferring a lot that never entered the waste store. Never a silent no-op.
 *
 * @example
 * ```ts
 * const error: InvalidTransitionError = invalidTransition('wl_1', 'transferred', 'store');
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type InvalidTransitionError = DomainError<
  'invalid_transition',
  {
    readonly entity: 'waste-lot';
    readonly id: string;
    readonly status: string;
    readonly command: string;
  }
>;

/**
 * A hazardous lot cannot be transferred while its catalogue class is
 * unknown: the transfer manifest names it (§10.1, §10.3(1)).
 *
 * @example
 * ```ts
 * const error: HazardousClassRequiredError = hazardousClassRequired('wl_1', 'oil-filter');
 * ```
 * @category environment
 * @see §10.3(1)
 */
export type HazardousClassRequiredError = DomainError<
  'hazardous_class_required',
  { readonly lotId: string; readonly category: string }
>;

/**
 * Hazardous waste leaves the site only with a transfer manifest (转移联单, REG-6).
 *
 * @example
 * ```ts
 * const error: TransferManifestRequiredError = transferManifestRequired('wl_1', 'HW08');
 * ```
 * @category environment
 * @see REG-6
 */
export type TransferManifestRequiredError = DomainError<
  'transfer_manifest_required',
  { readonly lotId: string; readonly hazardousClass: string | null }
>;

/**
 * The handler's licence is not valid on the transfer date.
 *
 * @example
 * ```ts
 * const error: HandlerLicenceInvalidError = handlerLicenceInvalid('wh_1', 'expired', '2026-12-31', '2027-01-05');
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type HandlerLicenceInvalidError = DomainError<
  'handler_licence_invalid',
  {
    readonly handlerId: string;
    readonly reason: 'expired' | 'not_yet_valid';
    readonly boundary: string;
    readonly on: string;
  }
>;

/**
 * The handler's licence does not cover the lot's hazardous waste class
 * (危险废物经营许可证 lists the classes a handler may take; §10.1).
 *
 * @example
 * ```ts
 * const error: HandlerNotLicensedError = handlerNotLicensed('wh_1', 'wl_1', 'HW31');
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(5)
 */
export type HandlerNotLicensedError = DomainError<
  'handler_not_licensed',
  { readonly handlerId: string; readonly lotId: string; readonly hazardousClass: string }
>;

/**
 * Every error code of the environment module (shared codes such as
 * `validation_failed` and `forbidden` come from `aftersales/shared`).
 * Errors carry ids, codes and quantities only.
 *
 * @example
 * ```ts
 * function explain(error: EnvironmentError): string {
 *   return formatError(error, 'zh-CN', environmentMessages);
 * }
 * ```
 * @category environment
 * @see §10.2(1)
 * @see §10.3(5)
 */
export type EnvironmentError =
  | InvalidTransitionError
  | HazardousClassRequiredError
  | TransferManifestRequiredError
  | HandlerLicenceInvalidError
  | HandlerNotLicensedError
  | MeterReadingDecreasedError
  | MeterReadingTimeInvalidError
  | MeterResetInvalidError
  | MeterReadingMismatchError;

/**
 * Builds an {@link InvalidTransitionError}.
 *
 * @example
 * ```ts
 * invalidTransition('wl_1', 'generated', 'transfer').clause; // '§10.3(5)'
 * ```
 * @category environment
 * @see §10.3(5)
 */
export function invalidTransition(
  id: string,
  status: string,
  command: string,
): InvalidTransitionError {
  return domainError(
    'invalid_transition',
    { entity: 'waste-lot', id, status, command },
    '§10.3(5)',
  );
}

/**
 * Builds a {@link HazardousClassRequiredError}.
 *
 * @example
 * ```ts
 * hazardousClassRequired('wl_1', 'coolant').code; // 'hazardous_class_required'
 * ```
 * @category environment
 * @see §10.3(1)
 */
export function hazardousClassRequired(
  lotId: string,
  category: string,
): HazardousClassRequiredError {
  return domainError('hazardous_class_required', { lotId, category }, '§10.3(1)');
}

/**
 * Builds a {@link TransferManifestRequiredError}.
 *
 * @example
 * ```ts
 * transferManifestRequired('wl_1', 'HW08').clause; // 'REG-6'
 * ```
 * @category environment
 * @see REG-6
 */
export function transferManifestRequired(
  lotId: string,
  hazardousClass: string | null,
): TransferManifestRequiredError {
  return domainError('transfer_manifest_required', { lotId, hazardousClass }, 'REG-6');
}

/**
 * Builds a {@link HandlerLicenceInvalidError}; `boundary` is the licence's
 * last valid day (`expired`) or first valid day (`not_yet_valid`).
 *
 * @example
 * ```ts
 * handlerLicenceInvalid('wh_1', 'not_yet_valid', '2026-06-01', '2026-05-20').code; // 'handler_licence_invalid'
 * ```
 * @category environment
 * @see §10.3(5)
 */
export function handlerLicenceInvalid(
  handlerId: string,
  reason: HandlerLicenceInvalidError['data']['reason'],
  boundary: string,
  on: string,
): HandlerLicenceInvalidError {
  return domainError('handler_licence_invalid', { handlerId, reason, boundary, on }, '§10.3(5)');
}

/**
 * Builds a {@link HandlerNotLicensedError}.
 *
 * @example
 * ```ts
 * handlerNotLicensed('wh_1', 'wl_1', 'HW31').clause; // '§10.3(5)'
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(5)
 */
export function handlerNotLicensed(
  handlerId: string,
  lotId: string,
  hazardousClass: string,
): HandlerNotLicensedError {
  return domainError('handler_not_licensed', { handlerId, lotId, hazardousClass }, '§10.3(5)');
}
