import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import {
  createQualityRepositories,
  QUALITY_COLLECTIONS,
  registerEquipment,
  transitionInspection,
} from '../../src/quality/index';
import { open, selfCheck, supervisor, T0 } from './fixtures';

describe('createQualityRepositories (§11.1.2)', () => {
  it('§3.4(5) X-6 saves inspections with their events and rejects stale writes', async () => {
    const store = createMemoryStore();
    const { inspections } = createQualityRepositories(store);
    const opened = open();
    const saved = (await inspections.save(opened, { expectedVersion: 0 }))._unsafeUnwrap();
    const { state, events } = transitionInspection(saved, selfCheck())._unsafeUnwrap();
    const next = await inspections.save(state, { expectedVersion: saved.version, events });
    expect(next._unsafeUnwrap().version).toBe(2);
    const stale = await inspections.save(state, { expectedVersion: saved.version, events });
    expect(stale._unsafeUnwrapErr().code).toBe('concurrency_conflict');
    const found = (await inspections.findByRepairOrder('ro_1'))._unsafeUnwrap();
    expect(found.map((i) => [i.id, i.status])).toEqual([['insp_1', 'awaiting-team-check']]);
    expect((await inspections.findByRepairOrder('ro_9'))._unsafeUnwrap()).toEqual([]);
  });

  it('§4.2(5) lists equipment in service', async () => {
    const store = createMemoryStore();
    const { equipment } = createQualityRepositories(store);
    const context = { actor: supervisor, at: T0 };
    for (const id of ['eq_1', 'eq_2']) {
      const { equipment: entry } = registerEquipment(
        { id, name: id, kind: 'tool', calibrationIntervalDays: null },
        context,
      )._unsafeUnwrap();
      await equipment.save(id === 'eq_2' ? { ...entry, status: 'retired' } : entry, {
        expectedVersion: 0,
      });
    }
    const inService = (await equipment.listInService())._unsafeUnwrap();
    expect(inService.map((e) => e.id)).toEqual(['eq_1']);
  });

  it('§4.1(4) finds no counter before the first certificate, and reports storage failures', async () => {
    const { certificateCounters, certificates } = createQualityRepositories(createMemoryStore());
    expect((await certificateCounters.findFor('SH4S01', 2026))._unsafeUnwrap()).toBeNull();
    expect((await certificates.findByRepairOrder('ro_1'))._unsafeUnwrap()).toBeNull();
    const failing = createQualityRepositories(createMemoryStore({ failOn: () => true }));
    expect(
      (await failing.certificateCounters.findFor('SH4S01', 2026))._unsafeUnwrapErr().code,
    ).toBe('storage_failed');
  });

  it('uses prefixed collection names that cannot clash with other modules', () => {
    expect(Object.values(QUALITY_COLLECTIONS).every((name) => name.startsWith('quality-'))).toBe(
      true,
    );
  });
});
