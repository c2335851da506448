import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/shared/i18n';
import { parseWith } from '../../src/shared/validation';
import { MAX_REPORTED_LENGTH } from '../../src/shared/validator-errors';
import { validatorMessages } from '../../src/shared/validator-messages';
import { VinSchema, validateVin, vinCheckDigit } from '../../src/shared/vin';

const ALLOWED = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';

// An independent transliteration (49 CFR 565.15 table 3), to judge the code under test.
const VALUES: Record<string, number> = Object.fromEntries([
  ...[...'0123456789'].map((c, i) => [c, i] as const),
  ...[...'ABCDEFGH'].map((c, i) => [c, i + 1] as const),
  ...[...'JKLMN'].map((c, i) => [c, i + 1] as const),
  ['P', 7] as const,
  ['R', 9] as const,
  ...[...'STUVWXYZ'].map((c, i) => [c, i + 2] as const),
]);

/** A valid VIN: 16 free characters, position 9 filled with the computed check digit. */
const validVin = fc
  .array(fc.constantFrom(...ALLOWED), { minLength: 17, maxLength: 17 })
  .map((chars) => {
    const draft = chars.join('');
    return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
  });

function replaceAt(text: string, index: number, char: string): string {
  return `${text.slice(0, index)}${char}${text.slice(index + 1)}`;
}

describe('validateVin', () => {
  // Published examples: 1M8GDM9AXKP042788 (Wikipedia "Vehicle identification number",
  // check-digit worked example), 11111111111111111 (the classic all-ones test VIN),
  // 1HGCM82633A004352 (2003 Honda Accord) and JH4KA7561PC008269 (1993 Acura Legend),
  // widely used as decoder test fixtures.
  it.each(['1M8GDM9AXKP042788', '11111111111111111', '1HGCM82633A004352', 'JH4KA7561PC008269'])(
    'X-1 accepts the published valid VIN %s',
    (vin) => {
      expect(validateVin(vin)._unsafeUnwrap()).toBe(vin);
      expect(vinCheckDigit(vin)).toBe(vin.charAt(8));
    },
  );

  // Chinese-market VINs (GB 16735 uses the same check digit). The WMIs are real
  // assignments — LFV FAW-Volkswagen, LSV SAIC Volkswagen, LRW Tesla Shanghai,
  // LGX BYD, LSG SAIC-GM — while the VDS/VIS are synthetic; each check digit was
  // computed with an independent Python implementation of the GB 16735 / 49 CFR 565
  // table and weights, not with the code under test.
  it.each([
    'LFV2A21K963000001',
    'LSVAG2186E2100001',
    'LRW3E7EK1PC000001',
    'LGXC16DF3RA000001',
    'LSGPC52U3AF000001',
    'LSGPC52UXAF000013',
  ])('X-1 accepts the Chinese-market (GB 16735) VIN %s', (vin) => {
    expect(validateVin(vin).isOk()).toBe(true);
  });

  it('X-1 trims surrounding whitespace and accepts lower case, returning upper case', () => {
    expect(validateVin('  1m8gdm9axkp042788\n')._unsafeUnwrap()).toBe('1M8GDM9AXKP042788');
  });

  it('X-1 rejects a VIN whose check digit is wrong, naming expected and actual', () => {
    const error = validateVin('1M8GDM9A5KP042788')._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'vin_invalid',
      clause: 'X-1',
      data: { reason: 'check_digit', position: 9, expected: 'X', actual: '5' },
    });
  });

  it.each([
    ['', 0],
    ['1M8GDM9AXKP04278', 16],
    ['1M8GDM9AXKP0427888', 18],
    ['x'.repeat(1_000_000), MAX_REPORTED_LENGTH],
    // Over 64 characters is rejected before trimming, so the padding counts.
    [`${' '.repeat(40)}1M8GDM9AXKP042788${' '.repeat(40)}`, 97],
  ])('X-1 rejects a VIN of the wrong length with the (capped) length', (input, length) => {
    expect(validateVin(input)._unsafeUnwrapErr().data).toEqual({ reason: 'length', length });
  });

  it('X-1 rejects I, O and Q with their 1-based position', () => {
    fc.assert(
      fc.property(
        validVin,
        fc.integer({ min: 0, max: 16 }),
        fc.constantFrom('I', 'O', 'Q', 'i', 'o', 'q'),
        (vin, index, letter) => {
          expect(validateVin(replaceAt(vin, index, letter))._unsafeUnwrapErr().data).toEqual({
            reason: 'character',
            position: index + 1,
            kind: 'ioq',
          });
        },
      ),
    );
  });

  it.each([
    ['1M8GDM9AXKP04278-', 17],
    ['1M8GDM9A KP042788', 9],
    ['ßM8GDM9AXKP042788', 1],
    ['1M8GDM9AXKP04278８', 17],
  ])('X-1 rejects another invalid character with its position (%#)', (input, position) => {
    expect(validateVin(input)._unsafeUnwrapErr().data).toEqual({
      reason: 'character',
      position,
      kind: 'other',
    });
  });

  it('X-1 accepts every generated valid VIN, in upper and lower case', () => {
    fc.assert(
      fc.property(validVin, (vin) => {
        expect(validateVin(vin)._unsafeUnwrap()).toBe(vin);
        expect(validateVin(vin.toLowerCase())._unsafeUnwrap()).toBe(vin);
      }),
    );
  });

  it('X-1 rejects a single substitution that breaks the check digit with reason check_digit', () => {
    fc.assert(
      fc.property(
        validVin,
        fc.integer({ min: 0, max: 16 }),
        fc.constantFrom(...ALLOWED),
        (vin, index, char) => {
          fc.pre(vin.charAt(index) !== char);
          const mutated = replaceAt(vin, index, char);
          const result = validateVin(mutated);
          const recomputed = vinCheckDigit(mutated);
          if (index === 8 || recomputed !== vin.charAt(8)) {
            expect(result._unsafeUnwrapErr().data).toEqual({
              reason: 'check_digit',
              position: 9,
              expected: recomputed,
              actual: mutated.charAt(8),
            });
          } else {
            // Only a character with the same transliterated value (e.g. 1 ↔ A ↔ J) survives:
            // every weight except position 9's is non-zero modulo 11.
            expect(VALUES[char]).toBe(VALUES[vin.charAt(index)]);
            expect(result.isOk()).toBe(true);
          }
        },
      ),
    );
  });

  it('X-1 never throws on hostile input and reports non-strings as length null', () => {
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      {},
      [],
      Symbol('vin'),
      () => '1M8GDM9AXKP042788',
      JSON.parse('{"__proto__":1}'),
      ['1M8GDM9AXKP042788'],
    ];
    for (const input of inputs) {
      expect(validateVin(input)._unsafeUnwrapErr().data).toEqual({
        reason: 'length',
        length: null,
      });
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        expect(() => validateVin(input)).not.toThrow();
      }),
    );
  });

  it('§1.2(7) X-1 errors and their messages never contain the rejected VIN', () => {
    const inputs = [
      '1M8GDM9A5KP042788',
      '1M8GDM9AXKP0427O8',
      '1M8GDM9AXKP04278',
      'LSVAG2181E2100001',
    ];
    for (const input of inputs) {
      const error = validateVin(input)._unsafeUnwrapErr();
      const texts = [
        JSON.stringify(error),
        formatError(error, 'en', validatorMessages),
        formatError(error, 'zh-CN', validatorMessages),
      ];
      for (const text of texts) expect(text).not.toContain(input.slice(10));
    }
  });

  it('X-1 renders length and check-digit messages in zh-CN and en', () => {
    const short = validateVin('1M8GDM9AXKP04278')._unsafeUnwrapErr();
    expect(formatError(short, 'en', validatorMessages)).toBe(
      'VIN must be 17 characters (got 16) (X-1)',
    );
    expect(formatError(short, 'zh-CN', validatorMessages)).toBe(
      '车架号（VIN）必须为 17 位（实际 16 位）（X-1）',
    );
    const huge = validateVin('1'.repeat(500))._unsafeUnwrapErr();
    expect(formatError(huge, 'en', validatorMessages)).toContain('got 100 or more');
    const check = validateVin('1M8GDM9A5KP042788')._unsafeUnwrapErr();
    expect(formatError(check, 'zh-CN', validatorMessages)).toBe(
      '车架号（VIN）第 9 位校验位应为 X，实际为 5（X-1）',
    );
    const ioq = validateVin('1M8GDM9AXKP0427O8')._unsafeUnwrapErr();
    expect(formatError(ioq, 'en', validatorMessages)).toBe(
      'VIN character 16 is I, O or Q, which VINs never use (X-1)',
    );
  });
});

