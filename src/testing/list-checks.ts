import { expect } from 'vitest';
import type { ListQuery, Store } from '../shared/index';
import {
  type ConformanceCheck,
  expectErr,
  expectOk,
  itemAt,
  listAll,
  seed,
  type Widget,
  widget,
  withStore,
} from './fixtures';

const sample = [
  widget('c', { status: 'open', rank: 2 }),
  widget('a', { status: 'closed', rank: 2 }),
  widget('e', { status: 'open', rank: null }),
  widget('b', { status: 'open', rank: 1 }),
  widget('d', { status: 'closed', rank: 3 }),
];

/** Values of every kind in one field, to check the documented order across kinds. */
const mixed = [
  widget('m1', { name: 'b' }),
  widget('m2', { rank: 10 }),
  { ...widget('m3'), rank: 'B' as never },
  { ...widget('m4'), rank: true as never },
  { ...widget('m5'), rank: false as never },
  widget('m6', { rank: -2.5 }),
  widget('m7', { rank: null }),
  widget('m8', { rank: 1e21 }),
  { ...widget('m9'), rank: '10' as never },
  widget('m10', { rank: 2 }),
];
/** `rank` absent: it sorts with `null`. */
const { rank: _absent, ...withoutRank } = widget('m0');

async function idsOf(store: Store, query: ListQuery<Widget>): Promise<string[]> {
  const page = expectOk(await store.repository<Widget>('widget').list(query), 'list');
  return page.items.map((item) => item.id);
}

const malformed: [string, unknown][] = [
  ['a zero limit', { limit: 0 }],
  ['a limit over 1000', { limit: 1001 }],
  ['a fractional limit', { limit: 2.5 }],
  ['a hostile field name', { where: JSON.parse('{"__proto__": "x"}'), limit: 10 }],
  ['a filter on an object value', { where: { tags: ['a'] }, limit: 10 }],
  [
    'seventeen filters',
    { where: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`f${i}`, 1])), limit: 10 },
  ],
  ['a huge filter string', { where: { name: 'x'.repeat(1001) }, limit: 10 }],
  ['an order field with a dot', { orderBy: { field: 'a.b' }, limit: 10 }],
  ['an order field with a quote', { orderBy: { field: "name'--" }, limit: 10 }],
  ['a garbage cursor', { limit: 10, cursor: 'not a cursor' }],
  ['a huge cursor', { limit: 10, cursor: 'x'.repeat(5000) }],
  ['an order field holding arrays', { orderBy: { field: 'tags' }, limit: 10 }],
  ['no query at all', undefined],
];

