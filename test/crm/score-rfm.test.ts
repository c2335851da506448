import { describe, expect, it } from 'vitest';
import {
  type CustomerId,
  type DeliveredRepairOrder,
  defaultCrmConfig,
  measureCustomerActivity,
  parseCrmConfig,
  scoreRfm,
  segmentCustomers,
} from '../../src/crm/index';
import { addMinutesToInstant, type Instant } from '../../src/shared/index';
import { delivery, reasons, T0 } from './fixtures';

const DAY = 24 * 60;
function daysAgo(days: number): Instant {
  return addMinutesToInstant(T0, -days * DAY);
}

let orderNo = 0;
function visit(customerId: string, days: number, amount: string): DeliveredRepairOrder {
  orderNo += 1;
  return delivery({
    repairOrderId: `ro_${customerId}_${orderNo}`,
    customerId,
    deliveredAt: daysAgo(days),
    total: { amount, currency: 'CNY' },
  });
}

const deliveries = [
  ...[5, 40, 90, 150, 220, 300].map((d) => visit('cus_vip', d, '2500.00')),
  visit('cus_lost', 400, '800.00'),
  visit('cus_new', 10, '500.00'),
  ...[200, 250, 320].map((d) => visit('cus_risk', d, '900.00')),
  ...[60, 100, 170].map((d) => visit('cus_loyal', d, '700.00')),
];
const ids = ['cus_vip', 'cus_lost', 'cus_new', 'cus_risk', 'cus_loyal', 'cus_none'] as CustomerId[];

describe('RFM segmentation', () => {
  it('§7.1.2 scores recency, frequency and monetary and names the default segments', () => {
    const scores = segmentCustomers(ids, deliveries, T0)._unsafeUnwrap();
    expect(
      scores.map((s) => [s.customerId, s.recency, s.frequency, s.monetary, s.segment]),
    ).toEqual([
      ['cus_vip', 5, 5, 5, 'vip'],
      ['cus_lost', 1, 1, 1, 'lost'],
      ['cus_new', 5, 1, 1, 'new'],
      ['cus_risk', 2, 3, 2, 'at-risk'],
      ['cus_loyal', 4, 3, 2, 'loyal'],
      ['cus_none', null, null, null, 'prospect'],
    ]);
  });

  it('§7.1.2 measures visits and spend within the window, counting a repeated event once', () => {
    const vip = deliveries.filter((d) => d.customerId === 'cus_vip');
    const activity = measureCustomerActivity(
      'cus_vip' as CustomerId,
      [...vip, vip[0] as DeliveredRepairOrder],
      T0,
    )._unsafeUnwrap();
    expect(activity).toMatchObject({
      visits: 6,
      visitsInWindow: 6,
      spend: { amount: '15000.00', currency: 'CNY' },
      daysSinceLastVisit: 5,
      lastVisitAt: daysAgo(5),
      firstVisitAt: daysAgo(300),
    });
    const lost = measureCustomerActivity('cus_lost' as CustomerId, deliveries, T0)._unsafeUnwrap();
    expect(lost.visitsInWindow).toBe(0);
    expect(lost.spendInWindow.amount).toBe('0.00');
    expect(lost.spend.amount).toBe('800.00');
  });

  it('§7.1.2 ignores deliveries after the as-of instant', () => {
    const future = visit('cus_new', -10, '100.00');
    const activity = measureCustomerActivity('cus_new' as CustomerId, [future], T0)._unsafeUnwrap();
    expect(activity.visits).toBe(0);
  });

  it('§7.1.2 thresholds and segments are configurable', () => {
    const config = parseCrmConfig({
      rfm: {
        recencyDays: [500],
        frequencyVisits: [10],
        monetary: [{ amount: '100000', currency: 'CNY' }],
        segments: [{ name: 'active', recency: { min: 2 } }],
        fallbackSegment: 'dormant',
      },
    })._unsafeUnwrap();
    const scores = segmentCustomers(ids, deliveries, T0, config)._unsafeUnwrap();
    expect(scores.map((s) => s.segment)).toEqual([
      'active',
      'active',
      'active',
      'active',
      'active',
      'prospect',
    ]);
    expect(scores[0]).toMatchObject({ recency: 2, frequency: 1, monetary: 1 });
  });

  it('§7.1.2 thresholds must ascend and share one currency', () => {
    expect(reasons(parseCrmConfig({ rfm: { recencyDays: [90, 30] } }))).toEqual([
      'rfm.recencyDays:not_ascending',
    ]);
    const mixed = parseCrmConfig({
      rfm: {
        monetary: [
          { amount: '1', currency: 'CNY' },
          { amount: '2', currency: 'USD' },
        ],
      },
    });
    expect(reasons(mixed)).toEqual(['rfm.monetary:mixed_currency']);
  });

  it('§7.1.2 spend in another currency is a typed error, not a wrong score', () => {
    const usd = delivery({
      customerId: 'cus_x',
      deliveredAt: daysAgo(1),
      total: { amount: '10.00', currency: 'USD' },
    });
    const result = measureCustomerActivity('cus_x' as CustomerId, [usd], T0);
    expect(result._unsafeUnwrapErr().code).toBe('currency_mismatch');
  });

  it('§7.1.2 scoreRfm uses the default configuration when none is given', () => {
    const activity = measureCustomerActivity(
      'cus_new' as CustomerId,
      deliveries,
      T0,
    )._unsafeUnwrap();
    expect(scoreRfm(activity)._unsafeUnwrap()).toEqual(
      scoreRfm(activity, defaultCrmConfig.rfm)._unsafeUnwrap(),
    );
  });
});
