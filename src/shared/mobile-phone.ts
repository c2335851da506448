import { err, ok, type Result } from 'neverthrow';
import type { Brand } from './ids';
import { type MobilePhoneError, mobilePhoneInvalid, reportedLength } from './validator-errors';
import { validatorSchema } from './validator-messages';

/**
 * A validated mainland China mobile number (手机号) in normal form: exactly
 * 11 digits, no country code, e.g. `13812345678`. Obtain one from
 * {@link validateMobilePhone} or {@link MobilePhoneSchema}.
 *
 * @example
 * ```ts
 * const result = validateMobilePhone('+86 138 1234 5678');
 * if (result.isOk()) { const phone: MobilePhone = result.value; } // '13812345678'
 * ```
 * @category shared
 */
export type MobilePhone = Brand<string, 'MobilePhone'>;

const MOBILE_LENGTH = 11;
// Inputs longer than this are rejected before normalising, so hostile strings cost nothing.
const MAX_PHONE_INPUT_LENGTH = 32;
const SEPARATORS = /[\s-]/g;
const NON_DIGIT = /[^0-9]/;
const LEADING_DIGITS = /^1[3-9]/;

/** Drops a `+86`, `0086` or bare `86` country code; a bare `86` only when 11 digits follow. */
function stripCountryCode(compact: string): string {
  if (compact.startsWith('+86')) return compact.slice(3);
  if (compact.startsWith('0086')) return compact.slice(4);
  if (compact.startsWith('86') && compact.length === MOBILE_LENGTH + 2) return compact.slice(2);
  return compact;
}

/**
 * Validates a mainland China mobile number (手机号): 11 digits, starting with
 * `1` and a second digit 3–9. Spaces (any whitespace) and hyphens are
 * removed, and a `+86`, `0086` or `86` country code is dropped; the returned
 * {@link MobilePhone} is the 11 remaining digits.
 *
 * Errors: `mobile_phone_invalid` with `reason` `not_a_string`, `length`
 * (digits counted after normalisation), `non_digit`, or `prefix`
 * (`part: 'country_code'` for a `+` code other than +86,
 * `part: 'leading_digits'` when the number does not start with 13–19). The
 * error never contains the number. Never throws.
 *
 * @param input - anything; only a string can be a phone number
 * @returns the normalised, branded number or a `mobile_phone_invalid` error
 * @example
 * ```ts
 * validateMobilePhone('0086-138-1234-5678')._unsafeUnwrap(); // '13812345678'
 * validateMobilePhone('12812345678')._unsafeUnwrapErr().data;
 * // { reason: 'prefix', part: 'leading_digits' }
 * ```
 * @category shared
 */
export function validateMobilePhone(input: unknown): Result<MobilePhone, MobilePhoneError> {
  if (typeof input !== 'string') return err(mobilePhoneInvalid({ reason: 'not_a_string' }));
  if (input.length > MAX_PHONE_INPUT_LENGTH) {
    return err(mobilePhoneInvalid({ reason: 'length', length: reportedLength(input.length) }));
  }
  const digits = stripCountryCode(input.replace(SEPARATORS, ''));
  if (digits.startsWith('+')) {
    return err(mobilePhoneInvalid({ reason: 'prefix', part: 'country_code' }));
  }
  if (NON_DIGIT.test(digits)) return err(mobilePhoneInvalid({ reason: 'non_digit' }));
  if (digits.length !== MOBILE_LENGTH) {
    return err(mobilePhoneInvalid({ reason: 'length', length: digits.length }));
  }
  if (!LEADING_DIGITS.test(digits)) {
    return err(mobilePhoneInvalid({ reason: 'prefix', part: 'leading_digits' }));
  }
  return ok(digits as MobilePhone);
}

/**
 * A zod mini schema for a mainland mobile number: a string of at most 32
 * characters that {@link validateMobilePhone} accepts, parsed to the
 * normalised {@link MobilePhone}. A rejection is a `custom` issue whose
 * `params.reason` is the validator's reason. Errors (through `parseWith`):
 * `validation_failed`.
 *
 * @example
 * ```ts
 * import { MobilePhoneSchema, parseWith } from 'aftersales/shared';
 * parseWith(MobilePhoneSchema, '+86 138 1234 5678')._unsafeUnwrap(); // '13812345678'
 * ```
 * @category shared
 */
export const MobilePhoneSchema = validatorSchema(validateMobilePhone, MAX_PHONE_INPUT_LENGTH);
