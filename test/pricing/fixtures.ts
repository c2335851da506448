import { type Actor, parseActor } from '../../src/org/index';
import {
  type DiscountRule,
  type PriceItem,
  type PriceListVersion,
  parseDiscountRule,
  parsePriceListVersion,
  parseQuoteRequest,
  type QuoteRequest,
} from '../../src/pricing/index';
import type { Instant } from '../../src/shared/index';

export const AT = '2026-03-01T02:00:00.000Z' as Instant;

export const cny = (amount: string) => ({ amount, currency: 'CNY' as const });

export const manager: Actor = parseActor({
  id: 'emp_mgr',
  roles: ['service-manager'],
})._unsafeUnwrap();
export const advisor: Actor = parseActor({
  id: 'emp_sa',
  roles: ['service-advisor'],
})._unsafeUnwrap();

const explanation = { 'zh-CN': '价格说明', en: 'How the price is made up' };

/** Raw items (unparsed) of a valid, publishable price list. */
export function rawItems(): Record<string, unknown>[] {
  return [
    {
      kind: 'labour',
      opCode: 'OP-OIL',
      vehicleClass: 'B',
      quotaHours: '0.5',
      hourlyRate: cny('200.00'),
      name: '更换机油',
      category: 'maintenance',
      cost: cny('40.00'),
      components: { labour: cny('100.00'), material: cny('0.00'), transport: cny('0.00') },
      explanation,
    },
    {
      kind: 'labour',
      opCode: 'OP-BRAKE',
      vehicleClass: 'B',
      quotaHours: '1.5',
      hourlyRate: cny('180.00'),
      name: '更换刹车片',
      category: 'repair',
      cost: cny('120.00'),
      components: { labour: cny('270.00'), material: cny('0.00'), transport: cny('0.00') },
      explanation,
      marketBand: { low: cny('200.00'), high: cny('260.00') },
    },
    {
      kind: 'part',
      partNumber: 'P-FILTER',
      grade: 'oem',
      unit: 'pc',
      unitPrice: cny('80.00'),
      name: '机油滤清器',
      category: 'maintenance',
      cost: cny('50.00'),
      components: { labour: cny('0.00'), material: cny('75.00'), transport: cny('5.00') },
      explanation,
    },
    {
      kind: 'part',
      partNumber: 'P-OIL',
      grade: 'aftermarket-brand',
      unit: 'L',
      unitPrice: cny('65.50'),
      name: '机油',
      category: 'maintenance',
      cost: cny('30.00'),
      components: { labour: cny('0.00'), material: cny('65.50'), transport: cny('0.00') },
      explanation,
    },
    {
      kind: 'fee',
      feeCode: 'F-DISPOSAL',
      feeType: 'disposal',
      unit: 'job',
      unitPrice: cny('10.00'),
      name: '废油处置费',
      cost: cny('6.00'),
      components: { labour: cny('0.00'), material: cny('10.00'), transport: cny('0.00') },
      explanation,
    },
  ];
}

export function rawVersion(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'plv_1',
    priceListId: 'pl_main',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    status: 'published',
    currency: 'CNY',
    effectiveFrom: '2026-01-01',
    effectiveTo: '2026-12-31',
    reviewedAt: '2026-01-01T00:00:00.000Z',
    items: rawItems(),
    publications: [],
    ...overrides,
  };
}

export function version(overrides: Record<string, unknown> = {}): PriceListVersion {
  return parsePriceListVersion(rawVersion(overrides))._unsafeUnwrap();
}

export function item(version: PriceListVersion, index: number): PriceItem {
  const found = version.items[index];
  if (found === undefined) throw new Error('fixture item missing');
  return found;
}

export function request(overrides: Record<string, unknown> = {}): QuoteRequest {
  return parseQuoteRequest({
    id: 'q_1',
    at: AT,
    currency: 'CNY',
    vehicleClass: 'B',
    lines: [
      { kind: 'labour', opCode: 'OP-OIL', quantity: '1' },
      { kind: 'part', partNumber: 'P-FILTER', quantity: '1' },
      { kind: 'part', partNumber: 'P-OIL', quantity: '4.5' },
      { kind: 'fee', feeCode: 'F-DISPOSAL', quantity: '1' },
    ],
    ...overrides,
  })._unsafeUnwrap();
}

export function rule(overrides: Record<string, unknown>): DiscountRule {
  return parseDiscountRule({
    id: 'rule_1',
    name: 'Rule',
    priority: 0,
    stacking: 'combinable',
    scope: { kind: 'order' },
    benefit: { kind: 'percentage', rate: '0.1' },
    condition: { type: 'membership', tiers: ['gold'] },
    ...overrides,
  })._unsafeUnwrap();
}

export const goldCustomer = {
  id: 'cus_1',
  tenureMonths: 36,
  visitCount: 12,
  totalSpend: cny('9000.00'),
  membershipTier: 'gold',
};
