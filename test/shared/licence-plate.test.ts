import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/shared/i18n';
import {
  LicencePlateSchema,
  licencePlateKind,
  validateLicencePlate,
} from '../../src/shared/licence-plate';
import { parseWith } from '../../src/shared/validation';
import { MAX_REPORTED_LENGTH } from '../../src/shared/validator-errors';
import { validatorMessages } from '../../src/shared/validator-messages';

const PROVINCES = [...'京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'];

function dataOf(input: unknown) {
  return validateLicencePlate(input)._unsafeUnwrapErr().data;
}

describe('validateLicencePlate', () => {
  it.each([
    ['京A12345', '京A12345', 'ordinary'],
    ['粤B·12345', '粤B12345', 'ordinary'],
    ['沪a-d1234', '沪AD1234', 'ordinary'],
    ['京A1234学', '京A1234学', 'ordinary'],
    ['粤Z1234港', '粤Z1234港', 'ordinary'],
    ['鲁B1234挂', '鲁B1234挂', 'ordinary'],
    ['粤BD12345', '粤BD12345', 'new-energy-small'],
    ['粤B·D12345', '粤BD12345', 'new-energy-small'],
    ['沪AF12345', '沪AF12345', 'new-energy-small'],
    ['沪A F1234 5', '沪AF12345', 'new-energy-small'],
    ['浙AA12345', '浙AA12345', 'new-energy-small'],
    ['川AKZ1234', '川AKZ1234', 'new-energy-small'],
    ['粤B12345D', '粤B12345D', 'new-energy-large'],
    ['苏E12345k', '苏E12345K', 'new-energy-large'],
  ] as const)('X-1 accepts %s as %s (%s)', (input, normal, kind) => {
    const plate = validateLicencePlate(input)._unsafeUnwrap();
    expect(plate).toBe(normal);
    expect(licencePlateKind(plate)).toBe(kind);
  });

  it('X-1 accepts every one of the 31 province abbreviations', () => {
    for (const province of PROVINCES) {
      expect(validateLicencePlate(`${province}A12345`).isOk()).toBe(true);
    }
    expect(PROVINCES).toHaveLength(31);
  });

  it.each([['XA12345'], ['港A12345'], ['AA12345'], ['😀A12345']])(
    'X-1 rejects %s: the first character is not a mainland province',
    (input) => {
      expect(dataOf(input)).toEqual({ reason: 'province' });
    },
  );

  it.each([['京I12345'], ['京O12345'], ['京112345'], ['京学12345']])(
    'X-1 rejects %s: bad issuing-authority letter',
    (input) => {
      expect(dataOf(input)).toEqual({ reason: 'authority_letter' });
    },
  );

  it.each([
    ['京A1234O', 7, 'letter_digit_or_suffix'],
    ['京AI2345', 3, 'letter_or_digit'],
    ['京A12学45', 5, 'letter_or_digit'],
    ['粤BL12345', 3, 'energy_letter'],
    ['粤BDO2345', 4, 'letter_or_digit'],
    ['粤BD1234A', 8, 'digit'],
    ['粤B1234DD', 7, 'digit'],
    ['粤B12345L', 8, 'energy_letter'],
    ['粤B12345学', 8, 'energy_letter'],
  ] as const)('X-1 rejects %s at serial position %i (expected %s)', (input, position, expected) => {
    expect(dataOf(input)).toEqual({ reason: 'serial', position, expected });
  });

  it.each([
    ['', 0],
    ['京A1234', 6],
    ['京A·1234', 6],
    ['粤BD123456', 9],
    ['x'.repeat(1_000_000), MAX_REPORTED_LENGTH],
  ])('X-1 rejects the wrong length (%#)', (input, length) => {
    expect(dataOf(input)).toEqual({ reason: 'length', length });
  });

  it('X-1 never throws on hostile input and reports non-strings as length null', () => {
    for (const input of [null, undefined, 42, {}, [], JSON.parse('{"__proto__":1}'), Symbol()]) {
      expect(dataOf(input)).toEqual({ reason: 'length', length: null });
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        expect(() => validateLicencePlate(input)).not.toThrow();
      }),
    );
  });

  it('X-1 accepts generated plates of each kind and their normal form is idempotent', () => {
    const letter = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ');
    const serialChar = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789');
    const digit = fc.constantFrom(...'0123456789');
    const energy = fc.constantFrom(...'ABCDEFGHJK');
    const province = fc.constantFrom(...PROVINCES);
    const ordinary = fc.tuple(
      province,
      letter,
      fc.array(serialChar, { minLength: 5, maxLength: 5 }),
    );
    const small = fc.tuple(
      province,
      letter,
      energy,
      serialChar,
      fc.array(digit, { minLength: 4, maxLength: 4 }),
    );
    const large = fc.tuple(
      province,
      letter,
      fc.array(digit, { minLength: 5, maxLength: 5 }),
      energy,
    );
    const plate = fc.oneof(
      ordinary.map((parts) => parts.flat().join('')),
      small.map((parts) => parts.flat().join('')),
      large.map((parts) => parts.flat().join('')),
    );
    fc.assert(
      fc.property(plate, (text) => {
        const normal = validateLicencePlate(text.toLowerCase())._unsafeUnwrap();
        expect(normal).toBe(text);
        expect(validateLicencePlate(normal)._unsafeUnwrap()).toBe(normal);
      }),
    );
  });

  it('§1.2(7) X-1 errors and their messages never contain the rejected plate', () => {
    for (const input of ['京A1234O', '京I12345', 'XA12345', '粤BD123456', '粤BL12345']) {
      const error = validateLicencePlate(input)._unsafeUnwrapErr();
      for (const text of [
        JSON.stringify(error),
        formatError(error, 'en', validatorMessages),
        formatError(error, 'zh-CN', validatorMessages),
      ]) {
        expect(text).not.toContain(input.slice(2));
      }
    }
  });

  it('X-1 renders plate messages in zh-CN and en', () => {
    const error = validateLicencePlate('京A1234')._unsafeUnwrapErr();
    expect(formatError(error, 'en', validatorMessages)).toBe(
      'Licence plate must have 7 characters, or 8 for a new-energy plate (got 6) (X-1)',
    );
    expect(formatError(error, 'zh-CN', validatorMessages)).toBe(
      '车牌号必须为 7 位（新能源车牌 8 位）（实际 6 位）（X-1）',
    );
    const serial = validateLicencePlate('粤BD1234A')._unsafeUnwrapErr();
    expect(formatError(serial, 'zh-CN', validatorMessages)).toBe('车牌号第 8 位必须是数字（X-1）');
  });
});

describe('LicencePlateSchema', () => {
  it('X-1 parses to the normalised plate and reports the validator reason', () => {
    expect(parseWith(LicencePlateSchema, '沪A F12345')._unsafeUnwrap()).toBe('沪AF12345');
    const error = parseWith(LicencePlateSchema, 'XA12345', 'X-1')._unsafeUnwrapErr();
    expect(error.data.issues.map((issue) => issue.reason)).toEqual(['province']);
  });

  it('X-1 rejects hostile input without throwing', () => {
    for (const input of [null, 42, {}, [], 'x'.repeat(1_000_000), JSON.parse('{"__proto__":1}')]) {
      expect(parseWith(LicencePlateSchema, input).isErr()).toBe(true);
    }
  });
});
