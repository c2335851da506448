import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateOrderDiscount,
  type DiscountRule,
  type PriceListVersion,
  type PricingConfig,
  parseDiscountRule,
  parsePriceListVersion,
  parsePricingConfig,
  parseQuote,
  parseQuoteRequest,
  type Quote,
  type QuoteRequest,
  quote,
} from '../../src/pricing/index';
import { AT, cny, goldCustomer } from './fixtures';

const units = (money: { amount: string }) => BigInt(money.amount.replace('.', ''));
const money = (cents: number | bigint) => {
  const value = BigInt(cents);
  const text = value.toString().padStart(3, '0');
  return cny(`${text.slice(0, -2)}.${text.slice(-2)}`);
};
const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);

const QUANTITIES = ['1', '2', '0.5', '1.25', '3.333', '10'] as const;
const RATES = ['0.05', '0.1', '0.333', '0.5', '0.9', '1'] as const;

const itemArb = (index: number) =>
  fc
    .record({
      kind: fc.constantFrom('labour', 'part', 'fee'),
      priceCents: fc.integer({ min: 1, max: 200_000 }),
      costPercent: fc.integer({ min: 0, max: 150 }),
      quotaHours: fc.constantFrom('0.1', '0.5', '1', '1.5', '2.25'),
      category: fc.constantFrom('maintenance', 'repair'),
    })
    .map(({ kind, priceCents, costPercent, quotaHours, category }) => {
      const cost = money(Math.floor((priceCents * costPercent) / 100));
      const base = { name: `Item ${index}`, category, cost };
      if (kind === 'labour') {
        return {
          kind,
          opCode: `OP-${index}`,
          vehicleClass: 'B',
          quotaHours,
          hourlyRate: money(priceCents),
          ...base,
        };
      }
      if (kind === 'part') {
        return {
          kind,
          partNumber: `P-${index}`,
          grade: 'oem',
          unit: 'pc',
          unitPrice: money(priceCents),
          ...base,
        };
      }
      return {
        kind,
        feeCode: `F-${index}`,
        feeType: 'materials',
        unit: 'job',
        unitPrice: money(priceCents),
        ...base,
      };
    });

const itemsArb = fc
  .integer({ min: 1, max: 8 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => itemArb(index))));

const conditionArb = fc.oneof(
  fc.constant({ type: 'membership', tiers: ['gold'] }),
  fc.constant({ type: 'membership', tiers: ['platinum'] }),
  fc.constant({ type: 'loyalty', minVisitCount: 5 }),
  fc.constant({ type: 'bulk', minQuantity: '2' }),
  fc.constant({ type: 'seasonal', from: '2026-03-01', to: '2026-03-31' }),
  fc.constantFrom('C1', 'C2').map((code) => ({
    type: 'coupon',
    code,
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2026-12-31T00:00:00.000Z',
    perCustomerLimit: 1,
    overallLimit: 10,
  })),
);

const ruleArb = (index: number) =>
  fc
    .record({
      priority: fc.integer({ min: 0, max: 3 }),
      stacking: fc.constantFrom('combinable', 'combinable', 'exclusive'),
      scope: fc.oneof(
        fc.constant({ kind: 'order' }),
        fc
          .subarray(['labour', 'part', 'fee'], { minLength: 1 })
          .map((itemKinds) => ({ kind: 'lines', itemKinds })),
        fc.constant({ kind: 'lines', categories: ['repair'] }),
      ),
      benefit: fc.oneof(
        fc.constantFrom(...RATES).map((rate) => ({ kind: 'percentage', rate })),
        fc
          .integer({ min: 1, max: 100_000 })
          .map((cents) => ({ kind: 'fixed', amount: money(cents) })),
      ),
      condition: conditionArb,
    })
    .map((fields) =>
      parseDiscountRule({ id: `rule_${index}`, name: `Rule ${index}`, ...fields })._unsafeUnwrap(),
    );

const rulesArb = fc
  .integer({ min: 0, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => ruleArb(index))));

interface Scenario {
  readonly version: PriceListVersion;
  readonly request: QuoteRequest;
  readonly rules: DiscountRule[];
  readonly config: PricingConfig;
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    items: itemsArb,
    rules: rulesArb,
    picks: fc.array(fc.record({ at: fc.nat(), quantity: fc.constantFrom(...QUANTITIES) }), {
      minLength: 1,
      maxLength: 10,
    }),
    marginRate: fc.constantFrom('0', '0.1', '0.25'),
    capRate: fc.constantFrom('0.1', '0.3', '1'),
    coupons: fc.subarray(['C1', 'C2']),
  })
  .map(({ items, rules, picks, marginRate, capRate, coupons }) => {
    const version = parsePriceListVersion({
      id: 'plv_p',
      priceListId: 'pl_p',
      version: 1,
      createdAt: AT,
      updatedAt: AT,
      status: 'published',
      currency: 'CNY',
      effectiveFrom: '2026-01-01',
      reviewedAt: AT,
      items,
      publications: [],
    })._unsafeUnwrap();
    const lines = picks.map(({ at, quantity }) => {
      const item = items[at % items.length] as unknown as Record<string, string>;
      const code = item.opCode ?? item.partNumber ?? item.feeCode;
      const key =
        item.kind === 'labour' ? 'opCode' : item.kind === 'part' ? 'partNumber' : 'feeCode';
      return { kind: item.kind, [key]: code, quantity };
    });
    const request = parseQuoteRequest({
      id: 'q_p',
      at: AT,
      currency: 'CNY',
      vehicleClass: 'B',
      lines,
      customer: goldCustomer,
      coupons: coupons.map((code) => ({ code, usedByCustomer: 0, usedOverall: 0 })),
    })._unsafeUnwrap();
    const config = parsePricingConfig({
      minimumMarginRate: marginRate,
      maxDiscountRate: capRate,
    })._unsafeUnwrap();
    return { version, request, rules, config };
  });

