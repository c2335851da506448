import { describe, expect, it } from 'vitest';
import { emptyLedger, type LostSaleInput, recordLostSale, stockLevel } from '../../src/parts/index';
import { AT, advisor, catalogue, clerk, filter, oil } from './fixtures';

const context = { catalogue };

function lostSale(overrides: Partial<LostSaleInput> = {}): LostSaleInput {
  return {
    idempotencyKey: 'ro_42:l2:lost',
    partId: filter.id,
    unit: 'piece',
    quantity: '2',
    reference: { kind: 'repair-order', id: 'ro_42' },
    at: AT,
    actor: clerk,
    ...overrides,
  };
}

describe('recordLostSale', () => {
  it('X-4 records demand that could not be served, without touching stock', () => {
    const change = recordLostSale(emptyLedger(), lostSale(), context)._unsafeUnwrap();
    expect(change.ledger.lostSales).toEqual([
      expect.objectContaining({
        id: 'ro_42:l2:lost',
        partId: filter.id,
        quantity: '2',
        locationId: null,
      }),
    ]);
    expect(stockLevel(change.ledger, filter.id).onHand).toBe('0');
    expect(change.events[0]).toMatchObject({
      type: 'parts.lost-sale-recorded',
      aggregateId: filter.id,
      payload: { lostSaleId: 'ro_42:l2:lost', quantity: '2' },
    });
  });

  it('X-4 recording the same key twice changes nothing; another payload is refused', () => {
    const once = recordLostSale(emptyLedger(), lostSale(), context)._unsafeUnwrap().ledger;
    expect(recordLostSale(once, lostSale(), context)._unsafeUnwrap().ledger).toBe(once);
    expect(recordLostSale(once, lostSale({ quantity: '3' }), context)._unsafeUnwrapErr().code).toBe(
      'idempotency_key_reused',
    );
  });

  it('X-4 bad input returns typed errors', () => {
    const ledger = emptyLedger();
    expect(
      recordLostSale(ledger, lostSale({ quantity: '-1' }), context)._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    expect(
      recordLostSale(ledger, lostSale({ partId: 'part_x' }), context)._unsafeUnwrapErr().code,
    ).toBe('part_unknown');
    expect(
      recordLostSale(ledger, lostSale({ partId: oil.id }), context)._unsafeUnwrapErr().code,
    ).toBe('unit_mismatch');
    // A service advisor holds neither stock.move nor parts-sale.create.
    expect(
      recordLostSale(ledger, lostSale({ actor: advisor }), context)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'forbidden',
      clause: 'X-4',
    });
  });
});
