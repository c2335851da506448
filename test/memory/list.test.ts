import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import type { ListQuery, Page, Repository } from '../../src/shared/index';
import { type Widget, widget } from './fixtures';

async function seed(items: readonly Widget[]) {
  const store = createMemoryStore();
  const widgets = store.repository<Widget>('widget');
  for (const item of items) await widgets.save(item, { expectedVersion: 0 });
  return widgets;
}

async function listAll(widgets: Repository<Widget>, query: ListQuery<Widget>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Widget> = (await widgets.list({ ...query, cursor }))._unsafeUnwrap();
    expect(page.items.length).toBeLessThanOrEqual(query.limit);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return ids;
}

const sample = [
  widget('c', { status: 'open', rank: 2 }),
  widget('a', { status: 'closed', rank: 2 }),
  widget('e', { status: 'open', rank: null }),
  widget('b', { status: 'open', rank: 1 }),
  widget('d', { status: 'closed', rank: 3 }),
];

describe('memory repository: list', () => {
  it('§11.1.2 orders by id by default and returns stored copies', async () => {
    const widgets = await seed(sample);
    const page = (await widgets.list({ limit: 10 }))._unsafeUnwrap();
    expect(page.items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(page.items[0]).toEqual({ ...sample[1], version: 1 });
    expect(page.nextCursor).toBeNull();
  });

  it('§11.1.2 filters by equality on every given field; null matches null; undefined does not filter', async () => {
    const widgets = await seed(sample);
    const ids = async (where: ListQuery<Widget>['where']) =>
      (await widgets.list({ where, limit: 10 }))._unsafeUnwrap().items.map((item) => item.id);
    expect(await ids({ status: 'open' })).toEqual(['b', 'c', 'e']);
    expect(await ids({ status: 'open', rank: 2 })).toEqual(['c']);
    expect(await ids({ rank: null })).toEqual(['e']);
    expect(await ids({ status: undefined })).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await ids({ status: 'archived' as never })).toEqual([]);
  });

  it('§11.1.2 orders by a field with id as the tie-breaker, nulls first ascending and last descending', async () => {
    const widgets = await seed(sample);
    const asc = await listAll(widgets, { orderBy: { field: 'rank' }, limit: 10 });
    expect(asc).toEqual(['e', 'b', 'a', 'c', 'd']);
    const desc = await listAll(widgets, {
      orderBy: { field: 'rank', direction: 'desc' },
      limit: 10,
    });
    expect(desc).toEqual(['d', 'c', 'a', 'b', 'e']);
  });

  it('§11.1.2 paginates without overlap or gaps, for any page size (property)', async () => {
    const widgets = await seed(sample);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('id' as const, 'rank' as const, 'status' as const, 'name' as const),
        fc.constantFrom('asc' as const, 'desc' as const),
        async (limit, field, direction) => {
          const whole = await listAll(widgets, { orderBy: { field, direction }, limit: 10 });
          expect(await listAll(widgets, { orderBy: { field, direction }, limit })).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('§11.1.2 keeps pagination stable when items are saved between pages', async () => {
    const widgets = await seed(sample);
    const first = (await widgets.list({ orderBy: { field: 'rank' }, limit: 2 }))._unsafeUnwrap();
    expect(first.items.map((item) => item.id)).toEqual(['e', 'b']);
    await widgets.save(widget('0', { rank: 0 }), { expectedVersion: 0 }); // sorts before the cursor
    await widgets.save(widget('z', { rank: 9 }), { expectedVersion: 0 }); // sorts after it
    const rest = await listAll(widgets, { orderBy: { field: 'rank' }, limit: 2 });
    const second = (
      await widgets.list({ orderBy: { field: 'rank' }, limit: 10, cursor: first.nextCursor })
    )._unsafeUnwrap();
    expect(second.items.map((item) => item.id)).toEqual(['a', 'c', 'd', 'z']);
    expect(rest).toEqual(['e', '0', 'b', 'a', 'c', 'd', 'z']);
  });

  it('§11.1.2 compares strings by code point, not by locale', async () => {
    const widgets = await seed([
      widget('w1', { name: 'b' }),
      widget('w2', { name: 'B' }),
      widget('w3', { name: '\uffff' }),
      widget('w4', { name: '😀' }),
      widget('w5', { name: 'é' }),
    ]);
    const names = (await widgets.list({ orderBy: { field: 'name' }, limit: 10 }))
      ._unsafeUnwrap()
      .items.map((w) => w.name);
    expect(names).toEqual(['B', 'b', 'é', '\uffff', '😀']);
  });

  it.each([
    ['a zero limit', { limit: 0 }],
    ['a limit over 1000', { limit: 1001 }],
    ['a hostile field name', { where: JSON.parse('{"__proto__": "x"}'), limit: 10 }],
    ['a filter on an object value', { where: { tags: ['a'] }, limit: 10 }],
    [
      'too many filters',
      { where: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`f${i}`, 1])), limit: 10 },
    ],
    ['a huge filter string', { where: { name: 'x'.repeat(1001) }, limit: 10 }],
    ['an order field with a dot', { orderBy: { field: 'a.b' }, limit: 10 }],
    ['a garbage cursor', { limit: 10, cursor: 'not a cursor' }],
    ['a huge cursor', { limit: 10, cursor: 'x'.repeat(5000) }],
    ['an order field holding arrays', { orderBy: { field: 'tags' }, limit: 10 }],
    ['no query at all', undefined],
  ])('§11.1.2 rejects %s as validation_failed', async (_, query) => {
    const widgets = await seed(sample);
    const result = await widgets.list(query as never);
    expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it('§11.1.2 rejects a cursor replayed on another ordering', async () => {
    const widgets = await seed(sample);
    const { nextCursor } = (
      await widgets.list({ orderBy: { field: 'rank' }, limit: 2 })
    )._unsafeUnwrap();
    const replayed = await widgets.list({
      orderBy: { field: 'rank', direction: 'desc' },
      limit: 2,
      cursor: nextCursor,
    });
    expect(replayed._unsafeUnwrapErr().data).toMatchObject({
      issues: [{ path: 'cursor', reason: 'cursor_invalid' }],
    });
  });
});
