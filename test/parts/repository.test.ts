import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import {
  createPartsRepositories,
  emptyLedger,
  openStocktake,
  type PartNumber,
  postMovements,
  replayLedger,
  StockMovementSchema,
  stockLevel,
} from '../../src/parts/index';
import { AT, catalogue, clerk, dayAt, filter, issue, oil, post, receipt } from './fixtures';

describe('parts repositories', () => {
  it('§6.2.2 stores parts and finds them by number', async () => {
    const { parts } = createPartsRepositories(createMemoryStore());
    await parts.save(filter, { expectedVersion: 0 });
    await parts.save(oil, { expectedVersion: 0 });
    const found = await parts.findByPartNumber('90915-yzze1' as PartNumber);
    expect(found._unsafeUnwrap()?.id).toBe(filter.id);
    expect((await parts.findByPartNumber('NOPE' as PartNumber))._unsafeUnwrap()).toBeNull();
  });

  it('§6.2.2 X-5 movements are append-only: a second save of the same key is a conflict', async () => {
    const { movements } = createPartsRepositories(createMemoryStore());
    const change = postMovements(
      emptyLedger(),
      [receipt({ quantity: '5', at: dayAt(0) }), issue({ quantity: '2', at: dayAt(1) })],
      { catalogue },
    )._unsafeUnwrap();
    for (const [index, movement] of change.posted.entries()) {
      const saved = await movements.save(movement, {
        expectedVersion: 0,
        events: [change.events[index] as never],
      });
      expect(saved.isOk()).toBe(true);
      expect(StockMovementSchema.safeParse(saved._unsafeUnwrap()).success).toBe(true);
    }
    const again = await movements.save(change.posted[0] as never, { expectedVersion: 0 });
    expect(again._unsafeUnwrapErr().code).toBe('concurrency_conflict');
    // A host restores the ledger from its movement table.
    const page = (await movements.listByPart(filter.id))._unsafeUnwrap();
    const restored = replayLedger(page.items, { catalogue })._unsafeUnwrap();
    expect(stockLevel(restored, filter.id).onHand).toBe('3');
  });

  it('§6.2.3 stocktakes are listed by status', async () => {
    const { stocktakes } = createPartsRepositories(createMemoryStore());
    const ledger = post([receipt()]);
    const { state, events } = openStocktake(
      { id: 'st_1', kind: 'full', at: AT, actor: clerk },
      ledger,
    )._unsafeUnwrap();
    await stocktakes.save(state, { expectedVersion: 0, events: [...events] });
    const counting = (await stocktakes.listByStatus('counting'))._unsafeUnwrap();
    expect(counting.items.map((s) => s.id)).toEqual(['st_1']);
    expect((await stocktakes.listByStatus('posted'))._unsafeUnwrap().items).toEqual([]);
  });
});
