import { createMemoryStore, type MemoryOperation } from '../../src/memory/index';
import { runStoreConformanceSuite, type StoreFault } from '../../src/testing/index';

/** The memory store's fault hook, failing exactly the operation the suite names. */
function failOn(fault: StoreFault) {
  return (operation: MemoryOperation) =>
    fault.kind === 'entity-write'
      ? operation.kind === 'write' &&
        operation.collection === fault.collection &&
        operation.id === fault.id
      : operation.kind === 'append-event' && operation.eventType === fault.eventType;
}

runStoreConformanceSuite('memory', async () => ({ store: createMemoryStore() }), {
  makeFailingStore: async (fault) => ({ store: createMemoryStore({ failOn: failOn(fault) }) }),
});