export const listChecks: readonly ConformanceCheck[] = [
  {
    name: '§11.1.2 lists by id ascending by default and returns stored copies',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = await seed(store, sample);
        const page = expectOk(await widgets.list({ limit: 10 }));
        expect(page.items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
        expect(page.items[0]).toEqual({ ...sample[1], version: 1 });
        expect(page.nextCursor).toBeNull();
      }),
  },
  {
    name: '§11.1.2 filters by strict equality on every given field; null matches null or absent; undefined does not filter',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        await seed(store, [
          ...sample,
          withoutRank as Widget,
          ...[2, 3, 8].map((index) => itemAt(mixed, index)),
        ]);
        const ids = (where: ListQuery<Widget>['where']) => idsOf(store, { where, limit: 100 });
        expect(await ids({ status: 'open' })).toEqual(['b', 'c', 'e', 'm0', 'm3', 'm4', 'm9']);
        expect(await ids({ status: 'open', rank: 2 })).toEqual(['c']);
        expect(await ids({ rank: null })).toEqual(['e', 'm0']);
        expect(await ids({ status: undefined, rank: 3 })).toEqual(['d']);
        expect(await ids({ status: 'archived' as never })).toEqual([]);
        // Types are compared strictly: '10' is not 10, true is not 1.
        expect(await ids({ rank: '10' as never })).toEqual(['m9']);
        expect(await ids({ rank: true as never })).toEqual(['m4']);
        expect(await ids({ rank: 1 })).toEqual(['b']);
        expect(await ids({ rank: 2 })).toEqual(['a', 'c']);
        expect(await ids({ name: 'widget a' })).toEqual(['a']);
      }),
  },
  {
    name: '§11.1.2 orders by a field with id as the tie-breaker, nulls first ascending and last descending',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = await seed(store, sample);
        expect(await listAll(widgets, { orderBy: { field: 'rank' }, limit: 10 })).toEqual([
          'e',
          'b',
          'a',
          'c',
          'd',
        ]);
        const desc = { orderBy: { field: 'rank' as const, direction: 'desc' as const }, limit: 10 };
        expect(await listAll(widgets, desc)).toEqual(['d', 'c', 'a', 'b', 'e']);
      }),
  },
  {
    name: '§11.1.2 orders kinds as null/absent < false < true < numbers (numerically) < strings',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = await seed(store, [...mixed, withoutRank as Widget]);
        const asc = await listAll(widgets, { orderBy: { field: 'rank' }, limit: 3 });
        const expected = ['m0', 'm7', 'm5', 'm4', 'm6', 'm1', 'm10', 'm2', 'm8', 'm9', 'm3'];
        expect(asc).toEqual(expected);
        const desc = await listAll(widgets, {
          orderBy: { field: 'rank', direction: 'desc' },
          limit: 4,
        });
        expect(desc).toEqual([...expected].reverse());
      }),
  },
  {
    name: '§11.1.2 paginates without overlap or gaps for every page size, field and direction',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = await seed(store, [...sample, ...mixed]);
        for (const field of ['id', 'rank', 'status', 'name', 'version'] as const) {
          for (const direction of ['asc', 'desc'] as const) {
            const whole = await listAll(widgets, { orderBy: { field, direction }, limit: 100 });
            expect(whole).toHaveLength(sample.length + mixed.length);
            for (const limit of [1, 2, 3, 4, 7]) {
              const paged = await listAll(widgets, { orderBy: { field, direction }, limit });
              expect(paged, `${field} ${direction} limit ${limit}`).toEqual(whole);
            }
          }
        }
      }),
  },
  {
    name: '§11.1.2 keeps pagination stable when items are saved between pages',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = await seed(store, sample);
        const first = expectOk(await widgets.list({ orderBy: { field: 'rank' }, limit: 2 }));
        expect(first.items.map((item) => item.id)).toEqual(['e', 'b']);
        await seed(store, [widget('0', { rank: 0 }), widget('z', { rank: 9 })]);
        const cursor = first.nextCursor;
        const second = expectOk(
          await widgets.list({ orderBy: { field: 'rank' }, limit: 10, cursor }),
        );
        expect(second.items.map((item) => item.id)).toEqual(['a', 'c', 'd', 'z']);
        expect(second.nextCursor).toBeNull();
      }),
  },
  {
    name: '§11.1.2 compares strings by code point, not by locale',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const names = ['b', 'B', '\uffff', '😀', 'é', 'a b', 'ab', '', '中文', 'Z'];
        const widgets = await seed(
          store,
          names.map((name, i) => widget(`w${i}`, { name })),
        );
        const page = expectOk(await widgets.list({ orderBy: { field: 'name' }, limit: 20 }));
        expect(page.items.map((item) => item.name)).toEqual([
          '',
          'B',
          'Z',
          'a b',
          'ab',
          'b',
          'é',
          '中文',
          '\uffff',
          '😀',
        ]);
      }),
  },
  {
    name: '§11.1.2 rejects malformed list queries as validation_failed',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = await seed(store, sample);
        for (const [label, query] of malformed) {
          expect(expectErr(await widgets.list(query as never), label).code, label).toBe(
            'validation_failed',
          );
        }
        const arrays = expectErr(
          await widgets.list({ orderBy: { field: 'tags' as never }, limit: 1 }),
        );
        expect(arrays.data).toMatchObject({
          issues: [{ path: 'orderBy.field', reason: 'field_not_scalar' }],
        });
      }),
  },
  {
    name: '§11.1.2 rejects a cursor replayed on another ordering as cursor_invalid',
    run: ({ makeStore }) =>
      withStore(makeStore, async (store) => {
        const widgets = await seed(store, sample);
        const { nextCursor } = expectOk(
          await widgets.list({ orderBy: { field: 'rank' }, limit: 2 }),
        );
        expect(nextCursor).not.toBeNull();
        for (const orderBy of [{ field: 'rank', direction: 'desc' }, { field: 'name' }] as const) {
          const replayed = expectErr(await widgets.list({ orderBy, limit: 2, cursor: nextCursor }));
          expect(replayed.data).toMatchObject({
            issues: [{ path: 'cursor', reason: 'cursor_invalid' }],
          });
        }
      }),
  },
];
