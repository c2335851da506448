import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { book, expectOneBooking, seedLastFreeSlot } from './booking';
import { postgresUrl, uniqueSchema } from './postgres-env';
import { openSqlite, temporaryDirectory } from './sqlite-stores';

const script = join(import.meta.dirname, 'contend.ts');
const PROCESSES = 3;

/** One node process running contend.ts: resolves `ready`, then its outcome after `go()`. */
function startProcess(args: readonly string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    timeout: 60_000,
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error(`process exited early: ${args.join(' ')}`);
    return line.value;
  };
  const ready = next();
  return {
    ready,
    finish: async (): Promise<unknown> => {
      await ready;
      child.stdin.write('go\n');
      return (JSON.parse(await next()) as { outcome: unknown }).outcome;
    },
  };
}

/** Starts the processes, waits until every one is ready, then lets them all go at once. */
async function contend(args: (index: number) => string[]): Promise<unknown[]> {
  const processes = Array.from({ length: PROCESSES }, (_, index) => startProcess(args(index)));
  await Promise.all(processes.map((child) => child.ready));
  return Promise.all(processes.map((child) => child.finish()));
}

const directory = temporaryDirectory();
afterAll(() => directory.remove());

describe('several processes at once', () => {
  it('X-6 concurrent bookings of the last free slot from several processes on one SQLite file: exactly one succeeds', async () => {
    const file = join(directory.path, 'processes.db');
    const store = await openSqlite(file);
    await seedLastFreeSlot(store);
    const outcomes = await contend((index) => ['sqlite-book', file, String(index)]);
    // Every process read the free slot before any committed, so each loser lost on the version.
    expect([...outcomes].sort()).toEqual([
      'booked',
      'concurrency_conflict',
      'concurrency_conflict',
    ]);
    await expectOneBooking(store, outcomes as string[]);
    await expect(book(store, 99)).resolves.toBe('full');
    await store.close();
  }, 90_000);

  it.skipIf(postgresUrl === undefined)(
    '§11.1.2 migrates a PostgreSQL schema exactly once when several processes start at once',
    async () => {
      const schema = uniqueSchema();
      const pool = new pg.Pool({ connectionString: postgresUrl });
      try {
        const outcomes = await contend(() => ['postgres-open', postgresUrl!, schema]);
        expect(outcomes).toEqual(Array.from({ length: PROCESSES }, () => 'opened'));
        const { rows } = await pool.query(`select version from "${schema}".aftersales_migrations`);
        expect(rows).toEqual([{ version: 1 }]);
      } finally {
        await pool.query(`drop schema if exists "${schema}" cascade`);
        await pool.end();
      }
    },
    90_000,
  );
});
