import { type DomainError, domainError } from './errors';

/**
 * Why a VIN was rejected. `length` is `null` when the input was not a string;
 * lengths of 100 or more are reported as 100.
 * Positions are 1-based. No variant carries the rejected value itself: the
 * check-digit variant names only position 9's expected and actual character,
 * which identifies nobody.
 *
 * @example
 * ```ts
 * const data: VinErrorData = { reason: 'check_digit', position: 9, expected: 'X', actual: '5' };
 * ```
 * @category shared
 * @see X-1
 */
export type VinErrorData =
  | { readonly reason: 'length'; readonly length: number | null }
  | { readonly reason: 'character'; readonly position: number; readonly kind: 'ioq' | 'other' }
  | {
      readonly reason: 'check_digit';
      readonly position: 9;
      readonly expected: string;
      readonly actual: string;
    };

/**
 * A VIN (车架号 / 车辆识别代号) failed validation: `vin_invalid`.
 *
 * @example
 * ```ts
 * import { validateVin } from 'aftersales/shared';
 * const result = validateVin('1M8GDM9A5KP042788');
 * if (result.isErr()) result.error.data.reason; // 'check_digit'
 * ```
 * @category shared
 * @see X-1
 */
export type VinError = DomainError<'vin_invalid', VinErrorData>;

/**
 * Where a licence plate's serial went wrong: the character class that was
 * expected at that position.
 *
 * @example
 * ```ts
 * const expected: PlateSerialExpectation = 'energy_letter'; // e.g. 粤BL12345, position 3
 * ```
 * @category shared
 * @see X-1
 */
export type PlateSerialExpectation =
  | 'letter_or_digit'
  | 'letter_digit_or_suffix'
  | 'energy_letter'
  | 'digit';

/**
 * Why a licence plate was rejected. `length` counts characters after
 * normalisation (`null` for a non-string); `position` is 1-based in the
 * normalised plate.
 *
 * @example
 * ```ts
 * const data: LicencePlateErrorData = { reason: 'serial', position: 7, expected: 'digit' };
 * ```
 * @category shared
 * @see X-1
 */
export type LicencePlateErrorData =
  | { readonly reason: 'length'; readonly length: number | null }
  | { readonly reason: 'province' }
  | { readonly reason: 'authority_letter' }
  | {
      readonly reason: 'serial';
      readonly position: number;
      readonly expected: PlateSerialExpectation;
    };

/**
 * A mainland licence plate (机动车号牌) failed validation: `licence_plate_invalid`.
 *
 * @example
 * ```ts
 * import { validateLicencePlate } from 'aftersales/shared';
 * const result = validateLicencePlate('京I12345');
 * if (result.isErr()) result.error.data.reason; // 'authority_letter'
 * ```
 * @category shared
 * @see X-1
 */
export type LicencePlateError = DomainError<'licence_plate_invalid', LicencePlateErrorData>;

/**
 * Why a mobile number was rejected. `prefix` distinguishes a foreign country
 * code (`country_code`) from a number that does not start with 13–19
 * (`leading_digits`).
 *
 * @example
 * ```ts
 * const data: MobilePhoneErrorData = { reason: 'length', length: 10 };
 * ```
 * @category shared
 */
export type MobilePhoneErrorData =
  | { readonly reason: 'not_a_string' }
  | { readonly reason: 'length'; readonly length: number }
  | { readonly reason: 'non_digit' }
  | { readonly reason: 'prefix'; readonly part: 'country_code' | 'leading_digits' };

/**
 * A mainland mobile number (手机号) failed validation: `mobile_phone_invalid`.
 *
 * @example
 * ```ts
 * import { validateMobilePhone } from 'aftersales/shared';
 * const result = validateMobilePhone('12812345678');
 * if (result.isErr()) result.error.data; // { reason: 'prefix', part: 'leading_digits' }
 * ```
 * @category shared
 */
export type MobilePhoneError = DomainError<'mobile_phone_invalid', MobilePhoneErrorData>;

/**
 * Any error returned by the VIN, licence-plate and mobile-number validators.
 *
 * @example
 * ```ts
 * import type { IdentifierValidatorError } from 'aftersales/shared';
 * const codes: IdentifierValidatorError['code'][] = ['vin_invalid', 'mobile_phone_invalid'];
 * ```
 * @category shared
 * @see X-1
 */
export type IdentifierValidatorError = VinError | LicencePlateError | MobilePhoneError;

/**
 * Lengths at or above this are reported as this value, so an error about a
 * hostile megabyte string stays small and says only "far too long".
 *
 * @example
 * ```ts
 * validateVin('1'.repeat(1_000_000))._unsafeUnwrapErr().data.length === MAX_REPORTED_LENGTH; // true
 * ```
 * @category shared
 */
export const MAX_REPORTED_LENGTH = 100;

/**
 * Caps a measured length at {@link MAX_REPORTED_LENGTH} for error data.
 *
 * @example
 * ```ts
 * reportedLength(16); // 16
 * reportedLength(1_000_000); // 100
 * ```
 * @category shared
 */
export function reportedLength(length: number): number {
  return Math.min(length, MAX_REPORTED_LENGTH);
}

/**
 * Builds a {@link VinError} (clause `X-1`).
 *
 * @example
 * ```ts
 * vinInvalid({ reason: 'length', length: 16 }).code; // 'vin_invalid'
 * ```
 * @category shared
 * @see X-1
 */
export function vinInvalid(data: VinErrorData): VinError {
  return domainError('vin_invalid', Object.freeze({ ...data }), 'X-1');
}

/**
 * Builds a {@link LicencePlateError} (clause `X-1`).
 *
 * @example
 * ```ts
 * licencePlateInvalid({ reason: 'province' }).clause; // 'X-1'
 * ```
 * @category shared
 * @see X-1
 */
export function licencePlateInvalid(data: LicencePlateErrorData): LicencePlateError {
  return domainError('licence_plate_invalid', Object.freeze({ ...data }), 'X-1');
}

/**
 * Builds a {@link MobilePhoneError}. It has no clause: no requirement row
 * defines the number format; the validator exists so that contact data and
 * masking work on one normal form.
 *
 * @example
 * ```ts
 * mobilePhoneInvalid({ reason: 'non_digit' }).code; // 'mobile_phone_invalid'
 * ```
 * @category shared
 */
export function mobilePhoneInvalid(data: MobilePhoneErrorData): MobilePhoneError {
  return domainError('mobile_phone_invalid', Object.freeze({ ...data }));
}