function priced({ version, request, rules, config }: Scenario): Quote {
  return quote(request, { priceLists: [version], rules, config })._unsafeUnwrap();
}

/** The floor of a line, recomputed independently in integer cents (rounded up). */
function floorOf(scenario: Scenario, line: Quote['lines'][number]): bigint {
  const requestLine = scenario.request.lines[line.lineNo - 1];
  const item = scenario.version.items.find((candidate) => candidate.name === line.name);
  if (item === undefined || requestLine === undefined) throw new Error('fixture mismatch');
  // cost (cents) × quantity (≤ 3 decimals) × (1 + margin (≤ 2 decimals)), scaled by 10^5.
  const [qWhole = '0', qFraction = ''] = requestLine.quantity.split('.');
  const quantity = BigInt(qWhole + qFraction.padEnd(3, '0'));
  const [, mFraction = ''] = scenario.config.minimumMarginRate.split('.');
  const margin = 100n + BigInt(mFraction.padEnd(2, '0').slice(0, 2));
  const scale = 100_000n;
  const floor = (units(item.cost) * quantity * margin + scale - 1n) / scale;
  const list = units(line.listAmount);
  return floor < list ? floor : list;
}

describe('pricing properties', () => {
  it('§5.1(2) §5.2(3) REG-7 totals reconcile to the cent: lines − discounts = net, net + VAT = gross', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = priced(scenario);
        const lists = result.lines.map((line) => units(line.listAmount));
        const discounts = result.lines.map((line) => units(line.discount));
        const amounts = result.lines.map((line) => units(line.amount));
        expect(sum(lists)).toBe(units(result.subtotal));
        expect(sum(discounts)).toBe(units(result.discountTotal));
        expect(sum(amounts)).toBe(units(result.total));
        expect(units(result.subtotal) - units(result.discountTotal)).toBe(units(result.total));
        expect(units(result.vat.net) + units(result.vat.vat)).toBe(units(result.vat.gross));
        expect(units(result.vat.gross)).toBe(units(result.total));
        for (const line of result.lines) {
          const { labour, material, transport } = line.components;
          expect(units(labour) + units(material) + units(transport)).toBe(units(line.listAmount));
          expect(units(line.listAmount) - units(line.discount)).toBe(units(line.amount));
        }
        expect(parseQuote(JSON.parse(JSON.stringify(result)))._unsafeUnwrap()).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });

  it('§5.3(1) order-level allocations add up exactly, per adjustment and per line', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = priced(scenario);
        const perLine = new Map<number, bigint>();
        for (const adjustment of result.adjustments) {
          const allocated = adjustment.allocations.map((allocation) => units(allocation.amount));
          expect(sum(allocated)).toBe(units(adjustment.amount));
          expect(units(adjustment.amount)).toBeLessThanOrEqual(units(adjustment.requested));
          for (const { lineNo, amount } of adjustment.allocations) {
            perLine.set(lineNo, (perLine.get(lineNo) ?? 0n) + units(amount));
          }
        }
        for (const line of result.lines)
          expect(perLine.get(line.lineNo) ?? 0n).toBe(units(line.discount));
        expect(sum(result.adjustments.map((a) => units(a.amount)))).toBe(
          units(result.discountTotal),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('§5.1(3) no line ends below its margin floor (cost × quantity × (1 + margin), or its list price)', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = priced(scenario);
        result.lines.forEach((line) => {
          expect(units(line.amount)).toBeGreaterThanOrEqual(floorOf(scenario, line));
          expect(units(line.amount)).toBeGreaterThanOrEqual(0n);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('§5.1(1) §5.3(1) the total discount never exceeds the cap (profit and customer balanced)', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = priced(scenario);
        const [, fraction = ''] = scenario.config.maxDiscountRate.split('.');
        const rate = scenario.config.maxDiscountRate.startsWith('1')
          ? 1000n
          : BigInt(fraction.padEnd(3, '0'));
        expect(units(result.discountTotal) * 1000n).toBeLessThanOrEqual(
          units(result.subtotal) * rate,
        );
        const clippedByCap = result.adjustments.some((a) => a.clipped.includes('discount_cap'));
        if (clippedByCap) {
          expect(units(result.subtotal) * rate - units(result.discountTotal) * 1000n).toBeLessThan(
            1000n,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('§5.3(1) shuffling the rule list never changes the result', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((scenario) =>
          fc.tuple(
            fc.constant(scenario),
            fc.shuffledSubarray(scenario.rules, { minLength: scenario.rules.length }),
          ),
        ),
        ([scenario, shuffled]) => {
          expect(priced({ ...scenario, rules: shuffled })).toEqual(priced(scenario));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('§5.3(1) allocateOrderDiscount shares add up exactly to the discount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (discount, weights) => {
          fc.pre(weights.some((weight) => weight > 0));
          const shares = allocateOrderDiscount(money(discount), weights.map(money))._unsafeUnwrap();
          expect(sum(shares.map(units))).toBe(BigInt(discount));
          weights.forEach((weight, index) => {
            if (weight === 0) expect(units(shares[index] ?? cny('1'))).toBe(0n);
          });
        },
      ),
    );
  });
});
