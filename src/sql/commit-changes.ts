import { type Kysely, sql } from 'kysely';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import {
  type Change,
  type CheckedChange,
  checkChanges,
  concurrencyConflict,
  type DomainEvent,
  type EntityBase,
  type SaveError,
} from '../shared/index';
import { runOperation, type SqlContext } from './context';
import { copyJson } from './copy-json';
import { runStatement } from './entity-statements';
import { OUTBOX_LOCK } from './lock-keys';
import { queryDocument } from './query-document';
import type { SqlTables } from './tables';
import { inTransaction } from './transaction';

/** One entity write, ready for SQL. */
interface StagedWrite {
  readonly collection: string;
  readonly id: string;
  readonly expectedVersion: number;
  /** The stored entity's JSON text: the entity with `version = expectedVersion + 1`. */
  readonly json: string;
  /** What `json` says, as a fresh object: the copy a save returns. */
  readonly stored: EntityBase;
  /** PostgreSQL's `jsonb` query copy, `undefined` on SQLite. */
  readonly doc: string | undefined;
}

/** Events per INSERT statement, far below every dialect's parameter limit. */
const EVENT_BATCH = 500;

function stageWrite(change: CheckedChange, withDocument: boolean): StagedWrite {
  // The text is written from the copy, so the copy returned is exactly what is stored.
  const stored = copyJson(change.entity) as EntityBase;
  stored.version = change.expectedVersion + 1;
  const json = JSON.stringify(stored);
  const doc = withDocument ? queryDocument(stored) : undefined;
  const { collection, expectedVersion } = change;
  return { collection, id: change.entity.id, expectedVersion, json, stored, doc };
}

async function storedVersion(
  context: SqlContext,
  db: Kysely<SqlTables>,
  write: StagedWrite,
): Promise<number> {
  const { rows } = await runStatement<{ version: number | string }>(
    db,
    context.statements.selectVersion,
    write,
  );
  const row = rows[0];
  return row === undefined ? 0 : Number(row.version);
}

/** The first stale change in change order, as the memory store reports it. */
async function findConflict(
  context: SqlContext,
  db: Kysely<SqlTables>,
  writes: readonly StagedWrite[],
) {
  for (const write of writes) {
    const actual = await storedVersion(context, db, write);
    if (actual !== write.expectedVersion) {
      return concurrencyConflict(write.collection, write.id, write.expectedVersion, actual);
    }
  }
  return undefined;
}

/**
 * Writes one entity if its stored version is still the expected one. The
 * version test is in the statement itself, so a concurrent writer that got
 * there first makes it touch no row rather than overwrite.
 */
async function writeEntity(
  context: SqlContext,
  db: Kysely<SqlTables>,
  write: StagedWrite,
): Promise<boolean> {
  const { insert, update } = context.statements;
  const { collection, id, expectedVersion, json, doc } = write;
  const result = await runStatement(db, expectedVersion === 0 ? insert : update, {
    collection,
    id,
    version: expectedVersion + 1,
    expectedVersion,
    body: json,
    doc,
  });
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** A single write outside a transaction; a stale one reports the version it found instead. */
async function writeAlone(
  context: SqlContext,
  write: StagedWrite,
): Promise<Result<EntityBase[], SaveError>> {
  const { db } = context;
  if (await writeEntity(context, db, write)) return ok([write.stored]);
  const actual = await storedVersion(context, db, write);
  return err(concurrencyConflict(write.collection, write.id, write.expectedVersion, actual));
}

/** Keeps row-lock order the same in every transaction, so concurrent commits cannot deadlock. */
function lockOrder(a: StagedWrite, b: StagedWrite): number {
  const left = JSON.stringify([a.collection, a.id]);
  const right = JSON.stringify([b.collection, b.id]);
  return left < right ? -1 : left > right ? 1 : 0;
}

async function appendEvents(
  context: SqlContext,
  db: Kysely<SqlTables>,
  events: readonly DomainEvent[],
): Promise<void> {
  if (events.length === 0) return;
  if (context.dialect === 'postgres') {
    // Held to commit: sequences are taken and made visible in the same order,
    // so a reader paging with `after` never skips an event committed late.
    await sql`select pg_advisory_xact_lock(${OUTBOX_LOCK}, hashtext(${context.namespace}))`.execute(
      db,
    );
  }
  for (let start = 0; start < events.length; start += EVENT_BATCH) {
    const rows = events
      .slice(start, start + EVENT_BATCH)
      .map((event) => ({ body: JSON.stringify(event), dispatched_at: null }));
    await db.insertInto('aftersales_events').values(rows).execute();
  }
}

/**
 * Saves changes all or nothing in one transaction: checks every change
 * first (no SQL for invalid input), then the stored versions in change
 * order, then writes each entity with a version-guarded statement and
 * appends the events in change order, then event order. Any conflict or
 * driver failure rolls everything back. Returns fresh copies of what was
 * stored, in change order.
 */
export function commitChanges(
  context: SqlContext,
  changes: readonly Change[],
  operation: 'save' | 'commit',
): ResultAsync<EntityBase[], SaveError> {
  return runOperation<EntityBase[], SaveError>(context, operation, async () => {
    const checked = checkChanges(changes, operation === 'commit');
    if (checked.isErr()) return err(checked.error);
    if (checked.value.length === 0) return ok([]);
    const writes = checked.value.map((change) =>
      stageWrite(change, context.dialect === 'postgres'),
    );
    const events = checked.value.flatMap((change) => change.events);
    const [only] = writes;
    // One write without events is one conditional statement, atomic by itself: no transaction
    // (begin, version read, commit) needed, which halves the round trips of an everyday save.
    if (only !== undefined && writes.length === 1 && events.length === 0) {
      return writeAlone(context, only);
    }
    return inTransaction<EntityBase[], SaveError>(context, async (db) => {
      const conflict = await findConflict(context, db, writes);
      if (conflict) return err(conflict);
      for (const write of [...writes].sort(lockOrder)) {
        if (!(await writeEntity(context, db, write))) {
          const actual = await storedVersion(context, db, write);
          const { collection, id, expectedVersion } = write;
          return err(concurrencyConflict(collection, id, expectedVersion, actual));
        }
      }
      await appendEvents(context, db, events);
      return ok(writes.map((write) => write.stored));
    });
  });
}
