import { describe, expect, it } from 'vitest';
import {
  createImprovementRepositories,
  IMPROVEMENT_COLLECTIONS,
  openActionInStore,
  transitionAction,
  triggerClaimId,
} from '../../src/improvement/index';
import { createMemoryStore } from '../../src/memory/index';
import { complaintTrigger, h, kpiTrigger, supervisor } from './fixtures';

const context = (id: string, hours = 0) => ({ id, at: h(hours), actor: supervisor });

describe('openActionInStore', () => {
  it('§12.1.1–§12.1.3 one complaint opens one action, even with two writers at once (X-6)', async () => {
    const store = createMemoryStore();
    const input = { trigger: complaintTrigger, ownerId: 'emp_t' };
    const [a, b] = await Promise.all([
      openActionInStore(store, input, context('ia_1')),
      openActionInStore(store, input, context('ia_2')),
    ]);
    const outcomes = [a, b].map((r) => (r.isOk() ? 'ok' : r.error.code)).sort();
    expect(outcomes[1]).toBe('ok');
    expect(['concurrency_conflict', 'duplicate_improvement_trigger']).toContain(outcomes[0]);
    const again = await openActionInStore(store, input, context('ia_3', 1));
    expect(again._unsafeUnwrapErr().code).toBe('duplicate_improvement_trigger');
    const stored = (
      await createImprovementRepositories(store).actions.listByStatus('open')
    )._unsafeUnwrap();
    expect(stored).toHaveLength(1);
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events.map((e) => e.type)).toEqual(['improvement.action-opened']);
  });

  it('§12.1.1–§12.1.3 after the action is cancelled the trigger may open a new one', async () => {
    const store = createMemoryStore();
    const repositories = createImprovementRepositories(store);
    const first = (
      await openActionInStore(store, { trigger: kpiTrigger, ownerId: 'emp_t' }, context('ia_1'))
    )._unsafeUnwrap();
    const cancelled = transitionAction(first, {
      type: 'cancel',
      at: h(1),
      actor: supervisor,
      reason: 'raised-in-error',
    })._unsafeUnwrap();
    await repositories.actions.save(cancelled.action, {
      expectedVersion: first.version,
      events: cancelled.events,
    });
    const second = await openActionInStore(
      store,
      { trigger: kpiTrigger, ownerId: 'emp_t2' },
      context('ia_2', 2),
    );
    expect(second._unsafeUnwrap()).toMatchObject({ id: 'ia_2', version: 1, ownerId: 'emp_t2' });
    const claim = await store
      .repository(IMPROVEMENT_COLLECTIONS.triggerClaims)
      .get(triggerClaimId(kpiTrigger) as never);
    expect(claim._unsafeUnwrap()).toMatchObject({ actionId: 'ia_2', version: 2 });
  });

  it('§12.1.1–§12.1.3 a manual preventive action is saved; errors of openAction pass through', async () => {
    const store = createMemoryStore();
    const manual = await openActionInStore(
      store,
      { title: '举升机季度点检', subject: 'lift-safety', ownerId: 'emp_t' },
      context('ia_1'),
    );
    expect(manual._unsafeUnwrap()).toMatchObject({ kind: 'preventive', version: 1 });
    const bad = await openActionInStore(
      store,
      { trigger: { ...kpiTrigger, source: 'gossip' } as never, ownerId: 'emp_t' },
      context('ia_2'),
    );
    expect(bad._unsafeUnwrapErr().code).toBe('validation_failed');
    expect(triggerClaimId(kpiTrigger)).toMatch(/^kpi-miss:kpi_below_target:[0-9a-f]{16}$/);
    expect(triggerClaimId({ ...kpiTrigger, sourceId: 'other' })).not.toBe(
      triggerClaimId(kpiTrigger),
    );
  });
});
