import { validateLicencePlate } from './licence-plate';
import type { MaskableField } from './maskable-fields';
import { validateMobilePhone } from './mobile-phone';
import { validateVin } from './vin';

const STAR = '*';
// Odd input is never shown with more stars than this, so output length stays bounded.
const MAX_STARS = 16;
// Returned for values that are not text at all (objects, booleans, symbols…).
const OPAQUE = '***';
// Names longer than this are not names; only their first character is kept.
const MAX_NAME_LENGTH = 128;
// RFC 5321 caps an address path at 254; longer "emails" are masked as odd input.
const MAX_EMAIL_LENGTH = 254;
const ID_CARD_18 = /^[0-9]{17}[0-9Xx]$/;

/** Text to mask: strings as given, numbers as written; `undefined` when there is no text. */
function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return '';
  return undefined;
}

/** Counts code points (a lone surrogate counts as one), stopping at `cap`. */
function countCodePoints(text: string, cap: number): number {
  let count = 0;
  for (const _ of text) {
    count += 1;
    if (count >= cap) break;
  }
  return count;
}

function headCodePoints(text: string, n: number): string {
  let out = '';
  let taken = 0;
  for (const char of text) {
    if (taken >= n) break;
    out += char;
    taken += 1;
  }
  return out;
}

/** The last `n` code points; a surrogate pair is one, a lone surrogate is one too. */
function tailCodePoints(text: string, n: number): string {
  let start = text.length;
  for (let taken = 0; taken < n && start > 0; taken += 1) {
    const low = text.charCodeAt(start - 1);
    const high = text.charCodeAt(start - 2); // NaN before the start, which fails both tests
    start -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
  }
  return text.slice(start);
}

function stars(n: number): string {
  return STAR.repeat(Math.max(0, Math.min(n, MAX_STARS)));
}

/** Text too short for its format: all but the last 2 hidden, or everything if under 5. */
function maskShort(text: string): string {
  const length = countCodePoints(text, MAX_STARS + 2);
  return length < 5 ? stars(length) : stars(length - 2) + tailCodePoints(text, 2);
}

/**
 * Keeps `keepStart` and `keepEnd` code points when the text has at least
 * `minLength`, with one star per hidden character (at most MAX_STARS);
 * shorter text falls back to maskShort.
 */
function maskEnds(text: string, keepStart: number, keepEnd: number, minLength: number): string {
  const length = countCodePoints(text, minLength + MAX_STARS);
  if (length < minLength) return maskShort(text);
  const hidden = stars(length - keepStart - keepEnd);
  return headCodePoints(text, keepStart) + hidden + tailCodePoints(text, keepEnd);
}

/**
 * Masks a mobile number (手机号) as `138****5678` (§1.2(7), §11.3). Input is
 * normalised like {@link validateMobilePhone} first (`+86 138-1234-5678`
 * masks the same). Other text keeps at most its first 3 and last 4
 * characters when it has 11 or more, otherwise all but the last 2 (everything
 * when shorter than 5). Numbers are read as their digits, `null`/`undefined`
 * give `''`, other non-text gives `***`. Never throws; no error codes.
 *
 * @param value - anything
 * @returns the masked text; `''` only for empty input
 * @example
 * ```ts
 * maskMobilePhone('+86 138 1234 5678'); // '138****5678'
 * maskMobilePhone('12345'); // '***45'
 * ```
 * @category shared
 * @see §1.2(7)
 * @see §11.3.1–§11.3.4
 */
export function maskMobilePhone(value: unknown): string {
  const valid = validateMobilePhone(value);
  const text = valid.isOk() ? valid.value : toText(value);
  return text === undefined ? OPAQUE : maskEnds(text, 3, 4, 11);
}

/**
 * Masks a person's name (姓名): each word keeps its first character and
 * every other character becomes `*` (`张三` → `张*`, `欧阳娜娜` → `欧***`,
 * `John Smith` → `J*** S****`; at most 16 stars per word); a one-character
 * word is fully hidden.
 * Whitespace between words collapses to one space. Text longer than 128
 * characters keeps only its first character, followed by `***`. Never throws;
 * no error codes.
 *
 * @param value - anything; non-text gives `***`, `null`/`undefined` give `''`
 * @returns the masked name
 * @example
 * ```ts
 * maskPersonName('欧阳娜娜'); // '欧***'
 * maskPersonName('John Smith'); // 'J*** S****'
 * ```
 * @category shared
 * @see §1.2(7)
 * @see §11.3.1–§11.3.4
 */
export function maskPersonName(value: unknown): string {
  const text = toText(value);
  if (text === undefined) return OPAQUE;
  if (text.length > MAX_NAME_LENGTH) return headCodePoints(text, 1) + OPAQUE;
  if (text === '') return '';
  return text
    .split(/\s+/)
    .map((word) => {
      const length = countCodePoints(word, MAX_NAME_LENGTH);
      return length <= 1 ? STAR : headCodePoints(word, 1) + stars(length - 1);
    })
    .join(' ');
}

