/**
 * One competing process for test/sql/processes.test.ts. Usage:
 *   node --import tsx test/sql/contend.ts sqlite-book <file> <customer>
 *   node --import tsx test/sql/contend.ts postgres-open <url> <schema>
 * Gets ready (loaded; for a booking, the slot already read), prints `ready`,
 * waits for a line on stdin so that all processes act at the same moment,
 * then prints one JSON line with its outcome.
 */
import { once } from 'node:events';
import { createSqlStore } from '../../src/sql/index';
import { prepareBooking } from './booking';

const [mode = '', target = '', argument = ''] = process.argv.slice(2);

async function ready(): Promise<void> {
  console.log('ready');
  await once(process.stdin, 'data');
}

async function run(): Promise<unknown> {
  if (mode === 'postgres-open') {
    await ready();
    const opened = await createSqlStore({
      dialect: 'postgres',
      connectionString: target,
      schema: argument,
    });
    if (opened.isErr()) return opened.error;
    await opened.value.close();
    return 'opened';
  }
  const opened = await createSqlStore({
    dialect: 'sqlite',
    filename: target,
    busyTimeoutMs: 20_000,
  });
  if (opened.isErr()) return opened.error;
  const prepared = await prepareBooking(opened.value, Number(argument));
  await ready();
  const outcome = typeof prepared === 'string' ? prepared : await prepared();
  await opened.value.close();
  return outcome;
}

console.log(JSON.stringify({ outcome: await run() }));
process.stdin.destroy();
