import { err, errAsync, ok, okAsync, ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import {
  type Change,
  concurrencyConflict,
  type EntityBase,
  notFound,
  type Repository,
  type SaveOptions,
  type Store,
  type StoredEvent,
} from '../../src/shared/index';
import type { ConformanceCheck } from '../../src/testing/fixtures';
import { conformanceGroups } from '../../src/testing/run-store-conformance-suite';

const checks = conformanceGroups.flatMap(([, group]) => group);

function check(prefix: string): ConformanceCheck {
  const found = checks.find((candidate) => candidate.name.startsWith(prefix));
  if (!found) throw new Error(`no check named ${prefix}`);
  return found;
}

/** A memory store with some repository behaviour replaced, the way a buggy adapter would. */
function broken(
  change: (repository: Repository<EntityBase>, store: Store) => Partial<Repository<EntityBase>>,
  overrides: (store: Store) => Partial<Store> = () => ({}),
): () => Promise<{ store: Store }> {
  return async () => {
    const inner = createMemoryStore();
    const store: Store = {
      ...inner,
      repository: <T extends EntityBase>(collection: string) => {
        const repository = inner.repository<EntityBase>(collection);
        return { ...repository, ...change(repository, inner) } as unknown as Repository<T>;
      },
      ...overrides(inner),
    };
    return { store };
  };
}

/** Runs one check against a store factory; resolves when it passes, rejects when it fails. */
function runCheck(prefix: string, makeStore: () => Promise<{ store: Store }>) {
  return check(prefix).run({ makeStore, options: {}, writers: 4 });
}

const lastWriterWins = broken((repository) => ({
  save: (entity, options) =>
    repository
      .get(entity.id)
      .map((stored) => stored.version)
      .orElse(() => okAsync(0))
      .andThen((version) => repository.save(entity, { ...options, expectedVersion: version })),
}));

/**
 * A store that checks the version, then writes after an await: the classic
 * check-then-act race that only concurrent writers expose.
 */
const checkThenWrite = async () => {
  const rows = new Map<string, EntityBase>();
  const events: StoredEvent[] = [];
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  const repository = {
    get: (id: string) => {
      const row = rows.get(id);
      return row ? okAsync(structuredClone(row)) : errAsync(notFound('widget', id));
    },
    save: (entity: EntityBase, options: SaveOptions) =>
      new ResultAsync(
        (async () => {
          const current = rows.get(entity.id)?.version ?? 0;
          if (current !== options.expectedVersion) {
            return err(concurrencyConflict('widget', entity.id, options.expectedVersion, current));
          }
          await tick();
          const stored = { ...entity, version: options.expectedVersion + 1 };
          rows.set(entity.id, stored);
          for (const event of options.events ?? []) {
            events.push({ ...event, sequence: events.length + 1, dispatchedAt: null });
          }
          return ok(stored);
        })(),
      ),
  };
  const store = {
    repository: () => repository,
    outbox: { read: () => okAsync(events) },
  } as unknown as Store;
  return { store };
};

const dropsEvents = broken((repository) => ({
  save: (entity, options) => repository.save(entity, { expectedVersion: options.expectedVersion }),
}));

const floatMoney = broken((repository) => ({
  get: (id) =>
    repository
      .get(id)
      .map((entity) =>
        JSON.parse(JSON.stringify(entity), (key, value) =>
          key === 'amount' && typeof value === 'string' ? String(Number(value)) : value,
        ),
      ),
}));

const ignoresCursor = broken((repository) => ({
  list: (query) => repository.list({ ...query, cursor: null }),
}));

const nonAtomic = broken(
  () => ({}),
  (inner) => ({
    unitOfWork: {
      commit: async (changes: readonly Change[]) => {
        const stored: EntityBase[] = [];
        for (const change of changes) {
          const result = await inner.repository(change.collection).save(change.entity, change);
          if (result.isErr()) return result.map(() => stored);
          stored.push(result.value);
        }
        return inner.unitOfWork.commit([]).map(() => stored);
      },
    } as unknown as Store['unitOfWork'],
  }),
);

const countsRepeats = broken(
  () => ({}),
  (inner) => ({
    outbox: {
      ...inner.outbox,
      markDispatched: (sequences, at) =>
        inner.outbox.markDispatched(sequences, at).map(() => sequences.length),
    },
  }),
);

describe('the conformance suite detects broken adapters (§11.1.2)', () => {
  it('passes the reference memory store on the checks used below', async () => {
    const memory = async () => ({ store: createMemoryStore() });
    for (const prefix of [
      'X-6 rejects a stale save',
      'X-5 stores a save’s events',
      '§11.1.2 round-trips',
    ]) {
      await expect(runCheck(prefix, memory)).resolves.toBeUndefined();
    }
  });

  it.each([
    [
      'X-6: a store whose saves ignore expectedVersion (last writer wins)',
      'X-6 rejects a stale save',
      lastWriterWins,
    ],
    [
      'X-6: a store that checks the version, then writes (N concurrent writers)',
      'X-6 lets exactly one of N concurrent writers',
      checkThenWrite,
    ],
    [
      'X-6: the same store under read-modify-write loops (lost update)',
      'X-6 loses no update',
      checkThenWrite,
    ],
    ['X-5: a store that drops the events of a save', 'X-5 stores a save’s events', dropsEvents],
    ['§11.1.2: a store that turns money strings into numbers', '§11.1.2 round-trips', floatMoney],
    [
      '§11.1.2: a store whose lists ignore the cursor',
      '§11.1.2 paginates without overlap',
      ignoresCursor,
    ],
    [
      'X-5: a unit of work that applies changes one by one',
      'X-6 X-5 stores nothing, events included',
      nonAtomic,
    ],
    [
      'X-5: an outbox that counts repeated marks',
      'X-5 markDispatched is idempotent',
      countsRepeats,
    ],
  ])('fails %s', async (_, prefix, makeStore) => {
    await expect(runCheck(prefix, makeStore)).rejects.toThrow();
  });
});
