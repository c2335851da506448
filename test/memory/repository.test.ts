import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import { at, issuesOf, type Widget, widget, widgetEvent } from './fixtures';

function setup() {
  const store = createMemoryStore();
  return { store, widgets: store.repository<Widget>('widget') };
}

describe('memory repository: get and save', () => {
  it('§11.1.2 round-trips an entity; the stored copy gets version expectedVersion + 1', async () => {
    const { widgets } = setup();
    const saved = (await widgets.save(widget('w1'), { expectedVersion: 0 }))._unsafeUnwrap();
    expect(saved).toEqual({ ...widget('w1'), version: 1 });
    expect((await widgets.get(saved.id))._unsafeUnwrap()).toEqual(saved);
    const again = (
      await widgets.save({ ...saved, name: 'renamed' }, { expectedVersion: 1 })
    )._unsafeUnwrap();
    expect(again.version).toBe(2);
    expect((await widgets.get(saved.id))._unsafeUnwrap()).toEqual({
      ...saved,
      name: 'renamed',
      version: 2,
    });
  });

  it('§11.1.2 returns not_found for an unknown id, naming the collection', async () => {
    const { widgets } = setup();
    const error = (await widgets.get(widget('nope').id))._unsafeUnwrapErr();
    expect(error).toEqual({ code: 'not_found', data: { entity: 'widget', id: 'nope' } });
  });

  it('§11.1.2 keeps collections apart and shares one collection between repositories', async () => {
    const { store, widgets } = setup();
    await widgets.save(widget('w1'), { expectedVersion: 0 });
    expect((await store.repository<Widget>('gadget').get(widget('w1').id)).isErr()).toBe(true);
    expect((await store.repository<Widget>('widget').get(widget('w1').id)).isOk()).toBe(true);
    expect(createMemoryStore().repository('widget')).not.toBe(widgets);
  });

  it('X-6 rejects a stale save and writes nothing, events included', async () => {
    const { store, widgets } = setup();
    await widgets.save(widget('w1'), { expectedVersion: 0 });
    await widgets.save(widget('w1', { name: 'second' }), { expectedVersion: 1 });
    const stale = await widgets.save(widget('w1', { name: 'stale' }), {
      expectedVersion: 1,
      events: [widgetEvent('w1', 'renamed')],
    });
    expect(stale._unsafeUnwrapErr()).toEqual({
      code: 'concurrency_conflict',
      clause: 'X-6',
      data: { entity: 'widget', id: 'w1', expectedVersion: 1, actualVersion: 2 },
    });
    const stored = (await widgets.get(widget('w1').id))._unsafeUnwrap();
    expect(stored).toMatchObject({ name: 'second', version: 2 });
    expect((await store.outbox.read({ limit: 10 }))._unsafeUnwrap()).toEqual([]);
  });

  it('X-6 rejects creating an entity that already exists, and updating one that does not', async () => {
    const { widgets } = setup();
    await widgets.save(widget('w1'), { expectedVersion: 0 });
    const duplicate = (await widgets.save(widget('w1'), { expectedVersion: 0 }))._unsafeUnwrapErr();
    expect(duplicate.code).toBe('concurrency_conflict');
    const ghost = (await widgets.save(widget('w2'), { expectedVersion: 3 }))._unsafeUnwrapErr();
    expect(ghost).toMatchObject({
      code: 'concurrency_conflict',
      data: { expectedVersion: 3, actualVersion: 0 },
    });
    expect((await widgets.get(widget('w2').id)).isErr()).toBe(true);
  });

  it('X-6 lets exactly one of two concurrent saves with the same expectedVersion win', async () => {
    const { widgets } = setup();
    await widgets.save(widget('w1'), { expectedVersion: 0 });
    const results = await Promise.all([
      widgets.save(widget('w1', { name: 'alice' }), { expectedVersion: 1 }),
      widgets.save(widget('w1', { name: 'bob' }), { expectedVersion: 1 }),
    ]);
    const winners = results.filter((result) => result.isOk());
    const losers = results.filter((result) => result.isErr());
    expect(winners).toHaveLength(1);
    expect(losers.map((result) => result._unsafeUnwrapErr().code)).toEqual([
      'concurrency_conflict',
    ]);
    const stored = (await widgets.get(widget('w1').id))._unsafeUnwrap();
    expect(stored).toEqual(winners[0]?._unsafeUnwrap());
    expect(stored.version).toBe(2);
  });

  it('X-6 ignores the entity’s own version field: only expectedVersion counts', async () => {
    const { widgets } = setup();
    const saved = (
      await widgets.save(widget('w1', { version: 41 }), { expectedVersion: 0 })
    )._unsafeUnwrap();
    expect(saved.version).toBe(1);
  });

  it('§11.1.2 never lets callers alias stored state', async () => {
    const { widgets } = setup();
    const original = { ...widget('w1'), tags: ['a', 'b'] };
    const saved = (await widgets.save(original, { expectedVersion: 0 }))._unsafeUnwrap();
    original.tags.push('mutated-input');
    (saved.tags as string[]).push('mutated-result');
    const loaded = (await widgets.get(original.id))._unsafeUnwrap();
    (loaded.tags as string[]).push('mutated-load');
    expect((await widgets.get(original.id))._unsafeUnwrap().tags).toEqual(['a', 'b']);
    expect(saved).not.toBe(loaded);
  });

  it('§11.1.2 rejects non-JSON-safe entities and invalid base fields, storing nothing', async () => {
    const { widgets } = setup();
    const withDate = { ...widget('w1'), createdAt: new Date(0) } as unknown as Widget;
    const withBigint = { ...widget('w2'), rank: 1n } as unknown as Widget;
    const badVersion = await widgets.save(widget('w3'), { expectedVersion: -1 });
    for (const result of [
      await widgets.save(withDate, { expectedVersion: 0 }),
      await widgets.save(withBigint, { expectedVersion: 0 }),
      await widgets.save(widget('w 4'), { expectedVersion: 0 }),
      badVersion,
    ]) {
      expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    }
    const issues = issuesOf(
      (await widgets.save(withBigint, { expectedVersion: 0 }))._unsafeUnwrapErr(),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'entity', reason: 'not_json_safe' }),
    );
    expect((await widgets.list({ limit: 10 }))._unsafeUnwrap().items).toEqual([]);
  });

  it('X-5 stores the events of a save in the outbox with the entity', async () => {
    const { store, widgets } = setup();
    await widgets.save(widget('w1'), { expectedVersion: 0, events: [widgetEvent('w1')] });
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events).toEqual([{ ...widgetEvent('w1'), sequence: 1, dispatchedAt: null }]);
  });

  it('X-5 rejects a malformed event and stores neither it nor the entity', async () => {
    const { store, widgets } = setup();
    const badEvent = { ...widgetEvent('w1'), payload: { at: new Date(0) } };
    const result = await widgets.save(widget('w1'), { expectedVersion: 0, events: [badEvent] });
    expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    expect((await widgets.get(widget('w1').id)).isErr()).toBe(true);
    expect((await store.outbox.read({ limit: 10 }))._unsafeUnwrap()).toEqual([]);
  });

  it('§11.1.2 completes asynchronously and applies operations in call order', async () => {
    const { widgets } = setup();
    const before = widgets.get(widget('w1').id);
    const save = widgets.save(widget('w1'), { expectedVersion: 0 });
    const after = widgets.get(widget('w1').id);
    expect((await before).isErr()).toBe(true);
    expect((await save).isOk()).toBe(true);
    expect((await after).isOk()).toBe(true);
  });

  it('§11.1.2 turns a storage fault into storage_failed', async () => {
    const store = createMemoryStore({ failOn: (op) => op.kind === 'get' });
    const widgets = store.repository<Widget>('widget');
    await widgets.save(widget('w1'), { expectedVersion: 0 });
    expect((await widgets.get(widget('w1').id))._unsafeUnwrapErr()).toEqual({
      code: 'storage_failed',
      data: { operation: 'get', reason: 'injected_fault' },
    });
  });

  it('X-6 accepts a save exactly when expectedVersion equals the stored version (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 12 }),
        async (versions) => {
          const { widgets } = setup();
          let current = 0;
          for (const [index, expectedVersion] of versions.entries()) {
            const result = await widgets.save(widget('w1', { name: `n${index}` }), {
              expectedVersion,
            });
            expect(result.isOk()).toBe(expectedVersion === current);
            if (result.isOk()) current += 1;
          }
          const stored = await widgets.get(widget('w1').id);
          expect(stored.isOk() ? stored.value.version : 0).toBe(current);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('§11.1.2 answers malformed calls from untyped callers with errors, not exceptions', async () => {
    const { widgets } = setup();
    const noOptions = await widgets.save(widget('w1'), undefined as never);
    expect(noOptions._unsafeUnwrapErr().code).toBe('validation_failed');
    const symbolId = await widgets.get(Symbol('id') as never);
    expect(symbolId._unsafeUnwrapErr()).toMatchObject({ code: 'not_found', data: { id: '' } });
    const hugeId = await widgets.get('x'.repeat(100_000) as never);
    expect(JSON.stringify(hugeId._unsafeUnwrapErr()).length).toBeLessThan(400);
  });

  it('§11.1.2 refuses collection names that are not kebab-case (programmer error)', () => {
    const { store } = setup();
    expect(() => store.repository('Widgets')).toThrow(TypeError);
    expect(() => store.repository('')).toThrow(TypeError);
    expect(at).toBe('2026-11-27T05:23:45.000Z');
  });
});
