import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateLicencePlate } from '../../src/shared/licence-plate';
import {
  maskEmail,
  maskField,
  maskIdCardNumber,
  maskLicencePlate,
  maskMobilePhone,
  maskPersonName,
  maskVin,
} from '../../src/shared/mask';
import { MASKABLE_FIELDS, type MaskableField } from '../../src/shared/maskable-fields';
import { validateMobilePhone } from '../../src/shared/mobile-phone';
import { validateVin, vinCheckDigit } from '../../src/shared/vin';

const MASKERS = [
  maskMobilePhone,
  maskPersonName,
  maskVin,
  maskLicencePlate,
  maskIdCardNumber,
  maskEmail,
] as const;

const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('1', '3', '8', 'X', ' ', '-', '+', '\uD800', '😀', '张') }),
);

function head(text: string, n: number): string {
  return Array.from(text).slice(0, n).join('');
}

function tail(text: string, n: number): string {
  return n === 0 ? '' : Array.from(text).slice(-n).join('');
}

/**
 * True when `out` is `source` with only an allowed head and tail visible and
 * at least one star between them: the hidden middle can never appear.
 */
function isMaskOf(out: string, sources: readonly string[], keep: readonly [number, number]) {
  const shapes = [keep, [0, 2], [0, 0]] as const;
  return sources.some((source) =>
    shapes.some(([start, end]) => {
      const visibleHead = head(source, start);
      const visibleTail = tail(source, end);
      if (!out.startsWith(visibleHead) || !out.endsWith(visibleTail)) return false;
      const middle = out.slice(visibleHead.length, out.length - visibleTail.length);
      return middle.length >= 1 && /^\*+$/.test(middle);
    }),
  );
}

describe('maskMobilePhone', () => {
  it('§1.2(7) §11.3 masks a mainland number as 138****5678, whatever its formatting', () => {
    expect(maskMobilePhone('13812345678')).toBe('138****5678');
    expect(maskMobilePhone('+86 138 1234 5678')).toBe('138****5678');
    expect(maskMobilePhone('0086-138-1234-5678')).toBe('138****5678');
    expect(maskMobilePhone(13812345678)).toBe('138****5678');
  });

  it('§1.2(7) §11.3 never shows digits 4–7 of a valid number', () => {
    const phone = fc
      .array(fc.constantFrom(...'0123456789'), { minLength: 9, maxLength: 9 })
      .map((digits) => `15${digits.join('')}`);
    fc.assert(
      fc.property(phone, fc.constantFrom('', '+86 ', '0086'), (p, prefix) => {
        const out = maskMobilePhone(`${prefix}${p}`);
        expect(out).toBe(`${p.slice(0, 3)}****${p.slice(7)}`);
      }),
    );
  });

  it('§1.2(7) §11.3 masks odd input: first 3 and last 4 from 11 characters, else all but 2', () => {
    expect(maskMobilePhone('1381234567')).toBe('********67');
    expect(maskMobilePhone('12345')).toBe('***45');
    expect(maskMobilePhone('1234')).toBe('****');
    expect(maskMobilePhone('010-8888-7777 ext 12')).toBe('010*************t 12');
    // At most 16 stars, so the output does not reveal how long odd input was.
    expect(maskMobilePhone('abc'.repeat(20))).toBe(`abc${'*'.repeat(16)}cabc`);
  });

  it('§1.2(7) §11.3 odd phone output keeps at most the allowed ends of any string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = maskMobilePhone(s);
        if (s.trim() === '') {
          expect(out).toBe('');
          return;
        }
        const valid = validateMobilePhone(s);
        const sources = valid.isOk() ? [valid.value, s.trim()] : [s.trim()];
        expect(isMaskOf(out, sources, [3, 4])).toBe(true);
      }),
    );
  });

  it('§1.2(7) §11.3 counts surrogate pairs as one character and never splits them', () => {
    expect(maskMobilePhone('😀'.repeat(12))).toBe(`${'😀'.repeat(3)}*****${'😀'.repeat(4)}`);
    expect(maskMobilePhone('\uD800'.repeat(12))).toBe(
      `${'\uD800'.repeat(3)}*****${'\uD800'.repeat(4)}`,
    );
  });
});

