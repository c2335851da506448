import {
  type DiscountRule,
  type PriceListVersion,
  parseDiscountRule,
  parsePriceListVersion,
  parseQuoteRequest,
  type QuoteRequest,
} from 'aftersales/pricing';
import { centsText, createRandom, type Random } from '../lib/random';

/**
 * The quote workload: a 2,000-item price list (labour for four vehicle
 * classes, parts, fees), 20 discount rules of every kind (some apply, some
 * are rejected, margin floors and the 30 % cap clip others) and orders of a
 * given number of lines for a gold member with two coupons. All from a seed.
 */
export interface QuoteWorkload {
  readonly version: PriceListVersion;
  readonly rules: readonly DiscountRule[];
  readonly requests: ReadonlyMap<number, QuoteRequest>;
}

const CATEGORIES = ['maintenance', 'brakes', 'engine', 'electrical', 'body', 'tyres', 'ac', 'ev'];
const VEHICLE_CLASSES = ['A', 'B', 'C', 'D'];
const LABOUR_OPS = 150;
const PARTS = 1300;
const FEES = 100;
const AT = '2026-03-01T02:00:00.000Z';

const cny = (cents: number) => ({ amount: centsText(cents), currency: 'CNY' });
const zeroCny = cny(0);

function components(random: Random, kind: 'labour' | 'material' | 'transport', cents: number) {
  // One item in ten splits its price over two components (exercises the proportional split).
  if (kind === 'material' && random.chance(0.1)) {
    const transport = Math.floor(cents * 0.1);
    return { labour: zeroCny, material: cny(cents - transport), transport: cny(transport) };
  }
  return {
    labour: kind === 'labour' ? cny(cents) : zeroCny,
    material: kind === 'material' ? cny(cents) : zeroCny,
    transport: kind === 'transport' ? cny(cents) : zeroCny,
  };
}

function labourItems(random: Random): unknown[] {
  const items: unknown[] = [];
  for (let op = 0; op < LABOUR_OPS; op += 1) {
    const tenths = random.int(3, 60);
    const category = random.pick(CATEGORIES);
    for (const vehicleClass of VEHICLE_CLASSES) {
      const rate = random.int(180, 420) * 100;
      const unitCents = Math.round((tenths * rate) / 10);
      items.push({
        kind: 'labour',
        opCode: `OP-${op}`,
        vehicleClass,
        quotaHours: `${Math.floor(tenths / 10)}.${tenths % 10}`,
        hourlyRate: cny(rate),
        name: `Labour operation ${op}`,
        category,
        cost: cny(Math.floor(unitCents * (random.int(40, 70) / 100))),
        ...(random.chance(0.5) ? { components: components(random, 'labour', unitCents) } : {}),
      });
    }
  }
  return items;
}

function partItems(random: Random): unknown[] {
  return Array.from({ length: PARTS }, (_, n) => {
    const price = random.int(500, 300_000);
    return {
      kind: 'part',
      partNumber: `P-${n}`,
      grade: random.pick(['oem', 'oem', 'aftermarket-brand', 'refurbished']),
      unit: n % 10 === 0 ? 'L' : 'pc',
      unitPrice: cny(price),
      name: `Part ${n}`,
      category: random.pick(CATEGORIES),
      cost: cny(Math.floor(price * (random.int(35, 85) / 100))),
      components: components(random, 'material', price),
      ...(random.chance(0.3) ? { explanation: { 'zh-CN': '原厂配件', en: 'Genuine part' } } : {}),
    };
  });
}

function feeItems(random: Random): unknown[] {
  return Array.from({ length: FEES }, (_, n) => {
    const price = random.int(1_000, 20_000);
    const feeType = random.pick(['transport', 'materials', 'disposal'] as const);
    return {
      kind: 'fee',
      feeCode: `FEE-${n}`,
      feeType,
      unit: 'job',
      unitPrice: cny(price),
      name: `Fee ${n}`,
      category: 'maintenance',
      cost: cny(Math.floor(price * 0.5)),
      components: components(random, feeType === 'transport' ? 'transport' : 'material', price),
    };
  });
}

const percent = (rate: string) => ({ kind: 'percentage', rate });
const order = { kind: 'order' };
const categories = (...names: string[]) => ({ kind: 'lines', categories: names });
const gold = { type: 'membership', tiers: ['gold'] };

