import { err, ok, type Result, ResultAsync } from 'neverthrow';
import {
  AggregateTypeSchema,
  type EntityBase,
  idSchema,
  MAX_ID_LENGTH,
  type NotFoundError,
  notFound,
  type Repository,
  type StorageError,
  type Store,
  storageFailed,
  type ValidationError,
} from '../shared/index';
import { commitChanges } from './commit-changes';
import { runOperation, type SqlContext } from './context';
import { compileEntityStatements, runStatement } from './entity-statements';
import { listEntities } from './list-entities';
import { migrate } from './migrate';
import { openDatabase } from './open-database';
import { parseSqlStoreOptions, type SqlStoreOptions } from './options';
import { createSqlOutbox } from './outbox';

/**
 * A {@link Store} kept in SQLite or PostgreSQL, plus `close()`.
 *
 * @example
 * ```ts
 * const store: SqlStore = (await createSqlStore({ dialect: 'sqlite', filename: ':memory:' }))._unsafeUnwrap();
 * await store.close();
 * ```
 * @category sql
 * @see §11.1.2
 */
export interface SqlStore extends Store {
  /** Which database this store talks to. */
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Closes the database the store opened (the SQLite file, or the pg pool it
   * created); a `database` or `pool` you passed in stays open. Idempotent.
   * Afterwards every operation fails with `storage_failed` (reason `store_closed`).
   */
  close(): Promise<void>;
}

/**
 * Every error {@link createSqlStore} and the store's ports can return. Both
 * are shared error types with messages in the shared catalog
 * (`coreMessages`), so `sql` has no catalog of its own; the store's ports
 * add `not_found` and `concurrency_conflict` as the `Store` ports define them.
 *
 * @example
 * ```ts
 * const opened = await createSqlStore({ dialect: 'sqlite', filename: ':memory:' });
 * if (opened.isErr()) {
 *   const error: SqlStoreError = opened.error; // e.g. storage_failed, reason 'driver_missing:better-sqlite3'
 * }
 * ```
 * @category sql
 * @see §11.1.2
 */
export type SqlStoreError = StorageError | ValidationError;

const IdSchema = idSchema<string>();

function createRepository<T extends EntityBase>(
  context: SqlContext,
  collection: string,
): Repository<T> {
  return {
    get: (id) =>
      runOperation<T, NotFoundError>(context, 'get', async () => {
        // Longer than any storable id yet bounded, so hostile input never bloats the error.
        const key = typeof id === 'string' ? id.slice(0, MAX_ID_LENGTH + 1) : '';
        // No entity can have an invalid id, so no query is needed to know it is absent.
        if (!IdSchema.safeParse(key).success) return err(notFound(collection, key));
        const { rows } = await runStatement<{ body: string }>(
          context.db,
          context.statements.selectBody,
          { collection, id: key },
        );
        const row = rows[0];
        return row ? ok(JSON.parse(row.body) as T) : err(notFound(collection, key));
      }),
    save: (entity, options) =>
      commitChanges(context, [{ ...options, collection, entity }], 'save').map(
        ([stored]) => stored as T,
      ),
    list: (query) => listEntities<T>(context, collection, query),
  };
}

function buildStore(context: SqlContext): SqlStore {
  return Object.freeze({
    dialect: context.dialect,
    repository<T extends EntityBase>(collection: string): Repository<T> {
      if (!AggregateTypeSchema.safeParse(collection).success) {
        throw new TypeError(
          `collection names are kebab-case, 1–64 characters: ${String(collection)}`,
        );
      }
      return createRepository<T>(context, collection);
    },
    unitOfWork: Object.freeze({
      commit: (changes: Parameters<Store['unitOfWork']['commit']>[0]) =>
        commitChanges(context, changes, 'commit'),
    }),
    outbox: Object.freeze(createSqlOutbox(context)),
    close: async () => {
      if (context.state.closed) return;
      context.state.closed = true;
      await context.db.destroy();
    },
  });
}

async function openStore(input: SqlStoreOptions): Promise<Result<SqlStore, SqlStoreError>> {
  const parsed = parseSqlStoreOptions(input);
  if (parsed.isErr()) return err(parsed.error);
  const options = parsed.value;
  const opened = await openDatabase(options);
  if (opened.isErr()) return err(opened.error);
  const schema = options.dialect === 'postgres' ? options.schema : undefined;
  const db = schema === undefined ? opened.value : opened.value.withSchema(schema);
  const context: SqlContext = {
    db,
    dialect: options.dialect,
    namespace: schema ?? 'main',
    state: { closed: false },
    statements: compileEntityStatements(db, options.dialect === 'postgres'),
  };
  const migrated = await runOperation(context, 'migrate', () => migrate(context));
  if (migrated.isErr()) {
    await opened.value.destroy().catch(() => undefined);
    return err(migrated.error);
  }
  return ok(buildStore(context));
}

/**
 * Opens a SQL {@link Store} (Kysely): SQLite through better-sqlite3 — the
 * embedded default, a file or `':memory:'` — or PostgreSQL through pg, and
 * applies the migrations that ship with the package (idempotent; safe when
 * two processes start at once). It has exactly the semantics of the memory
 * store and passes the same conformance suite: entities are stored as JSON
 * text, so money strings come back to the last digit; saves are
 * version-guarded statements (a stale write is `concurrency_conflict`, never
 * an overwrite); a unit of work is one transaction, events included; list
 * filters and ordering are parameterised JSON extraction.
 *
 * The drivers are optional peer dependencies, loaded only by the dialect
 * that needs them: install `kysely` plus `better-sqlite3` (12.x) or `pg`.
 *
 * Errors: `validation_failed` for bad options (reason `source_required`
 * when not exactly one data source is given); `storage_failed` when the
 * driver is missing (reason `driver_missing:<package>`), the database cannot
 * be reached (the driver's code, e.g. `ECONNREFUSED`), or it holds a newer
 * schema than this package (`schema_newer_than_package`). Operations on the
 * store fail with `storage_failed` (driver code, or `store_closed`) instead
 * of throwing.
 *
 * @param options - {@link SqlStoreOptions}
 * @returns the open store; call `close()` when done
 * @example
 * ```ts
 * import { createSqlStore } from 'aftersales/sql';
 * const store = (await createSqlStore({ dialect: 'sqlite', filename: './dealer.db' }))._unsafeUnwrap();
 * const orders = store.repository<RepairOrder>('repair-order');
 * await orders.save(order, { expectedVersion: 0, events: [opened] });
 * await store.close();
 *
 * const group = await createSqlStore({
 *   dialect: 'postgres',
 *   connectionString: process.env.DATABASE_URL ?? '',
 *   schema: 'aftersales',
 * });
 * ```
 * @category sql
 * @see §11.1.2
 * @see X-5
 * @see X-6
 */
export function createSqlStore(options: SqlStoreOptions): ResultAsync<SqlStore, SqlStoreError> {
  return new ResultAsync(
    openStore(options).catch(
      (): Result<SqlStore, SqlStoreError> => err(storageFailed('connect', 'unexpected_error')),
    ),
  );
}
