import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import {
  createSafetyRepositories,
  findOverdueDrills,
  findOverdueHazards,
  registerSafetyRecord,
  SAFETY_COLLECTIONS,
  transitionHazard,
} from '../../src/safety/index';
import {
  at,
  drill,
  hazard,
  incident,
  plan,
  safetyOfficer,
  T0,
  workshopSupervisor,
} from './fixtures';

describe('createSafetyRepositories', () => {
  it('§9.1.2 stores hazards with their events and lists the open ones for the overdue check', async () => {
    const store = createMemoryStore();
    const { hazards } = createSafetyRepositories(store);
    const major = hazard();
    const low = hazard({ id: 'hz_2', riskLevel: 'low' });
    await hazards.save(major, { expectedVersion: 0 });
    const saved = (await hazards.save(low, { expectedVersion: 0 }))._unsafeUnwrap();
    const started = transitionHazard(saved, {
      type: 'start-rectification',
      at: T0,
      actor: workshopSupervisor,
    })._unsafeUnwrap();
    await hazards.save(started.hazard, { expectedVersion: saved.version, events: started.events });

    const open = (await hazards.listOpen())._unsafeUnwrap();
    expect(open.map((h) => h.id)).toEqual(['hz_1', 'hz_2']);
    expect((await hazards.listByStatus('rectifying'))._unsafeUnwrap().map((h) => h.id)).toEqual([
      'hz_2',
    ]);
    expect(findOverdueHazards(open, at('2026-03-10T02:00:00.000Z')).map((h) => h.hazardId)).toEqual(
      ['hz_1'],
    );
    const pending = (await store.outbox.pending(10))._unsafeUnwrap();
    expect(pending.map((e) => e.type)).toEqual(['safety.hazard-rectification-started']);
    // a stale write is refused.
    expect((await hazards.save(low, { expectedVersion: 0 }))._unsafeUnwrapErr().code).toBe(
      'concurrency_conflict',
    );
  });

  it('§9.3.1 §9.1.3 lists incidents by status and records by link and recipient', async () => {
    const repositories = createSafetyRepositories(createMemoryStore());
    await repositories.incidents.save(incident(), { expectedVersion: 0 });
    expect((await repositories.incidents.listByStatus('reported'))._unsafeUnwrap()).toHaveLength(1);
    const { record } = registerSafetyRecord(
      {
        kind: 'penalty',
        form: 'warning',
        recipientType: 'employee',
        recipientId: 'emp_t',
        linkType: 'incident',
        linkId: 'inc_1',
        amount: null,
        reason: '未佩戴防护手套',
      },
      { id: 'srd_1', at: T0, actor: safetyOfficer },
    )._unsafeUnwrap();
    await repositories.records.save(record, { expectedVersion: 0 });
    expect(
      (await repositories.records.listByLink('inc_1'))._unsafeUnwrap().map((r) => r.id),
    ).toEqual(['srd_1']);
    expect((await repositories.records.listByRecipient('emp_t'))._unsafeUnwrap()).toHaveLength(1);
    expect((await repositories.records.listByLink('inc_2'))._unsafeUnwrap()).toEqual([]);
  });

  it('§9.3.2 §9.3.3 keeps the plan registry and the drill log for the REG-5 schedule', async () => {
    const store = createMemoryStore();
    const repositories = createSafetyRepositories(store);
    const booth = plan({
      id: 'plan_booth',
      type: 'on-site',
      scenario: 'booth',
      effectiveOn: '2025-06-01',
    });
    const fire = plan({ effectiveOn: '2025-06-01' });
    await repositories.plans.save(booth, { expectedVersion: 0 });
    await repositories.plans.save(fire, { expectedVersion: 0 });
    await repositories.drills.save(drill([booth], '2025-08-01', 'drl_1'), { expectedVersion: 0 });
    await repositories.drills.save(drill([booth, fire], '2026-02-01', 'drl_2'), {
      expectedVersion: 0,
    });
    const plans = (await repositories.plans.listByStatus('active'))._unsafeUnwrap();
    const drills = (await repositories.drills.listAll())._unsafeUnwrap();
    expect(drills.map((d) => d.id)).toEqual(['drl_1', 'drl_2']);
    expect(
      (await repositories.drills.listForPlan(fire.id))._unsafeUnwrap().map((d) => d.id),
    ).toEqual(['drl_2']);
    expect(
      findOverdueDrills(plans, drills, at('2026-08-02T02:00:00.000Z')).map((e) => e.planId),
    ).toEqual(['plan_booth']);
    expect(Object.values(SAFETY_COLLECTIONS).every((name) => name.startsWith('safety-'))).toBe(
      true,
    );
  });
});
