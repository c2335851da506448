import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/memory/index';
import {
  createProcurementRepositories,
  GoodsReceiptSchema,
  PurchaseOrderSchema,
} from '../../../src/parts/procurement/index';
import { contract, draftOrder, receive, sentOrder, supplier } from './fixtures';
import { invoiceFor } from './invoice';

describe('procurement repositories', () => {
  it('§6.1.4 orders round-trip through the store and are found by status and supplier', async () => {
    const repositories = createProcurementRepositories(createMemoryStore());
    const draft = draftOrder({ id: 'po_1' });
    const sent = sentOrder({ id: 'po_2' });
    expect((await repositories.purchaseOrders.save(draft, { expectedVersion: 0 })).isOk()).toBe(
      true,
    );
    expect((await repositories.purchaseOrders.save(sent, { expectedVersion: 0 })).isOk()).toBe(
      true,
    );
    const loaded = (await repositories.purchaseOrders.get(sent.id))._unsafeUnwrap();
    expect(PurchaseOrderSchema.safeParse(loaded).success).toBe(true);
    const bySent = (await repositories.purchaseOrders.listByStatus('sent'))._unsafeUnwrap();
    expect(bySent.map((order) => order.id)).toEqual(['po_2']);
    const bySupplier = (
      await repositories.purchaseOrders.listBySupplier('sup_faw')
    )._unsafeUnwrap();
    expect(bySupplier).toHaveLength(2);
    const stale = await repositories.purchaseOrders.save(draft, { expectedVersion: 0 });
    expect(stale._unsafeUnwrapErr().code).toBe('concurrency_conflict');
  });

  it('§6.1.5 §6.1.2 receipts, invoices, suppliers and contracts are stored and listed', async () => {
    const repositories = createProcurementRepositories(createMemoryStore());
    const { order, receipt } = receive(sentOrder(), 'gr_1', [
      { lineNo: 1, accepted: '20', rejected: '0' },
    ]);
    const invoice = invoiceFor(order, [{ lineNo: 1, quantity: '20', price: '36.00' }]);
    await repositories.goodsReceipts.save(receipt, { expectedVersion: 0 });
    await repositories.supplierInvoices.save(invoice, { expectedVersion: 0 });
    await repositories.suppliers.save(supplier(), { expectedVersion: 0 });
    await repositories.contracts.save(contract(), { expectedVersion: 0 });
    const receipts = (await repositories.goodsReceipts.listByPurchaseOrder('po_1'))._unsafeUnwrap();
    expect(receipts.map((r) => GoodsReceiptSchema.safeParse(r).success)).toEqual([true]);
    expect(
      (await repositories.supplierInvoices.listByPurchaseOrder('po_1'))._unsafeUnwrap(),
    ).toHaveLength(1);
    expect((await repositories.suppliers.listByStatus('active'))._unsafeUnwrap()).toHaveLength(1);
    expect((await repositories.contracts.listBySupplier('sup_faw'))._unsafeUnwrap()).toHaveLength(
      1,
    );
    expect((await repositories.evaluations.listBySupplier('sup_faw'))._unsafeUnwrap()).toEqual([]);
  });
});
