import { describe, expect, it } from 'vitest';
import {
  defaultPartsConfig,
  emptyLedger,
  postMovement,
  postMovements,
  replayLedger,
  reserveStock,
  stockLevel,
  syncPartCost,
} from '../../src/parts/index';
import {
  AT,
  advisor,
  catalogue,
  clerk,
  dayAt,
  filter,
  hostileInputs,
  issue,
  oil,
  post,
  receipt,
} from './fixtures';

const context = { catalogue };

describe('postMovements', () => {
  it('§6.2.2 derives on-hand from receipts, issues, returns, sales, scrap and adjustments', () => {
    const ledger = post([
      receipt({ quantity: '10' }),
      issue({ quantity: '3' }),
      issue({ type: 'return', quantity: '1' }),
      issue({
        type: 'counter-sale',
        quantity: '2',
        reference: { kind: 'sales-order', id: 'so_1' },
      }),
      issue({ type: 'scrap', quantity: '1', reason: 'damaged' }),
      issue({ type: 'adjustment', direction: 'increase', quantity: '2', reason: 'found' }),
    ]);
    expect(stockLevel(ledger, filter.id)).toMatchObject({
      onHand: '7',
      reserved: '0',
      available: '7',
    });
    expect(ledger.movements.map((m) => m.type)).toEqual([
      'receipt',
      'issue',
      'return',
      'counter-sale',
      'scrap',
      'adjustment',
    ]);
    expect(ledger.movements[1]).toMatchObject({
      id: ledger.movements[1]?.idempotencyKey,
      actorId: 'emp_clerk',
      unitCost: { amount: '38.00', currency: 'CNY' },
      fromBackorder: false,
    });
  });

  it('§6.2.2 transfers move stock between locations without changing the total', () => {
    const ledger = post([
      receipt({ quantity: '5' }),
      issue({
        type: 'transfer',
        quantity: '2',
        toLocationId: 'wh-body-shop',
        reference: { kind: 'transfer-note', id: 'tn_1' },
      }),
    ]);
    expect(stockLevel(ledger, filter.id, 'wh-main').onHand).toBe('3');
    expect(stockLevel(ledger, filter.id, 'wh-body-shop').onHand).toBe('2');
    expect(stockLevel(ledger, filter.id).onHand).toBe('5');
    const same = postMovement(
      ledger,
      issue({ type: 'transfer', quantity: '1', toLocationId: 'wh-main' }),
      context,
    );
    expect(same._unsafeUnwrapErr().data).toMatchObject({ issues: [{ reason: 'same_location' }] });
  });

  it('§6.2.2 receipts update the moving-average cost, rounded half-up to four decimals', () => {
    const ledger = post([
      receipt({ quantity: '10', unitCost: { amount: '38.00', currency: 'CNY' } }),
      receipt({ quantity: '5', unitCost: { amount: '41.00', currency: 'CNY' } }),
      issue({ quantity: '3' }),
      receipt({ quantity: '1', unitCost: { amount: '40.00', currency: 'CNY' } }),
    ]);
    // (10×38 + 5×41) / 15 = 39; then (12×39 + 40) / 13 = 39.0769…
    expect(stockLevel(ledger, filter.id).averageCost).toEqual({
      amount: '39.0769',
      currency: 'CNY',
    });
    expect(ledger.movements[2]?.unitCost).toEqual({ amount: '39.00', currency: 'CNY' });
    const synced = syncPartCost(filter, ledger, dayAt(1));
    expect(synced.movingAverageCost).toEqual({ amount: '39.0769', currency: 'CNY' });
    expect(synced.updatedAt).toBe(dayAt(1));
    expect(syncPartCost(synced, ledger, dayAt(2))).toBe(synced);
  });

  it('§6.2.2 on-hand never goes negative unless configured, and nothing is posted', () => {
    const ledger = post([receipt({ quantity: '2' })]);
    const result = postMovements(
      ledger,
      [issue({ quantity: '1' }), issue({ quantity: '2' })],
      context,
    );
    expect(result._unsafeUnwrapErr()).toEqual({
      code: 'insufficient_stock',
      clause: '§6.2.2',
      data: { partId: filter.id, locationId: 'wh-main', requested: '2', available: '1' },
    });
    expect(stockLevel(ledger, filter.id).onHand).toBe('2');
    const allowed = post([issue({ quantity: '5' })], ledger, {
      ...defaultPartsConfig,
      allowNegativeStock: true,
    });
    expect(stockLevel(allowed, filter.id).onHand).toBe('-3');
  });

  it('§6.2.2 posting the same idempotency key twice changes nothing', () => {
    const first = receipt({ idempotencyKey: 'gr_7:1' });
    const ledger = post([first]);
    const again = postMovement(ledger, { ...first, at: dayAt(1) }, context)._unsafeUnwrap();
    expect(again.ledger).toBe(ledger);
    expect(again.posted).toEqual([]);
    expect(again.events).toEqual([]);
    const withinBatch = postMovements(emptyLedger(), [first, first], context)._unsafeUnwrap();
    expect(withinBatch.posted).toHaveLength(1);
    expect(stockLevel(withinBatch.ledger, filter.id).onHand).toBe('10');
  });

  it('§6.2.2 reusing a key for a different movement is refused', () => {
    const ledger = post([receipt({ idempotencyKey: 'gr_7:1' })]);
    const result = postMovement(
      ledger,
      receipt({ idempotencyKey: 'gr_7:1', quantity: '11' }),
      context,
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'idempotency_key_reused',
      data: { idempotencyKey: 'gr_7:1' },
    });
  });

  it('§6.2.2 bad input returns typed errors and posts nothing', () => {
    const ledger = post([receipt()]);
    const cases = [
      [receipt({ quantity: '-5' }), 'validation_failed'],
      [receipt({ unitCost: { amount: '-1.00', currency: 'CNY' } }), 'validation_failed'],
      [receipt({ unitCost: undefined }), 'validation_failed'],
      [receipt({ partId: 'part_unknown' }), 'part_unknown'],
      [receipt({ unit: 'litre' }), 'unit_mismatch'],
      [receipt({ quantity: '1.5' }), 'quantity_invalid_for_unit'],
      [receipt({ unitCost: { amount: '5.00', currency: 'USD' } }), 'currency_mismatch'],
      [receipt({ actor: advisor }), 'forbidden'],
    ] as const;
    for (const [input, code] of cases) {
      const result = postMovements(ledger, [receipt(), input], context);
      expect(result._unsafeUnwrapErr().code).toBe(code);
    }
    expect(ledger.movements).toHaveLength(1);
    expect(postMovements(ledger, [null as never], context)._unsafeUnwrapErr().data).toMatchObject({
      issues: [{ path: '0' }],
    });
  });

  it('§6.2.2 measured units take fractional quantities', () => {
    const ledger = post([
      receipt({
        partId: oil.id,
        unit: 'litre',
        quantity: '20',
        unitCost: { amount: '45.50', currency: 'CNY' },
      }),
      issue({ partId: oil.id, unit: 'litre', quantity: '4.5' }),
    ]);
    expect(stockLevel(ledger, oil.id).onHand).toBe('15.5');
  });

  it('§6.2.2 issues take only available stock; a count correction may take reserved stock', () => {
    const reserved = reserveStock(
      post([receipt({ quantity: '2' })]),
      {
        reservationId: 'res_1',
        partId: filter.id,
        locationId: 'wh-main',
        unit: 'piece',
        quantity: '2',
        reference: { kind: 'repair-order', id: 'ro_9' },
        at: AT,
        actor: clerk,
      },
      context,
    )._unsafeUnwrap().ledger;
    expect(postMovement(reserved, issue(), context)._unsafeUnwrapErr().code).toBe(
      'insufficient_stock',
    );
    const corrected = postMovement(
      reserved,
      issue({ type: 'adjustment', direction: 'decrease', reason: 'count', quantity: '1' }),
      context,
    )._unsafeUnwrap().ledger;
    expect(stockLevel(corrected, filter.id)).toMatchObject({
      onHand: '1',
      reserved: '2',
      available: '-1',
    });
  });

  it('§6.2.2 every posted movement emits parts.stock-moved without customer data', () => {
    const change = postMovements(
      emptyLedger(),
      [receipt({ idempotencyKey: 'gr_9:1' })],
      context,
    )._unsafeUnwrap();
    expect(change.events).toEqual([
      {
        type: 'parts.stock-moved',
        aggregateType: 'part-stock',
        aggregateId: filter.id,
        at: AT,
        payload: {
          movementId: 'gr_9:1',
          movementType: 'receipt',
          partId: filter.id,
          locationId: 'wh-main',
          toLocationId: null,
          quantity: '10',
          unitCost: { amount: '38.00', currency: 'CNY' },
          reference: { kind: 'goods-receipt', id: 'gr_1' },
          actorId: clerk.id,
        },
      },
    ]);
  });

  it('§6.2.2 replaying the journal rebuilds the same positions', () => {
    const ledger = post([
      receipt({ quantity: '10' }),
      issue({ quantity: '3' }),
      receipt({ quantity: '5', unitCost: { amount: '41.00', currency: 'CNY' } }),
    ]);
    const rebuilt = replayLedger(ledger.movements, context)._unsafeUnwrap();
    expect(rebuilt.positions).toEqual(ledger.positions);
    expect(rebuilt.movementKeys).toEqual(ledger.movementKeys);
    const doubled = replayLedger(
      [...ledger.movements, ...ledger.movements],
      context,
    )._unsafeUnwrap();
    expect(doubled.movements).toHaveLength(3);
    const conflicting = {
      ...ledger.movements[1],
      quantity: '4',
    } as (typeof ledger.movements)[number];
    expect(replayLedger([...ledger.movements, conflicting], context)._unsafeUnwrapErr().code).toBe(
      'idempotency_key_reused',
    );
  });

  it('§6.2.2 never mutates the ledger it is given', () => {
    const ledger = post([receipt()]);
    const snapshot = JSON.stringify(ledger);
    post([issue(), receipt()], ledger);
    expect(JSON.stringify(ledger)).toBe(snapshot);
    expect(JSON.parse(snapshot)).toEqual(ledger);
  });

  it('§6.2.2 never throws on hostile input', () => {
    const ledger = post([receipt()]);
    for (const input of hostileInputs) {
      expect(postMovements(ledger, [input as never], context).isErr()).toBe(true);
      if (!Array.isArray(input)) {
        expect(postMovements(ledger, input as never, context).isErr()).toBe(true);
      }
    }
  });
});
