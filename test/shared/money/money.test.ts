import { describe, expect, it } from 'vitest';
import { createMoney, MoneySchema, parseMoney, zeroMoney } from '../../../src/shared/money/money';

const hostile: readonly [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['an object', {}],
  ['an array', []],
  ['a symbol', Symbol('x')],
  ['a boolean', true],
  ['a function', () => 1],
];

describe('createMoney', () => {
  it('canonicalises amounts to at least the minor digits, never exponent notation', () => {
    expect(createMoney('12.5')._unsafeUnwrap()).toEqual({ amount: '12.50', currency: 'CNY' });
    expect(createMoney('-0')._unsafeUnwrap().amount).toBe('0.00');
    expect(createMoney('-0.000')._unsafeUnwrap().amount).toBe('0.00');
    expect(createMoney('007.10')._unsafeUnwrap().amount).toBe('7.10');
    expect(createMoney('1.123400')._unsafeUnwrap().amount).toBe('1.1234');
    expect(createMoney('0.000000000001')._unsafeUnwrap().amount).toBe('0.000000000001');
    expect(createMoney('9999999999999999999999')._unsafeUnwrap().amount).toBe(
      '9999999999999999999999.00',
    );
    expect(createMoney('12.5', 'JPY')._unsafeUnwrap()).toEqual({ amount: '12.5', currency: 'JPY' });
    expect(createMoney('12', 'JPY')._unsafeUnwrap().amount).toBe('12');
  });

  it('reads finite numbers and bigints exactly through their decimal text', () => {
    expect(createMoney(0.1)._unsafeUnwrap().amount).toBe('0.10');
    expect(createMoney(-3)._unsafeUnwrap().amount).toBe('-3.00');
    expect(createMoney(123n, 'USD')._unsafeUnwrap()).toEqual({ amount: '123.00', currency: 'USD' });
  });

  it('returns frozen data that survives a JSON round trip unchanged', () => {
    const value = createMoney('12.5')._unsafeUnwrap();
    expect(Object.isFrozen(value)).toBe(true);
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it('rejects NaN and Infinity as not finite', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(createMoney(value)._unsafeUnwrapErr()).toEqual({
        code: 'money_invalid_amount',
        data: { reason: 'not_finite' },
      });
    }
  });

  it.each([
    '1e3',
    '12.3.4',
    '',
    ' 1',
    '1 ',
    '+1',
    '1,000.00',
    '.5',
    '5.',
    'NaN',
    'Infinity',
    '0x10',
    '１２',
    '12345678901234567890123',
    '0.1234567890123',
    '1'.repeat(1_000_000),
  ])('rejects the string %# as not a decimal', (value) => {
    expect(createMoney(value)._unsafeUnwrapErr().data).toEqual({ reason: 'not_decimal' });
  });

  it('rejects numbers that need exponent notation', () => {
    expect(createMoney(1e21)._unsafeUnwrapErr().data).toEqual({ reason: 'not_decimal' });
    expect(createMoney(1e-7)._unsafeUnwrapErr().data).toEqual({ reason: 'not_decimal' });
  });

  it.each(hostile)('rejects %s as the wrong type without throwing', (_, value) => {
    const result = createMoney(value as string);
    expect(result._unsafeUnwrapErr()).toEqual({
      code: 'money_invalid_amount',
      data: { reason: 'wrong_type' },
    });
  });

  it('rejects an unknown currency, keeping only a short prefix of it', () => {
    expect(createMoney('1', 'XYZ' as 'CNY')._unsafeUnwrapErr()).toEqual({
      code: 'money_unknown_currency',
      data: { currency: 'XYZ' },
    });
    const long = createMoney('1', 'Q'.repeat(1_000_000) as 'CNY')._unsafeUnwrapErr();
    expect(long.data).toEqual({ currency: 'Q'.repeat(16) });
    expect(createMoney('1', null as unknown as 'CNY')._unsafeUnwrapErr().data).toEqual({
      currency: null,
    });
  });
});

describe('parseMoney', () => {
  it('parses stored money and canonicalises the amount', () => {
    const result = parseMoney(JSON.parse('{"amount":"99.9","currency":"CNY","note":"x"}'));
    expect(result._unsafeUnwrap()).toEqual({ amount: '99.90', currency: 'CNY' });
    expect(Object.isFrozen(result._unsafeUnwrap())).toBe(true);
  });

  it('accepts every amount the arithmetic can produce (12 decimals, up to ±10^22)', () => {
    expect(parseMoney({ amount: '0.000000000001', currency: 'CNY' }).isOk()).toBe(true);
    expect(parseMoney({ amount: '-10000000000000000000000', currency: 'CNY' }).isOk()).toBe(true);
  });

  it('rejects amounts beyond ±10^22 with an out_of_range issue', () => {
    const error = parseMoney({ amount: '10000000000000000000000.01', currency: 'CNY' });
    expect(error._unsafeUnwrapErr().data.issues).toEqual([
      expect.objectContaining({ path: 'amount', reason: 'out_of_range' }),
    ]);
  });

  it.each([
    ['a numeric amount', { amount: 12.5, currency: 'CNY' }],
    ['an exponent', { amount: '1e3', currency: 'CNY' }],
    ['two dots', { amount: '12.3.4', currency: 'CNY' }],
    ['an empty amount', { amount: '', currency: 'CNY' }],
    ['a leading space', { amount: ' 1', currency: 'CNY' }],
    ['a huge amount', { amount: '9'.repeat(1_000_000), currency: 'CNY' }],
    ['an unknown currency', { amount: '1.00', currency: 'XYZ' }],
    ['a missing currency', { amount: '1.00' }],
    ['a __proto__ key', JSON.parse('{"__proto__":{"amount":"1"},"currency":"CNY"}')],
    ['null', null],
    ['an array', []],
    ['a symbol', Symbol('money')],
    ['a string', '12.50 CNY'],
  ])('rejects %s with validation_failed, never throwing', (_, input) => {
    const result = parseMoney(input);
    expect(result.isErr()).toBe(true);
    expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it('names the field at fault', () => {
    const issues = parseMoney({ amount: '1.00', currency: 'XYZ' })._unsafeUnwrapErr().data.issues;
    expect(issues.map((issue) => issue.path)).toEqual(['currency']);
  });

  it('matches MoneySchema', () => {
    expect(MoneySchema.safeParse({ amount: '1', currency: 'USD' }).data).toEqual({
      amount: '1.00',
      currency: 'USD',
    });
  });
});

describe('zeroMoney', () => {
  it('is zero at the currency minor digits, CNY by default', () => {
    expect(zeroMoney()).toEqual({ amount: '0.00', currency: 'CNY' });
    expect(zeroMoney('JPY')).toEqual({ amount: '0', currency: 'JPY' });
  });
});
