import { describe, expect, it } from 'vitest';
import {
  parseDiscountRule,
  parsePriceListVersion,
  parseQuote,
  parseQuoteRequest,
} from '../../src/pricing/index';
import { AT, cny, rawVersion } from './fixtures';

const issues = (result: {
  _unsafeUnwrapErr(): { data: { issues: readonly { path: string; reason: string }[] } };
}) => result._unsafeUnwrapErr().data.issues.map((issue) => `${issue.path}:${issue.reason}`);

const validRequest = {
  id: 'q_1',
  at: AT,
  currency: 'CNY',
  vehicleClass: 'B',
  lines: [{ kind: 'part', partNumber: 'P-1', quantity: '1' }],
};

describe('parsing pricing input', () => {
  it('§5.1(2) a negative or zero quantity is rejected', () => {
    for (const quantity of ['-1', '0', '0.000', '1e3', 1]) {
      const result = parseQuoteRequest({
        ...validRequest,
        lines: [{ kind: 'part', partNumber: 'P-1', quantity }],
      });
      expect(result.isErr()).toBe(true);
    }
  });

  it('§5.1(2) unknown line kinds, missing lines and unknown currencies are rejected', () => {
    expect(parseQuoteRequest({ ...validRequest, lines: [] }).isErr()).toBe(true);
    expect(
      parseQuoteRequest({ ...validRequest, lines: [{ kind: 'gift', quantity: '1' }] }).isErr(),
    ).toBe(true);
    expect(issues(parseQuoteRequest({ ...validRequest, currency: 'XXX' }))).toEqual([
      'currency:invalid_value',
    ]);
  });

  it('§5.3(4) a malformed coupon is rejected', () => {
    const coupon = {
      id: 'rule_c',
      name: 'Coupon',
      priority: 0,
      stacking: 'combinable',
      scope: { kind: 'order' },
      benefit: { kind: 'fixed', amount: cny('10.00') },
      condition: {
        type: 'coupon',
        code: 'SPRING',
        validFrom: '2026-02-01T00:00:00.000Z',
        validTo: '2026-01-01T00:00:00.000Z',
        perCustomerLimit: 1,
        overallLimit: 10,
      },
    };
    expect(issues(parseDiscountRule(coupon))).toEqual(['condition:window_reversed']);
    expect(
      parseDiscountRule({
        ...coupon,
        condition: { ...coupon.condition, code: 'has space' },
      }).isErr(),
    ).toBe(true);
    expect(
      parseDiscountRule({
        ...coupon,
        condition: { ...coupon.condition, validTo: '2026-03-01', perCustomerLimit: 0 },
      }).isErr(),
    ).toBe(true);
    expect(
      parseQuoteRequest({
        ...validRequest,
        coupons: [{ code: 'SPRING', usedByCustomer: -1, usedOverall: 0 }],
      }).isErr(),
    ).toBe(true);
  });

  it('§5.3(2) a bulk rule needs a quantity or fleet criterion', () => {
    const bulk = {
      id: 'rule_b',
      name: 'Bulk',
      priority: 0,
      stacking: 'combinable',
      scope: { kind: 'order' },
      benefit: { kind: 'percentage', rate: '0.1' },
      condition: { type: 'bulk' },
    };
    expect(issues(parseDiscountRule(bulk))).toEqual(['condition:criterion_missing']);
    expect(
      parseDiscountRule({ ...bulk, benefit: { kind: 'percentage', rate: '1.5' } }).isErr(),
    ).toBe(true);
  });

  it('§5.1(3) negative prices and costs are rejected', () => {
    const version = rawVersion();
    const items = version.items as Record<string, unknown>[];
    const bad = { ...version, items: [{ ...items[2], cost: cny('-1.00') }] };
    expect(issues(parsePriceListVersion(bad))).toEqual(['items.0.cost:negative']);
  });

  it('§5.2(3) parse functions never throw on hostile input', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      'x'.repeat(100_000),
      Symbol('s'),
      [],
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { ...validRequest, vehicleClass: 'B'.repeat(10_000) },
      { ...validRequest, lines: Array.from({ length: 6000 }, () => validRequest.lines[0]) },
    ];
    for (const input of hostile) {
      expect(parseQuoteRequest(input).isErr()).toBe(true);
      expect(parsePriceListVersion(input).isErr()).toBe(true);
      expect(parseDiscountRule(input).isErr()).toBe(true);
      expect(parseQuote(input).isErr()).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('§5.1(2) a valid request parses with canonical money', () => {
    const parsed = parseQuoteRequest({
      ...validRequest,
      lines: [
        {
          kind: 'fee',
          feeCode: 'F-1',
          quantity: '2',
          override: {
            name: 'x',
            unitPrice: { amount: '5', currency: 'CNY' },
            reason: 'agreed',
            auditEntryId: 'aud_1',
          },
        },
      ],
    });
    expect(parsed._unsafeUnwrap().lines[0]?.override?.unitPrice).toEqual(cny('5.00'));
  });
});
