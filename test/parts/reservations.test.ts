import { describe, expect, it } from 'vitest';
import {
  consumeReservation,
  postMovements,
  type ReserveStockInput,
  releaseReservation,
  reserveStock,
  stockLevel,
} from '../../src/parts/index';
import {
  AT,
  advisor,
  catalogue,
  clerk,
  dayAt,
  filter,
  issue,
  post,
  receipt,
  technician,
} from './fixtures';

const context = { catalogue };

function reservation(overrides: Partial<ReserveStockInput> = {}): ReserveStockInput {
  return {
    reservationId: 'res_1',
    partId: filter.id,
    locationId: 'wh-main',
    unit: 'piece',
    quantity: '2',
    reference: { kind: 'appointment', id: 'apt_9' },
    at: AT,
    actor: advisor,
    ...overrides,
  };
}

const stocked = post([receipt({ quantity: '5' })]);

describe('reservations', () => {
  it('§6.2.2 available = on-hand − reserved', () => {
    const change = reserveStock(stocked, reservation(), context)._unsafeUnwrap();
    expect(stockLevel(change.ledger, filter.id, 'wh-main')).toMatchObject({
      onHand: '5',
      reserved: '2',
      available: '3',
    });
    expect(change.ledger.reservations.res_1).toMatchObject({ status: 'open', quantity: '2' });
    expect(change.events[0]).toMatchObject({
      type: 'parts.stock-reserved',
      payload: { reservationId: 'res_1', reference: { kind: 'appointment', id: 'apt_9' } },
    });
    // Reserved stock cannot be issued to somebody else.
    const issued = post([issue({ quantity: '3' })], change.ledger);
    expect(stockLevel(issued, filter.id).available).toBe('0');
    expect(
      postMovements(issued, [issue({ quantity: '1' })], context)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'insufficient_stock',
      data: { requested: '1', available: '0' },
    });
  });

  it('§6.2.2 reserving more than is available is refused; reserving twice changes nothing', () => {
    expect(
      reserveStock(stocked, reservation({ quantity: '6' }), context)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'insufficient_stock',
      data: { requested: '6', available: '5' },
    });
    const once = reserveStock(stocked, reservation(), context)._unsafeUnwrap().ledger;
    const twice = reserveStock(once, reservation(), context)._unsafeUnwrap();
    expect(twice.ledger).toBe(once);
    expect(twice.events).toEqual([]);
    expect(
      reserveStock(once, reservation({ quantity: '1' }), context)._unsafeUnwrapErr().code,
    ).toBe('idempotency_key_reused');
  });

  it('§6.2.2 only roles with stock.reserve may reserve', () => {
    expect(
      reserveStock(stocked, reservation({ actor: technician }), context)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'forbidden',
      data: { capability: 'stock.reserve' },
    });
  });

  it('§6.2.2 releasing is explicit and idempotent', () => {
    const reserved = reserveStock(stocked, reservation(), context)._unsafeUnwrap().ledger;
    const released = releaseReservation(
      reserved,
      { reservationId: 'res_1', at: dayAt(1), actor: advisor },
      context,
    )._unsafeUnwrap();
    expect(stockLevel(released.ledger, filter.id).available).toBe('5');
    expect(released.ledger.reservations.res_1).toMatchObject({
      status: 'released',
      updatedAt: dayAt(1),
    });
    expect(released.events[0]?.type).toBe('parts.reservation-released');
    const again = releaseReservation(
      released.ledger,
      { reservationId: 'res_1', at: dayAt(2), actor: advisor },
      context,
    );
    expect(again._unsafeUnwrap().ledger).toBe(released.ledger);
    expect(
      releaseReservation(
        stocked,
        { reservationId: 'res_404', at: AT, actor: advisor },
        context,
      )._unsafeUnwrapErr().code,
    ).toBe('reservation_unknown');
  });

  it('§6.2.2 consuming issues the reserved stock and closes the reservation', () => {
    const reserved = reserveStock(stocked, reservation(), context)._unsafeUnwrap().ledger;
    const input = {
      reservationId: 'res_1',
      idempotencyKey: 'ro_42:l1',
      repairOrderId: 'ro_42',
      at: dayAt(1),
      actor: clerk,
    };
    const consumed = consumeReservation(reserved, input, context)._unsafeUnwrap();
    expect(stockLevel(consumed.ledger, filter.id)).toMatchObject({
      onHand: '3',
      reserved: '0',
      available: '3',
    });
    expect(consumed.posted[0]).toMatchObject({
      type: 'issue',
      quantity: '2',
      reference: { kind: 'repair-order', id: 'ro_42' },
    });
    expect(consumed.events.map((e) => e.type)).toEqual([
      'parts.stock-moved',
      'parts.reservation-consumed',
    ]);
    expect(consumed.ledger.reservations.res_1?.status).toBe('consumed');
    // A retry changes nothing; releasing a consumed reservation is refused.
    expect(consumeReservation(consumed.ledger, input, context)._unsafeUnwrap().ledger).toBe(
      consumed.ledger,
    );
    expect(
      releaseReservation(
        consumed.ledger,
        { reservationId: 'res_1', at: AT, actor: advisor },
        context,
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'reservation_not_open', data: { status: 'consumed' } });
  });

  it('§6.2.2 consuming part of a reservation releases the rest; more than reserved is refused', () => {
    const reserved = reserveStock(stocked, reservation({ quantity: '3' }), context)._unsafeUnwrap()
      .ledger;
    const base = { reservationId: 'res_1', idempotencyKey: 'ro_42:l1', at: AT, actor: clerk };
    expect(
      consumeReservation(reserved, { ...base, quantity: '4' }, context)._unsafeUnwrapErr().code,
    ).toBe('reservation_quantity_exceeded');
    const partly = consumeReservation(reserved, { ...base, quantity: '1' }, context)._unsafeUnwrap()
      .ledger;
    expect(stockLevel(partly, filter.id)).toMatchObject({
      onHand: '4',
      reserved: '0',
      available: '4',
    });
    expect(
      consumeReservation(reserved, { ...base, actor: advisor }, context)._unsafeUnwrapErr().code,
    ).toBe('forbidden');
  });
});
