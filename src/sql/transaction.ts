import { type Kysely, sql } from 'kysely';
import type { Result } from 'neverthrow';
import type { SqlContext } from './context';
import type { SqlTables } from './tables';

/**
 * Runs `work` in one transaction on one connection: committed when it
 * returns `ok`, rolled back when it returns `err` or throws. SQLite starts
 * with `BEGIN IMMEDIATE`, taking the write lock up front, so a second
 * process waits (busy timeout) instead of failing to upgrade a read lock.
 */
export async function inTransaction<T, E>(
  context: SqlContext,
  work: (db: Kysely<SqlTables>) => Promise<Result<T, E>>,
): Promise<Result<T, E>> {
  return context.db.connection().execute(async (db) => {
    await (context.dialect === 'sqlite' ? sql`begin immediate` : sql`begin`).execute(db);
    let result: Result<T, E>;
    try {
      result = await work(db);
    } catch (error) {
      await rollback(db);
      throw error;
    }
    if (result.isErr()) {
      await rollback(db);
      return result;
    }
    await sql`commit`.execute(db);
    return result;
  });
}

async function rollback(db: Kysely<SqlTables>): Promise<void> {
  try {
    await sql`rollback`.execute(db);
  } catch {
    // The connection may be gone; the database rolls the transaction back itself then.
  }
}
