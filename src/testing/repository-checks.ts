import { expect } from 'vitest';
import type { EntityBase } from '../shared/index';
import { aggregateSamples } from './aggregate-samples';
import {
  type ConformanceCheck,
  expectErr,
  expectOk,
  type Widget,
  widget,
  widgetEvent,
  withStore,
} from './fixtures';

/** Every money `amount` string anywhere inside a value, with its JSON path. */
function moneyAmounts(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => moneyAmounts(item, `${path}.${index}`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.amount === 'string' ? [`${path}=${record.amount}`] : [];
  return [
    ...own,
    ...Object.keys(record).flatMap((key) => moneyAmounts(record[key], `${path}.${key}`)),
  ];
}

export const repositoryChecks: readonly ConformanceCheck[] = [
  {
    name: '§11.1.2 round-trips every aggregate unchanged, money strings to the last digit',
    run: ({ makeStore, options }) =>
      withStore(makeStore, async (store) => {
        for (const { collection, entity } of [...aggregateSamples, ...(options.samples ?? [])]) {
          const repository = store.repository<EntityBase>(collection);
          const expected = { ...entity, version: 1 };
          const saved = expectOk(await repository.save(entity, { expectedVersion: 0 }), collection);
          const loaded = expectOk(await repository.get(entity.id), collection);
          const page = expectOk(await repository.list({ limit: 1000 }), collection);
          const listed = page.items.find((item) => item.id === entity.id);
          for (const copy of [saved, loaded, listed]) {
            expect(copy, collection).toEqual(expected);
            expect(moneyAmounts(copy), collection).toEqual(moneyAmounts(expected));
          }
        }
      }),
  },
  {
    name: '§11.1.2 stores version expectedVersion + 1, ignoring the entity’s own version field',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        const saved = expectOk(
          await widgets.save(widget('w1', { version: 41 }), { expectedVersion: 0 }),
        );
        expect(saved).toEqual({ ...widget('w1'), version: 1 });
        const renamed = { ...saved, name: 'renamed' };
        expect(expectOk(await widgets.save(renamed, { expectedVersion: 1 })).version).toBe(2);
        expect(expectOk(await widgets.get(saved.id))).toEqual({ ...renamed, version: 2 });
      }),
  },
  {
    name: '§11.1.2 returns not_found for an unknown id, naming the collection',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const error = expectErr(await store.repository<Widget>('widget').get(widget('nope').id));
        expect(error).toEqual({ code: 'not_found', data: { entity: 'widget', id: 'nope' } });
      }),
  },
  {
    name: '§11.1.2 keeps collections apart; repositories of one name share data',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        expectOk(
          await store.repository<Widget>('widget').save(widget('w1'), { expectedVersion: 0 }),
        );
        expect(expectErr(await store.repository<Widget>('gadget').get(widget('w1').id)).code).toBe(
          'not_found',
        );
        expect(expectOk(await store.repository<Widget>('widget').get(widget('w1').id)).id).toBe(
          'w1',
        );
      }),
  },
  {
    name: '§11.1.2 never lets callers alias stored state',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        const original = { ...widget('w1'), tags: ['a', 'b'] };
        const saved = expectOk(await widgets.save(original, { expectedVersion: 0 }));
        original.tags.push('mutated-input');
        (saved.tags as string[]).push('mutated-result');
        const loaded = expectOk(await widgets.get(original.id));
        (loaded.tags as string[]).push('mutated-load');
        expect(expectOk(await widgets.get(original.id)).tags).toEqual(['a', 'b']);
      }),
  },
  {
    name: '§11.1.2 rejects non-JSON-safe entities and invalid base fields as validation_failed, storing nothing',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        const bad: [string, Widget, number][] = [
          ['a Date', { ...widget('w1'), createdAt: new Date(0) } as unknown as Widget, 0],
          ['a bigint', { ...widget('w2'), rank: 1n } as unknown as Widget, 0],
          ['NaN', { ...widget('w3'), rank: Number.NaN }, 0],
          ['an id with a space', widget('w 4'), 0],
          ['a negative expectedVersion', widget('w5'), -1],
          ['a fractional expectedVersion', widget('w6'), 0.5],
        ];
        for (const [label, entity, expectedVersion] of bad) {
          const error = expectErr(await widgets.save(entity, { expectedVersion }), label);
          expect(error.code, label).toBe('validation_failed');
        }
        const noOptions = await widgets.save(widget('w7'), undefined as never);
        expect(expectErr(noOptions, 'save without options').code).toBe('validation_failed');
        expect(expectOk(await widgets.list({ limit: 10 })).items).toEqual([]);
      }),
  },
  {
    name: 'X-5 rejects a malformed event and stores neither it nor the entity',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        const events = [widgetEvent('w1'), { ...widgetEvent('w1'), payload: { at: new Date(0) } }];
        const result = await widgets.save(widget('w1'), { expectedVersion: 0, events });
        expect(expectErr(result).code).toBe('validation_failed');
        expect(expectErr(await widgets.get(widget('w1').id)).code).toBe('not_found');
        expect(expectOk(await store.outbox.read({ limit: 10 }))).toEqual([]);
      }),
  },
  {
    name: '§11.1.2 answers malformed calls from untyped callers with errors, not exceptions',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = store.repository<Widget>('widget');
        const symbolId = expectErr(await widgets.get(Symbol('id') as never));
        expect(symbolId).toMatchObject({ code: 'not_found', data: { id: '' } });
        const hugeId = expectErr(await widgets.get('x'.repeat(100_000) as never));
        expect(hugeId.code).toBe('not_found');
        expect(JSON.stringify(hugeId).length).toBeLessThan(400);
        expect(expectErr(await widgets.list(undefined as never)).code).toBe('validation_failed');
      }),
  },
  {
    name: '§11.1.2 refuses collection names that are not kebab-case (a programmer error)',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        for (const name of ['Widgets', '', 'repair_order', 'x'.repeat(65)]) {
          expect(() => store.repository(name), name).toThrow(TypeError);
        }
      }),
  },
];
