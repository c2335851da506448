import { errAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import {
  delegateRepository,
  type EntityBase,
  type Instant,
  listAllMatching,
  MAX_PAGE_SIZE,
  type Repository,
  storageFailed,
} from '../../src/shared/index';

interface Lot extends EntityBase {
  readonly status: 'stored' | 'transferred';
  readonly rank: number;
}

const at = '2026-11-27T00:00:00.000Z' as Instant;
const lot = (n: number): Lot =>
  ({
    id: `lot_${String(n).padStart(5, '0')}`,
    version: 1,
    createdAt: at,
    updatedAt: at,
    status: n % 3 === 0 ? 'transferred' : 'stored',
    rank: (n * 7919) % 2503,
  }) as Lot;

describe('listAllMatching', () => {
  it('§11.1.2 reads every page of a lookup through the generic list query, in order', async () => {
    const store = createMemoryStore();
    const repository = store.repository<Lot>('test-lot');
    const lots = Array.from({ length: MAX_PAGE_SIZE * 2 + 17 }, (_, n) => lot(n));
    for (const entity of lots) {
      (await repository.save(entity, { expectedVersion: 0 }))._unsafeUnwrap();
    }
    const stored = (
      await listAllMatching(repository, { status: 'stored' }, { field: 'rank' })
    )._unsafeUnwrap();
    const expected = lots.filter((entity) => entity.status === 'stored');
    expect(stored).toHaveLength(expected.length);
    expect(stored.map((entity) => entity.rank)).toEqual(
      expected.map((entity) => entity.rank).sort((a, b) => a - b),
    );
  });

  it("passes an adapter's failure through instead of returning a partial list", async () => {
    const failing: Pick<Repository<Lot>, 'list'> = {
      list: () => errAsync(storageFailed('list', 'disk full')),
    };
    const result = await listAllMatching(failing, { status: 'stored' });
    expect(result._unsafeUnwrapErr().code).toBe('storage_failed');
  });
});

describe('delegateRepository', () => {
  it('keeps methods an adapter defines on a prototype when spread', async () => {
    class PrototypeRepository {
      readonly inner = createMemoryStore().repository<Lot>('test-lot');
      get(id: Lot['id']) {
        return this.inner.get(id);
      }
      save(entity: Lot, options: { expectedVersion: number }) {
        return this.inner.save(entity, options);
      }
      list(query: Parameters<Repository<Lot>['list']>[0]) {
        return this.inner.list(query);
      }
    }
    const adapter = new PrototypeRepository() as unknown as Repository<Lot>;
    const port = { ...delegateRepository(adapter) };
    (await port.save(lot(1), { expectedVersion: 0 }))._unsafeUnwrap();
    expect((await port.get(lot(1).id))._unsafeUnwrap().rank).toBe(lot(1).rank);
    expect((await port.list({ limit: 10 }))._unsafeUnwrap().items).toHaveLength(1);
  });
});
