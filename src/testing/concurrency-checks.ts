import { expect } from 'vitest';
import type { Repository, Store } from '../shared/index';
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

/** One writer of the lost-update test: read, add one, save; on a conflict, read again. */
async function increment(widgets: Repository<Widget>, id: string, writer: number): Promise<number> {
  for (let attempt = 1; attempt <= 1000; attempt += 1) {
    const current = expectOk(await widgets.get(id as Widget['id']), 'get');
    const next = { ...current, rank: (current.rank ?? 0) + 1, name: `writer ${writer}` };
    const saved = await widgets.save(next, {
      expectedVersion: current.version,
      events: [widgetEvent(id, 'incremented')],
    });
    if (saved.isOk()) return attempt;
    expect(saved.error.code).toBe('concurrency_conflict');
  }
  throw new Error('a writer never got its increment through');
}

async function raceOnce(store: Store, writers: number, version: number) {
  const widgets = store.repository<Widget>('widget');
  const results = await Promise.all(
    Array.from({ length: writers }, (_, writer) =>
      widgets.save(widget('w1', { name: `writer ${writer}` }), {
        expectedVersion: version,
        events: [widgetEvent('w1', 'renamed')],
      }),
    ),
  );
  const winners = results.filter((result) => result.isOk());
  expect(winners, `writers at version ${version}`).toHaveLength(1);
  for (const loser of results.filter((result) => result.isErr())) {
    expect(expectErr(loser)).toEqual({
      code: 'concurrency_conflict',
      clause: 'X-6',
      data: { entity: 'widget', id: 'w1', expectedVersion: version, actualVersion: version + 1 },
    });
  }
  const stored = expectOk(await widgets.get(widget('w1').id));
  expect(stored).toEqual(expectOk(itemAt(winners, 0)));
}

export const concurrencyChecks: readonly ConformanceCheck[] = [
  {
    name: 'X-6 rejects a stale save with concurrency_conflict and writes nothing, events included',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        expectOk(await widgets.save(widget('w1'), { expectedVersion: 0 }));
        expectOk(await widgets.save(widget('w1', { name: 'second' }), { expectedVersion: 1 }));
        const stale = await widgets.save(widget('w1', { name: 'stale' }), {
          expectedVersion: 1,
          events: [widgetEvent('w1', 'renamed')],
        });
        expect(expectErr(stale)).toEqual({
          code: 'concurrency_conflict',
          clause: 'X-6',
          data: { entity: 'widget', id: 'w1', expectedVersion: 1, actualVersion: 2 },
        });
        expect(expectOk(await widgets.get(widget('w1').id))).toMatchObject({
          name: 'second',
          version: 2,
        });
        expect(expectOk(await store.outbox.read({ limit: 10 }))).toEqual([]);
      }),
  },
  {
    name: 'X-6 rejects creating an entity that exists and updating one that does not',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        expectOk(await widgets.save(widget('w1'), { expectedVersion: 0 }));
        const duplicate = expectErr(
          await widgets.save(widget('w1', { name: 'x' }), { expectedVersion: 0 }),
        );
        expect(duplicate).toMatchObject({
          code: 'concurrency_conflict',
          data: { actualVersion: 1 },
        });
        const ghost = expectErr(await widgets.save(widget('w2'), { expectedVersion: 3 }));
        expect(ghost).toMatchObject({
          code: 'concurrency_conflict',
          data: { entity: 'widget', id: 'w2', expectedVersion: 3, actualVersion: 0 },
        });
        expect(expectErr(await widgets.get(widget('w2').id)).code).toBe('not_found');
        expect(expectOk(await widgets.get(widget('w1').id)).name).toBe('widget w1');
      }),
  },
  {
    name: 'X-6 accepts a save exactly when expectedVersion equals the stored version',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        let current = 0;
        for (const [index, expectedVersion] of [0, 0, 2, 1, 1, 3, 2, 2, 0, 3, 4].entries()) {
          const result = await widgets.save(widget('w1', { name: `n${index}` }), {
            expectedVersion,
          });
          expect(result.isOk(), `save #${index} at ${expectedVersion}`).toBe(
            expectedVersion === current,
          );
          if (result.isOk()) current += 1;
        }
        expect(expectOk(await widgets.get(widget('w1').id))).toMatchObject({
          version: 5,
          name: 'n10',
        });
      }),
  },
  {
    name: 'X-6 lets exactly one of N concurrent writers win at each version',
    run: ({ makeStore, writers }) =>
      withStore(makeStore, async (store) => {
        expectOk(
          await store.repository<Widget>('widget').save(widget('w1'), { expectedVersion: 0 }),
        );
        for (const version of [1, 2, 3]) await raceOnce(store, writers, version);
        const events = expectOk(await store.outbox.read({ limit: 1000 }));
        expect(events).toHaveLength(3);
      }),
  },
  {
    name: 'X-6 loses no update: N concurrent read-modify-write loops with retries all count',
    run: ({ makeStore, writers }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        expectOk(await widgets.save(widget('w1', { rank: 0 }), { expectedVersion: 0 }));
        const rounds = 3;
        await Promise.all(
          Array.from({ length: writers }, async (_, writer) => {
            for (let round = 0; round < rounds; round += 1) await increment(widgets, 'w1', writer);
          }),
        );
        const stored = expectOk(await widgets.get(widget('w1').id));
        expect(stored.rank).toBe(writers * rounds);
        expect(stored.version).toBe(writers * rounds + 1);
        const events = expectOk(await store.outbox.read({ limit: 1000 }));
        expect(events).toHaveLength(writers * rounds);
      }),
  },
  {
    name: 'X-6 lets one of two concurrent commits touching the same entity win, all or nothing',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        expectOk(
          await store.repository<Widget>('widget').save(widget('w1'), { expectedVersion: 0 }),
        );
        const [first, second] = await Promise.all([
          store.unitOfWork.commit([
            { collection: 'widget', entity: widget('w1', { name: 'one' }), expectedVersion: 1 },
            {
              collection: 'gadget',
              entity: widget('g1'),
              expectedVersion: 0,
              events: [widgetEvent('g1')],
            },
          ]),
          store.unitOfWork.commit([
            {
              collection: 'widget',
              entity: widget('w2'),
              expectedVersion: 0,
              events: [widgetEvent('w2')],
            },
            { collection: 'widget', entity: widget('w1', { name: 'two' }), expectedVersion: 1 },
          ]),
        ]);
        expect([first.isOk(), second.isOk()].sort()).toEqual([false, true]);
        const after = await snapshot(store);
        const winner = first.isOk() ? 'one' : 'two';
        expect(after.widgets.find((w) => w.id === 'w1')?.name).toBe(winner);
        expect(after.widgets.some((w) => w.id === 'w2')).toBe(winner === 'two');
        expect(after.gadgets.length).toBe(winner === 'one' ? 1 : 0);
        expect(after.events).toHaveLength(1);
      }),
  },
];
