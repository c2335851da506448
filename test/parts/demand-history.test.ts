import { describe, expect, it } from 'vitest';
import {
  buildCatalogue,
  buildDailyDemand,
  emptyLedger,
  planReplenishment,
  postMovements,
  recordLostSale,
  toReplenishmentPart,
} from '../../src/parts/index';
import type { CalendarDate } from '../../src/shared/index';
import { clerk, dayAt, filter, issue, part, receipt } from './fixtures';

const oldFilter = part({ id: 'part_old', partNumber: '90915-OLD', supersededBy: '90915-YZZE1' });
const catalogue = buildCatalogue([oldFilter, filter])._unsafeUnwrap();
const context = { catalogue };
const from = '2026-03-02' as CalendarDate;

function history() {
  const posted = postMovements(
    emptyLedger(),
    [
      receipt({ partId: oldFilter.id, quantity: '5', at: dayAt(0) }),
      receipt({ quantity: '20', at: dayAt(0) }),
      issue({ quantity: '2', at: dayAt(0) }),
      issue({ quantity: '1', at: dayAt(1) }),
      issue({ type: 'return', quantity: '1', at: dayAt(1) }),
      issue({ partId: oldFilter.id, quantity: '3', at: dayAt(2) }),
      issue({
        type: 'counter-sale',
        quantity: '1',
        at: dayAt(3),
        reference: { kind: 'sales-order', id: 'so_1' },
      }),
      issue({ quantity: '1', at: dayAt(40) }),
    ],
    context,
  )._unsafeUnwrap().ledger;
  return recordLostSale(
    posted,
    {
      idempotencyKey: 'lost_1',
      partId: filter.id,
      unit: 'piece',
      quantity: '4',
      at: dayAt(3),
      actor: clerk,
    },
    context,
  )._unsafeUnwrap().ledger;
}

describe('buildDailyDemand', () => {
  it('§6.2.1 X-4 counts issues, sales and lost sales per dealer day, less returns', () => {
    const demand = buildDailyDemand(history(), catalogue, { from, days: 5 })._unsafeUnwrap();
    expect([...(demand.get(filter.id) ?? [])]).toEqual([2, 0, 3, 5, 0]);
  });

  it('§6.2.1 demand of a superseded part number rolls up to the current part', () => {
    const demand = buildDailyDemand(history(), catalogue, { from, days: 5 })._unsafeUnwrap();
    expect(demand.has(oldFilter.id)).toBe(false);
    expect(demand.get(filter.id)?.[2]).toBe(3);
  });

  it('§6.2.1 days come from the dealer time zone and the period bounds', () => {
    // 2026-03-02T17:00Z is already 03-03 in Shanghai.
    const ledger = postMovements(
      emptyLedger(),
      [receipt({ quantity: '5', at: dayAt(0) }), issue({ at: dayAt(0, 17) })],
      context,
    )._unsafeUnwrap().ledger;
    expect([
      ...(buildDailyDemand(ledger, catalogue, { from, days: 2 })._unsafeUnwrap().get(filter.id) ??
        []),
    ]).toEqual([0, 1]);
    expect(
      buildDailyDemand(ledger, catalogue, {
        from: '2026-03-04' as CalendarDate,
        days: 5,
      })._unsafeUnwrap().size,
    ).toBe(0);
    expect(buildDailyDemand(ledger, catalogue, { from, days: 0 })._unsafeUnwrapErr()).toMatchObject(
      {
        code: 'replenishment_input_invalid',
        data: { field: 'days' },
      },
    );
  });

  it('§6.1.1 feeds planning through toReplenishmentPart', () => {
    const ledger = history();
    const demand = buildDailyDemand(ledger, catalogue, { from, days: 90 })._unsafeUnwrap();
    const input = toReplenishmentPart(filter, ledger, {
      dailyDemand: demand.get(filter.id) ?? [],
      onOrder: 2,
    });
    expect(input).toMatchObject({
      partId: filter.id,
      supplierId: 'sup_faw',
      onHand: 16,
      onOrder: 2,
      reserved: 0,
      leadTimeDays: 3,
      orderMultiple: 1,
      minimumOrderQuantity: 1,
    });
    expect(planReplenishment([input]).isOk()).toBe(true);
  });
});
