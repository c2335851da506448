import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqlStore, type SqlStore } from 'aftersales/sql';
import pg from 'pg';
import { openRawPostgres, openRawSqlite, type RawStore } from '../baselines/raw-stores';
import { sampleInterleavedAsync, type Timing } from '../lib/measure';
import { type CaseResult, type Check, failed, formatMs, judged, skipped } from '../lib/report';
import {
  createRepairOrderDocuments,
  type RepairOrderDocument,
  touched,
} from '../workloads/repair-order-workload';

const ORDERS = 100;
const COLLECTION = 'repair-order';
const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

interface Backend {
  readonly label: string;
  readonly store: SqlStore;
  readonly raw: RawStore;
}

/** Inserts the orders through both, checks that both read back the same JSON, then times save+get. */
async function measure(backend: Backend, orders: readonly RepairOrderDocument[]) {
  const repository = backend.store.repository<RepairOrderDocument>(COLLECTION);
  const storeVersions = orders.map(() => 0);
  const rawVersions = orders.map(() => 0);
  for (const [k, order] of orders.entries()) {
    (await repository.save(order, { expectedVersion: 0 }))._unsafeUnwrap();
    await backend.raw.save(COLLECTION, order, 0);
    storeVersions[k] = 1;
    rawVersions[k] = 1;
  }
  const first = orders[0] as RepairOrderDocument;
  const viaStore = JSON.stringify((await repository.get(first.id))._unsafeUnwrap());
  const viaRaw = JSON.stringify(await backend.raw.get(COLLECTION, first.id));
  if (viaStore !== viaRaw) return { agree: false as const };

  let storeStep = 0;
  let rawStep = 0;
  const timings: Record<string, Timing> = await sampleInterleavedAsync(
    [
      {
        name: 'store',
        run: async () => {
          const k = storeStep % orders.length;
          storeStep += 1;
          const order = touched(orders[k] as RepairOrderDocument, storeStep);
          const saved = await repository.save(order, { expectedVersion: storeVersions[k] ?? 0 });
          if (saved.isErr()) throw new Error(`store save failed: ${JSON.stringify(saved.error)}`);
          storeVersions[k] = (storeVersions[k] ?? 0) + 1;
          return (await repository.get(order.id))._unsafeUnwrap();
        },
      },
      {
        name: 'raw',
        run: async () => {
          const k = rawStep % orders.length;
          rawStep += 1;
          const order = touched(orders[k] as RepairOrderDocument, rawStep);
          await backend.raw.save(COLLECTION, order, rawVersions[k] ?? 0);
          rawVersions[k] = (rawVersions[k] ?? 0) + 1;
          return backend.raw.get(COLLECTION, order.id);
        },
      },
    ],
    { rounds: 61, sampleMs: 20, warmupMs: 400 },
  );
  return { agree: true as const, timings };
}

function throughputCheck(id: string, label: string, timings: Record<string, Timing>): Check {
  const store = timings.store?.median ?? Number.NaN;
  const raw = timings.raw?.median ?? Number.NaN;
  return judged({
    id,
    group: 'storage',
    title: `${label} save+get throughput, aftersales/sql ÷ raw driver`,
    value: (raw / store) * 100,
    unit: '%',
    budget: { op: '>=', limit: 50 },
    detail: `median ${formatMs(store)} vs ${formatMs(raw)} per save+get (${(1000 / store).toFixed(0)} vs ${(1000 / raw).toFixed(0)} /s)`,
  });
}

async function runSqlite(orders: readonly RepairOrderDocument[]) {
  const dir = mkdtempSync(join(tmpdir(), 'aftersales-bench-'));
  try {
    const store = (
      await createSqlStore({ dialect: 'sqlite', filename: join(dir, 'store.db') })
    )._unsafeUnwrap();
    const raw = openRawSqlite(join(dir, 'raw.db'));
    try {
      const result = await measure({ label: 'SQLite', store, raw }, orders);
      if (!result.agree)
        return {
          check: failed(
            'storage.sqlite.agree',
            'storage',
            'SQLite rows agree',
            'store and raw rows differ',
          ),
          timings: {},
        };
      return {
        check: throughputCheck('storage.sqlite.throughput', 'SQLite file (WAL)', result.timings),
        timings: result.timings,
      };
    } finally {
      await store.close();
      await raw.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function reachable(url: string): Promise<string | undefined> {
  const probe = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 3000 });
  probe.on('error', () => undefined);
  try {
    await probe.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await probe.end().catch(() => undefined);
  }
}

async function runPostgres(orders: readonly RepairOrderDocument[]) {
  const url = process.env.AFTERSALES_TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
  const title = 'PostgreSQL save+get throughput, aftersales/sql ÷ raw pg';
  const problem = await reachable(url);
  if (problem !== undefined) {
    const reason = `skipped: PostgreSQL unreachable at ${url.replace(/\/\/[^@]*@/, '//…@')} (${problem}); set AFTERSALES_TEST_POSTGRES_URL`;
    return { check: skipped('storage.postgres.throughput', 'storage', title, reason), timings: {} };
  }
  const schema = `aftersales_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  admin.on('error', () => undefined);
  try {
    const store = (
      await createSqlStore({ dialect: 'postgres', connectionString: url, schema })
    )._unsafeUnwrap();
    const raw = await openRawPostgres(url, schema);
    try {
      const result = await measure({ label: 'PostgreSQL', store, raw }, orders);
      if (!result.agree)
        return {
          check: failed(
            'storage.postgres.agree',
            'storage',
            'PostgreSQL rows agree',
            'store and raw rows differ',
          ),
          timings: {},
        };
      return {
        check: throughputCheck('storage.postgres.throughput', 'PostgreSQL', result.timings),
        timings: result.timings,
      };
    } finally {
      await store.close();
      await raw.close();
    }
  } finally {
    await admin.query(`drop schema if exists "${schema}" cascade`);
    await admin.end();
  }
}

export async function runStorageCase(seed: number): Promise<CaseResult> {
  const orders = createRepairOrderDocuments(seed, ORDERS);
  const bytes = orders.reduce((total, order) => total + JSON.stringify(order).length, 0) / ORDERS;
  const sqlite = await runSqlite(orders);
  const postgres = await runPostgres(orders);
  return {
    checks: [sqlite.check, postgres.check],
    data: {
      orders: ORDERS,
      meanJsonBytes: Math.round(bytes),
      sqlite: sqlite.timings,
      postgres: postgres.timings,
    },
  };
}
