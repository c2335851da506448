import type { PostgresPool, SqliteDatabase } from 'kysely';
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { parseWith, type ValidationError, validationError } from '../shared/index';

/**
 * Options of an SQLite store (the embedded default). Give exactly one of
 * `filename` (a file path, created if missing, or `':memory:'`) and
 * `database` (an open better-sqlite3 `Database` that you own and close).
 *
 * @example
 * ```ts
 * const options: SqliteStoreOptions = { dialect: 'sqlite', filename: './dealer.db' };
 * ```
 * @category sql
 * @see §11.1.2
 */
export interface SqliteStoreOptions {
  readonly dialect: 'sqlite';
  readonly filename?: string;
  readonly database?: SqliteDatabase;
  /**
   * How long a write waits for another process's write lock on the same
   * file before failing with `storage_failed` (`SQLITE_BUSY`); default 5000 ms.
   * Applies to databases the store opens itself.
   */
  readonly busyTimeoutMs?: number;
}

/**
 * Options of a PostgreSQL store. Give exactly one of `connectionString`
 * (the store creates and ends its own pg pool) and `pool` (a pg `Pool` that
 * you own and end). `schema` (default `public`) holds the adapter's tables
 * and is created if missing.
 *
 * @example
 * ```ts
 * const options: PostgresStoreOptions = {
 *   dialect: 'postgres',
 *   connectionString: 'postgres://dms@db.internal:5432/dms',
 *   schema: 'aftersales',
 * };
 * ```
 * @category sql
 * @see §11.1.2
 */
export interface PostgresStoreOptions {
  readonly dialect: 'postgres';
  readonly connectionString?: string;
  readonly pool?: PostgresPool;
  /** Lower-case letters, digits and `_`, starting with a letter or `_`, at most 63 characters. */
  readonly schema?: string;
  /** Pool size when the store creates the pool; default 10. */
  readonly maxConnections?: number;
}

/**
 * Where a SQL store keeps its data: SQLite through better-sqlite3 or
 * PostgreSQL through pg.
 *
 * @example
 * ```ts
 * const options: SqlStoreOptions = { dialect: 'sqlite', filename: ':memory:' };
 * ```
 * @category sql
 * @see §11.1.2
 */
export type SqlStoreOptions = SqliteStoreOptions | PostgresStoreOptions;

const hasFunction = (name: string) => (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>)[name] === 'function';

const SqliteOptionsSchema = z.object({
  dialect: z.literal('sqlite'),
  filename: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
  database: z.optional(z.custom<SqliteDatabase>(hasFunction('prepare'))),
  busyTimeoutMs: z.optional(z.int().check(z.gte(0), z.lte(600_000))),
});

const PostgresOptionsSchema = z.object({
  dialect: z.literal('postgres'),
  connectionString: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
  pool: z.optional(z.custom<PostgresPool>(hasFunction('connect'))),
  schema: z.optional(z.string().check(z.regex(/^[a-z_][a-z0-9_]{0,62}$/))),
  maxConnections: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

const SqlStoreOptionsSchema = z.discriminatedUnion('dialect', [
  SqliteOptionsSchema,
  PostgresOptionsSchema,
]);

/** Checked options with every default filled in. */
export type ParsedSqlStoreOptions =
  | {
      readonly dialect: 'sqlite';
      readonly source: { readonly filename: string } | { readonly database: SqliteDatabase };
      readonly busyTimeoutMs: number;
    }
  | {
      readonly dialect: 'postgres';
      readonly source: { readonly connectionString: string } | { readonly pool: PostgresPool };
      readonly schema: string;
      readonly maxConnections: number;
    };

function oneSource(first: string, second: string): ValidationError {
  const detail = `give exactly one of ${first} and ${second}`;
  return validationError([{ path: first, reason: 'source_required', detail }]);
}

/**
 * Parses store options. Errors: `validation_failed` (reason
 * `source_required` when not exactly one data source is given).
 */
export function parseSqlStoreOptions(
  input: unknown,
): Result<ParsedSqlStoreOptions, ValidationError> {
  const parsed = parseWith(SqlStoreOptionsSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  const options = parsed.value;
  if (options.dialect === 'sqlite') {
    const { filename, database } = options;
    if ((filename === undefined) === (database === undefined)) {
      return err(oneSource('filename', 'database'));
    }
    const source = database === undefined ? { filename: filename ?? '' } : { database };
    return ok({ dialect: 'sqlite', source, busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
  }
  const { connectionString, pool } = options;
  if ((connectionString === undefined) === (pool === undefined)) {
    return err(oneSource('connectionString', 'pool'));
  }
  const source = pool === undefined ? { connectionString: connectionString ?? '' } : { pool };
  const schema = options.schema ?? 'public';
  return ok({ dialect: 'postgres', source, schema, maxConnections: options.maxConnections ?? 10 });
}
