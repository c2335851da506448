import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import { createRepairOrderRepository } from '../../src/repair-order/create-repair-order-repository';
import { openRepairOrder } from '../../src/repair-order/open-repair-order';
import type { RepairOrder } from '../../src/repair-order/schema';
import { addMinutesToInstant, type Instant } from '../../src/shared/index';
import { advisor, at, delivered, openInput, run, T0, working } from './fixtures';

function variant(order: RepairOrder, id: string, fields: Partial<RepairOrder> = {}): RepairOrder {
  return { ...order, id, ...fields } as RepairOrder;
}

async function seeded() {
  const store = createMemoryStore();
  const orders = createRepairOrderRepository(store);
  const day = (n: number) => addMinutesToInstant(T0, n * 24 * 60) as Instant;
  const done = delivered();
  const list = [
    variant(done, 'ro_a', { deliveredAt: day(1), createdAt: day(0) }),
    variant(done, 'ro_b', { deliveredAt: day(3), createdAt: day(2) }),
    variant(done, 'ro_c', {
      deliveredAt: day(5),
      createdAt: day(4),
      vehicleId: 'veh_2' as RepairOrder['vehicleId'],
    }),
    variant(working(), 'ro_d', { createdAt: day(6) }),
    variant(working(), 'ro_e', {
      createdAt: day(7),
      vehicleId: 'veh_2' as RepairOrder['vehicleId'],
    }),
    variant(done, 'ro_f', { status: 'closed', deliveredAt: day(2), createdAt: day(1) }),
  ];
  for (const order of list) (await orders.save(order, { expectedVersion: 0 }))._unsafeUnwrap();
  return { store, orders, day };
}

describe('createRepairOrderRepository', () => {
  it('§11.1.2 X-5 saves an order with its events in one step, and gets it back', async () => {
    const store = createMemoryStore();
    const orders = createRepairOrderRepository(store);
    const { state, events } = openRepairOrder(openInput())._unsafeUnwrap();
    const saved = (await orders.save(state, { expectedVersion: 0, events }))._unsafeUnwrap();
    expect(saved.version).toBe(1);
    expect((await orders.get(state.id))._unsafeUnwrap()).toEqual(saved);
    const outbox = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(outbox.map((event) => event.type)).toEqual(['repair-order.opened']);
  });

  it('X-6 a stale expected version is a concurrency conflict, nothing is overwritten', async () => {
    const orders = createRepairOrderRepository(createMemoryStore());
    const { state } = openRepairOrder(openInput())._unsafeUnwrap();
    const saved = (await orders.save(state, { expectedVersion: 0 }))._unsafeUnwrap();
    const next = run(saved, {
      type: 'record-custody',
      at: at(3),
      actor: advisor,
      keys: 2,
      documents: [],
    })._unsafeUnwrap();
    (await orders.save(next.state, { expectedVersion: 1, events: next.events }))._unsafeUnwrap();
    const stale = await orders.save(next.state, { expectedVersion: 1 });
    expect(stale._unsafeUnwrapErr()).toMatchObject({ code: 'concurrency_conflict', clause: 'X-6' });
    expect((await orders.get(state.id))._unsafeUnwrap().version).toBe(2);
  });

  it('§11.1.2 open orders by vehicle exclude delivered, closed and cancelled ones', async () => {
    const { orders } = await seeded();
    const open = (await orders.openByVehicle('veh_1' as RepairOrder['vehicleId']))._unsafeUnwrap();
    expect(open.map((order) => order.id)).toEqual(['ro_d']);
    const history = (
      await orders.historyOfVehicle('veh_1' as RepairOrder['vehicleId'])
    )._unsafeUnwrap();
    expect(history.map((order) => order.id)).toEqual(['ro_a', 'ro_f', 'ro_b', 'ro_d']);
  });

  it('§11.1.2 orders by status, one page at a time', async () => {
    const { orders } = await seeded();
    const first = (await orders.byStatus('delivered', { limit: 1 }))._unsafeUnwrap();
    expect(first.items.map((order) => order.id)).toEqual(['ro_a']);
    const rest = (
      await orders.byStatus('delivered', { limit: 10, cursor: first.nextCursor })
    )._unsafeUnwrap();
    expect(rest.items.map((order) => order.id)).toEqual(['ro_b', 'ro_c']);
    expect(rest.nextCursor).toBeNull();
    expect((await orders.byStatus('in-progress', { limit: 0 })).isErr()).toBe(true);
  });

  it('§11.1.2 orders delivered between two instants: from inclusive, to exclusive, latest first', async () => {
    const { orders, day } = await seeded();
    const between = (await orders.deliveredBetween(day(2), day(5)))._unsafeUnwrap();
    expect(between.map((order) => order.id)).toEqual(['ro_b', 'ro_f']);
    expect((await orders.deliveredBetween(day(0), day(10)))._unsafeUnwrap()).toHaveLength(4);
    expect((await orders.deliveredBetween(day(6), day(10)))._unsafeUnwrap()).toEqual([]);
  });
});
