import { describe, expect, it } from 'vitest';
import { renderCustomerProfile, summarizeCustomer, transitionComplaint } from '../../src/crm/index';
import { complaint, csAgent, customer, delivery, T0, technician, vehicle } from './fixtures';

describe('summarizeCustomer', () => {
  it('§7.1.2 summarises visits, spend, last visit, vehicles, open complaints and segment', () => {
    const c = customer();
    const open = complaint({}, 'cmp_1');
    const otherCustomers = complaint({ customerId: 'cus_2' }, 'cmp_2');
    const deliveries = [
      delivery({ repairOrderId: 'ro_1', deliveredAt: '2026-01-10T02:00:00.000Z' }),
      delivery({
        repairOrderId: 'ro_2',
        deliveredAt: '2026-02-20T02:00:00.000Z',
        total: { amount: '1320.50', currency: 'CNY' },
      }),
      delivery({ repairOrderId: 'ro_3', customerId: 'cus_2' }),
    ];
    const summary = summarizeCustomer(
      {
        customer: c,
        vehicles: [vehicle(), vehicle({ customerId: 'cus_2' }, 'veh_2'), vehicle({}, 'veh_3')],
        deliveries,
        complaints: [open, otherCustomers],
      },
      T0,
    )._unsafeUnwrap();
    expect(summary).toMatchObject({
      customerId: 'cus_1',
      visits: 2,
      spend: { amount: '2000.50', currency: 'CNY' },
      firstVisitAt: '2026-01-10T02:00:00.000Z',
      lastVisitAt: '2026-02-20T02:00:00.000Z',
      vehicleCount: 2,
      openComplaints: 1,
    });
    expect(summary.rfm).toMatchObject({
      recency: 5,
      frequency: 2,
      monetary: 2,
      segment: 'regular',
    });
    // The summary holds no personal data, so it can go into any role's profile.
    const view = renderCustomerProfile(technician, {
      customer: c,
      vehicles: [],
      at: T0,
      summary,
    });
    expect(view.summary?.openComplaints).toBe(1);
  });

  it('§7.1.2 a closed complaint is not open', () => {
    let c = complaint();
    for (const command of [
      { type: 'confirm' },
      { type: 'respond' },
      { type: 'start-resolving' },
      { type: 'resolve', summary: '已更换部件' },
    ] as const) {
      c = transitionComplaint(c, { ...command, at: T0, actor: csAgent })._unsafeUnwrap().complaint;
    }
    const closed = transitionComplaint(c, {
      type: 'close',
      at: T0,
      actor: { id: 'emp_css', roles: ['cs-supervisor'] } as never,
      feedback: { satisfied: true, channel: 'phone' },
    })._unsafeUnwrap().complaint;
    const summary = summarizeCustomer(
      { customer: customer(), vehicles: [], deliveries: [], complaints: [closed] },
      T0,
    )._unsafeUnwrap();
    expect(summary.openComplaints).toBe(0);
    expect(summary.rfm.segment).toBe('prospect');
  });
});
