import type { Generated } from 'kysely';

/** The two SQL dialects the adapter speaks. */
export type SqlDialectName = 'sqlite' | 'postgres';

/** One stored aggregate: its JSON text is the truth, the other columns serve queries. */
export interface EntitiesTable {
  readonly collection: string;
  readonly id: string;
  readonly version: number;
  /** Exactly the `JSON.stringify` text of the stored entity. */
  readonly body: string;
  /**
   * PostgreSQL only: the entity's top-level fields as `jsonb`, for list
   * filters and ordering (see `queryDocument`). SQLite queries `body` itself.
   */
  readonly doc?: string;
}

/** One outbox entry; `sequence` is assigned by the database. */
export interface EventsTable {
  readonly sequence: Generated<number | string>;
  /** The `JSON.stringify` text of the parsed domain event. */
  readonly body: string;
  readonly dispatched_at: string | null;
}

/** One applied migration. */
export interface MigrationsTable {
  readonly version: number;
  readonly name: string;
  readonly applied_at: Generated<string>;
}

/** The adapter's tables, as Kysely sees them. */
export interface SqlTables {
  readonly aftersales_entities: EntitiesTable;
  readonly aftersales_events: EventsTable;
  readonly aftersales_migrations: MigrationsTable;
}
