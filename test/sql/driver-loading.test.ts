import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Which drivers a fresh process has loaded at each step of importing and opening stores. */
const probe = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const loaded = () => [...new Set(Object.keys(require.cache)
  .map((path) => /node_modules[\\\\/](better-sqlite3|pg)[\\\\/]/.exec(path)?.[1])
  .filter(Boolean))].sort();
const steps = {};
await import('./src/shared/index.ts');
await import('./src/org/index.ts');
await import('./src/memory/index.ts');
steps.otherModules = loaded();
const { createSqlStore } = await import('./src/sql/index.ts');
steps.sqlImported = loaded();
const store = (await createSqlStore({ dialect: 'sqlite', filename: ':memory:' }))._unsafeUnwrap();
await store.close();
steps.sqliteOpened = loaded();
console.log(JSON.stringify(steps));
`;

describe('SQL drivers are optional peer dependencies', { timeout: 60_000 }, () => {
  it('§11.1.2 loads no driver for other modules or for importing sql, and only the dialect’s own driver when opening a store', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', probe],
      { cwd: root, timeout: 60_000 },
    );
    expect(JSON.parse(stdout)).toEqual({
      otherModules: [],
      sqlImported: [],
      sqliteOpened: ['better-sqlite3'],
    });
  }, 60_000);

  it('§11.1.2 reports a driver that is not installed as storage_failed, not a crash', async () => {
    vi.doMock('better-sqlite3', () => {
      throw new Error("Cannot find package 'better-sqlite3'");
    });
    vi.doMock('pg', () => {
      throw new Error("Cannot find package 'pg'");
    });
    const { createSqlStore } = await import('../../src/sql/index');
    expect(
      (await createSqlStore({ dialect: 'sqlite', filename: ':memory:' }))._unsafeUnwrapErr(),
    ).toEqual({
      code: 'storage_failed',
      data: { operation: 'connect', reason: 'driver_missing:better-sqlite3' },
    });
    const postgres = await createSqlStore({
      dialect: 'postgres',
      connectionString: 'postgres://x@127.0.0.1/x',
    });
    expect(postgres._unsafeUnwrapErr()).toMatchObject({ data: { reason: 'driver_missing:pg' } });
    vi.doUnmock('better-sqlite3');
    vi.doUnmock('pg');
  });
});
