import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entity, Id, Instant } from '../../src/shared/index';
import { createSqlStore } from '../../src/sql/index';
import { book, expectOneBooking, seedLastFreeSlot } from './booking';
import { openSqlite, temporaryDirectory } from './sqlite-stores';

const at = '2026-11-27T05:23:45.000Z' as Instant;
type Note = Entity<'Note'> & { readonly text: string; readonly status: string };
const note = (id: string, text = 'x'): Note => ({
  id: id as Id<'Note'>,
  version: 0,
  createdAt: at,
  updatedAt: at,
  text,
  status: 'open',
});
const event = (id: string) => ({
  type: 'note.written',
  aggregateType: 'note',
  aggregateId: id,
  at,
  payload: { amount: '0.10' },
});

const directory = temporaryDirectory();
afterAll(() => directory.remove());

describe('SQLite adapter', { timeout: 30_000 }, () => {
  it('§11.1.2 records its migrations, applies them once, and keeps a file’s data across reopenings', async () => {
    const file = join(directory.path, 'reopen.db');
    const first = await openSqlite(file);
    await first
      .repository<Note>('note')
      .save(note('n1'), { expectedVersion: 0, events: [event('n1')] });
    await first.close();
    const second = await openSqlite(file);
    expect((await second.repository<Note>('note').get(note('n1').id))._unsafeUnwrap().version).toBe(
      1,
    );
    await second
      .repository<Note>('note')
      .save(note('n2'), { expectedVersion: 0, events: [event('n2')] });
    const events = (await second.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events.map((e) => [e.sequence, e.aggregateId, e.payload])).toEqual([
      [1, 'n1', { amount: '0.10' }],
      [2, 'n2', { amount: '0.10' }],
    ]);
    await second.close();
    const database = new Database(file, { readonly: true });
    const rows = database.prepare('select version, name from aftersales_migrations').all();
    expect(rows).toEqual([{ version: 1, name: 'create-entities-and-outbox' }]);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    database.close();
  });

  it('§11.1.2 refuses a database migrated by a newer release', async () => {
    const file = join(directory.path, 'newer.db');
    await (await openSqlite(file)).close();
    const database = new Database(file);
    database
      .prepare("insert into aftersales_migrations (version, name) values (2, 'future')")
      .run();
    database.close();
    const opened = await createSqlStore({ dialect: 'sqlite', filename: file });
    expect(opened._unsafeUnwrapErr()).toEqual({
      code: 'storage_failed',
      data: { operation: 'migrate', reason: 'schema_newer_than_package' },
    });
  });

  it('X-6 concurrent bookings of the last free slot: exactly one succeeds', async () => {
    const store = await openSqlite(join(directory.path, 'booking.db'));
    await seedLastFreeSlot(store);
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, c) => book(store, c)));
    await expectOneBooking(store, outcomes);
    await store.close();
  });

  it('§11.1.2 answers with storage_failed, never a crash, once the store or its connection is closed', async () => {
    const store = await openSqlite(':memory:');
    await store.close();
    await store.close();
    const notes = store.repository<Note>('note');
    const results = [
      ['get', await notes.get(note('n1').id)],
      ['save', await notes.save(note('n1'), { expectedVersion: 0 })],
      ['list', await notes.list({ limit: 1 })],
      ['commit', await store.unitOfWork.commit([])],
      ['outbox.read', await store.outbox.read({ limit: 1 })],
      ['outbox.markDispatched', await store.outbox.markDispatched([1], at)],
    ] as const;
    for (const [operation, result] of results) {
      expect(result._unsafeUnwrapErr()).toEqual({
        code: 'storage_failed',
        data: { operation, reason: 'store_closed' },
      });
    }
    const database = new Database(':memory:');
    const borrowed = (await createSqlStore({ dialect: 'sqlite', database }))._unsafeUnwrap();
    database.close();
    const afterClose = await borrowed
      .repository<Note>('note')
      .save(note('n1'), { expectedVersion: 0 });
    expect(afterClose._unsafeUnwrapErr()).toMatchObject({
      code: 'storage_failed',
      data: { operation: 'save' },
    });
    await borrowed.close();
  });

  it('§11.1.2 leaves a database handle it was given open after close()', async () => {
    const database = new Database(':memory:');
    const store = (await createSqlStore({ dialect: 'sqlite', database }))._unsafeUnwrap();
    await store.repository<Note>('note').save(note('n1'), { expectedVersion: 0 });
    await store.close();
    expect(database.open).toBe(true);
    expect(database.prepare('select count(*) as n from aftersales_entities').get()).toEqual({
      n: 1,
    });
    database.close();
  });

  it('§11.1.2 binds filter values as parameters: SQL in a value is only text', async () => {
    const store = await openSqlite(':memory:');
    const hostile = "x' or '1'='1'; drop table aftersales_entities; --";
    const notes = store.repository<Note>('note');
    await notes.save(note('n1'), { expectedVersion: 0 });
    await notes.save(note('n2', hostile), { expectedVersion: 0 });
    const found = await notes.list({ where: { text: hostile }, limit: 10 });
    expect(found._unsafeUnwrap().items.map((n) => n.id)).toEqual(['n2']);
    expect((await notes.list({ limit: 10 }))._unsafeUnwrap().items).toHaveLength(2);
    await store.close();
  });

  it.each([
    ['no data source', { dialect: 'sqlite' }, 'source_required'],
    [
      'two data sources',
      { dialect: 'sqlite', filename: ':memory:', database: new Database(':memory:') },
      'source_required',
    ],
    ['an unknown dialect', { dialect: 'oracle', filename: 'x' }, 'invalid_union'],
    [
      'a negative busy timeout',
      { dialect: 'sqlite', filename: ':memory:', busyTimeoutMs: -1 },
      'too_small',
    ],
    [
      'a PostgreSQL schema name with a quote',
      { dialect: 'postgres', connectionString: 'postgres://x', schema: 'a"b' },
      'invalid_format',
    ],
    ['no options at all', undefined, 'invalid_type'],
  ])('§11.1.2 rejects options with %s as validation_failed', async (_, options, reason) => {
    const opened = await createSqlStore(options as never);
    expect(opened._unsafeUnwrapErr()).toMatchObject({
      code: 'validation_failed',
      data: { issues: [{ reason }] },
    });
  });

  it('§11.1.2 reports a file it cannot open as storage_failed', async () => {
    const opened = await createSqlStore({
      dialect: 'sqlite',
      filename: join(directory.path, 'missing', 'dir', 'x.db'),
    });
    expect(opened._unsafeUnwrapErr()).toMatchObject({
      code: 'storage_failed',
      data: { operation: 'connect' },
    });
  });
});
