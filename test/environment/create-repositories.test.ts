import { describe, expect, it } from 'vitest';
import {
  createEnvironmentRepositories,
  ENVIRONMENT_COLLECTIONS,
  recordMeterReading,
  recordWasteLot,
  transitionWasteLot,
  type WasteHandler,
} from '../../src/environment/index';
import { createMemoryStore } from '../../src/memory/index';
import { at, generate, handler, meter, read, safetyOfficer, supervisor, T0 } from './fixtures';

describe('createEnvironmentRepositories', () => {
  it('§10.3(5) X-6 keeps the waste ledger with its events and refuses stale writes', async () => {
    const store = createMemoryStore();
    const repositories = createEnvironmentRepositories(store);
    const created = recordWasteLot(
      { category: 'used-oil', weightKg: '18.5' },
      { id: 'wl_1', at: T0, actor: supervisor },
    )._unsafeUnwrap();
    const saved = (
      await repositories.wasteLots.save(created.lot, { expectedVersion: 0, events: created.events })
    )._unsafeUnwrap();
    await repositories.wasteLots.save(generate({ category: 'paper' }, 'wl_2'), {
      expectedVersion: 0,
    });
    const stored = transitionWasteLot(saved, {
      type: 'store',
      at: at('2026-03-03T02:00:00.000Z'),
      actor: supervisor,
      location: 'A',
    })._unsafeUnwrap();
    await repositories.wasteLots.save(stored.lot, {
      expectedVersion: saved.version,
      events: stored.events,
    });

    expect(
      (await repositories.wasteLots.listByStatus('stored'))._unsafeUnwrap().map((l) => l.id),
    ).toEqual(['wl_1']);
    expect(
      (await repositories.wasteLots.listByStatus('generated'))._unsafeUnwrap().map((l) => l.id),
    ).toEqual(['wl_2']);
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events.map((e) => e.type)).toEqual([
      'environment.waste-generated',
      'environment.waste-stored',
    ]);
    const stale = await repositories.wasteLots.save(stored.lot, { expectedVersion: saved.version });
    expect(stale._unsafeUnwrapErr().code).toBe('concurrency_conflict');
  });

  it('§10.2(1) finds a meter’s latest reading and its history in reading order', async () => {
    const repositories = createEnvironmentRepositories(createMemoryStore());
    const m = meter();
    await repositories.meters.save(m, { expectedVersion: 0 });
    expect((await repositories.meterReadings.findLatest(m.id))._unsafeUnwrap()).toBeNull();
    const first = read({ meter: m, value: '100', readAt: at('2026-03-01T00:00:00.000Z') }, 'rdg_b');
    const second = recordMeterReading(
      { meter: m, previous: first, value: '150', readAt: at('2026-04-01T00:00:00.000Z') },
      { id: 'rdg_a', at: at('2026-04-01T00:00:00.000Z'), actor: safetyOfficer },
    )._unsafeUnwrap();
    await repositories.meterReadings.save(first, { expectedVersion: 0 });
    await repositories.meterReadings.save(second.reading, {
      expectedVersion: 0,
      events: second.events,
    });
    const latest = (await repositories.meterReadings.findLatest(m.id))._unsafeUnwrap();
    expect(latest?.id).toBe('rdg_a');
    const history = (await repositories.meterReadings.listByMeter(m.id))._unsafeUnwrap();
    expect(history.map((r) => r.id)).toEqual(['rdg_b', 'rdg_a']);
    expect((await repositories.meters.listByKind('electricity'))._unsafeUnwrap()).toHaveLength(1);
    expect((await repositories.meters.listByKind('gas'))._unsafeUnwrap()).toHaveLength(0);
  });

  it('§10.3(5) stores handlers under the documented collection names', async () => {
    const store = createMemoryStore();
    const repositories = createEnvironmentRepositories(store);
    await repositories.wasteHandlers.save(handler(), { expectedVersion: 0 });
    const direct = await store
      .repository<WasteHandler>(ENVIRONMENT_COLLECTIONS.wasteHandlers)
      .get('wh_1' as WasteHandler['id']);
    expect(direct._unsafeUnwrap().id).toBe('wh_1');
    expect(
      (await repositories.wasteHandlers.get('wh_1' as never))._unsafeUnwrap().licenceNumber,
    ).toBe('JS3201OOD123');
  });
});
