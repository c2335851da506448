import {
  type Dialect,
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
  sql,
} from 'kysely';
import { err, ok, type Result } from 'neverthrow';
import { type StorageError, storageFailed } from '../shared/index';
import { failureReason } from './context';
import type { ParsedSqlStoreOptions } from './options';
import type { SqlTables } from './tables';

/** Distinct statements kept per database; the store issues a few dozen shapes. */
const MAX_CACHED_STATEMENTS = 200;

/**
 * Kysely prepares every query anew, and preparing costs about as much as
 * running a small statement. The store issues a handful of statement shapes
 * with bound parameters, so each one is prepared once per database and
 * reused (safe: Kysely runs one query at a time per SQLite connection and
 * the store never streams). `close` decides whether closing reaches the handle.
 */
function reusingStatements(database: SqliteDatabase, close: () => void): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    prepare: (text) => {
      let statement = statements.get(text);
      if (statement === undefined) {
        if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear();
        statement = database.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
    close,
  };
}

/** A caller's database handle, wrapped so that closing the store leaves it open. */
function borrowedDatabase(database: SqliteDatabase): SqliteDatabase {
  return reusingStatements(database, () => undefined);
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
    return ok(new SqliteDialect({ database: reusingStatements(database, () => database.close()) }));
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