describe('vinCheckDigit', () => {
  it('X-1 computes the check digit regardless of position 9, and X for remainder 10', () => {
    expect(vinCheckDigit('1M8GDM9A?KP042788')).toBe('X');
    expect(vinCheckDigit('1hgcm826?3a004352')).toBe('3');
  });

  it('X-1 returns undefined for wrong lengths and forbidden characters', () => {
    expect(vinCheckDigit('1M8GDM9AXKP04278')).toBeUndefined();
    expect(vinCheckDigit('1M8GDM9AXKP0427Q8')).toBeUndefined();
    expect(vinCheckDigit(42 as unknown as string)).toBeUndefined();
  });
});

describe('VinSchema', () => {
  it('X-1 parses to the normalised VIN', () => {
    expect(parseWith(VinSchema, ' jh4ka7561pc008269 ')._unsafeUnwrap()).toBe('JH4KA7561PC008269');
  });

  it('X-1 reports the validator reason and message, never the value', () => {
    const error = parseWith(VinSchema, '1M8GDM9A5KP042788', 'X-1')._unsafeUnwrapErr();
    expect(error.clause).toBe('X-1');
    expect(error.data.issues).toEqual([
      {
        path: '',
        reason: 'check_digit',
        detail: "VIN check digit (position 9) should be 'X' but is '5'",
      },
    ]);
  });

  it('X-1 rejects non-strings and over-long strings without throwing', () => {
    for (const input of [null, 42, {}, 'x'.repeat(1_000_000), JSON.parse('{"__proto__":1}')]) {
      expect(parseWith(VinSchema, input).isErr()).toBe(true);
    }
  });
});
