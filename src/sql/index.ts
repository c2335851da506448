/**
 * The SQL storage adapter (Kysely): SQLite through better-sqlite3, the
 * embedded default (a file or `:memory:`), and PostgreSQL through pg, for
 * dealer groups that outgrow one machine. Same semantics as the memory
 * store, checked by the conformance suite of `aftersales/testing`;
 * versioned migrations ship with the package.
 *
 * ```ts
 * import { createSqlStore } from 'aftersales/sql';
 * const store = (await createSqlStore({ dialect: 'sqlite', filename: './dealer.db' }))._unsafeUnwrap();
 * ```
 *
 * @packageDocumentation
 * @module sql
 */
export type { SqlStore, SqlStoreError } from './create-sql-store';
export { createSqlStore } from './create-sql-store';
export type { PostgresStoreOptions, SqliteStoreOptions, SqlStoreOptions } from './options';
