import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/shared/i18n';
import { MobilePhoneSchema, validateMobilePhone } from '../../src/shared/mobile-phone';
import { parseWith } from '../../src/shared/validation';
import { MAX_REPORTED_LENGTH } from '../../src/shared/validator-errors';
import { validatorMessages } from '../../src/shared/validator-messages';

function dataOf(input: unknown) {
  return validateMobilePhone(input)._unsafeUnwrapErr().data;
}

const validPhone = fc
  .tuple(
    fc.constantFrom(...'3456789'),
    fc.array(fc.constantFrom(...'0123456789'), { minLength: 9, maxLength: 9 }),
  )
  .map(([second, rest]) => `1${second}${rest.join('')}`);

describe('validateMobilePhone', () => {
  it.each([
    '13812345678',
    '+86 138 1234 5678',
    '+8613812345678',
    '0086-138-1234-5678',
    '86 13812345678',
    ' 199 9999 0000 ',
    '138　1234　5678',
  ])('accepts %s and normalises it to 11 digits', (input) => {
    const phone = validateMobilePhone(input)._unsafeUnwrap();
    expect(phone).toMatch(/^1[3-9][0-9]{9}$/);
    expect(phone).toBe(input.replace(/[^0-9]/g, '').slice(-11));
  });

  it('accepts every generated mainland number with any of the prefixes', () => {
    fc.assert(
      fc.property(validPhone, fc.constantFrom('', '+86', '0086', '86', '+86 '), (phone, prefix) => {
        expect(validateMobilePhone(`${prefix}${phone}`)._unsafeUnwrap()).toBe(phone);
      }),
    );
  });

  it.each([
    ['12812345678', { reason: 'prefix', part: 'leading_digits' }],
    ['23812345678', { reason: 'prefix', part: 'leading_digits' }],
    ['+44 7700 900123', { reason: 'prefix', part: 'country_code' }],
    ['1381234567', { reason: 'length', length: 10 }],
    ['138123456789', { reason: 'length', length: 12 }],
    ['861381234567', { reason: 'length', length: 12 }],
    ['', { reason: 'length', length: 0 }],
    ['1381234567a', { reason: 'non_digit' }],
    ['(138)12345678', { reason: 'non_digit' }],
    ['１３８１２３４５６７８', { reason: 'non_digit' }],
    ['1'.repeat(1_000_000), { reason: 'length', length: MAX_REPORTED_LENGTH }],
  ])('rejects %s with the exact reason', (input, data) => {
    expect(dataOf(input)).toEqual(data);
  });

  it('never throws on hostile input and reports non-strings as not_a_string', () => {
    for (const input of [null, undefined, 13812345678, {}, [], JSON.parse('{"__proto__":1}')]) {
      expect(dataOf(input)).toEqual({ reason: 'not_a_string' });
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        expect(() => validateMobilePhone(input)).not.toThrow();
      }),
    );
  });

  it('§1.2(7) errors and their messages never contain the rejected number', () => {
    for (const input of ['12812345678', '1381234567', '1381234567a', '+44 7700 900123']) {
      const error = validateMobilePhone(input)._unsafeUnwrapErr();
      expect(error.clause).toBeUndefined();
      for (const text of [
        JSON.stringify(error),
        formatError(error, 'en', validatorMessages),
        formatError(error, 'zh-CN', validatorMessages),
      ]) {
        expect(text).not.toContain(input.slice(3, 8));
      }
    }
  });

  it('renders phone messages in zh-CN and en', () => {
    const error = validateMobilePhone('1381234567')._unsafeUnwrapErr();
    expect(formatError(error, 'en', validatorMessages)).toBe(
      'Mobile number must have 11 digits (got 10)',
    );
    expect(formatError(error, 'zh-CN', validatorMessages)).toBe(
      '手机号必须为 11 位数字（实际 10 位）',
    );
  });
});

describe('MobilePhoneSchema', () => {
  it('parses to the normalised number and reports the validator reason', () => {
    expect(parseWith(MobilePhoneSchema, '+86 138 1234 5678')._unsafeUnwrap()).toBe('13812345678');
    const error = parseWith(MobilePhoneSchema, '12812345678')._unsafeUnwrapErr();
    expect(error.data.issues).toEqual([
      { path: '', reason: 'prefix', detail: 'Mobile number must start with 13–19' },
    ]);
  });

  it('rejects hostile input without throwing', () => {
    for (const input of [null, 42, {}, [], '1'.repeat(1_000_000), JSON.parse('{"__proto__":1}')]) {
      expect(parseWith(MobilePhoneSchema, input).isErr()).toBe(true);
    }
  });
});
