import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { StoreFault } from '../../src/testing/index';
import { literal } from './sqlite-stores';

/** The connection string of the PostgreSQL used by the tests; unset → those tests are skipped. */
export const POSTGRES_URL_VARIABLE = 'AFTERSALES_TEST_POSTGRES_URL';

export const postgresUrl = process.env[POSTGRES_URL_VARIABLE];

/** Under CI the PostgreSQL tests are required: a missing URL fails instead of skipping. */
export const postgresRequired = process.env.CI === 'true';

/** A schema name no other run or test uses. */
export function uniqueSchema(): string {
  return `aftersales_test_${process.pid}_${randomUUID().slice(0, 8)}`;
}

export function createPool(max = 20): pg.Pool {
  const pool = new pg.Pool({ connectionString: postgresUrl, max });
  pool.on('error', () => undefined);
  return pool;
}

export async function dropSchema(pool: pg.Pool, schema: string): Promise<void> {
  await pool.query(`drop schema if exists "${schema}" cascade`);
}

/** PostgreSQL triggers that make exactly the operation the suite names fail, inside the transaction. */
export function postgresFaultTriggers(schema: string, fault: StoreFault): string {
  const fn = `"${schema}".inject_fault`;
  const create = `create function ${fn}() returns trigger language plpgsql as $$ begin raise exception 'injected fault'; end $$;`;
  if (fault.kind === 'event-append') {
    return `${create} create trigger inject_fault before insert on "${schema}".aftersales_events for each row
      when ((new.body::json ->> 'type') = ${literal(fault.eventType)}) execute function ${fn}();`;
  }
  return `${create} create trigger inject_fault before insert or update on "${schema}".aftersales_entities for each row
    when (new.collection = ${literal(fault.collection)} and new.id = ${literal(fault.id)}) execute function ${fn}();`;
}
