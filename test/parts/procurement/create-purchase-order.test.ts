import { describe, expect, it } from 'vitest';
import { planReplenishment } from '../../../src/parts/index';
import {
  createPurchaseOrder,
  draftPurchaseOrderFromPlan,
  flaggedLines,
  parsePurchaseOrder,
} from '../../../src/parts/procurement/index';
import {
  AT,
  advisor,
  catalogue,
  clerk,
  cny,
  contract,
  filter,
  oil,
  orderInput,
  pads,
  supplier,
} from './fixtures';

const refs = () => ({ supplier: supplier(), contract: contract(), catalogue });

describe('creating purchase orders', () => {
  it('§6.1.4 purchase-order.create drafts an order with promised dates per line and a rounded total', () => {
    const { order, events } = createPurchaseOrder(orderInput(), refs(), {
      at: AT,
      actor: clerk,
    })._unsafeUnwrap();
    expect(parsePurchaseOrder(order).isOk()).toBe(true);
    expect(order).toMatchObject({
      status: 'draft',
      orderDate: '2026-03-02',
      contractId: 'pc_2026_faw',
      total: cny('1056.00'),
      createdBy: 'emp_clerk',
    });
    expect(
      order.lines.map((line) => [line.lineNo, line.partNumber, line.unit, line.promisedDate]),
    ).toEqual([
      [1, filter.partNumber, 'piece', '2026-03-05'],
      [2, oil.partNumber, 'litre', '2026-03-06'],
    ]);
    expect(flaggedLines(order)).toEqual([]);
    expect(events[0]).toMatchObject({
      type: 'parts.purchase-order-drafted',
      payload: { flaggedLines: [] },
    });
    const refused = createPurchaseOrder(orderInput(), refs(), { at: AT, actor: advisor });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'forbidden', clause: '§6.1.4' });
  });

  it('§6.1.3 lines above the agreed price, without agreement or after expiry are flagged on the order', () => {
    const input = orderInput({
      lines: [
        { partId: filter.id, quantity: '20', unitPrice: cny('37.50'), promisedDate: '2026-03-05' },
        { partId: oil.id, quantity: '1.5', unitPrice: cny('42.00'), promisedDate: '2026-03-05' },
        { partId: pads.id, quantity: '2', unitPrice: cny('250.00'), promisedDate: '2026-03-05' },
      ],
    });
    const { order, events } = createPurchaseOrder(input, refs(), {
      at: AT,
      actor: clerk,
    })._unsafeUnwrap();
    expect(order.lines.map((line) => line.priceCheck.status)).toEqual([
      'above-contract',
      'within-contract',
      'no-agreement',
    ]);
    expect(flaggedLines(order)).toEqual([1, 3]);
    expect(events[0]?.payload).toMatchObject({ flaggedLines: [1, 3] });
    const expired = createPurchaseOrder(
      orderInput(),
      { ...refs(), contract: contract({ validTo: '2026-02-28' }) },
      { at: AT, actor: clerk },
    )._unsafeUnwrap().order;
    expect(flaggedLines(expired)).toEqual([1, 2]);
    expect(expired.lines[0]?.priceCheck.status).toBe('contract-expired');
    const none = createPurchaseOrder(
      orderInput(),
      { ...refs(), contract: null },
      { at: AT, actor: clerk },
    );
    expect(none._unsafeUnwrap().order.lines[0]?.priceCheck.status).toBe('no-contract');
  });

  it('§6.1.4 lines are checked against the catalogue, the currency and the supplier', () => {
    const context = { at: AT, actor: clerk };
    const bad = (lines: unknown) =>
      createPurchaseOrder(orderInput({ lines: lines as never }), refs(), context);
    expect(
      bad([
        { partId: 'part_none', quantity: '1', unitPrice: cny('1.00'), promisedDate: '2026-03-05' },
      ])._unsafeUnwrapErr().code,
    ).toBe('part_unknown');
    expect(
      bad([
        { partId: filter.id, quantity: '1.5', unitPrice: cny('1.00'), promisedDate: '2026-03-05' },
      ])._unsafeUnwrapErr().code,
    ).toBe('quantity_invalid_for_unit');
    expect(
      bad([
        {
          partId: filter.id,
          quantity: '1',
          unitPrice: { amount: '1.00', currency: 'USD' },
          promisedDate: '2026-03-05',
        },
      ])._unsafeUnwrapErr().code,
    ).toBe('currency_mismatch');
    expect(bad([])._unsafeUnwrapErr().code).toBe('validation_failed');
    const otherContract = createPurchaseOrder(
      orderInput(),
      { ...refs(), contract: contract({ supplierId: 'sup_other' }) },
      context,
    );
    expect(otherContract._unsafeUnwrapErr()).toMatchObject({
      code: 'document_mismatch',
      clause: '§6.1.3',
    });
    const otherSupplier = createPurchaseOrder(
      orderInput({ supplierId: 'sup_other' }),
      refs(),
      context,
    );
    expect(otherSupplier._unsafeUnwrapErr().code).toBe('document_mismatch');
  });
});

describe('drafting from the replenishment plan', () => {
  const plan = planReplenishment([
    {
      partId: filter.id,
      supplierId: 'sup_faw',
      dailyDemand: [2, 1, 3, 2],
      onHand: 3,
      onOrder: 0,
      reserved: 1,
      leadTimeDays: 5,
      orderMultiple: 6,
    },
    {
      partId: pads.id,
      supplierId: 'sup_faw',
      dailyDemand: [1, 1, 1, 1],
      onHand: 0,
      onOrder: 0,
      reserved: 0,
      leadTimeDays: 3,
    },
    {
      partId: oil.id,
      supplierId: 'sup_other',
      dailyDemand: [4, 4, 4, 4],
      onHand: 0,
      onOrder: 0,
      reserved: 0,
      leadTimeDays: 2,
    },
  ])._unsafeUnwrap();

  it("§6.1.4 §6.1.1 a draft takes one supplier's suggested lines at contract prices, promised after the lead time", () => {
    const suggested = plan.orders.find((o) => o.supplierId === 'sup_faw')?.lines ?? [];
    const { order } = draftPurchaseOrderFromPlan(
      plan,
      { id: 'po_plan', locationId: 'wh-main' },
      refs(),
      { at: AT, actor: clerk },
    )._unsafeUnwrap();
    expect(order.status).toBe('draft');
    expect(order.lines.map((line) => [line.partId, line.quantity])).toEqual(
      suggested.map((line) => [line.partId, line.quantity]),
    );
    // The filter follows the contract; the pads have no agreement: moving-average cost, flagged.
    expect(order.lines[0]).toMatchObject({ unitPrice: cny('36.00'), promisedDate: '2026-03-05' });
    expect(order.lines[1]).toMatchObject({
      unitPrice: cny('260.00'),
      priceCheck: { status: 'no-agreement' },
    });
    expect(flaggedLines(order)).toEqual([2]);
  });

  it('§6.1.4 a supplier with nothing suggested gets no draft', () => {
    const result = draftPurchaseOrderFromPlan(
      plan,
      { id: 'po_none', locationId: 'wh-main' },
      { ...refs(), supplier: supplier({ id: 'sup_none' as never }) },
      { at: AT, actor: clerk },
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'no_suggested_lines',
      clause: '§6.1.4',
    });
  });
});
