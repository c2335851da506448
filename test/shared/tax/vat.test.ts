import { describe, expect, it } from 'vitest';
import { splitVat, VatSplitSchema } from '../../../src/shared/tax/vat';
import { defaultVatConfig, type VatConfig } from '../../../src/shared/tax/vat-config';
import { parseWith } from '../../../src/shared/validation';
import { money } from '../money/helpers';

const exclusive: VatConfig = { ...defaultVatConfig, pricesIncludeVat: false };
const amounts = (split: {
  net: { amount: string };
  vat: { amount: string };
  gross: { amount: string };
}) => [split.net.amount, split.vat.amount, split.gross.amount];

describe('splitVat', () => {
  it('REG-7 splits a tax-inclusive 113.00 at the default 13 % into net 100.00 and VAT 13.00', () => {
    const split = splitVat(money('113.00'))._unsafeUnwrap();
    expect(split).toEqual({
      net: { amount: '100.00', currency: 'CNY' },
      vat: { amount: '13.00', currency: 'CNY' },
      gross: { amount: '113.00', currency: 'CNY' },
      rate: '0.13',
      basis: 'inclusive',
    });
  });

  it('REG-7 adds 13 % to a tax-exclusive 100.00: VAT 13.00, gross 113.00', () => {
    const split = splitVat(money('100.00'), exclusive)._unsafeUnwrap();
    expect(amounts(split)).toEqual(['100.00', '13.00', '113.00']);
    expect(split.basis).toBe('exclusive');
  });

  it('REG-7 uses a configured rate such as 6 %', () => {
    const six: VatConfig = { ...defaultVatConfig, rate: '0.06' };
    expect(amounts(splitVat(money('106.00'), six)._unsafeUnwrap())).toEqual([
      '100.00',
      '6.00',
      '106.00',
    ]);
    expect(
      amounts(splitVat(money('100.00'), { ...six, pricesIncludeVat: false })._unsafeUnwrap()),
    ).toEqual(['100.00', '6.00', '106.00']);
    expect(splitVat(money('106.00'), six)._unsafeUnwrap().rate).toBe('0.06');
  });

  it('REG-7 §3.5(2) rounds the VAT once and derives the other amount exactly', () => {
    // 99.99 × 0.13 / 1.13 = 11.5033…: VAT 11.50, and net is 99.99 − 11.50, not rounded on its own.
    expect(amounts(splitVat(money('99.99'))._unsafeUnwrap())).toEqual(['88.49', '11.50', '99.99']);
    // 0.01 × 0.13 / 1.13 = 0.00115…: VAT rounds to zero, the whole cent is net.
    expect(amounts(splitVat(money('0.01'))._unsafeUnwrap())).toEqual(['0.01', '0.00', '0.01']);
    // 10.01 × 0.13 / 1.13 = 1.15159…
    expect(amounts(splitVat(money('10.01'))._unsafeUnwrap())).toEqual(['8.86', '1.15', '10.01']);
  });

  it('REG-7 applies the configured rounding mode at the VAT rounding point', () => {
    // 0.50 × 0.13 = 0.065 exactly: a tie.
    const tie = money('0.50');
    expect(splitVat(tie, exclusive)._unsafeUnwrap().vat.amount).toBe('0.07');
    expect(splitVat(tie, { ...exclusive, rounding: 'half-even' })._unsafeUnwrap().vat.amount).toBe(
      '0.06',
    );
    expect(splitVat(tie, { ...exclusive, rounding: 'down' })._unsafeUnwrap().vat.amount).toBe(
      '0.06',
    );
    expect(
      splitVat(money('0.01'), { ...defaultVatConfig, rounding: 'up' })._unsafeUnwrap().vat.amount,
    ).toBe('0.01');
  });

  it('REG-7 decides an exact tie in a tax-inclusive split by the rounding mode', () => {
    // 0.12 × 0.6 / 1.6 = 0.045 exactly.
    const config: VatConfig = { ...defaultVatConfig, rate: '0.6' };
    expect(amounts(splitVat(money('0.12'), config)._unsafeUnwrap())).toEqual([
      '0.07',
      '0.05',
      '0.12',
    ]);
    const even = splitVat(money('0.12'), { ...config, rounding: 'half-even' })._unsafeUnwrap();
    expect(amounts(even)).toEqual(['0.08', '0.04', '0.12']);
    const refund = splitVat(money('-0.12'), config)._unsafeUnwrap();
    expect(amounts(refund)).toEqual(['-0.07', '-0.05', '-0.12']);
  });

  it('REG-7 splits refunds symmetrically and handles zero and a zero rate', () => {
    expect(amounts(splitVat(money('-113.00'))._unsafeUnwrap())).toEqual([
      '-100.00',
      '-13.00',
      '-113.00',
    ]);
    expect(amounts(splitVat(money('0'))._unsafeUnwrap())).toEqual(['0.00', '0.00', '0.00']);
    expect(
      amounts(splitVat(money('50.00'), { ...defaultVatConfig, rate: '0' })._unsafeUnwrap()),
    ).toEqual(['50.00', '0.00', '50.00']);
  });

  it('REG-7 rounds to the currency minor units (whole yen for JPY)', () => {
    expect(amounts(splitVat(money('1130', 'JPY'))._unsafeUnwrap())).toEqual([
      '1000',
      '130',
      '1130',
    ]);
    expect(amounts(splitVat(money('1000', 'JPY'))._unsafeUnwrap())).toEqual(['885', '115', '1000']);
  });

  it('REG-7 refuses an amount that is not yet rounded to minor units', () => {
    expect(splitVat(money('113.005'))._unsafeUnwrapErr()).toEqual({
      code: 'vat_amount_not_rounded',
      clause: 'REG-7',
      data: { currency: 'CNY', minorUnits: 2 },
    });
    expect(splitVat(money('1.5', 'JPY'), exclusive)._unsafeUnwrapErr().code).toBe(
      'vat_amount_not_rounded',
    );
  });

  it.each([
    [{ rate: '0.13%' }, 'rate'],
    [{ rate: '1' }, 'rate'],
    [{ rate: '1.13' }, 'rate'],
    [{ rate: '-0.13' }, 'rate'],
    [{ rate: 0.13 }, 'rate'],
    [{ rounding: 'nearest' }, 'rounding'],
    [{ pricesIncludeVat: 'yes' }, 'pricesIncludeVat'],
  ])('REG-7 refuses a hand-built config %j with vat_config_invalid', (patch, field) => {
    const config = { ...defaultVatConfig, ...patch } as VatConfig;
    expect(() => splitVat(money('1.00'), config)).not.toThrow();
    expect(splitVat(money('1.00'), config)._unsafeUnwrapErr()).toEqual({
      code: 'vat_config_invalid',
      clause: 'REG-7',
      data: { field },
    });
  });

  it('reports a tax-exclusive gross beyond ±10^22 as money_out_of_range', () => {
    expect(splitVat(money('9999999999999999999999.00'), exclusive)._unsafeUnwrapErr().code).toBe(
      'money_out_of_range',
    );
  });

  it('REG-7 returns frozen, JSON-safe splits that VatSplitSchema accepts', () => {
    const split = splitVat(money('113.00'))._unsafeUnwrap();
    expect(Object.isFrozen(split)).toBe(true);
    const copy = JSON.parse(JSON.stringify(split));
    expect(copy).toEqual(split);
    expect(VatSplitSchema.safeParse(copy).data).toEqual(split);
  });
});

describe('VatSplitSchema', () => {
  const cny = (amount: string) => ({ amount, currency: 'CNY' });
  const base = {
    net: cny('100.00'),
    vat: cny('13.00'),
    gross: cny('113.00'),
    rate: '0.13',
    basis: 'inclusive',
  };

  it('§3.5(2) rejects a stored split that does not reconcile', () => {
    const result = parseWith(VatSplitSchema, { ...base, gross: cny('113.01') });
    expect(result._unsafeUnwrapErr().data.issues).toEqual([
      expect.objectContaining({ path: '', reason: 'not_reconciled' }),
    ]);
  });

  it('rejects mixed currencies, bad rates and bad bases', () => {
    expect(
      VatSplitSchema.safeParse({ ...base, vat: { amount: '13.00', currency: 'USD' } }).success,
    ).toBe(false);
    expect(VatSplitSchema.safeParse({ ...base, rate: '13%' }).success).toBe(false);
    expect(VatSplitSchema.safeParse({ ...base, basis: 'gross' }).success).toBe(false);
    expect(VatSplitSchema.safeParse(null).success).toBe(false);
  });
});
