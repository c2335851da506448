import { expect } from 'vitest';
import type { Store, StoredEvent } from '../shared/index';
import {
  AT,
  type ConformanceCheck,
  expectOk,
  itemAt,
  LATER,
  LATEST,
  type Widget,
  widget,
  widgetEvent,
  withStore,
} from './fixtures';

/** Saves `count` widgets, each with a `created` and an `opened` event. */
async function withEvents(store: Store, count: number): Promise<readonly StoredEvent[]> {
  const widgets = store.repository<Widget>('widget');
  for (let index = 1; index <= count; index += 1) {
    const id = `w${index}`;
    const events = [widgetEvent(id), widgetEvent(id, 'opened')];
    expectOk(await widgets.save(widget(id), { expectedVersion: 0, events }));
  }
  return expectOk(await store.outbox.read({ limit: 1000 }));
}

function isIncreasing(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value > itemAt(values, index - 1));
}

/** Reads the whole log the way a dispatcher pages through it, from `after`. */
async function drain(store: Store, from: number, seen: number[]): Promise<number> {
  let after = from;
  for (;;) {
    const batch = expectOk(await store.outbox.read({ after, limit: 7 }));
    if (batch.length === 0) return after;
    seen.push(...batch.map((event) => event.sequence));
    after = itemAt(batch, -1).sequence;
  }
}

export const outboxChecks: readonly ConformanceCheck[] = [
  {
    name: 'X-5 stores a save’s events with the entity and reads them back as pending, in commit order',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const events = await withEvents(store, 3);
        expect(events.map((event) => `${event.aggregateId}:${event.type}`)).toEqual([
          'w1:widget.created',
          'w1:widget.opened',
          'w2:widget.created',
          'w2:widget.opened',
          'w3:widget.created',
          'w3:widget.opened',
        ]);
        const sequences = events.map((event) => event.sequence);
        expect(sequences.every((sequence) => Number.isSafeInteger(sequence) && sequence > 0)).toBe(
          true,
        );
        expect(isIncreasing(sequences)).toBe(true);
        expect(events[0]).toEqual({
          ...widgetEvent('w1'),
          sequence: sequences[0],
          dispatchedAt: null,
        });
      }),
  },
  {
    name: 'X-5 pages through the log with after and limit',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const sequences = (await withEvents(store, 3)).map((event) => event.sequence);
        const page = expectOk(await store.outbox.read({ after: itemAt(sequences, 1), limit: 3 }));
        expect(page.map((event) => event.sequence)).toEqual(sequences.slice(2, 5));
        expect(
          expectOk(await store.outbox.read({ after: itemAt(sequences, 5), limit: 3 })),
        ).toEqual([]);
        expect(expectOk(await store.outbox.read({ limit: 2 })).map((e) => e.sequence)).toEqual(
          sequences.slice(0, 2),
        );
      }),
  },
  {
    name: 'X-5 lists pending events oldest first and leaves out dispatched ones',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const s = (await withEvents(store, 2)).map((event) => event.sequence);
        expect(
          expectOk(await store.outbox.markDispatched([itemAt(s, 0), itemAt(s, 2)], LATER)),
        ).toBe(2);
        const pending = expectOk(await store.outbox.pending(10));
        expect(pending.map((event) => event.sequence)).toEqual([s[1], s[3]]);
        expect(expectOk(await store.outbox.pending(1)).map((event) => event.sequence)).toEqual([
          s[1],
        ]);
        const all = expectOk(await store.outbox.read({ limit: 10 }));
        expect(all.map((event) => event.dispatchedAt)).toEqual([LATER, null, LATER, null]);
      }),
  },
  {
    name: 'X-5 markDispatched is idempotent: the first dispatchedAt stays, repeats and unknown sequences change nothing',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const sequence = itemAt(await withEvents(store, 1), 0).sequence;
        expect(expectOk(await store.outbox.markDispatched([sequence, sequence], LATER))).toBe(1);
        expect(expectOk(await store.outbox.markDispatched([sequence, 9_999_999], LATEST))).toBe(0);
        expect(expectOk(await store.outbox.markDispatched([], LATEST))).toBe(0);
        const [again] = expectOk(await store.outbox.read({ limit: 1 }));
        expect(again?.dispatchedAt).toBe(LATER);
      }),
  },
  {
    name: 'X-5 returns copies: mutating a read event changes nothing stored',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const event = itemAt(await withEvents(store, 1), 0);
        (event.payload as { id: string }).id = 'mutated';
        const [again] = expectOk(await store.outbox.read({ limit: 1 }));
        expect(again?.payload).toEqual({ id: 'w1' });
      }),
  },
  {
    name: 'X-5 rejects bad outbox arguments as validation_failed without marking anything',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const sequence = itemAt(await withEvents(store, 1), 0).sequence;
        const bad: { isErr(): boolean; error?: unknown }[] = [
          await store.outbox.read({ limit: 0 }),
          await store.outbox.read({ limit: 1001 }),
          await store.outbox.read({ limit: 1.5 }),
          await store.outbox.read({ after: -1, limit: 10 }),
          await store.outbox.read(undefined as never),
          await store.outbox.pending(0),
          await store.outbox.markDispatched([0], LATER),
          await store.outbox.markDispatched([1.5], LATER),
          await store.outbox.markDispatched([sequence], '2026-11-27 06:00' as never),
          await store.outbox.markDispatched(
            Array.from({ length: 1001 }, (_, i) => i + 1),
            LATER,
          ),
          await store.outbox.markDispatched('1' as never, LATER),
        ];
        bad.forEach((result, index) => {
          expect(result.isErr(), `call #${index}`).toBe(true);
          expect(result.error, `call #${index}`).toMatchObject({ code: 'validation_failed' });
        });
        expect(expectOk(await store.outbox.pending(10))).toHaveLength(2);
      }),
  },
  {
    name: 'X-5 makes concurrent commits’ events readable in sequence order, so paging with after never skips one',
    run: ({ makeStore, writers }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        const seen: number[] = [];
        let done = false;
        const reader = (async () => {
          let after = 0;
          while (!done) after = await drain(store, after, seen);
          await drain(store, after, seen);
        })();
        await Promise.all(
          Array.from({ length: writers }, async (_, writer) => {
            for (let round = 0; round < 4; round += 1) {
              const id = `w${writer}-${round}`;
              const events = [widgetEvent(id), widgetEvent(id, 'opened')];
              expectOk(await widgets.save(widget(id), { expectedVersion: 0, events }));
            }
          }),
        );
        done = true;
        await reader;
        const log = expectOk(await store.outbox.read({ limit: 1000 }));
        expect(log).toHaveLength(writers * 8);
        expect(seen).toEqual(log.map((event) => event.sequence));
        expect(log.every((event) => event.at === AT)).toBe(true);
      }),
  },
];
