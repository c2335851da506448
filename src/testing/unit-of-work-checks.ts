import { expect } from 'vitest';
import type { Change, Store } from '../shared/index';
import {
  type ConformanceCheck,
  expectErr,
  expectOk,
  itemAt,
  snapshot,
  type Widget,
  widget,
  widgetEvent,
  withStore,
} from './fixtures';
import type { StoreFault, StoreHandle } from './types';

/** Seeds w1 (version 1, one event) and returns a three-change commit against it. */
async function seeded(store: Store) {
  expectOk(
    await store.repository<Widget>('widget').save(widget('w1'), {
      expectedVersion: 0,
      events: [widgetEvent('w1')],
    }),
  );
  const changes: Change[] = [
    {
      collection: 'widget',
      entity: widget('w1', { name: 'one' }),
      expectedVersion: 1,
      events: [widgetEvent('w1', 'renamed')],
    },
    { collection: 'gadget', entity: widget('g1'), expectedVersion: 0, events: [widgetEvent('g1')] },
    {
      collection: 'widget',
      entity: widget('w2'),
      expectedVersion: 0,
      events: [widgetEvent('w2'), widgetEvent('w2', 'opened')],
    },
  ];
  return { changes, before: await snapshot(store) };
}

/** A commit that fails at `fault` part-way stores nothing, and the store works afterwards. */
function faultCheck(name: string, fault: StoreFault): ConformanceCheck {
  return {
    name,
    needsFaults: true,
    run: ({ options }) => {
      const open = (): Promise<StoreHandle> => {
        if (!options.makeFailingStore) throw new Error('makeFailingStore is required');
        return options.makeFailingStore(fault);
      };
      return withStore(open, async (store) => {
        const { changes, before } = await seeded(store);
        const error = expectErr(await store.unitOfWork.commit(changes));
        expect(error.code).toBe('storage_failed');
        expect(await snapshot(store)).toEqual(before);
        const unaffected = await store.unitOfWork.commit([
          {
            collection: 'widget',
            entity: widget('w3'),
            expectedVersion: 0,
            events: [widgetEvent('w3')],
          },
        ]);
        expect(unaffected.isOk()).toBe(true);
      });
    },
  };
}

export const unitOfWorkChecks: readonly ConformanceCheck[] = [
  {
    name: 'X-5 commits several aggregates and their events together, in change order',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const { changes, before } = await seeded(store);
        const stored = expectOk(await store.unitOfWork.commit(changes));
        expect(stored.map((entity) => [entity.id, entity.version])).toEqual([
          ['w1', 2],
          ['g1', 1],
          ['w2', 1],
        ]);
        expect(stored[0]).toEqual({ ...widget('w1', { name: 'one' }), version: 2 });
        const after = await snapshot(store);
        expect(after.widgets.map((w) => [w.id, w.name, w.version])).toEqual([
          ['w1', 'one', 2],
          ['w2', 'widget w2', 1],
        ]);
        expect(after.gadgets).toHaveLength(1);
        const added = after.events.slice(before.events.length);
        expect(added.map((event) => [event.type, event.aggregateId])).toEqual([
          ['widget.renamed', 'w1'],
          ['widget.created', 'g1'],
          ['widget.created', 'w2'],
          ['widget.opened', 'w2'],
        ]);
      }),
  },
  {
    name: 'X-6 X-5 stores nothing, events included, when a later change is stale',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const { changes, before } = await seeded(store);
        for (const stale of [1, 2]) {
          const broken = changes.map((change, index) =>
            index === stale ? { ...change, expectedVersion: 4 } : change,
          );
          const error = expectErr(await store.unitOfWork.commit(broken));
          const { collection, entity } = itemAt(changes, stale);
          expect(error).toMatchObject({
            code: 'concurrency_conflict',
            data: { entity: collection, id: entity.id, expectedVersion: 4, actualVersion: 0 },
          });
          expect(await snapshot(store)).toEqual(before);
        }
      }),
  },
  {
    name: 'X-6 rejects a commit naming the same entity twice (duplicate_change) and stores nothing',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const { changes, before } = await seeded(store);
        const error = expectErr(await store.unitOfWork.commit([...changes, itemAt(changes, 0)]));
        expect(error.code).toBe('validation_failed');
        expect(error.data).toMatchObject({ issues: [{ path: '3', reason: 'duplicate_change' }] });
        expect(await snapshot(store)).toEqual(before);
      }),
  },
  {
    name: 'X-5 rejects a commit with one invalid change, naming its index, and stores nothing',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const { changes, before } = await seeded(store);
        const last = itemAt(changes, 2);
        const broken = [
          ...changes.slice(0, 2),
          {
            ...last,
            collection: 'Not Kebab',
            entity: { ...last.entity, at: new Date(0) } as never,
          },
        ];
        const error = expectErr(await store.unitOfWork.commit(broken));
        const issues = (error.data as unknown as { issues: { path: string }[] }).issues;
        expect(issues.map((issue) => issue.path)).toEqual(
          expect.arrayContaining(['2.collection', '2.entity']),
        );
        expect(await snapshot(store)).toEqual(before);
      }),
  },
  {
    name: '§11.1.2 commits an empty change list as a no-op and rejects a non-array',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const { before } = await seeded(store);
        expect(expectOk(await store.unitOfWork.commit([]))).toEqual([]);
        expect(expectErr(await store.unitOfWork.commit('nope' as never)).code).toBe(
          'validation_failed',
        );
        expect(await snapshot(store)).toEqual(before);
      }),
  },
  faultCheck('X-5 stores nothing when storage fails writing the second entity of a commit', {
    kind: 'entity-write',
    collection: 'gadget',
    id: 'g1',
  }),
  faultCheck('X-5 stores nothing when storage fails appending the last event of a commit', {
    kind: 'event-append',
    eventType: 'widget.opened',
  }),
];
