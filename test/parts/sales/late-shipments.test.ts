import { describe, expect, it } from 'vitest';
import {
  assessShippingPunctuality,
  findOverdueLines,
  shipSalesOrder,
} from '../../../src/parts/sales/index';
import { at, clerk, confirmedOrder, context, draftOrder } from './fixtures';

describe('on-time shipping (按时发货)', () => {
  it('§6.3.4 open lines past their promised date are overdue at a date in the dealer zone', () => {
    const { order, ledger } = confirmedOrder();
    // Line 1 promised 2026-11-30, line 2 promised 2026-12-02.
    expect(findOverdueLines([order], at('2026-11-30T15:59:00.000Z'))).toEqual([]);
    const overdue = findOverdueLines([order], at('2026-11-30T16:00:00.000Z'));
    expect(overdue).toEqual([
      {
        orderId: 'so_1',
        customerId: 'pcu_1',
        lineNo: 1,
        partId: 'part_filter',
        promisedDate: '2026-11-30',
        remaining: '2',
        daysLate: 1,
      },
    ]);
    expect(findOverdueLines([draftOrder()], at('2027-01-01T00:00:00.000Z'))).toEqual([]);
    const shipped = shipSalesOrder(
      order,
      {
        shipmentId: 'shp_1',
        receivableId: 'ar_1',
        lines: [{ lineNo: 1, quantity: '1' }],
        at: at('2026-12-03T02:00:00.000Z'),
        actor: clerk,
      },
      context({ ledger }),
    )._unsafeUnwrap();
    const later = findOverdueLines([shipped.order], at('2026-12-04T02:00:00.000Z'));
    expect(later.map((l) => [l.lineNo, l.remaining, l.daysLate])).toEqual([
      [1, '1', 4],
      [2, '1', 2],
    ]);
  });

  it('§6.3.4 late shipments and the on-time rate are computable at a date', () => {
    const { order, ledger } = confirmedOrder();
    const first = shipSalesOrder(
      order,
      {
        shipmentId: 'shp_1',
        receivableId: 'ar_1',
        lines: [{ lineNo: 2, quantity: '1' }],
        at: at('2026-11-28T02:00:00.000Z'),
        actor: clerk,
      },
      context({ ledger }),
    )._unsafeUnwrap();
    const second = shipSalesOrder(
      first.order,
      {
        shipmentId: 'shp_2',
        receivableId: 'ar_2',
        lines: [{ lineNo: 1, quantity: '2' }],
        at: at('2026-12-02T02:00:00.000Z'),
        actor: clerk,
      },
      context({ ledger: first.ledger }),
    )._unsafeUnwrap();
    const report = assessShippingPunctuality(
      [second.order],
      [first.shipment, second.shipment],
      at('2026-12-05T02:00:00.000Z'),
    );
    expect(report).toMatchObject({
      asOf: '2026-12-05',
      shippedLines: 2,
      onTimeLines: 1,
      onTimeRate: 0.5,
      overdueLines: [],
    });
    expect(report.lateShipmentLines).toEqual([
      {
        shipmentId: 'shp_2',
        orderId: 'so_1',
        lineNo: 1,
        promisedDate: '2026-11-30',
        shippedDate: '2026-12-02',
        daysLate: 2,
      },
    ]);
    const before = assessShippingPunctuality(
      [first.order],
      [first.shipment, second.shipment],
      at('2026-11-29T02:00:00.000Z'),
    );
    expect(before).toMatchObject({ shippedLines: 1, onTimeRate: 1 });
    expect(assessShippingPunctuality([], [], at('2026-11-29T02:00:00.000Z')).onTimeRate).toBeNull();
  });
});
