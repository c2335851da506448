import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqlStore, type SqlStore } from '../../src/sql/index';
import type { StoreFault, StoreHandle } from '../../src/testing/index';

/** A fresh directory for database files, removed by the returned function. */
export function temporaryDirectory(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'aftersales-sql-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function openSqlite(filename: string): Promise<SqlStore> {
  const opened = await createSqlStore({ dialect: 'sqlite', filename });
  if (opened.isErr()) throw new Error(`cannot open ${filename}: ${JSON.stringify(opened.error)}`);
  return opened.value;
}

/** A string as an SQL literal, for trigger text (test code only; no parameters exist there). */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** SQLite triggers that make exactly the operation the suite names fail, inside the transaction. */
export function sqliteFaultTriggers(fault: StoreFault): string {
  if (fault.kind === 'event-append') {
    return `create trigger inject_fault before insert on aftersales_events
      when json_extract(new.body, '$.type') = ${literal(fault.eventType)}
      begin select raise(abort, 'injected fault'); end;`;
  }
  const when = `new.collection = ${literal(fault.collection)} and new.id = ${literal(fault.id)}`;
  return ['insert', 'update']
    .map(
      (event) => `create trigger inject_fault_${event} before ${event} on aftersales_entities
        when ${when} begin select raise(abort, 'injected fault'); end;`,
    )
    .join('\n');
}

/** An SQLite `:memory:` store on a database handle the test owns, with a fault trigger installed. */
export async function failingSqliteStore(fault: StoreFault): Promise<StoreHandle> {
  const database = new Database(':memory:');
  const opened = await createSqlStore({ dialect: 'sqlite', database });
  if (opened.isErr()) throw new Error(JSON.stringify(opened.error));
  database.exec(sqliteFaultTriggers(fault));
  const store = opened.value;
  return {
    store,
    close: async () => {
      await store.close();
      database.close();
    },
  };
}
