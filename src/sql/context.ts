import type { Kysely } from 'kysely';
import { err, type Result, ResultAsync } from 'neverthrow';
import { type StorageError, storageFailed } from '../shared/index';
import type { EntityStatements } from './entity-statements';
import type { SqlDialectName, SqlTables } from './tables';

/** What every operation of one SQL store shares; one per `createSqlStore` call. */
export interface SqlContext {
  /** Bound to the PostgreSQL schema already, when there is one. */
  readonly db: Kysely<SqlTables>;
  readonly dialect: SqlDialectName;
  /** Names this store's data in advisory-lock keys: the PostgreSQL schema. */
  readonly namespace: string;
  /** Set once by `close()`; later calls fail with reason `store_closed`. */
  readonly state: { closed: boolean };
  /** The get and save statements, compiled once for this store. */
  readonly statements: EntityStatements;
}

const SAFE_REASON = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * The `reason` of a storage failure: the driver's error code (`SQLITE_BUSY`,
 * PostgreSQL's SQLSTATE such as `40P01`, `ECONNREFUSED`) or error class,
 * never its message, which may quote the failing row.
 */
export function failureReason(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && SAFE_REASON.test(code)) return code;
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string' && SAFE_REASON.test(name) && name !== 'Error') return name;
  }
  return 'driver_error';
}

/**
 * Runs one store operation: refuses it once the store is closed, and turns
 * anything the driver throws into `storage_failed`, so callers only ever
 * see typed errors, never rejections.
 */
export function runOperation<T, E>(
  context: SqlContext,
  operation: string,
  run: () => Promise<Result<T, E>>,
): ResultAsync<T, E | StorageError> {
  const guarded = async (): Promise<Result<T, E | StorageError>> => {
    if (context.state.closed) return err(storageFailed(operation, 'store_closed'));
    try {
      return await run();
    } catch (error) {
      return err(storageFailed(operation, failureReason(error)));
    }
  };
  return new ResultAsync(guarded());
}
