import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuoteRequestLine } from '../../src/pricing/index';
import { reconcileStatement } from '../../src/repair-order/reconcile-statement';
import { brakeEstimate, cny, quoteOf } from './fixtures';

const codes: QuoteRequestLine[] = [
  { kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' },
  { kind: 'labour', opCode: 'OP-OIL', quantity: '1' },
  { kind: 'part', partNumber: 'P-OIL', quantity: '1' },
  { kind: 'part', partNumber: 'P-FILTER', quantity: '1' },
  { kind: 'fee', feeCode: 'F-DISPOSAL', quantity: '1' },
];

describe('reconcileStatement', () => {
  it('§3.5(2) a quote from pricing reconciles to the cent', () => {
    expect(reconcileStatement(brakeEstimate()).isOk()).toBe(true);
  });

  it('§3.5(2) names the first broken identity', () => {
    const statement = brakeEstimate();
    const check = (changed: object) =>
      reconcileStatement({ ...statement, ...changed } as typeof statement)._unsafeUnwrapErr().data
        .check;
    expect(check({ subtotal: cny('1.00') })).toBe('subtotal');
    expect(check({ discountTotal: cny('1.00') })).toBe('discount-total');
    expect(check({ total: cny('1.00') })).toBe('total');
    expect(check({ total: { amount: '620.001', currency: 'CNY' } })).toBe('rounding');
    expect(check({ total: { amount: '620.00', currency: 'USD' } })).toBe('currency');
    expect(check({ vat: { ...statement.vat, net: cny('1.00') } })).toBe('vat-split');
    expect(check({ vat: { ...statement.vat, basis: 'exclusive' } })).toBe('vat-basis');
    const [first, ...rest] = statement.lines;
    if (first === undefined) throw new Error('fixture');
    expect(check({ lines: [{ ...first, amount: cny('1.00') }, ...rest] })).toBe('line-1');
  });

  it('§3.5(2) REG-2 property: every statement pricing produces for any mix of lines reconciles exactly', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...codes.keys()), { minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 5, maxLength: 5 }),
        (picked, quantities) => {
          const lines = picked.map(
            (index) =>
              ({
                ...codes[index],
                quantity: String((quantities[index] ?? 1) / 100),
              }) as QuoteRequestLine,
          );
          expect(reconcileStatement(quoteOf(lines)).isOk()).toBe(true);
        },
      ),
    );
  });
});
