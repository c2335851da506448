import {
  type Dialect,
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type SqliteDatabase,
  SqliteDialect,
  sql,
} from 'kysely';
import { err, ok, type Result } from 'neverthrow';
import { type StorageError, storageFailed } from '../shared/index';
import { failureReason } from './context';
import type { ParsedSqlStoreOptions } from './options';
import type { SqlTables } from './tables';

/** A caller's database handle, wrapped so that closing the store leaves it open. */
function borrowedDatabase(database: SqliteDatabase): SqliteDatabase {
  return { prepare: (text) => database.prepare(text), close: () => undefined };
}

/** A caller's pool, wrapped so that closing the store leaves it running. */
function borrowedPool(pool: PostgresPool): PostgresPool {
  return { connect: () => pool.connect(), end: async () => undefined };
}

/**
 * Loads a driver only when a store of its dialect is created, so that
 * `aftersales/sql` with one driver installed never needs the other, and no
 * other subpath loads either.
 */
async function loadDriver<T>(name: 'better-sqlite3' | 'pg', load: () => Promise<T>) {
  try {
    return ok(await load());
  } catch {
    return err(storageFailed('connect', `driver_missing:${name}`));
  }
}

async function sqliteDialect(
  options: Extract<ParsedSqlStoreOptions, { dialect: 'sqlite' }>,
): Promise<Result<Dialect, StorageError>> {
  const { source } = options;
  if ('database' in source)
    return ok(new SqliteDialect({ database: borrowedDatabase(source.database) }));
  const driver = await loadDriver('better-sqlite3', () => import('better-sqlite3'));
  if (driver.isErr()) return err(driver.error);
  try {
    const database = new driver.value.default(source.filename);
    return ok(new SqliteDialect({ database }));
  } catch (error) {
    return err(storageFailed('connect', failureReason(error)));
  }
}

async function postgresDialect(
  options: Extract<ParsedSqlStoreOptions, { dialect: 'postgres' }>,
): Promise<Result<Dialect, StorageError>> {
  const { source } = options;
  if ('pool' in source) return ok(new PostgresDialect({ pool: borrowedPool(source.pool) }));
  const driver = await loadDriver('pg', () => import('pg'));
  if (driver.isErr()) return err(driver.error);
  const pool = new driver.value.default.Pool({
    connectionString: source.connectionString,
    max: options.maxConnections,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server drops is discarded and replaced on next use;
  // without a listener pg would re-throw it as an uncaught exception.
  pool.on('error', () => undefined);
  return ok(new PostgresDialect({ pool }));
}

/** Settings for files the store opened: wait for other processes, let readers run beside a writer. */
async function configureSqlite(
  db: Kysely<SqlTables>,
  options: Extract<ParsedSqlStoreOptions, { dialect: 'sqlite' }>,
): Promise<void> {
  if (!('filename' in options.source)) return;
  await sql`pragma busy_timeout = ${sql.lit(options.busyTimeoutMs)}`.execute(db);
  if (options.source.filename !== ':memory:') await sql`pragma journal_mode = wal`.execute(db);
}

/**
 * Opens the Kysely instance of a store. Errors: `storage_failed` (reason
 * `driver_missing:<package>` when the driver is not installed, or the
 * driver's code, e.g. `SQLITE_CANTOPEN`).
 */
export async function openDatabase(
  options: ParsedSqlStoreOptions,
): Promise<Result<Kysely<SqlTables>, StorageError>> {
  const dialect =
    options.dialect === 'sqlite' ? await sqliteDialect(options) : await postgresDialect(options);
  if (dialect.isErr()) return err(dialect.error);
  const db = new Kysely<SqlTables>({ dialect: dialect.value });
  if (options.dialect === 'postgres') return ok(db);
  try {
    await configureSqlite(db, options);
    return ok(db);
  } catch (error) {
    await db.destroy();
    return err(storageFailed('connect', failureReason(error)));
  }
}
