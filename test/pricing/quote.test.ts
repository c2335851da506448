import { describe, expect, it } from 'vitest';
import {
  defaultPricingConfig,
  indexPriceList,
  parsePricingConfig,
  quote,
} from '../../src/pricing/index';
import { AT, advisor, cny, manager, request, version } from './fixtures';

describe('quote', () => {
  it('§5.1(2) §4.1(2) REG-2 prices labour as quota hours × hourly rate and parts as quantity × unit price', () => {
    const result = quote(request(), { priceLists: [version()] })._unsafeUnwrap();
    expect(result.lines.map((line) => line.listAmount.amount)).toEqual([
      '100.00',
      '80.00',
      '294.75',
      '10.00',
    ]);
    expect(result.lines[0]?.basis).toEqual({
      kind: 'labour',
      quotaHours: '0.5',
      hourlyRate: cny('200.00'),
      quantity: '1',
    });
    expect(result.lines[2]?.basis).toEqual({
      kind: 'part',
      quantity: '4.5',
      unit: 'L',
      unitPrice: cny('65.50'),
    });
    expect(result.subtotal).toEqual(cny('484.75'));
    expect(result.total).toEqual(cny('484.75'));
    expect(result.discountTotal).toEqual(cny('0.00'));
  });

  it('§5.2(3) every line carries labour, material and transport components that add up to it', () => {
    const result = quote(request(), { priceLists: [version()] })._unsafeUnwrap();
    expect(result.lines[1]?.components).toEqual({
      labour: cny('0.00'),
      material: cny('75.00'),
      transport: cny('5.00'),
    });
    expect(result.lines[0]?.components.labour).toEqual(cny('100.00'));
  });

  it('REG-3 part lines show their grade; labour and fee lines have none', () => {
    const result = quote(request(), { priceLists: [version()] })._unsafeUnwrap();
    expect(result.lines.map((line) => line.grade)).toEqual([
      undefined,
      'oem',
      'aftermarket-brand',
      undefined,
    ]);
  });

  it('REG-7 splits VAT out of the tax-inclusive total to the cent', () => {
    const result = quote(request(), { priceLists: [version()] })._unsafeUnwrap();
    expect(result.vat).toMatchObject({
      gross: cny('484.75'),
      vat: cny('55.77'),
      net: cny('428.98'),
      rate: '0.13',
      basis: 'inclusive',
    });
  });

  it('REG-7 adds VAT on top when prices are configured tax-exclusive', () => {
    const config = parsePricingConfig({ vat: { pricesIncludeVat: false } })._unsafeUnwrap();
    const result = quote(request(), { priceLists: [version()], config })._unsafeUnwrap();
    expect(result.vat).toMatchObject({
      net: cny('484.75'),
      vat: cny('63.02'),
      gross: cny('547.77'),
    });
    expect(result.total).toEqual(cny('547.77'));
  });

  it('§5.1(2) rounds each line half-up to the cent and sums rounded lines', () => {
    const result = quote(
      request({ lines: [{ kind: 'part', partNumber: 'P-OIL', quantity: '0.333' }] }),
      { priceLists: [version()] },
    )._unsafeUnwrap();
    // 0.333 × 65.50 = 21.8115 → 21.81
    expect(result.lines[0]?.listAmount).toEqual(cny('21.81'));
    expect(result.total).toEqual(cny('21.81'));
  });

  it('§5.1(5) uses the published version in force at the dealer date of the quote instant', () => {
    const old = version({ id: 'plv_0', effectiveFrom: '2025-01-01', effectiveTo: '2026-02-28' });
    const current = version({ id: 'plv_1', effectiveFrom: '2026-03-01', effectiveTo: undefined });
    // 2026-02-28T16:30Z is already 2026-03-01 in Shanghai.
    const at = '2026-02-28T16:30:00.000Z';
    const result = quote(request({ at }), { priceLists: [old, current] })._unsafeUnwrap();
    expect(result.priceListVersionId).toBe('plv_1');
    const before = quote(request({ at: '2026-02-28T15:59:00.000Z' }), {
      priceLists: [old, current],
    })._unsafeUnwrap();
    expect(before.priceListVersionId).toBe('plv_0');
  });

  it('§5.1(5) an expired version is not in force: price_list_not_in_force', () => {
    const expired = version({ effectiveTo: '2026-02-01' });
    const error = quote(request(), { priceLists: [expired] })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'price_list_not_in_force', clause: '§5.1(5)' });
  });

  it('§5.2(3) a draft version never counts as disclosed', () => {
    const draft = version({ status: 'draft' });
    expect(quote(request(), { priceLists: [draft] })._unsafeUnwrapErr().code).toBe(
      'price_list_not_in_force',
    );
  });

  it('§5.2(3) an unknown op code is price_not_disclosed', () => {
    const error = quote(
      request({ lines: [{ kind: 'labour', opCode: 'OP-NOPE', quantity: '1' }] }),
      { priceLists: [version()] },
    )._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'price_not_disclosed',
      clause: '§5.2(3)',
      data: { lineNo: 1, itemKey: 'labour:OP-NOPE:B' },
    });
  });

  it('§4.1(2) labour is priced per vehicle class: the op code for another class is undisclosed', () => {
    const error = quote(request({ vehicleClass: 'C' }), {
      priceLists: [version()],
    })._unsafeUnwrapErr();
    expect(error.code).toBe('price_not_disclosed');
  });

  it('§5.2(3) a manager override charges an undisclosed item and records an audit entry', () => {
    const result = quote(
      request({
        lines: [
          {
            kind: 'fee',
            feeCode: 'F-TOOL',
            quantity: '2',
            override: {
              name: 'Special tool rental',
              unitPrice: cny('25.00'),
              reason: 'one-off tool rental agreed with the customer',
              auditEntryId: 'aud_1',
            },
          },
        ],
      }),
      { priceLists: [version()], actor: manager },
    )._unsafeUnwrap();
    expect(result.lines[0]).toMatchObject({
      basis: { kind: 'override', quantity: '2', unitPrice: cny('25.00') },
      listAmount: cny('50.00'),
      override: { auditEntryId: 'aud_1' },
    });
    expect(result.auditEntries).toEqual([
      {
        id: 'aud_1',
        at: AT,
        actorId: 'emp_mgr',
        action: 'override',
        subject: { type: 'quote', id: 'q_1' },
        reason: 'one-off tool rental agreed with the customer',
        clause: '§5.2(3)',
      },
    ]);
  });

  it('§5.2(3) §2.2.1(2)(3) an override by a service advisor is forbidden', () => {
    const lines = [
      {
        kind: 'fee',
        feeCode: 'F-TOOL',
        quantity: '1',
        override: {
          name: 'Tool',
          unitPrice: cny('25.00'),
          reason: 'agreed',
          auditEntryId: 'aud_1',
        },
      },
    ];
    const error = quote(request({ lines }), { priceLists: [version()], actor: advisor });
    expect(error._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      data: { capability: 'price-override.approve' },
    });
    expect(quote(request({ lines }), { priceLists: [version()] })._unsafeUnwrapErr().code).toBe(
      'forbidden',
    );
  });

  it('§5.2(3) an override on a listed item is rejected: the listed price applies', () => {
    const lines = [
      {
        kind: 'part',
        partNumber: 'P-FILTER',
        quantity: '1',
        override: { name: 'x', unitPrice: cny('1.00'), reason: 'agreed', auditEntryId: 'aud_1' },
      },
    ];
    const error = quote(request({ lines }), { priceLists: [version()], actor: manager });
    expect(error._unsafeUnwrapErr()).toMatchObject({
      code: 'validation_failed',
      data: { issues: [{ path: 'lines.0.override', reason: 'item_disclosed' }] },
    });
  });

  it('§5.1(5) a quote in another currency than the price list is currency_mismatch', () => {
    const error = quote(request({ currency: 'USD' }), {
      priceLists: [version()],
    })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'currency_mismatch', data: { left: 'USD', right: 'CNY' } });
  });

  it('§5.1(2) a non-positive quantity on typed input is quantity_invalid', () => {
    const bad = { ...request(), lines: [{ kind: 'part', partNumber: 'P-OIL', quantity: '-1' }] };
    const error = quote(bad as never, { priceLists: [version()] })._unsafeUnwrapErr();
    expect(error).toEqual({ code: 'quantity_invalid', clause: '§5.1(2)', data: { lineNo: 1 } });
  });

  it('§5.1(5) two published versions in force on one day are price_list_overlap', () => {
    const a = version({ id: 'plv_a' });
    const b = version({ id: 'plv_b' });
    expect(quote(request(), { priceLists: [b, a] })._unsafeUnwrapErr().code).toBe(
      'price_list_overlap',
    );
  });

  it('§5.2(3) accepts a reusable index and gives the same quote as the plain version', () => {
    const plain = version();
    const viaIndex = quote(request(), { priceLists: [indexPriceList(plain)] });
    expect(viaIndex._unsafeUnwrap()).toEqual(
      quote(request(), { priceLists: [plain] })._unsafeUnwrap(),
    );
  });

  it('§5.2(4) the quote is JSON-safe data and does not mutate its input', () => {
    const input = request();
    const frozen = JSON.stringify(input);
    const result = quote(input, { priceLists: [version()], config: defaultPricingConfig });
    expect(JSON.stringify(input)).toBe(frozen);
    const value = result._unsafeUnwrap();
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});