describe('maskPersonName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['John Smith', 'J*** S****'],
    ['  John   F  Kennedy ', 'J*** * K******'],
    ['张', '*'],
    ['阿卜杜拉·买买提', '阿*******'],
    ['', ''],
  ])('§1.2(7) §11.3 masks %s as %s', (input, masked) => {
    expect(maskPersonName(input)).toBe(masked);
  });

  it('§1.2(7) §11.3 keeps at most the first character of each word', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = maskPersonName(s);
        const words = s.trim() === '' ? [] : s.trim().split(/\s+/);
        if (s.trim().length > 128) {
          expect(out).toBe(`${head(s.trim(), 1)}***`);
          return;
        }
        const outWords = out === '' ? [] : out.split(' ');
        expect(outWords).toHaveLength(words.length);
        outWords.forEach((word, i) => {
          const rest = word === '*' ? word : word.slice(head(words[i] ?? '', 1).length);
          expect(word.startsWith(head(words[i] ?? '', 1)) || word === '*').toBe(true);
          expect(rest).toMatch(/^\*+$/);
        });
      }),
    );
  });
});

describe('maskVin', () => {
  it('§1.2(7) §11.3 keeps the last 6 characters of a VIN', () => {
    expect(maskVin('1HGCM82633A004352')).toBe('***********004352');
    expect(maskVin(' 1hgcm82633a004352 ')).toBe('***********004352');
  });

  it('§1.2(7) §11.3 never shows the first 11 characters of a valid VIN', () => {
    const vin = fc
      .array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPRSTUVWXYZ'), {
        minLength: 17,
        maxLength: 17,
      })
      .map((chars) => {
        const draft = chars.join('');
        return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
      });
    fc.assert(
      fc.property(vin, (v) => {
        expect(maskVin(v)).toBe(`${'*'.repeat(11)}${v.slice(11)}`);
      }),
    );
  });

  it('§1.2(7) §11.3 VIN output keeps at most the allowed ends of any string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = maskVin(s);
        if (s.trim() === '') {
          expect(out).toBe('');
          return;
        }
        const valid = validateVin(s);
        const sources = valid.isOk() ? [valid.value] : [s.trim()];
        expect(isMaskOf(out, sources, [0, 6])).toBe(true);
      }),
    );
  });
});

describe('maskLicencePlate', () => {
  it.each([
    ['粤B12345', '粤B***45'],
    ['粤B·12345', '粤B***45'],
    ['粤BD12345', '粤B****45'],
    ['粤B12345D', '粤B****5D'],
    ['ABC', '***'],
  ])('§1.2(7) §11.3 masks %s as %s', (input, masked) => {
    expect(maskLicencePlate(input)).toBe(masked);
  });

  it('§1.2(7) §11.3 plate output keeps at most the allowed ends of any string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = maskLicencePlate(s);
        if (s.trim() === '') {
          expect(out).toBe('');
          return;
        }
        const valid = validateLicencePlate(s);
        const sources = valid.isOk() ? [valid.value] : [s.trim()];
        expect(isMaskOf(out, sources, [2, 2])).toBe(true);
      }),
    );
  });
});

