import { err, ok, type Result } from 'neverthrow';
import type { Brand } from './ids';
import {
  type LicencePlateError,
  licencePlateInvalid,
  type PlateSerialExpectation,
  reportedLength,
} from './validator-errors';
import { validatorSchema } from './validator-messages';

/**
 * A validated mainland licence plate (机动车号牌) in normal form: no
 * separators, latin letters upper-case, e.g. `粤B12345`, `粤BD12345`.
 * Obtain one from {@link validateLicencePlate} or {@link LicencePlateSchema}.
 *
 * @example
 * ```ts
 * const result = validateLicencePlate('京A·12345');
 * if (result.isOk()) { const plate: LicencePlate = result.value; } // '京A12345'
 * ```
 * @category shared
 * @see X-1
 */
export type LicencePlate = Brand<string, 'LicencePlate'>;

/**
 * The plate formats X-1 accepts: the ordinary 7-character plate, and the
 * 8-character new-energy (新能源) plates for small vehicles (energy letter
 * first in the serial) and large vehicles (energy letter last).
 *
 * @example
 * ```ts
 * const kind: LicencePlateKind = licencePlateKind(validateLicencePlate('粤BD12345')._unsafeUnwrap());
 * // 'new-energy-small'
 * ```
 * @category shared
 * @see X-1
 */
export type LicencePlateKind = 'ordinary' | 'new-energy-small' | 'new-energy-large';

// The 31 provincial-level divisions of the mainland, by their plate abbreviation.
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const AUTHORITY_LETTER = /^[A-HJ-NP-Z]$/i;
const SERIAL_CHAR = /^[A-HJ-NP-Z0-9]$/i;
const ORDINARY_SUFFIX = /^[挂学警港澳]$/;
const ENERGY_LETTER = /^[A-HJK]$/i;
const DIGIT = /^[0-9]$/;
const SEPARATORS = /[\s·・\-－]/g;
// Inputs longer than this are rejected before normalising, so hostile strings cost nothing.
const MAX_PLATE_INPUT_LENGTH = 32;

type SerialRule = {
  readonly expected: PlateSerialExpectation;
  readonly test: (c: string) => boolean;
};

const letterOrDigit: SerialRule = { expected: 'letter_or_digit', test: (c) => SERIAL_CHAR.test(c) };
const digit: SerialRule = { expected: 'digit', test: (c) => DIGIT.test(c) };
const energyLetter: SerialRule = { expected: 'energy_letter', test: (c) => ENERGY_LETTER.test(c) };
const letterDigitOrSuffix: SerialRule = {
  expected: 'letter_digit_or_suffix',
  test: (c) => SERIAL_CHAR.test(c) || ORDINARY_SUFFIX.test(c),
};

// Rules for the characters after the province and the authority letter.
const SERIAL_RULES: Readonly<Record<LicencePlateKind, readonly SerialRule[]>> = {
  ordinary: [letterOrDigit, letterOrDigit, letterOrDigit, letterOrDigit, letterDigitOrSuffix],
  'new-energy-small': [energyLetter, letterOrDigit, digit, digit, digit, digit],
  'new-energy-large': [digit, digit, digit, digit, digit, energyLetter],
};

/** The kind a 7- or 8-character plate is read as: a digit right after the authority letter means large. */
function kindOf(chars: readonly string[]): LicencePlateKind {
  if (chars.length === 7) return 'ordinary';
  return DIGIT.test(chars[2] ?? '') ? 'new-energy-large' : 'new-energy-small';
}

function findSerialError(chars: readonly string[]): LicencePlateError | undefined {
  const rules = SERIAL_RULES[kindOf(chars)];
  for (const [offset, rule] of rules.entries()) {
    if (!rule.test(chars[offset + 2] ?? '')) {
      return licencePlateInvalid({
        reason: 'serial',
        position: offset + 3,
        expected: rule.expected,
      });
    }
  }
  return undefined;
}

