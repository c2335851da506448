import { expect } from 'vitest';
import type { Entity, Id, Instant, Store } from '../../src/shared/index';

const at = '2026-11-27T05:23:45.000Z' as Instant;

/** A bookable slot of the capacity calendar: the aggregate two customers race for. */
export type Slot = Entity<'Slot'> & { readonly capacity: number; readonly booked: number };
type Appointment = Entity<'Appointment'> & { readonly slotId: string; readonly customerId: string };

export async function seedLastFreeSlot(store: Store): Promise<void> {
  const slot: Slot = {
    id: 'slot_2026-12-01_0900' as Id<'Slot'>,
    version: 0,
    createdAt: at,
    updatedAt: at,
    capacity: 3,
    booked: 2,
  };
  const saved = await store.repository<Slot>('capacity-slot').save(slot, { expectedVersion: 0 });
  expect(saved.isOk()).toBe(true);
}

/**
 * The first half of a customer's booking: load the slot. Returns the second
 * half — take the slot and create the appointment in one unit of work — or
 * the outcome when there is nothing to commit.
 */
export async function prepareBooking(
  store: Store,
  customer: number,
): Promise<(() => Promise<string>) | string> {
  const slots = store.repository<Slot>('capacity-slot');
  const loaded = await slots.get('slot_2026-12-01_0900' as Id<'Slot'>);
  if (loaded.isErr()) return loaded.error.code;
  const slot = loaded.value;
  if (slot.booked >= slot.capacity) return 'full';
  const appointment: Appointment = {
    id: `apt_${customer}` as Id<'Appointment'>,
    version: 0,
    createdAt: at,
    updatedAt: at,
    slotId: slot.id,
    customerId: `cus_${customer}`,
  };
  const booked = {
    type: 'appointment.booked',
    aggregateType: 'appointment',
    aggregateId: appointment.id,
    at,
    payload: { slotId: slot.id },
  };
  return async () => {
    const committed = await store.unitOfWork.commit([
      {
        collection: 'capacity-slot',
        entity: { ...slot, booked: slot.booked + 1 } as Slot,
        expectedVersion: slot.version,
      },
      { collection: 'appointment', entity: appointment, expectedVersion: 0, events: [booked] },
    ]);
    return committed.isOk() ? 'booked' : committed.error.code;
  };
}

/** One customer's whole booking: `booked`, `full`, or the error code of the failed commit. */
export async function book(store: Store, customer: number): Promise<string> {
  const prepared = await prepareBooking(store, customer);
  return typeof prepared === 'string' ? prepared : prepared();
}

/** Checks the outcome of a race for the last slot: one booking, the others refused, nothing half-written. */
export async function expectOneBooking(store: Store, outcomes: readonly string[]): Promise<void> {
  expect(outcomes.filter((outcome) => outcome === 'booked')).toHaveLength(1);
  for (const outcome of outcomes.filter((o) => o !== 'booked')) {
    expect(['concurrency_conflict', 'full']).toContain(outcome);
  }
  const slot = await store
    .repository<Slot>('capacity-slot')
    .get('slot_2026-12-01_0900' as Id<'Slot'>);
  expect(slot._unsafeUnwrap()).toMatchObject({ booked: 3, version: 2 });
  const appointments = await store.repository<Appointment>('appointment').list({ limit: 100 });
  expect(appointments._unsafeUnwrap().items).toHaveLength(1);
  const events = (await store.outbox.read({ limit: 100 }))._unsafeUnwrap();
  expect(events.map((event) => event.type)).toEqual(['appointment.booked']);
}
