import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * The storage baselines: the raw drivers writing and reading the same JSON
 * rows as `aftersales/sql` (one row per entity, keyed by collection and id,
 * with the version and the entity's JSON text) through prepared statements,
 * with the same optimistic check (the update only matches the expected
 * version) but nothing else: no validation, no transaction around it, no
 * query builder, no Result values.
 */
export interface RawStore {
  save(collection: string, entity: { readonly id: string }, expectedVersion: number): Promise<void>;
  get(collection: string, id: string): Promise<unknown>;
  close(): Promise<void>;
}

const TABLE_COLUMNS =
  '(collection text not null, id text not null, version integer not null, body text not null, primary key (collection, id))';

/** better-sqlite3 on a file, with the settings the SQL store uses for files (WAL, busy timeout). */
export function openRawSqlite(filename: string): RawStore {
  const db = new Database(filename);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = wal');
  db.exec(`create table raw_entities ${TABLE_COLUMNS}`);
  const insert = db.prepare(
    'insert into raw_entities (collection, id, version, body) values (?, ?, 1, ?) on conflict do nothing',
  );
  const update = db.prepare(
    'update raw_entities set version = ?, body = ? where collection = ? and id = ? and version = ?',
  );
  const select = db.prepare<[string, string], { body: string }>(
    'select body from raw_entities where collection = ? and id = ?',
  );
  return {
    save: async (collection, entity, expectedVersion) => {
      const body = JSON.stringify({ ...entity, version: expectedVersion + 1 });
      const info =
        expectedVersion === 0
          ? insert.run(collection, entity.id, body)
          : update.run(expectedVersion + 1, body, collection, entity.id, expectedVersion);
      if (info.changes !== 1) throw new Error(`raw sqlite: stale write of ${entity.id}`);
    },
    get: async (collection, id) => {
      const row = select.get(collection, id);
      if (row === undefined) throw new Error(`raw sqlite: ${id} not found`);
      return JSON.parse(row.body);
    },
    close: async () => {
      db.close();
    },
  };
}

/** pg with named (prepared) statements on a pool of the store's default size, in `schema`. */
export async function openRawPostgres(connectionString: string, schema: string): Promise<RawStore> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('error', () => undefined);
  const table = `"${schema}".raw_entities`;
  await pool.query(
    `create table ${table} (collection text collate "C" not null, id text collate "C" not null, ` +
      'version integer not null, body text not null, primary key (collection, id))',
  );
  return {
    save: async (collection, entity, expectedVersion) => {
      const body = JSON.stringify({ ...entity, version: expectedVersion + 1 });
      const result =
        expectedVersion === 0
          ? await pool.query({
              name: 'raw-insert',
              text: `insert into ${table} (collection, id, version, body) values ($1, $2, 1, $3) on conflict do nothing`,
              values: [collection, entity.id, body],
            })
          : await pool.query({
              name: 'raw-update',
              text: `update ${table} set version = $1, body = $2 where collection = $3 and id = $4 and version = $5`,
              values: [expectedVersion + 1, body, collection, entity.id, expectedVersion],
            });
      if (result.rowCount !== 1) throw new Error(`raw pg: stale write of ${entity.id}`);
    },
    get: async (collection, id) => {
      const result = await pool.query<{ body: string }>({
        name: 'raw-select',
        text: `select body from ${table} where collection = $1 and id = $2`,
        values: [collection, id],
      });
      const row = result.rows[0];
      if (row === undefined) throw new Error(`raw pg: ${id} not found`);
      return JSON.parse(row.body);
    },
    close: () => pool.end(),
  };
}
