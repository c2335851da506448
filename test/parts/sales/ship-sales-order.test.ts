import { describe, expect, it } from 'vitest';
import { stockLevel } from '../../../src/parts/index';
import {
  ReceivableSchema,
  ShipmentSchema,
  shipSalesOrder,
  transitionSalesOrder,
} from '../../../src/parts/sales/index';
import {
  AT,
  advisor,
  at,
  clerk,
  cny,
  confirmedOrder,
  context,
  draftOrder,
  filter,
  pads,
  supervisor,
} from './fixtures';

const ship = (lines: { lineNo: number; quantity: string }[], when = AT, shipmentId = 'shp_1') => ({
  shipmentId,
  receivableId: `ar_${shipmentId}`,
  lines,
  at: when,
  actor: clerk,
});

describe('shipSalesOrder (发货)', () => {
  it('§6.3.4 shipping issues the stock through the ledger as sale movements and raises a receivable (§6.3.5)', () => {
    const { order, ledger } = confirmedOrder();
    const shipped = shipSalesOrder(
      order,
      ship([
        { lineNo: 1, quantity: '2' },
        { lineNo: 2, quantity: '1' },
      ]),
      context({ ledger }),
    )._unsafeUnwrap();
    expect(shipped.order.status).toBe('shipped');
    const sales = shipped.ledger.movements.filter((m) => m.type === 'counter-sale');
    expect(sales.map((m) => [m.id, m.quantity, m.reference])).toEqual([
      ['shp_1:1', '2', { kind: 'sales-order', id: 'so_1' }],
      ['shp_1:2', '1', { kind: 'sales-order', id: 'so_1' }],
    ]);
    expect(stockLevel(shipped.ledger, filter.id, 'wh-main')).toMatchObject({
      onHand: '8',
      reserved: '0',
      available: '8',
    });
    expect(stockLevel(shipped.ledger, pads.id, 'wh-main')).toMatchObject({
      onHand: '3',
      reserved: '0',
    });
    expect(shipped.shipment).toMatchObject({
      amount: cny('475.20'),
      shippedDate: '2026-11-27',
      onTime: true,
      receivableId: 'ar_shp_1',
    });
    expect(shipped.receivable).toMatchObject({
      amount: cny('475.20'),
      outstanding: cny('475.20'),
      paid: cny('0.00'),
      issueDate: '2026-11-27',
      dueDate: '2026-12-27',
      status: 'open',
    });
    expect(ShipmentSchema.safeParse(JSON.parse(JSON.stringify(shipped.shipment))).success).toBe(
      true,
    );
    expect(ReceivableSchema.safeParse(JSON.parse(JSON.stringify(shipped.receivable))).success).toBe(
      true,
    );
    expect(shipped.events.map((e) => e.type)).toEqual([
      'parts.reservation-released',
      'parts.stock-moved',
      'parts.reservation-released',
      'parts.stock-moved',
      'parts.sales-order-shipped',
      'parts.receivable-recorded',
    ]);
  });

  it('§6.3.4 a partial shipment keeps the rest reserved, and the line amounts add up across shipments', () => {
    const { order, ledger } = confirmedOrder({
      lines: [
        {
          partId: filter.id,
          locationId: 'wh-main',
          unit: 'piece',
          quantity: '3',
          listUnitPrice: cny('33.35'),
          promisedDate: '2026-11-30',
        },
      ],
    });
    expect(order.total).toEqual(cny('88.04')); // 33.35 × 0.88 × 3 = 88.044
    const first = shipSalesOrder(
      order,
      ship([{ lineNo: 1, quantity: '1' }]),
      context({ ledger }),
    )._unsafeUnwrap();
    expect(first.order.status).toBe('partially-shipped');
    expect(first.order.lines[0]).toMatchObject({ shippedQuantity: '1', reservationId: 'so_1:1:1' });
    expect(stockLevel(first.ledger, filter.id, 'wh-main')).toMatchObject({
      onHand: '9',
      reserved: '2',
    });
    const second = shipSalesOrder(
      first.order,
      ship([{ lineNo: 1, quantity: '1' }], AT, 'shp_2'),
      context({ ledger: first.ledger }),
    )._unsafeUnwrap();
    const third = shipSalesOrder(
      second.order,
      ship([{ lineNo: 1, quantity: '1' }], AT, 'shp_3'),
      context({ ledger: second.ledger }),
    )._unsafeUnwrap();
    const amounts = [first, second, third].map((s) => s.shipment.amount.amount);
    expect(amounts).toEqual(['29.35', '29.35', '29.34']);
    expect(third.order.status).toBe('shipped');
    expect(stockLevel(third.ledger, filter.id, 'wh-main')).toMatchObject({
      onHand: '7',
      reserved: '0',
    });
  });

  it('§6.3.4 a line shipped after its promised date (dealer calendar) is late', () => {
    const { order, ledger } = confirmedOrder();
    // 2026-11-30T17:00Z is already 1 December in Shanghai.
    const shipped = shipSalesOrder(
      order,
      ship(
        [
          { lineNo: 1, quantity: '2' },
          { lineNo: 2, quantity: '1' },
        ],
        at('2026-11-30T17:00:00.000Z'),
      ),
      context({ ledger }),
    )._unsafeUnwrap();
    expect(shipped.shipment.shippedDate).toBe('2026-12-01');
    expect(shipped.shipment.lines.map((l) => l.onTime)).toEqual([false, true]);
    expect(shipped.shipment.onTime).toBe(false);
    expect(
      shipped.events.find((e) => e.type === 'parts.sales-order-shipped')?.payload,
    ).toMatchObject({ onTime: false, complete: true });
  });

  it('§6.3.4 refuses unknown, repeated and excess lines, other statuses and other roles', () => {
    const { order, ledger } = confirmedOrder();
    const ctx = context({ ledger });
    expect(
      shipSalesOrder(order, ship([{ lineNo: 9, quantity: '1' }]), ctx)._unsafeUnwrapErr().code,
    ).toBe('sales_line_unknown');
    expect(
      shipSalesOrder(
        order,
        ship([
          { lineNo: 1, quantity: '1' },
          { lineNo: 1, quantity: '1' },
        ]),
        ctx,
      )._unsafeUnwrapErr().code,
    ).toBe('shipment_line_duplicate');
    expect(
      shipSalesOrder(order, ship([{ lineNo: 1, quantity: '3' }]), ctx)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'shipment_quantity_exceeded',
      data: { remaining: '2', requested: '3' },
    });
    expect(
      shipSalesOrder(draftOrder(), ship([{ lineNo: 1, quantity: '1' }]), ctx)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      data: { command: 'ship', status: 'draft' },
    });
    expect(
      shipSalesOrder(
        order,
        { ...ship([{ lineNo: 1, quantity: '1' }]), actor: advisor },
        ctx,
      )._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    const once = shipSalesOrder(order, ship([{ lineNo: 1, quantity: '1' }]), ctx)._unsafeUnwrap();
    expect(
      shipSalesOrder(
        once.order,
        ship([{ lineNo: 1, quantity: '1' }]),
        context({ ledger: once.ledger }),
      )._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });

  it('§6.3.3 a partially shipped order is short-closed only with parts-sale.approve and a reason', () => {
    const { order, ledger } = confirmedOrder();
    const part = shipSalesOrder(
      order,
      ship([{ lineNo: 1, quantity: '2' }]),
      context({ ledger }),
    )._unsafeUnwrap();
    const ctx = context({ ledger: part.ledger });
    expect(
      transitionSalesOrder(
        part.order,
        { type: 'close', at: AT, actor: clerk, reason: '缺货' },
        ctx,
      )._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(
      transitionSalesOrder(
        part.order,
        { type: 'close', at: AT, actor: supervisor },
        ctx,
      )._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    const closed = transitionSalesOrder(
      part.order,
      { type: 'close', at: AT, actor: supervisor, reason: '客户不再需要' },
      ctx,
    )._unsafeUnwrap();
    expect(closed.order.status).toBe('closed');
    expect(stockLevel(closed.ledger, pads.id, 'wh-main').reserved).toBe('0');
    expect(closed.events.at(-1)?.payload).toMatchObject({ shortClosed: true });
    expect(
      transitionSalesOrder(
        part.order,
        { type: 'cancel', at: AT, actor: clerk, reason: 'x' },
        ctx,
      )._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
  });
});
