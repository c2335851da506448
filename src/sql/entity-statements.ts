import { CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { SqlTables } from './tables';

/** The values a per-entity statement binds. */
type Parameter = 'collection' | 'id' | 'version' | 'expectedVersion' | 'body' | 'doc';

/** A statement's SQL text and which value goes to each placeholder, in order. */
interface BoundSql {
  readonly sql: string;
  readonly parameters: readonly Parameter[];
}

/**
 * The statements of every get and save: read an entity's body or version,
 * insert a new entity, update one at its expected version. Building and
 * compiling a Kysely query costs more than SQLite takes to run it, so they
 * are compiled once per store (schema, quoting and dialect applied by
 * Kysely as before) and only their values are bound per call.
 */
export interface EntityStatements {
  readonly selectBody: BoundSql;
  readonly selectVersion: BoundSql;
  readonly insert: BoundSql;
  readonly update: BoundSql;
}

const MARK = '\u0000aftersales-parameter:';

/** Compiles with a marker in place of each value, then reads off the placeholder order. */
function bind(compile: (value: (name: Parameter) => never) => CompiledQuery): BoundSql {
  const compiled = compile((name) => `${MARK}${name}` as never);
  const parameters = compiled.parameters.map((value) => {
    if (typeof value !== 'string' || !value.startsWith(MARK)) {
      throw new Error(`entity statement with an unbound value: ${compiled.sql}`);
    }
    return value.slice(MARK.length) as Parameter;
  });
  return { sql: compiled.sql, parameters };
}

/** Compiles the statements for a store; PostgreSQL also writes the `doc` query copy. */
export function compileEntityStatements(
  db: Kysely<SqlTables>,
  withDocument: boolean,
): EntityStatements {
  const entities = 'aftersales_entities' as const;
  const selectBody = bind((v) =>
    db
      .selectFrom(entities)
      .select('body')
      .where('collection', '=', v('collection'))
      .where('id', '=', v('id'))
      .compile(),
  );
  const selectVersion = bind((v) =>
    db
      .selectFrom(entities)
      .select('version')
      .where('collection', '=', v('collection'))
      .where('id', '=', v('id'))
      .compile(),
  );
  const written = (v: (name: Parameter) => never) =>
    withDocument ? { body: v('body'), doc: v('doc') } : { body: v('body') };
  const insert = bind((v) =>
    db
      .insertInto(entities)
      .values({ collection: v('collection'), id: v('id'), version: v('version'), ...written(v) })
      .onConflict((conflict) => conflict.columns(['collection', 'id']).doNothing())
      .compile(),
  );
  const update = bind((v) =>
    db
      .updateTable(entities)
      .set({ version: v('version'), ...written(v) })
      .where('collection', '=', v('collection'))
      .where('id', '=', v('id'))
      .where('version', '=', v('expectedVersion'))
      .compile(),
  );
  return { selectBody, selectVersion, insert, update };
}

/** Runs a compiled statement with this call's values (on a transaction's `db` inside one). */
export function runStatement<Row>(
  db: Kysely<SqlTables>,
  statement: BoundSql,
  values: Partial<Readonly<Record<Parameter, unknown>>>,
): Promise<QueryResult<Row>> {
  const parameters = statement.parameters.map((name) => values[name]);
  return db.executeQuery(CompiledQuery.raw(statement.sql, parameters) as CompiledQuery<Row>);
}
