import type { Result } from 'neverthrow';
import { expect } from 'vitest';
import type {
  DomainEvent,
  Entity,
  Id,
  Instant,
  ListQuery,
  Page,
  Repository,
  Store,
} from '../shared/index';
import type { StoreConformanceOptions, StoreFactory, StoreHandle } from './types';

/** A small aggregate for storage tests. */
export type Widget = Entity<'Widget'> & {
  readonly name: string;
  readonly status: 'open' | 'closed';
  readonly rank: number | null;
  readonly tags: readonly string[];
};

/** A fixed instant: the suite never reads a clock. */
export const AT = '2026-11-27T05:23:45.000Z' as Instant;
export const LATER = '2026-11-27T06:00:00.000Z' as Instant;
export const LATEST = '2026-11-27T07:00:00.000Z' as Instant;

export function widget(id: string, fields: Partial<Omit<Widget, 'id'>> = {}): Widget {
  return {
    id: id as Id<'Widget'>,
    version: 0,
    createdAt: AT,
    updatedAt: AT,
    name: `widget ${id}`,
    status: 'open',
    rank: 1,
    tags: ['a'],
    ...fields,
  };
}

export function widgetEvent(id: string, verb = 'created'): DomainEvent<string, { id: string }> {
  return {
    type: `widget.${verb}`,
    aggregateType: 'widget',
    aggregateId: id,
    at: AT,
    payload: { id },
  };
}

/** What a check receives: a way to open fresh stores, and the resolved options. */
export interface CheckContext {
  readonly makeStore: StoreFactory;
  readonly options: StoreConformanceOptions;
  readonly writers: number;
}

/** One conformance check; `run` throws (through `expect`) when the store does not conform. */
export interface ConformanceCheck {
  readonly name: string;
  /** Runs only when the adapter supplies `makeFailingStore`. */
  readonly needsFaults?: boolean;
  readonly run: (context: CheckContext) => Promise<void>;
}

/** Opens a store, runs `work`, and always releases the store. */
export async function withStore<T>(
  open: () => Promise<StoreHandle>,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const handle = await open();
  try {
    return await work(handle.store);
  } finally {
    await handle.close?.();
  }
}

/** The value of an ok result; fails the check, showing the error, otherwise. */
export function expectOk<T, E>(result: Result<T, E>, label = 'operation'): T {
  if (result.isErr()) throw new Error(`${label} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed result; fails the check when it succeeded. */
export function expectErr<T, E>(result: Result<T, E>, label = 'operation'): E {
  if (result.isOk()) throw new Error(`${label} succeeded but should have failed`);
  return result.error;
}

/** The item at `index`; fails the check when there is none. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`expected an item at index ${index} of ${items.length}`);
  return item;
}

/** Every id of a listing, following cursors to the end. */
export async function listAll(
  repository: Repository<Widget>,
  query: ListQuery<Widget>,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages += 1) {
    const page: Page<Widget> = expectOk(await repository.list({ ...query, cursor }), 'list');
    expect(page.items.length).toBeLessThanOrEqual(query.limit);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    if (cursor === null) return ids;
  }
  throw new Error('list never returned a last page');
}

/** Everything a store holds in the widget and gadget collections, and its whole event log. */
export async function snapshot(store: Store) {
  const widgets = await store.repository<Widget>('widget').list({ limit: 1000 });
  const gadgets = await store.repository<Widget>('gadget').list({ limit: 1000 });
  const events = await store.outbox.read({ limit: 1000 });
  return {
    widgets: expectOk(widgets, 'list widgets').items,
    gadgets: expectOk(gadgets, 'list gadgets').items,
    events: expectOk(events, 'read outbox'),
  };
}

/** Saves widgets one by one, each as a new entity. */
export async function seed(store: Store, items: readonly Widget[]): Promise<Repository<Widget>> {
  const widgets = store.repository<Widget>('widget');
  for (const item of items) expectOk(await widgets.save(item, { expectedVersion: 0 }), 'seed');
  return widgets;
}
