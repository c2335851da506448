import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/memory/index';
import {
  createPartsSalesRepositories,
  PARTS_SALES_COLLECTIONS,
  setSalesTarget,
} from '../../../src/parts/sales/index';
import {
  AT,
  cny,
  confirmedOrder,
  customer,
  draftOrder,
  fleet,
  insurance,
  manager,
  receivable,
} from './fixtures';

describe('createPartsSalesRepositories', () => {
  it('§6.3.2 §11.1.2 stores classes and customers and finds them by code and class', async () => {
    const repositories = createPartsSalesRepositories(createMemoryStore());
    await repositories.customerClasses.save(fleet, { expectedVersion: 0 });
    await repositories.customerClasses.save(insurance, { expectedVersion: 0 });
    await repositories.customers.save(customer, { expectedVersion: 0 });
    expect(
      (await repositories.customerClasses.findByCode('fleet'))._unsafeUnwrap().map((c) => c.id),
    ).toEqual(['pcc_fleet']);
    expect((await repositories.customers.findByCode('c0001'))._unsafeUnwrap()).toHaveLength(1);
    expect(
      (await repositories.customers.listByClass('pcc_fleet'))._unsafeUnwrap().map((c) => c.id),
    ).toEqual(['pcu_1']);
    expect((await repositories.customers.listByClass('pcc_insurance'))._unsafeUnwrap()).toEqual([]);
  });

  it('§6.3.3 §6.3.5 stores orders and receivables with optimistic concurrency (X-6)', async () => {
    const repositories = createPartsSalesRepositories(createMemoryStore());
    const draft = draftOrder();
    const saved = (
      await repositories.salesOrders.save(draft, { expectedVersion: 0 })
    )._unsafeUnwrap();
    expect(saved.version).toBe(1);
    const stale = await repositories.salesOrders.save(confirmedOrder().order, {
      expectedVersion: 0,
    });
    expect(stale._unsafeUnwrapErr().code).toBe('concurrency_conflict');
    expect((await repositories.salesOrders.listByStatus('draft'))._unsafeUnwrap()).toHaveLength(1);
    expect((await repositories.salesOrders.listByCustomer('pcu_1'))._unsafeUnwrap()).toHaveLength(
      1,
    );

    await repositories.receivables.save(receivable(), { expectedVersion: 0 });
    await repositories.receivables.save(
      receivable({ id: 'ar_2' as never, status: 'settled', outstanding: cny('0.00') }),
      { expectedVersion: 0 },
    );
    expect((await repositories.receivables.listOpen())._unsafeUnwrap().map((r) => r.id)).toEqual([
      'ar_1',
    ]);
    expect((await repositories.receivables.listByCustomer('pcu_1'))._unsafeUnwrap()).toHaveLength(
      2,
    );
    expect((await repositories.shipments.listByOrder('so_1'))._unsafeUnwrap()).toEqual([]);
  });

  it('§6.3.1 stores targets and lists them by period', async () => {
    const repositories = createPartsSalesRepositories(createMemoryStore());
    const { target } = setSalesTarget(
      null,
      { id: 'tgt_1', period: '2026-11', amount: cny('1000') },
      { at: AT, actor: manager },
    )._unsafeUnwrap();
    await repositories.salesTargets.save(target, { expectedVersion: 0 });
    expect((await repositories.salesTargets.listByPeriod('2026-11'))._unsafeUnwrap()).toHaveLength(
      1,
    );
    expect(
      Object.values(PARTS_SALES_COLLECTIONS).every((name) => /^[a-z]+(-[a-z]+)*$/.test(name)),
    ).toBe(true);
  });
});
