import { type Kysely, sql } from 'kysely';
import { err, ok, type Result } from 'neverthrow';
import { type StorageError, storageFailed } from '../shared/index';
import type { SqlContext } from './context';
import { MIGRATION_LOCK } from './lock-keys';
import { SQL_MIGRATIONS, type SqlMigration } from './migrations';
import type { SqlTables } from './tables';
import { inTransaction } from './transaction';

async function ensureSchema(context: SqlContext, db: Kysely<SqlTables>): Promise<void> {
  if (context.dialect !== 'postgres') return;
  // Serialises migrators of this schema until commit, across processes.
  await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK}, hashtext(${context.namespace}))`.execute(
    db,
  );
  // Look first: CREATE SCHEMA checks the CREATE privilege even when the schema exists.
  const found = await sql`select 1 from pg_namespace where nspname = ${context.namespace}`.execute(
    db,
  );
  if (found.rows.length === 0) await db.schema.createSchema(context.namespace).execute();
}

async function appliedVersions(db: Kysely<SqlTables>): Promise<Set<number>> {
  await db.schema
    .createTable('aftersales_migrations')
    .ifNotExists()
    .addColumn('version', 'integer', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('applied_at', 'text', (column) => column.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();
  const rows = await db.selectFrom('aftersales_migrations').select('version').execute();
  return new Set(rows.map((row) => Number(row.version)));
}

async function applyPending(
  context: SqlContext,
  db: Kysely<SqlTables>,
  migrations: readonly SqlMigration[],
): Promise<Result<number, StorageError>> {
  await ensureSchema(context, db);
  const applied = await appliedVersions(db);
  const known = new Set(migrations.map((migration) => migration.version));
  if ([...applied].some((version) => !known.has(version))) {
    // A newer release migrated this database; running older code against it could corrupt it.
    return err(storageFailed('migrate', 'schema_newer_than_package'));
  }
  let count = 0;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    await migration.up(db, context.dialect);
    await db
      .insertInto('aftersales_migrations')
      .values({ version: migration.version, name: migration.name })
      .execute();
    count += 1;
  }
  return ok(count);
}

/**
 * Brings the store's tables up to date in one transaction: on PostgreSQL
 * under an advisory lock (two processes starting at once apply each
 * migration exactly once), on SQLite under `BEGIN IMMEDIATE`. Safe to run
 * any number of times. Returns how many migrations it applied.
 *
 * Errors: `storage_failed` (reason `schema_newer_than_package` when the
 * database holds a migration this package does not know, or the driver's code).
 */
export async function migrate(
  context: SqlContext,
  migrations: readonly SqlMigration[] = SQL_MIGRATIONS,
): Promise<Result<number, StorageError>> {
  return inTransaction(context, (db) => applyPending(context, db, migrations));
}
