/**
 * `npm run demo`: a service day at a 4S dealership on the embedded SQLite
 * store, using only the package's public subpaths — exactly what a host DMS
 * imports after `npm install aftersales`. (Node resolves the package's own
 * name through its `exports` map, so this runs against the build in `dist/`.)
 *
 * The database is a file in `.tmp/demo/`, deleted first so every run starts
 * clean. Prints the day in Chinese and English; exits 1 if any step fails.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as analytics from 'aftersales/analytics';
import * as appointment from 'aftersales/appointment';
import * as crm from 'aftersales/crm';
import * as improvement from 'aftersales/improvement';
import * as org from 'aftersales/org';
import * as parts from 'aftersales/parts';
import * as pricing from 'aftersales/pricing';
import * as quality from 'aftersales/quality';
import * as repairOrder from 'aftersales/repair-order';
import * as shared from 'aftersales/shared';
import { createSqlStore } from 'aftersales/sql';
import { runServiceDay, type ServiceDayLibrary } from './service-day-scenario';

const started = performance.now();
const root = join(import.meta.dirname, '..');
const folder = join(root, '.tmp', 'demo');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const filename = join(folder, 'service-day.db');

const print = (text: string) => process.stdout.write(`${text}\n`);

const opened = await createSqlStore({ dialect: 'sqlite', filename });
if (opened.isErr()) {
  process.stderr.write(`cannot open the SQLite store: ${JSON.stringify(opened.error)}\n`);
  process.exit(1);
}
const store = opened.value;
try {
  // The scenario is typed against the sources; the built package has the same shape.
  const library = {
    analytics,
    appointment,
    crm,
    improvement,
    org,
    parts,
    pricing,
    quality,
    repairOrder,
    shared,
  };
  const { lines, figures } = await runServiceDay(library as unknown as ServiceDayLibrary, store);
  print('aftersales · 4S 店售后服务的一天 · A day in a 4S dealership service department');
  print(`SQLite: ${relative(root, filename)} · 2026-03-16 (Asia/Shanghai)`);
  for (const line of lines) print(line);
  let events = 0;
  for (let after = 0; ; ) {
    const page = await store.outbox.read({ after, limit: 500 });
    const last = page.isOk() ? page.value.at(-1) : undefined;
    if (last === undefined) break;
    events += page.isOk() ? page.value.length : 0;
    after = last.sequence;
  }
  print('');
  print(
    `✓ ${figures.statuses.length} 台车交付 cars delivered · ${events} 个领域事件 domain events in the outbox · ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  process.stderr.write(
    `the service day stopped: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await store.close();
}