describe('maskIdCardNumber', () => {
  it('§1.2(7) §11.3 keeps the first 3 and last 4 of a resident ID number', () => {
    expect(maskIdCardNumber('11010519491231123X')).toBe('110***********123X');
    expect(maskIdCardNumber('11010519491231123x')).toBe('110***********123X');
    expect(maskIdCardNumber('110105491231002')).toBe('110********1002');
    expect(maskIdCardNumber('E12345678')).toBe('*******78');
  });

  it('§1.2(7) §11.3 never shows the birth date and sequence of an 18-digit number', () => {
    const id = fc
      .tuple(
        fc.array(fc.constantFrom(...'0123456789'), { minLength: 17, maxLength: 17 }),
        fc.constantFrom(...'0123456789X'),
      )
      .map(([digits, check]) => `${digits.join('')}${check}`);
    fc.assert(
      fc.property(id, (n) => {
        expect(maskIdCardNumber(n)).toBe(`${n.slice(0, 3)}${'*'.repeat(11)}${n.slice(14)}`);
      }),
    );
  });

  it('§1.2(7) §11.3 ID output keeps at most the allowed ends of any string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = maskIdCardNumber(s);
        if (s.trim() === '') {
          expect(out).toBe('');
          return;
        }
        expect(isMaskOf(out, [s.trim(), s.trim().toUpperCase()], [3, 4])).toBe(true);
      }),
    );
  });
});

describe('maskEmail', () => {
  it.each([
    ['zhang@example.com', 'z***@example.com'],
    ['z@example.com', '***@example.com'],
    ['张三@例子.中国', '张***@例子.中国'],
    ['not-an-email', '**********il'],
    ['@example.com', '**********om'],
    ['zhang@', '****g@'],
  ])('§1.2(7) §11.3 masks %s as %s', (input, masked) => {
    expect(maskEmail(input)).toBe(masked);
  });
});

describe('maskField', () => {
  it.each([
    ['name', '张三', '张*'],
    ['mobilePhone', '13812345678', '138****5678'],
    ['idCardNumber', '11010519491231123X', '110***********123X'],
    ['vin', '1HGCM82633A004352', '***********004352'],
    ['licencePlate', '粤B12345', '粤B***45'],
    ['email', 'zhang@example.com', 'z***@example.com'],
  ] as const)('§11.3 dispatches %s to its masker', (field, value, masked) => {
    expect(maskField(field, value)).toBe(masked);
  });

  it('§11.3 lists every field and hides everything for an unknown field', () => {
    expect([...MASKABLE_FIELDS].sort()).toEqual(
      ['email', 'idCardNumber', 'licencePlate', 'mobilePhone', 'name', 'vin'].sort(),
    );
    expect(maskField('__proto__' as MaskableField, '13812345678')).toBe('***');
    expect(maskField('toString' as MaskableField, '13812345678')).toBe('***');
    expect(maskField(42 as unknown as MaskableField, '13812345678')).toBe('***');
  });
});

describe('every masker', () => {
  it('§1.2(7) §11.3 never throws and always returns a string, for any value', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      Number.NaN,
      10n,
      true,
      {},
      [],
      Symbol('x'),
      () => 'x',
      JSON.parse('{"__proto__":1}'),
      {
        toString() {
          throw new Error('boom');
        },
      },
      '\uD800',
      '\uDC00\uD800',
      '😀😀😀😀😀😀😀😀😀😀😀😀',
      '1'.repeat(1_000_000),
    ];
    for (const mask of MASKERS) {
      for (const value of hostile) expect(typeof mask(value)).toBe('string');
      fc.assert(
        fc.property(fc.oneof(anyString, fc.anything()), (value) => {
          expect(typeof mask(value)).toBe('string');
        }),
      );
    }
  });

  it('§1.2(7) §11.3 gives "" for null, "***" for non-text, and bounded output for huge input', () => {
    for (const mask of MASKERS) {
      expect(mask(null)).toBe('');
      expect(mask(undefined)).toBe('');
      expect(mask({})).toBe('***');
      expect(mask('x'.repeat(1_000_000)).length).toBeLessThanOrEqual(24);
    }
  });

  it('§1.2(7) §11.3 never returns non-empty input unchanged', () => {
    fc.assert(
      fc.property(
        anyString.filter((s) => s.trim() !== '' && !s.includes('*')),
        (s) => {
          for (const mask of MASKERS) expect(mask(s)).not.toBe(s);
        },
      ),
    );
  });
});
