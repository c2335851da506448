import { describe, expect, it } from 'vitest';
import { createMemoryStore, type MemoryOperation } from '../../src/memory/index';
import type { Change, Store } from '../../src/shared/index';
import { issuesOf, type Widget, widget, widgetEvent } from './fixtures';

async function snapshot(store: Store) {
  const widgets = await store.repository<Widget>('widget').list({ limit: 100 });
  const gadgets = await store.repository<Widget>('gadget').list({ limit: 100 });
  const events = await store.outbox.read({ limit: 100 });
  return {
    widgets: widgets._unsafeUnwrap().items,
    gadgets: gadgets._unsafeUnwrap().items,
    events: events._unsafeUnwrap(),
  };
}

/** A store holding w1 (version 1) and one event, plus a three-change commit against it. */
async function seeded(failOn?: (operation: MemoryOperation) => boolean) {
  const store = createMemoryStore(failOn ? { failOn } : {});
  await store.repository<Widget>('widget').save(widget('w1'), {
    expectedVersion: 0,
    events: [widgetEvent('w1')],
  });
  const changes: Change[] = [
    {
      collection: 'widget',
      entity: widget('w1', { name: 'one' }),
      expectedVersion: 1,
      events: [widgetEvent('w1', 'renamed')],
    },
    { collection: 'gadget', entity: widget('g1'), expectedVersion: 0, events: [widgetEvent('g1')] },
    { collection: 'widget', entity: widget('w2'), expectedVersion: 0, events: [widgetEvent('w2')] },
  ];
  return { store, changes, before: await snapshot(store) };
}

describe('memory unit of work', () => {
  it('X-5 commits several aggregates and their events together, in change order', async () => {
    const { store, changes } = await seeded();
    const stored = (await store.unitOfWork.commit(changes))._unsafeUnwrap();
    expect(stored.map((entity) => [entity.id, entity.version])).toEqual([
      ['w1', 2],
      ['g1', 1],
      ['w2', 1],
    ]);
    const after = await snapshot(store);
    expect(after.widgets.map((w) => w.name)).toEqual(['one', 'widget w2']);
    expect(after.gadgets).toHaveLength(1);
    expect(after.events.map((event) => [event.sequence, event.type, event.aggregateId])).toEqual([
      [1, 'widget.created', 'w1'],
      [2, 'widget.renamed', 'w1'],
      [3, 'widget.created', 'g1'],
      [4, 'widget.created', 'w2'],
    ]);
  });

  it('X-6 X-5 stores nothing, events included, when the second change is stale', async () => {
    const { store, changes, before } = await seeded();
    const stale = changes.map((change, index) =>
      index === 1 ? { ...change, expectedVersion: 4 } : change,
    );
    const error = (await store.unitOfWork.commit(stale))._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: 'concurrency_conflict',
      data: { entity: 'gadget', id: 'g1' },
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it('X-5 stores nothing when storage fails part-way through the writes', async () => {
    const { store, changes, before } = await seeded(
      (op) => op.kind === 'write' && op.collection === 'gadget',
    );
    const error = (await store.unitOfWork.commit(changes))._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'storage_failed',
      data: { operation: 'commit', reason: 'injected_fault' },
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it('X-5 stores nothing when appending the last event fails', async () => {
    const seen: MemoryOperation[] = [];
    const failOn = (op: MemoryOperation) => {
      seen.push(op);
      return (
        op.kind === 'append-event' && seen.filter((o) => o.kind === 'append-event').length === 4
      );
    };
    const { store, changes, before } = await seeded(failOn);
    expect((await store.unitOfWork.commit(changes))._unsafeUnwrapErr().code).toBe('storage_failed');
    expect(await snapshot(store)).toEqual(before);
    // The following commit succeeds and numbers its events right after the old ones: no gap.
    const ok = await store.unitOfWork.commit([changes[1]!]);
    expect(ok.isOk()).toBe(true);
    expect((await snapshot(store)).events.map((event) => event.sequence)).toEqual([1, 2]);
  });

  it('X-6 rejects a commit naming the same entity twice and stores nothing', async () => {
    const { store, changes, before } = await seeded();
    const error = (await store.unitOfWork.commit([...changes, changes[0]!]))._unsafeUnwrapErr();
    expect(error.code).toBe('validation_failed');
    expect(error.data).toMatchObject({ issues: [{ path: '3', reason: 'duplicate_change' }] });
    expect(await snapshot(store)).toEqual(before);
  });

  it('X-5 rejects a commit with one invalid change, reporting its index, and stores nothing', async () => {
    const { store, changes, before } = await seeded();
    const broken = [...changes];
    broken[2] = {
      ...changes[2]!,
      collection: 'Not Kebab',
      entity: { ...changes[2]!.entity, at: new Date(0) } as never,
    };
    const error = (await store.unitOfWork.commit(broken))._unsafeUnwrapErr();
    const paths = issuesOf(error).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['2.collection', '2.entity']));
    expect(await snapshot(store)).toEqual(before);
  });

  it('§11.1.2 commits an empty change list as a no-op and rejects a non-array', async () => {
    const { store, before } = await seeded();
    expect((await store.unitOfWork.commit([]))._unsafeUnwrap()).toEqual([]);
    expect((await store.unitOfWork.commit('nope' as never))._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
    expect(await snapshot(store)).toEqual(before);
  });

  it('X-6 lets one of two concurrent commits touching the same entity win', async () => {
    const { store, changes } = await seeded();
    const [first, second] = await Promise.all([
      store.unitOfWork.commit([changes[0]!, changes[1]!]),
      store.unitOfWork.commit([
        changes[2]!,
        { ...changes[0]!, entity: widget('w1', { name: 'other' }) },
      ]),
    ]);
    expect([first.isOk(), second.isOk()].sort()).toEqual([false, true]);
    const after = await snapshot(store);
    expect(after.widgets.find((w) => w.id === 'w2')).toBeUndefined();
    expect(after.events).toHaveLength(3);
  });
});