/**
 * Validates a mainland licence plate (机动车号牌) under X-1. Spaces (any
 * whitespace), middle dots (`·`, `・`) and hyphens are removed and latin
 * letters upper-cased first; the returned {@link LicencePlate} is that normal
 * form. Then, in order:
 * 1. 7 characters (ordinary) or 8 (new-energy);
 * 2. a province abbreviation (省份简称) first: one of
 *    京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼;
 * 3. the issuing-authority letter (发牌机关代号), A–Z without I and O;
 * 4. the serial. Ordinary: 5 letters (not I/O) or digits, the last of which
 *    may instead be 挂 (trailer), 学 (learner), 警 (police), 港 or 澳.
 *    New-energy small: an energy letter, a letter (not I/O) or digit, then 4
 *    digits. New-energy large: 5 digits then an energy letter. Energy letters
 *    were D (pure electric) and F (other new energy) until the 2022 extension
 *    added A–C, E (pure electric) and G, H, J, K (other); all ten are accepted.
 *
 * Errors: `licence_plate_invalid` with `reason` `length` (`null` for a
 * non-string), `province`, `authority_letter` or `serial` (1-based `position`
 * and the `expected` character class). The error never contains the plate.
 * Never throws.
 *
 * @param input - anything; only a string can be a plate
 * @returns the normalised, branded plate or a `licence_plate_invalid` error
 * @example
 * ```ts
 * validateLicencePlate('粤b d12345')._unsafeUnwrap(); // '粤BD12345'
 * validateLicencePlate('京A1234O')._unsafeUnwrapErr().data;
 * // { reason: 'serial', position: 7, expected: 'letter_digit_or_suffix' }
 * ```
 * @category shared
 * @see X-1
 */
export function validateLicencePlate(input: unknown): Result<LicencePlate, LicencePlateError> {
  if (typeof input !== 'string') {
    return err(licencePlateInvalid({ reason: 'length', length: null }));
  }
  if (input.length > MAX_PLATE_INPUT_LENGTH) {
    return err(licencePlateInvalid({ reason: 'length', length: reportedLength(input.length) }));
  }
  const chars = Array.from(input.replace(SEPARATORS, ''));
  if (chars.length !== 7 && chars.length !== 8) {
    return err(licencePlateInvalid({ reason: 'length', length: chars.length }));
  }
  const [province = '', authority = ''] = chars;
  if (province.length !== 1 || !PROVINCES.includes(province)) {
    return err(licencePlateInvalid({ reason: 'province' }));
  }
  if (!AUTHORITY_LETTER.test(authority)) {
    return err(licencePlateInvalid({ reason: 'authority_letter' }));
  }
  const serialError = findSerialError(chars);
  if (serialError) return err(serialError);
  // Safe to upper-case now: the characters are ASCII or the Chinese ones checked above.
  return ok(chars.join('').toUpperCase() as LicencePlate);
}

/**
 * Tells which {@link LicencePlateKind} a validated plate is.
 *
 * @example
 * ```ts
 * const plate = validateLicencePlate('粤B12345D')._unsafeUnwrap();
 * licencePlateKind(plate); // 'new-energy-large'
 * ```
 * @category shared
 * @see X-1
 */
export function licencePlateKind(plate: LicencePlate): LicencePlateKind {
  return kindOf(Array.from(plate));
}

/**
 * A zod mini schema for a licence plate: a string of at most 32 characters
 * that {@link validateLicencePlate} accepts, parsed to the normalised
 * {@link LicencePlate}. A rejection is a `custom` issue whose `params.reason`
 * is the validator's reason (`length`, `province`, `authority_letter`, `serial`).
 * Errors (through `parseWith`): `validation_failed`.
 *
 * @example
 * ```ts
 * import { LicencePlateSchema, parseWith } from 'aftersales/shared';
 * parseWith(LicencePlateSchema, '沪A F12345', 'X-1')._unsafeUnwrap(); // '沪AF12345'
 * ```
 * @category shared
 * @see X-1
 */
export const LicencePlateSchema = validatorSchema(validateLicencePlate, MAX_PLATE_INPUT_LENGTH);
