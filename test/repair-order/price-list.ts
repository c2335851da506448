import {
  type PriceListVersion,
  parsePriceListVersion,
  type Quote,
  type QuoteRequestLine,
  quote,
} from '../../src/pricing/index';
import type { SettlementRequestOptions } from '../../src/repair-order/final-lines';
import type { Instant } from '../../src/shared/index';

/** The fixture price list and quotes of the repair-order tests. */

export const T0 = '2026-03-02T01:00:00.000Z' as Instant;

export const cny = (amount: string) => ({ amount, currency: 'CNY' as const });

const explanation = { 'zh-CN': '价格说明', en: 'How the price is made up' };
const none = cny('0.00');

function labour(opCode: string, quotaHours: string, rate: string, name: string) {
  const amount = (Number(quotaHours) * Number(rate)).toFixed(2);
  return {
    kind: 'labour',
    opCode,
    vehicleClass: 'B',
    quotaHours,
    hourlyRate: cny(rate),
    name,
    cost: cny('10.00'),
    components: { labour: cny(amount), material: none, transport: none },
    explanation,
  };
}

function part(partNumber: string, grade: string, price: string, name: string) {
  return {
    kind: 'part',
    partNumber,
    grade,
    unit: 'pc',
    unitPrice: cny(price),
    name,
    cost: cny('1.00'),
    components: { labour: none, material: cny(price), transport: none },
    explanation,
  };
}

/** A published price list in force all of 2026. */
export const priceList: PriceListVersion = parsePriceListVersion({
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
  items: [
    labour('OP-BRAKE-F', '1.2', '200.00', '更换前刹车片'),
    labour('OP-DISC-F', '1', '200.00', '更换前刹车盘'),
    labour('OP-OIL', '0.5', '180.00', '更换机油'),
    part('P-PAD-F', 'oem', '380.00', '前刹车片'),
    part('P-DISC-F', 'oem', '680.00', '前刹车盘'),
    part('P-OIL', 'aftermarket-brand', '65.50', '机油'),
    part('P-FILTER', 'refurbished', '80.33', '机滤'),
    {
      kind: 'fee',
      feeCode: 'F-DISPOSAL',
      feeType: 'disposal',
      unit: 'job',
      unitPrice: cny('10.00'),
      name: '废油处置费',
      cost: cny('1.00'),
      components: { labour: none, material: cny('10.00'), transport: none },
      explanation,
    },
  ],
  publications: [],
})._unsafeUnwrap();

/** A quote of `lines` from the fixture price list. */
export function quoteOf(lines: QuoteRequestLine[], id = 'q_est', when: Instant = T0): Quote {
  return quote({ id, at: when, currency: 'CNY', vehicleClass: 'B', lines } as never, {
    priceLists: [priceList],
  })._unsafeUnwrap();
}

export const brakeEstimate = (): Quote =>
  quoteOf([
    { kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' },
    { kind: 'part', partNumber: 'P-PAD-F', quantity: '1' },
  ]);

export const settlementOptions = (when: Instant): SettlementRequestOptions =>
  ({ id: 'q_final', at: when, currency: 'CNY', vehicleClass: 'B' }) as SettlementRequestOptions;
