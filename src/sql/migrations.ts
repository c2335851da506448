import { type Kysely, type SqlBool, sql } from 'kysely';
import type { SqlDialectName, SqlTables } from './tables';

/**
 * One schema change of the adapter. Migrations ship in the package and are
 * applied in ascending `version` order, each recorded in
 * `aftersales_migrations`; a released migration is never edited, only
 * followed by a new one.
 */
export interface SqlMigration {
  readonly version: number;
  /** kebab-case summary, recorded with the version. */
  readonly name: string;
  readonly up: (db: Kysely<SqlTables>, dialect: SqlDialectName) => Promise<void>;
}

async function createEntities(db: Kysely<SqlTables>, dialect: SqlDialectName): Promise<void> {
  // Ids and collections compare by code point on both dialects (SQLite's default BINARY).
  const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  let table = db.schema
    .createTable('aftersales_entities')
    .addColumn('collection', key, (column) => column.notNull())
    .addColumn('id', key, (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull());
  if (dialect === 'postgres') table = table.addColumn('doc', 'jsonb', (column) => column.notNull());
  await table.addPrimaryKeyConstraint('aftersales_entities_pk', ['collection', 'id']).execute();
  if (dialect === 'postgres') {
    await db.schema
      .createIndex('aftersales_entities_doc')
      .on('aftersales_entities')
      .using('gin')
      .expression(sql`doc jsonb_path_ops`)
      .execute();
  }
}

async function createEvents(db: Kysely<SqlTables>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('aftersales_events')
    .addColumn('sequence', dialect === 'postgres' ? 'bigint' : 'integer', (column) =>
      // AUTOINCREMENT: SQLite never reuses a sequence, even the highest one after a delete.
      dialect === 'postgres'
        ? column.generatedAlwaysAsIdentity().primaryKey()
        : column.primaryKey().autoIncrement(),
    )
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('dispatched_at', 'text')
    .execute();
  await db.schema
    .createIndex('aftersales_events_pending')
    .on('aftersales_events')
    .column('sequence')
    .where(sql<SqlBool>`dispatched_at is null`)
    .execute();
}

/**
 * Every migration of the SQL adapter, oldest first. Version 1: entities as
 * JSON text keyed by `(collection, id)` with their version (plus a `jsonb`
 * query copy with a GIN index on PostgreSQL), and the outbox with a partial
 * index on pending events.
 */
export const SQL_MIGRATIONS: readonly SqlMigration[] = Object.freeze([
  {
    version: 1,
    name: 'create-entities-and-outbox',
    up: async (db: Kysely<SqlTables>, dialect: SqlDialectName) => {
      await createEntities(db, dialect);
      await createEvents(db, dialect);
    },
  },
]);
