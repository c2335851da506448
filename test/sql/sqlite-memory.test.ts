import { runStoreConformanceSuite } from '../../src/testing/index';
import { failingSqliteStore, openSqlite } from './sqlite-stores';

runStoreConformanceSuite(
  'SQLite :memory:',
  async () => {
    const store = await openSqlite(':memory:');
    return { store, close: () => store.close() };
  },
  { makeFailingStore: failingSqliteStore },
);
