import { describe, expect, it } from 'vitest';
import { type DeliveredRepairOrder, parseDeliveredRepairOrder } from '../../src/crm/index';
import { computeBalance } from '../../src/repair-order/compute-balance';
import { parseRepairOrderConfig } from '../../src/repair-order/config';
import { computeNextService } from '../../src/repair-order/next-service';
import {
  advisor,
  at,
  cny,
  delivered,
  manager,
  opened,
  paidWithPass,
  run,
  settled,
  step,
  tech,
  working,
} from './fixtures';

describe('delivery (§3.5(4)(5), §4.3(6))', () => {
  it('§3.5(5) delivery emits repair-order.delivered with what CRM needs for the follow-up and survey, ids only', () => {
    const result = run(paidWithPass(), {
      type: 'deliver',
      at: at(140),
      actor: advisor,
      odometerKm: 48216,
    })._unsafeUnwrap();
    expect(result.events).toEqual([
      {
        type: 'repair-order.delivered',
        aggregateType: 'repair-order',
        aggregateId: 'ro_1',
        at: at(140),
        payload: {
          repairOrderId: 'ro_1',
          customerId: 'cus_1',
          vehicleId: 'veh_1',
          advisorId: 'emp_sa',
          deliveredAt: at(140),
          repairCategories: ['minor-repair'],
          odometerKm: 48216,
          nextService: { dueDate: '2026-08-29', dueOdometerKm: 53216 },
          total: cny('620.00'),
          comebackOf: null,
          status: 'delivered',
        },
      },
    ]);
    expect(result.state.deliveredAt).toBe(at(140));
    expect(result.state.delivery).toEqual({
      at: at(140),
      by: advisor.id,
      odometerKm: 48216,
      nextService: { dueDate: '2026-08-29', dueOdometerKm: 53216 },
    });
  });

  it('§3.5(5) the delivered payload satisfies crm’s structural DeliveredRepairOrder contract', () => {
    const event = run(paidWithPass(), {
      type: 'deliver',
      at: at(140),
      actor: advisor,
    })._unsafeUnwrap().events[0];
    if (event?.type !== 'repair-order.delivered') throw new Error('expected the delivered event');
    const delivery: DeliveredRepairOrder = event.payload;
    expect(parseDeliveredRepairOrder(JSON.parse(JSON.stringify(delivery))).isOk()).toBe(true);
  });

  it('§3.5(4) keys and documents are handed back and the next service is set by date and mileage', () => {
    const order = delivered();
    expect(order.custody?.returnedAt).toBe(at(140));
    expect(order.delivery?.nextService).toEqual({ dueDate: '2026-08-29', dueOdometerKm: 53210 });
    const explicit = step(paidWithPass(), {
      type: 'deliver',
      at: at(140),
      actor: advisor,
      nextService: { dueDate: '2026-06-01', dueOdometerKm: null },
    });
    expect(explicit.delivery?.nextService).toEqual({ dueDate: '2026-06-01', dueOdometerKm: null });
  });

  it('§3.5(4) the reminder follows the configured intervals in the dealer’s time zone', () => {
    const config = parseRepairOrderConfig({
      nextServiceDays: 90,
      nextServiceKm: null,
    })._unsafeUnwrap();
    // 23:30 UTC on 1 March is already 2 March in Shanghai.
    expect(computeNextService('2026-03-01T23:30:00.000Z' as never, 1000, config)).toEqual({
      dueDate: '2026-05-31',
      dueOdometerKm: null,
    });
  });

  it('§3.2(2) the delivery odometer cannot be below the reception reading', () => {
    const error = run(paidWithPass(), {
      type: 'deliver',
      at: at(140),
      actor: advisor,
      odometerKm: 48000,
    })._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'odometer_below_last_reading',
      clause: '§3.2(2)',
      data: { odometerKm: 48000, lastRecordedKm: 48210 },
    });
  });

  it('§3.5(3) a credit customer pays after delivery; refunds are recorded too', () => {
    let order = step(settled(), {
      type: 'approve-credit',
      at: at(136),
      actor: manager,
      reason: '月结',
      amount: cny('620.00'),
    });
    order = step(order, { type: 'issue-exit-pass', at: at(137), actor: advisor, number: 'EP-2' });
    order = step(order, { type: 'deliver', at: at(140), actor: advisor });
    order = step(order, {
      type: 'record-payment',
      at: at(2000),
      actor: advisor,
      payment: { id: 'pay_m', kind: 'payment', method: 'transfer', amount: cny('620.00') },
    });
    expect(computeBalance(order).balance).toEqual(cny('0.00'));
  });

  it('§3.5(3) a refund after the exit pass reopens the balance and blocks delivery', () => {
    const order = step(paidWithPass(), {
      type: 'record-payment',
      at: at(138),
      actor: advisor,
      payment: { id: 'ref_1', kind: 'refund', method: 'cash', amount: cny('20.00') },
    });
    expect(run(order, { type: 'deliver', at: at(140), actor: advisor })._unsafeUnwrapErr()).toEqual(
      {
        code: 'balance_outstanding',
        clause: '§3.5(3)',
        data: { balance: cny('20.00') },
      },
    );
  });

  it('§4.3(6) only a role that delivers may hand over or close', () => {
    expect(
      run(paidWithPass(), { type: 'deliver', at: at(140), actor: tech })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(
      run(delivered(), { type: 'close', at: at(200), actor: tech })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
  });

  it('§4.3(1)–(6) cancel needs a reason, no one clocked on and any money refunded', () => {
    const cancelled = run(opened(), {
      type: 'cancel',
      at: at(3),
      actor: advisor,
      reason: '客户改约',
    })._unsafeUnwrap();
    expect(cancelled.state.cancellation).toEqual({ at: at(3), by: advisor.id, reason: '客户改约' });
    expect(cancelled.events[0]?.payload).toEqual({
      previousStatus: 'reception',
      status: 'cancelled',
    });
    expect(
      run(opened(), { type: 'cancel', at: at(3), actor: advisor, reason: '' })._unsafeUnwrapErr()
        .code,
    ).toBe('validation_failed');
    expect(
      run(working(), { type: 'cancel', at: at(40), actor: advisor, reason: 'x' })._unsafeUnwrapErr()
        .code,
    ).toBe('clock_still_on');
    const deposit = step(opened(), {
      type: 'record-payment',
      at: at(2),
      actor: advisor,
      payment: { id: 'dep_1', kind: 'deposit', method: 'cash', amount: cny('100.00') },
    });
    expect(
      run(deposit, { type: 'cancel', at: at(3), actor: advisor, reason: 'x' })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'refund_required',
      clause: '§3.5(3)',
      data: { netPaid: cny('100.00') },
    });
  });
});
