import { describe, expect, it } from 'vitest';
import { createCrmRepositories, followUpFromDelivery, updateCustomer } from '../../src/crm/index';
import { createMemoryStore } from '../../src/memory/index';
import { type MobilePhone, parseWith, VinSchema } from '../../src/shared/index';
import { at, complaint, csAgent, customer, delivery, PHONE, VIN, vehicle } from './fixtures';

describe('createCrmRepositories', () => {
  it('§11.1.2 §7.1.3 stores customers, finds them by phone, and keeps the history', async () => {
    const store = createMemoryStore();
    const repositories = createCrmRepositories(store);
    const c = customer();
    const saved = (await repositories.customers.save(c, { expectedVersion: 0 }))._unsafeUnwrap();
    expect(saved.version).toBe(1);
    await repositories.customers.save(customer({ mobilePhone: '13900001111' }, 'cus_2'), {
      expectedVersion: 0,
    });
    const found = (
      await repositories.customers.findByMobilePhone(PHONE as MobilePhone)
    )._unsafeUnwrap();
    expect(found.map((x) => x.id)).toEqual(['cus_1']);

    const update = updateCustomer(
      saved,
      { email: 'a@b.cn' },
      {
        revisionId: 'rev_1',
        at: at('2026-04-01T00:00:00.000Z'),
        actor: csAgent,
      },
    )._unsafeUnwrap();
    const committed = await store.unitOfWork.commit([
      {
        collection: 'crm-customer',
        entity: update.customer,
        expectedVersion: saved.version,
        events: update.events,
      },
      { collection: 'crm-revision', entity: update.revision!, expectedVersion: 0 },
    ]);
    expect(committed.isOk()).toBe(true);
    const history = (await repositories.revisions.listBySubject('cus_1'))._unsafeUnwrap();
    expect(history.map((r) => r.subjectVersion)).toEqual([2]);
    // a stale write is refused.
    const stale = await repositories.customers.save(c, { expectedVersion: 0 });
    expect(stale._unsafeUnwrapErr().code).toBe('concurrency_conflict');
  });

  it('§2.2.5(2) finds follow-ups by repair order, so the delivery reaction can be idempotent', async () => {
    const repositories = createCrmRepositories(createMemoryStore());
    const { task, events } = followUpFromDelivery(delivery(), { id: 'fu_1' })._unsafeUnwrap();
    await repositories.followUps.save(task, { expectedVersion: 0, events });
    const existing = (
      await repositories.followUps.findByRepairOrder(task.repairOrderId)
    )._unsafeUnwrap();
    expect(existing.map((t) => t.id)).toEqual(['fu_1']);
    expect((await repositories.followUps.listByStatus('open'))._unsafeUnwrap()).toHaveLength(1);
  });

  it('§7.3.2 §7.1.1 lists complaints by status and vehicles by VIN and owner, across pages', async () => {
    const repositories = createCrmRepositories(createMemoryStore());
    for (let i = 0; i < 3; i += 1) {
      await repositories.complaints.save(complaint({}, `cmp_${i}`), { expectedVersion: 0 });
    }
    expect((await repositories.complaints.listByStatus('received'))._unsafeUnwrap()).toHaveLength(
      3,
    );
    expect(
      (await repositories.complaints.listByCustomer(complaint().customerId))._unsafeUnwrap(),
    ).toHaveLength(3);
    await repositories.vehicles.save(vehicle(), { expectedVersion: 0 });
    const vin = parseWith(VinSchema, VIN)._unsafeUnwrap();
    expect((await repositories.vehicles.findByVin(vin))._unsafeUnwrap()).toHaveLength(1);
    expect(
      (await repositories.vehicles.listByCustomer(vehicle().customerId))._unsafeUnwrap(),
    ).toHaveLength(1);
  });
});
