import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import { parseInstant } from '../../src/shared/index';
import { type Widget, widget, widgetEvent } from './fixtures';

const dispatchedAt = parseInstant('2026-11-27T06:00:00Z')._unsafeUnwrap();
const later = parseInstant('2026-11-27T07:00:00Z')._unsafeUnwrap();

async function storeWithEvents(count: number) {
  const store = createMemoryStore();
  const widgets = store.repository<Widget>('widget');
  for (let index = 1; index <= count; index += 1) {
    const id = `w${index}`;
    await widgets.save(widget(id), {
      expectedVersion: 0,
      events: [widgetEvent(id), widgetEvent(id, 'opened')],
    });
  }
  return store;
}

describe('memory outbox', () => {
  it('X-5 reads events back in commit order with strictly increasing sequences', async () => {
    const store = await storeWithEvents(3);
    const events = (await store.outbox.read({ limit: 100 }))._unsafeUnwrap();
    expect(events.map((event) => `${event.sequence}:${event.aggregateId}:${event.type}`)).toEqual([
      '1:w1:widget.created',
      '2:w1:widget.opened',
      '3:w2:widget.created',
      '4:w2:widget.opened',
      '5:w3:widget.created',
      '6:w3:widget.opened',
    ]);
    expect(events.every((event) => event.dispatchedAt === null)).toBe(true);
  });

  it('X-5 pages through the log with after and limit', async () => {
    const store = await storeWithEvents(3);
    const page = (await store.outbox.read({ after: 2, limit: 3 }))._unsafeUnwrap();
    expect(page.map((event) => event.sequence)).toEqual([3, 4, 5]);
    expect((await store.outbox.read({ after: 6, limit: 3 }))._unsafeUnwrap()).toEqual([]);
  });

  it('X-5 lists pending events oldest first and drops dispatched ones', async () => {
    const store = await storeWithEvents(2);
    expect((await store.outbox.markDispatched([1, 3], dispatchedAt))._unsafeUnwrap()).toBe(2);
    const pending = (await store.outbox.pending(10))._unsafeUnwrap();
    expect(pending.map((event) => event.sequence)).toEqual([2, 4]);
    expect((await store.outbox.pending(1))._unsafeUnwrap().map((event) => event.sequence)).toEqual([
      2,
    ]);
  });

  it('X-5 markDispatched is idempotent: the first dispatchedAt is kept', async () => {
    const store = await storeWithEvents(1);
    expect((await store.outbox.markDispatched([1], dispatchedAt))._unsafeUnwrap()).toBe(1);
    expect((await store.outbox.markDispatched([1, 1, 99], later))._unsafeUnwrap()).toBe(0);
    const [first] = (await store.outbox.read({ limit: 1 }))._unsafeUnwrap();
    expect(first?.dispatchedAt).toBe(dispatchedAt);
  });

  it('X-5 returns copies: mutating a read event changes nothing stored', async () => {
    const store = await storeWithEvents(1);
    const [event] = (await store.outbox.read({ limit: 1 }))._unsafeUnwrap();
    (event!.payload as { id: string }).id = 'mutated';
    const [again] = (await store.outbox.read({ limit: 1 }))._unsafeUnwrap();
    expect(again?.payload).toEqual({ id: 'w1' });
  });

  it.each([
    ['a zero limit', { limit: 0 }],
    ['a limit over 1000', { limit: 1001 }],
    ['a fractional limit', { limit: 1.5 }],
    ['a negative after', { after: -1, limit: 10 }],
  ])('X-5 rejects a read with %s', async (_, options) => {
    const store = await storeWithEvents(1);
    expect((await store.outbox.read(options))._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it('X-5 rejects bad markDispatched input without marking anything', async () => {
    const store = await storeWithEvents(1);
    const bad = [
      await store.outbox.markDispatched([0], dispatchedAt),
      await store.outbox.markDispatched([1.5], dispatchedAt),
      await store.outbox.markDispatched([1], '2026-11-27 06:00' as never),
      await store.outbox.markDispatched(
        Array.from({ length: 1001 }, (_, i) => i + 1),
        dispatchedAt,
      ),
      await store.outbox.pending(0),
    ];
    for (const result of bad) expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    expect((await store.outbox.pending(10))._unsafeUnwrap()).toHaveLength(2);
  });

  it('X-5 reports injected outbox faults as storage_failed', async () => {
    const store = createMemoryStore({
      failOn: (op) => op.kind === 'outbox-mark' || op.kind === 'outbox-read',
    });
    expect((await store.outbox.read({ limit: 1 }))._unsafeUnwrapErr().code).toBe('storage_failed');
    expect((await store.outbox.pending(1))._unsafeUnwrapErr().code).toBe('storage_failed');
    expect((await store.outbox.markDispatched([1], dispatchedAt))._unsafeUnwrapErr().code).toBe(
      'storage_failed',
    );
  });
});