/** Twenty rules: every condition type, applied and rejected, percentages and fixed amounts. */
const RULE_SPECS: readonly Record<string, unknown>[] = [
  { priority: 100, scope: order, benefit: percent('0.05'), condition: gold },
  {
    priority: 95,
    scope: order,
    benefit: percent('0.1'),
    condition: { type: 'membership', tiers: ['silver'] },
  },
  {
    priority: 90,
    scope: categories('maintenance'),
    benefit: percent('0.08'),
    condition: { type: 'loyalty', minTenureMonths: 24 },
  },
  {
    priority: 85,
    scope: order,
    benefit: percent('0.05'),
    condition: { type: 'loyalty', minVisitCount: 50 },
  },
  {
    priority: 80,
    scope: { kind: 'lines', itemKinds: ['part'] },
    benefit: percent('0.03'),
    condition: { type: 'seasonal', from: '2026-02-15', to: '2026-03-31' },
  },
  {
    priority: 80,
    scope: order,
    benefit: percent('0.1'),
    condition: { type: 'seasonal', from: '2026-10-01', to: '2026-10-07' },
  },
  {
    priority: 75,
    scope: categories('tyres', 'brakes'),
    benefit: percent('0.04'),
    condition: { type: 'bulk', minQuantity: '8' },
  },
  {
    priority: 70,
    scope: order,
    benefit: { kind: 'fixed', amount: cny(5_000) },
    condition: {
      type: 'coupon',
      code: 'SPRING50',
      validFrom: '2026-02-01T00:00:00.000Z',
      validTo: '2026-04-01T00:00:00.000Z',
      minSpend: cny(20_000),
      perCustomerLimit: 1,
      overallLimit: 500,
    },
  },
  {
    priority: 70,
    scope: order,
    benefit: { kind: 'fixed', amount: cny(8_000) },
    condition: {
      type: 'coupon',
      code: 'WINTER80',
      validFrom: '2025-12-01T00:00:00.000Z',
      validTo: '2026-02-01T00:00:00.000Z',
      perCustomerLimit: 1,
      overallLimit: 500,
    },
  },
  {
    priority: 65,
    scope: order,
    benefit: { kind: 'fixed', amount: cny(3_000) },
    condition: {
      type: 'coupon',
      code: 'NOTSHOWN',
      validFrom: '2026-01-01T00:00:00.000Z',
      validTo: '2026-12-31T00:00:00.000Z',
      perCustomerLimit: 3,
      overallLimit: 1000,
    },
  },
  {
    priority: 60,
    scope: { kind: 'lines', itemKinds: ['fee'] },
    benefit: { kind: 'fixed', amount: cny(2_000) },
    condition: { type: 'loyalty', minTenureMonths: 12, minVisitCount: 5 },
  },
  { priority: 55, scope: categories('engine'), benefit: percent('0.02'), condition: gold },
  {
    priority: 50,
    scope: categories('electrical', 'ev'),
    benefit: percent('0.06'),
    condition: { type: 'loyalty', minSpend: cny(500_000) },
  },
  { priority: 45, scope: categories('body'), benefit: percent('0.15'), condition: gold },
  {
    priority: 40,
    scope: categories('ac'),
    benefit: percent('0.07'),
    condition: { type: 'loyalty', minSpend: cny(5_000_000) },
  },
  {
    priority: 35,
    scope: { kind: 'lines', itemKinds: ['labour'] },
    benefit: percent('0.1'),
    condition: gold,
  },
  {
    priority: 30,
    scope: order,
    benefit: percent('0.15'),
    condition: { type: 'loyalty', minTenureMonths: 24, minVisitCount: 10 },
  },
  {
    priority: 20,
    scope: categories('maintenance', 'tyres'),
    benefit: percent('0.05'),
    condition: { type: 'bulk', fleetAccountIds: ['FLEET-1'], minQuantity: '2' },
  },
  { priority: 10, scope: order, benefit: percent('0.2'), condition: gold, stacking: 'exclusive' },
  { priority: 1, scope: order, benefit: percent('0.1'), condition: gold },
];

function requestLines(random: Random, count: number): unknown[] {
  return Array.from({ length: count }, () => {
    const roll = random.next();
    if (roll < 0.25) {
      return {
        kind: 'labour',
        opCode: `OP-${random.int(0, LABOUR_OPS - 1)}`,
        quantity: random.pick(['1', '1', '2']),
      };
    }
    if (roll < 0.9) {
      const n = random.int(0, PARTS - 1);
      const quantity = n % 10 === 0 ? `${random.int(1, 6)}.5` : String(random.int(1, 4));
      return { kind: 'part', partNumber: `P-${n}`, quantity };
    }
    return { kind: 'fee', feeCode: `FEE-${random.int(0, FEES - 1)}`, quantity: '1' };
  });
}

function unwrap<T>(result: {
  isOk(): boolean;
  _unsafeUnwrap(): T;
  _unsafeUnwrapErr(): unknown;
}): T {
  if (!result.isOk())
    throw new Error(`workload does not parse: ${JSON.stringify(result._unsafeUnwrapErr())}`);
  return result._unsafeUnwrap();
}

export function createQuoteWorkload(seed: number, lineCounts: readonly number[]): QuoteWorkload {
  const random = createRandom(seed);
  const version = unwrap(
    parsePriceListVersion({
      id: 'plv_bench',
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      priceListId: 'pl_bench',
      status: 'published',
      currency: 'CNY',
      effectiveFrom: '2026-01-01',
      reviewedAt: '2026-01-01T00:00:00.000Z',
      items: [...labourItems(random), ...partItems(random), ...feeItems(random)],
      publications: [],
    }),
  );
  const rules = RULE_SPECS.map((spec, n) =>
    unwrap(
      parseDiscountRule({
        id: `rule_${String(n).padStart(2, '0')}`,
        name: `Rule ${n}`,
        stacking: 'combinable',
        ...spec,
      }),
    ),
  );
  const requests = new Map<number, QuoteRequest>();
  for (const count of lineCounts) {
    const request = parseQuoteRequest({
      id: `q_${count}`,
      at: AT,
      currency: 'CNY',
      vehicleClass: 'B',
      customer: {
        id: 'cus_bench',
        tenureMonths: 30,
        visitCount: 12,
        totalSpend: cny(800_000),
        membershipTier: 'gold',
      },
      coupons: [
        { code: 'SPRING50', usedByCustomer: 0, usedOverall: 12 },
        { code: 'WINTER80', usedByCustomer: 0, usedOverall: 3 },
      ],
      lines: requestLines(random, count),
    });
    requests.set(count, unwrap(request));
  }
  return { version, rules, requests };
}
