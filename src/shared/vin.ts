import { err, ok, type Result } from 'neverthrow';
import type { Brand } from './ids';
import { reportedLength, type VinError, vinInvalid } from './validator-errors';
import { validatorSchema } from './validator-messages';

/**
 * A validated vehicle identification number (VIN, 车辆识别代号 / 车架号):
 * 17 upper-case characters with a correct check digit. Obtain one from
 * {@link validateVin} or {@link VinSchema}.
 *
 * @example
 * ```ts
 * const result = validateVin('1HGCM82633A004352');
 * if (result.isOk()) { const vin: Vin = result.value; }
 * ```
 * @category shared
 * @see X-1
 */
export type Vin = Brand<string, 'Vin'>;

const VIN_LENGTH = 17;
const CHECK_DIGIT_INDEX = 8;
// Inputs longer than this are rejected before trimming, so hostile strings cost nothing.
const MAX_VIN_INPUT_LENGTH = 64;
const WEIGHTS: readonly number[] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
// biome-ignore format: the transliteration table reads best laid out as a table
const LETTER_VALUES: Readonly<Record<string, number>> = Object.freeze({
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
});
const FORBIDDEN_LETTER = /^[IOQ]$/i;

/** The transliterated value of one VIN character, or `undefined` if VINs never use it. */
function transliterate(char: string): number | undefined {
  if (char >= '0' && char <= '9') return char.charCodeAt(0) - 48;
  // Characters whose upper case is longer than one ('ß' → 'SS') are simply not in the table.
  const upper = char.toUpperCase();
  return Object.hasOwn(LETTER_VALUES, upper) ? LETTER_VALUES[upper] : undefined;
}

/**
 * Computes the check digit (position 9) of a 17-character VIN: each
 * character is transliterated (digits as themselves; A1 B2 C3 D4 E5 F6 G7 H8
 * J1 K2 L3 M4 N5 P7 R9 S2 T3 U4 V5 W6 X7 Y8 Z9), multiplied by its position
 * weight (8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2), and the sum taken modulo 11;
 * a remainder of 10 is written `X`. This is the method of ISO 3779's North
 * American practice (49 CFR 565) and of China's GB 16735 (道路车辆 车辆识别代号).
 *
 * Letters may be lower-case. Position 9 itself has weight 0, so any
 * character there (such as a `?` placeholder) is accepted.
 *
 * @param vin17 - 17 characters; surrounding whitespace is not trimmed
 * @returns `'0'`–`'9'` or `'X'`, or `undefined` if the input is not 17
 *   characters or contains I, O, Q or a non-alphanumeric outside position 9
 * @example
 * ```ts
 * vinCheckDigit('1M8GDM9A?KP042788'); // 'X'
 * vinCheckDigit('1M8GDM9AXKP04278'); // undefined (16 characters)
 * ```
 * @category shared
 * @see X-1
 */
export function vinCheckDigit(vin17: string): string | undefined {
  if (typeof vin17 !== 'string' || vin17.length !== VIN_LENGTH) return undefined;
  let sum = 0;
  for (let index = 0; index < VIN_LENGTH; index += 1) {
    if (index === CHECK_DIGIT_INDEX) continue;
    const value = transliterate(vin17.charAt(index));
    if (value === undefined) return undefined;
    sum += value * (WEIGHTS[index] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/** The first character a VIN may not contain, 1-based, with its class. */
function findBadCharacter(text: string): VinError | undefined {
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (FORBIDDEN_LETTER.test(char)) {
      return vinInvalid({ reason: 'character', position: index + 1, kind: 'ioq' });
    }
    if (transliterate(char) === undefined) {
      return vinInvalid({ reason: 'character', position: index + 1, kind: 'other' });
    }
  }
  return undefined;
}

/**
 * Validates a VIN (车架号) under X-1: 17 characters, digits and letters
 * except I, O and Q, and a correct check digit at position 9 (see
 * {@link vinCheckDigit}; GB 16735 uses the same check digit, so Chinese-market
 * VINs validate too). Surrounding whitespace is trimmed and letters are
 * upper-cased before checking; the returned {@link Vin} is that normal form.
 * Strings longer than 64 characters are rejected before trimming.
 *
 * Checks run in order and the first failure is returned. Errors:
 * `vin_invalid` with `reason` `length` (a non-string has `length: null`),
 * `character` (1-based `position`, `kind` `ioq` or `other`) or `check_digit`
 * (`expected` and `actual` character at position 9). The error never contains
 * the VIN. Never throws.
 *
 * @param input - anything; only a string can be a VIN
 * @returns the normalised, branded VIN or a `vin_invalid` error
 * @example
 * ```ts
 * validateVin(' 1m8gdm9axkp042788 ')._unsafeUnwrap(); // '1M8GDM9AXKP042788'
 * validateVin('1M8GDM9AXKP0427O8')._unsafeUnwrapErr().data;
 * // { reason: 'character', position: 16, kind: 'ioq' }
 * ```
 * @category shared
 * @see X-1
 */
export function validateVin(input: unknown): Result<Vin, VinError> {
  if (typeof input !== 'string') return err(vinInvalid({ reason: 'length', length: null }));
  if (input.length > MAX_VIN_INPUT_LENGTH) {
    return err(vinInvalid({ reason: 'length', length: reportedLength(input.length) }));
  }
  const text = input.trim();
  if (text.length !== VIN_LENGTH) {
    return err(vinInvalid({ reason: 'length', length: reportedLength(text.length) }));
  }
  const badCharacter = findBadCharacter(text);
  if (badCharacter) return err(badCharacter);
  // Safe to upper-case now: every character is an ASCII letter or digit.
  const vin = text.toUpperCase();
  const expected = vinCheckDigit(vin);
  const actual = vin.charAt(CHECK_DIGIT_INDEX);
  if (expected !== undefined && expected !== actual) {
    return err(vinInvalid({ reason: 'check_digit', position: 9, expected, actual }));
  }
  return ok(vin as Vin);
}

/**
 * A zod mini schema for a VIN: a string of at most 64 characters that
 * {@link validateVin} accepts, parsed to the normalised {@link Vin}. A
 * rejection is a `custom` issue whose `params.reason` is the validator's
 * reason (`length`, `character`, `check_digit`), reported by `parseWith` as
 * the issue's `reason`. Errors (through `parseWith`): `validation_failed`.
 *
 * @example
 * ```ts
 * import { parseWith, VinSchema } from 'aftersales/shared';
 * parseWith(VinSchema, 'jh4ka7561pc008269', 'X-1')._unsafeUnwrap(); // 'JH4KA7561PC008269'
 * ```
 * @category shared
 * @see X-1
 */
export const VinSchema = validatorSchema(validateVin, MAX_VIN_INPUT_LENGTH);
