// Chinese mobile numbers, optionally with the +86 / 86 country code.
const MOBILE = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/;
// Resident ID-card numbers: 17 digits and a digit or X check character.
const ID_CARD = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
const EMAIL = /[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/;
// Mainland plates: province character, issuing-office letter, then 5 (fuel) or
// 6 (NEV) upper-case letters and digits with at least one digit, so that text
// such as "新Model" (新 is also a province) is not taken for a plate.
const PLATE =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•]?(?=[A-Z]{0,5}\d)[A-Z0-9]{5,6}(?![A-Za-z0-9])/;
// A VIN is 17 characters without I, O, Q; requiring a letter and a digit keeps
// plain 17-digit numbers (order numbers) out of this pattern.
const VIN_TOKEN = /^(?=.*\d)(?=.*[A-Za-z])[A-HJ-NPR-Za-hj-npr-z0-9]{17}$/;

/**
 * Whether free text (an audit reason) seems to contain a customer's mobile
 * number, ID-card number, e-mail, licence plate or VIN. A best-effort guard
 * so that staff do not paste personal data into records meant to hold only
 * field names and ids; it cannot catch names.
 *
 * @example
 * ```ts
 * containsPersonalData('客户电话 138 1234 5678'); // true
 * containsPersonalData('工单 RO20240501000123 返工'); // false
 * ```
 * @category org
 * @see §1.2(7)
 * @internal
 */
export function containsPersonalData(text: string): boolean {
  // Staff write phone numbers as "138 1234 5678" or "138-1234-5678".
  const compact = text.replace(/[\s-]/g, '');
  if (MOBILE.test(compact) || ID_CARD.test(compact)) return true;
  if (EMAIL.test(text) || PLATE.test(compact)) return true;
  return (text.match(/[A-Za-z0-9]+/g) ?? []).some((token) => VIN_TOKEN.test(token));
}
