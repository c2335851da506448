import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntityBase, Id, Instant, Page } from '../../src/shared/index';
import { createSqlStore, type PostgresStoreOptions, type SqlStore } from '../../src/sql/index';
import { runStoreConformanceSuite, type StoreFault } from '../../src/testing/index';
import { book, expectOneBooking, seedLastFreeSlot } from './booking';
import {
  createPool,
  dropSchema,
  POSTGRES_URL_VARIABLE,
  postgresFaultTriggers,
  postgresRequired,
  postgresUrl,
  uniqueSchema,
} from './postgres-env';

const example = 'postgres://postgres@127.0.0.1:5432/test';
if (postgresUrl === undefined && !postgresRequired) {
  console.info(`PostgreSQL tests skipped: set ${POSTGRES_URL_VARIABLE}=${example} to run them`);
}

if (postgresUrl === undefined && postgresRequired) {
  describe('PostgreSQL under CI', () => {
    it(`§11.1.2 requires ${POSTGRES_URL_VARIABLE} when CI=true`, () => {
      throw new Error(`${POSTGRES_URL_VARIABLE} is not set: CI must run the PostgreSQL suite`);
    });
  });
}

describe.skipIf(postgresUrl === undefined)('PostgreSQL', () => {
  let adminPool: pg.Pool | undefined;
  const admin = () => {
    adminPool ??= createPool();
    return adminPool;
  };
  const schemas = new Set<string>();
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(admin(), schema);
    await adminPool?.end();
  });

  async function open(options: Partial<PostgresStoreOptions> = {}): Promise<SqlStore> {
    const schema = options.schema ?? uniqueSchema();
    schemas.add(schema);
    const source = options.connectionString === undefined ? { pool: options.pool ?? admin() } : {};
    const opened = await createSqlStore({ dialect: 'postgres', ...source, ...options, schema });
    return opened._unsafeUnwrap();
  }

  /** A store in its own schema, dropped when the test closes it. */
  async function fresh(fault?: StoreFault) {
    const schema = uniqueSchema();
    const store = await open({ schema });
    if (fault) await admin().query(postgresFaultTriggers(schema, fault));
    return {
      store,
      close: async () => {
        await store.close();
        await dropSchema(admin(), schema);
        schemas.delete(schema);
      },
    };
  }

  runStoreConformanceSuite('PostgreSQL', () => fresh(), { makeFailingStore: fresh });

  describe('adapter', { timeout: 30_000 }, () => {
    it('§11.1.2 migrates once when several processes start at once, and is a no-op afterwards', async () => {
      const schema = uniqueSchema();
      schemas.add(schema);
      const starts = await Promise.all(
        Array.from({ length: 4 }, () =>
          createSqlStore({
            dialect: 'postgres',
            connectionString: postgresUrl!,
            schema,
            maxConnections: 2,
          }),
        ),
      );
      for (const started of starts) expect(started.isOk()).toBe(true);
      const { rows } = await admin().query(
        `select version, name from "${schema}".aftersales_migrations`,
      );
      expect(rows).toEqual([{ version: 1, name: 'create-entities-and-outbox' }]);
      for (const started of starts) await started._unsafeUnwrap().close();
      const again = await open({ schema });
      expect((await again.outbox.read({ limit: 1 }))._unsafeUnwrap()).toEqual([]);
      await again.close();
    });

    it('§11.1.2 refuses a schema migrated by a newer release', async () => {
      const schema = uniqueSchema();
      await (await open({ schema })).close();
      await admin().query(
        `insert into "${schema}".aftersales_migrations (version, name) values (999, 'future')`,
      );
      const opened = await createSqlStore({ dialect: 'postgres', pool: admin(), schema });
      expect(opened._unsafeUnwrapErr()).toEqual({
        code: 'storage_failed',
        data: { operation: 'migrate', reason: 'schema_newer_than_package' },
      });
    });

    it('X-6 concurrent bookings of the last free slot through two connection pools: exactly one succeeds', async () => {
      const schema = uniqueSchema();
      const first = await open({ schema, connectionString: postgresUrl!, maxConnections: 5 });
      const second = await open({ schema, connectionString: postgresUrl!, maxConnections: 5 });
      await seedLastFreeSlot(first);
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, customer) => book(customer % 2 ? first : second, customer)),
      );
      await expectOneBooking(first, outcomes);
      await Promise.all([first.close(), second.close()]);
    });

    it('§11.1.2 keeps schemas apart: a store never sees another schema’s data', async () => {
      const [a, b] = [await open(), await open()];
      await seedLastFreeSlot(a);
      const inB = await b.repository('capacity-slot').get('slot_2026-12-01_0900' as Id<'Slot'>);
      expect(inB._unsafeUnwrapErr().code).toBe('not_found');
      await Promise.all([a.close(), b.close()]);
    });

    it('§11.1.2 answers with storage_failed, never a crash, when the pool is gone or the server unreachable', async () => {
      const pool = createPool(2);
      const store = await open({ pool });
      await pool.end();
      const afterEnd = await store.repository('widget').get('w1' as Id<'W'>);
      expect(afterEnd._unsafeUnwrapErr()).toMatchObject({
        code: 'storage_failed',
        data: { operation: 'get' },
      });
      await store.close();
      expect((await store.outbox.pending(1))._unsafeUnwrapErr()).toEqual({
        code: 'storage_failed',
        data: { operation: 'outbox.pending', reason: 'store_closed' },
      });
      const unreachable = await createSqlStore({
        dialect: 'postgres',
        connectionString: 'postgres://postgres@127.0.0.1:1/test',
      });
      expect(unreachable._unsafeUnwrapErr()).toMatchObject({
        code: 'storage_failed',
        data: { reason: 'ECONNREFUSED' },
      });
    });

    it('§11.1.2 survives its connections being terminated by the server', async () => {
      const name = uniqueSchema();
      const url = new URL(postgresUrl!);
      url.searchParams.set('application_name', name);
      const store = await open({ connectionString: url.toString(), maxConnections: 3 });
      const widgets = store.repository('widget');
      expect((await widgets.list({ limit: 1 })).isOk()).toBe(true);
      const killed = await admin().query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
        [name],
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      const during = await widgets.list({ limit: 1 });
      expect(during.isOk() || during.error.code === 'storage_failed').toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await widgets.list({ limit: 1 })).isOk()).toBe(true);
      await store.close();
    });

    it('§11.1.2 stores, filters and pages text PostgreSQL cannot hold in jsonb (U+0000, lone surrogates)', async () => {
      const store = await open();
      const at = '2026-11-27T05:23:45.000Z';
      const notes = store.repository<EntityBase & { status: string; note: string }>('note');
      const texts = ['a\u0000c', 'a', 'a\u0000b\ud800', 'b'];
      for (const [index, note] of texts.entries()) {
        const entity = {
          id: `n${index}` as Id<'Note'>,
          version: 0,
          createdAt: at as Instant,
          updatedAt: at as Instant,
          status: 'open',
          note,
        };
        expect((await notes.save(entity, { expectedVersion: 0 })).isOk()).toBe(true);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<EntityBase & { note: string }> = (
          await notes.list({
            where: { status: 'open' },
            orderBy: { field: 'note' },
            limit: 1,
            cursor,
          })
        )._unsafeUnwrap();
        seen.push(...page.items.map((item) => item.note));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(seen).toEqual(['a', 'a\u0000b\ud800', 'a\u0000c', 'b']);
      expect((await notes.get('n2' as Id<'Note'>))._unsafeUnwrap().note).toBe('a\u0000b\ud800');
      await store.close();
    });
  });
});
