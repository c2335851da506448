import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runStoreConformanceSuite } from '../../src/testing/index';
import { failingSqliteStore, openSqlite, temporaryDirectory } from './sqlite-stores';

const directory = temporaryDirectory();
afterAll(() => directory.remove());
let files = 0;

runStoreConformanceSuite(
  'SQLite file',
  async () => {
    files += 1;
    const store = await openSqlite(join(directory.path, `conformance-${files}.db`));
    return { store, close: () => store.close() };
  },
  { makeFailingStore: failingSqliteStore },
);