/**
 * Masks a VIN (车架号), keeping the last 6 characters:
 * `***********123456`. A valid VIN is normalised first (trimmed,
 * upper-cased); other text of 17 or more characters keeps its last 6,
 * shorter text all but the last 2 (everything when shorter than 5). Never
 * throws; no error codes.
 *
 * @param value - anything; non-text gives `***`, `null`/`undefined` give `''`
 * @returns the masked VIN
 * @example
 * ```ts
 * maskVin('1hgcm82633a004352'); // '***********004352'
 * ```
 * @category shared
 * @see §1.2(7)
 * @see §11.3.1–§11.3.4
 * @see X-1
 */
export function maskVin(value: unknown): string {
  const valid = validateVin(value);
  const text = valid.isOk() ? valid.value : toText(value);
  return text === undefined ? OPAQUE : maskEnds(text, 0, 6, 17);
}

/**
 * Masks a licence plate (车牌号), keeping the province, the authority letter
 * and the last 2 characters: `粤B12345` → `粤B***45`, `粤BD12345` →
 * `粤B****45`. A valid plate is normalised first (separators removed); other
 * text of 7 or more characters keeps its first 2 and last 2, shorter text all
 * but the last 2 (everything when shorter than 5). Never throws; no error codes.
 *
 * @param value - anything; non-text gives `***`, `null`/`undefined` give `''`
 * @returns the masked plate
 * @example
 * ```ts
 * maskLicencePlate('粤B·12345'); // '粤B***45'
 * ```
 * @category shared
 * @see §1.2(7)
 * @see §11.3.1–§11.3.4
 */
export function maskLicencePlate(value: unknown): string {
  const valid = validateLicencePlate(value);
  const text = valid.isOk() ? valid.value : toText(value);
  return text === undefined ? OPAQUE : maskEnds(text, 2, 2, 7);
}

/**
 * Masks a mainland resident identity card number (居民身份证号码), keeping
 * the first 3 and last 4 characters: `110***********123X`. A trailing `x` is
 * upper-cased. Other text of 15 or more characters (such as old 15-digit
 * cards) keeps its first 3 and last 4; shorter text all but the last 2
 * (everything when shorter than 5). Never throws; no error codes.
 *
 * @param value - anything; non-text gives `***`, `null`/`undefined` give `''`
 * @returns the masked number
 * @example
 * ```ts
 * maskIdCardNumber('11010519491231002x'); // '110***********002X'
 * ```
 * @category shared
 * @see §1.2(7)
 * @see §11.3.1–§11.3.4
 */
export function maskIdCardNumber(value: unknown): string {
  const raw = toText(value);
  if (raw === undefined) return OPAQUE;
  const text = ID_CARD_18.test(raw) ? raw.toUpperCase() : raw;
  return maskEnds(text, 3, 4, 15);
}

/**
 * Masks an email address, keeping the first character of the local part and
 * the whole domain: `zhang@example.com` → `z***@example.com` (a one-character
 * local part is fully hidden: `***@example.com`). Text without a local part
 * and a domain, or longer than 254 characters, is masked like other odd
 * input: all but the last 2 characters hidden. Never throws; no error codes.
 *
 * @param value - anything; non-text gives `***`, `null`/`undefined` give `''`
 * @returns the masked address
 * @example
 * ```ts
 * maskEmail('zhang@example.com'); // 'z***@example.com'
 * ```
 * @category shared
 * @see §1.2(7)
 * @see §11.3.1–§11.3.4
 */
export function maskEmail(value: unknown): string {
  const text = toText(value);
  if (text === undefined) return OPAQUE;
  const at = text.lastIndexOf('@');
  if (text.length > MAX_EMAIL_LENGTH || at <= 0 || at === text.length - 1) return maskShort(text);
  const local = text.slice(0, at);
  const visible = countCodePoints(local, 2) > 1 ? headCodePoints(local, 1) : '';
  return `${visible}${OPAQUE}${text.slice(at)}`;
}

const MASKERS: Readonly<Record<MaskableField, (value: unknown) => string>> = Object.freeze({
  name: maskPersonName,
  mobilePhone: maskMobilePhone,
  idCardNumber: maskIdCardNumber,
  vin: maskVin,
  licencePlate: maskLicencePlate,
  email: maskEmail,
});

/**
 * Masks one customer field with its masker, so that role-based rules can be
 * data (`{ field: 'mobilePhone', … }`). An unknown field name, possible only
 * from untyped callers, hides the whole value as `***`. Never throws; no
 * error codes.
 *
 * @param field - which masker to use
 * @param value - the value to mask, anything
 * @returns the masked text
 * @example
 * ```ts
 * maskField('mobilePhone', '13812345678'); // '138****5678'
 * maskField('name', '张三'); // '张*'
 * ```
 * @category shared
 * @see §1.2(7)
 * @see §11.3.1–§11.3.4
 */
export function maskField(field: MaskableField, value: unknown): string {
  if (typeof field !== 'string' || !Object.hasOwn(MASKERS, field)) return OPAQUE;
  return MASKERS[field](value);
}
