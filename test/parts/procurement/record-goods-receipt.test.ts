import { describe, expect, it } from 'vitest';
import { emptyLedger, postMovements, stockLevel } from '../../../src/parts/index';
import {
  GoodsReceiptSchema,
  parseProcurementConfig,
  recordGoodsReceipt,
} from '../../../src/parts/procurement/index';
import {
  advisor,
  catalogue,
  clerk,
  cny,
  dayAt,
  draftOrder,
  filter,
  oil,
  sentOrder,
} from './fixtures';

const at = dayAt(3);

describe('goods receipt', () => {
  it('§6.1.5 records accepted and rejected quantities per line and advances the order', () => {
    const change = recordGoodsReceipt(
      sentOrder(),
      {
        id: 'gr_7',
        purchaseOrderId: 'po_1',
        lines: [{ lineNo: 1, accepted: '18', rejected: '2', rejectionReason: '包装破损' }],
      },
      { at, actor: clerk },
    )._unsafeUnwrap();
    expect(GoodsReceiptSchema.safeParse(change.receipt).success).toBe(true);
    expect(change.receipt).toMatchObject({
      supplierId: 'sup_faw',
      locationId: 'wh-main',
      receivedOn: '2026-03-05',
      lines: [
        {
          lineNo: 1,
          partId: filter.id,
          accepted: '18',
          rejected: '2',
          rejectionReason: '包装破损',
          unitCost: cny('36.00'),
        },
      ],
    });
    expect(change.order.status).toBe('partially-received');
    expect(change.order.lines[0]).toMatchObject({
      accepted: '18',
      rejected: '2',
      completedOn: '2026-03-05',
    });
    expect(change.events.map((event) => event.type)).toEqual([
      'parts.goods-receipt-recorded',
      'parts.purchase-order-received',
    ]);
    expect(JSON.stringify(change.events)).not.toContain('包装破损');
  });

  it('§6.1.5 only accepted quantities become ledger receipt movements at the order price', () => {
    const change = recordGoodsReceipt(
      sentOrder(),
      {
        id: 'gr_7',
        purchaseOrderId: 'po_1',
        lines: [
          { lineNo: 1, accepted: '18', rejected: '2', rejectionReason: '包装破损' },
          { lineNo: 2, accepted: '0', rejected: '8', rejectionReason: '批号过期' },
        ],
      },
      { at, actor: clerk },
    )._unsafeUnwrap();
    expect(change.movements).toEqual([
      expect.objectContaining({
        type: 'receipt',
        idempotencyKey: 'gr_7:1',
        partId: filter.id,
        quantity: '18',
        unitCost: cny('36.00'),
        reference: { kind: 'goods-receipt', id: 'gr_7' },
      }),
    ]);
    const posted = postMovements(emptyLedger(), change.movements, { catalogue })._unsafeUnwrap();
    expect(stockLevel(posted.ledger, filter.id, 'wh-main').onHand).toBe('18');
    expect(stockLevel(posted.ledger, oil.id, 'wh-main').onHand).toBe('0');
    // Posting the same receipt twice changes nothing (idempotency keys).
    const again = postMovements(posted.ledger, change.movements, { catalogue })._unsafeUnwrap();
    expect(again.posted).toEqual([]);
    expect(change.order.status).toBe('received');
  });

  it('§6.1.5 a rejection needs a reason; receipts need goods-receipt.record', () => {
    const rejected = recordGoodsReceipt(
      sentOrder(),
      {
        id: 'gr_7',
        purchaseOrderId: 'po_1',
        lines: [{ lineNo: 1, accepted: '18', rejected: '2' }],
      },
      { at, actor: clerk },
    );
    const error = rejected._unsafeUnwrapErr();
    expect(
      error.code === 'validation_failed' && error.data.issues.map((issue) => issue.reason),
    ).toContain('rejection_reason_required');
    const forbidden = recordGoodsReceipt(
      sentOrder(),
      { id: 'gr_7', purchaseOrderId: 'po_1', lines: [{ lineNo: 1, accepted: '1', rejected: '0' }] },
      { at, actor: advisor },
    );
    expect(forbidden._unsafeUnwrapErr()).toMatchObject({ code: 'forbidden', clause: '§6.1.5' });
  });

  it('§6.1.5 accepted + rejected may not exceed the ordered quantity beyond the tolerance', () => {
    const input = (accepted: string) => ({
      id: 'gr_7',
      purchaseOrderId: 'po_1',
      lines: [{ lineNo: 1, accepted, rejected: '1', rejectionReason: '破损' }],
    });
    const over = recordGoodsReceipt(sentOrder(), input('20'), { at, actor: clerk });
    expect(over._unsafeUnwrapErr()).toMatchObject({
      code: 'over_receipt',
      clause: '§6.1.5',
      data: { lineNo: 1, ordered: '20', alreadyReceived: '0', receiving: '21', allowed: '20' },
    });
    const tolerant = parseProcurementConfig({ overReceiptTolerancePercent: '5' })._unsafeUnwrap();
    const allowed = recordGoodsReceipt(sentOrder(), input('20'), {
      at,
      actor: clerk,
      config: tolerant,
    });
    expect(allowed._unsafeUnwrap().order.lines[0]).toMatchObject({ accepted: '20', rejected: '1' });
  });

  it('§6.1.5 receipts are refused for unknown lines, other orders, fractions of pieces and unsent orders', () => {
    const context = { at, actor: clerk };
    const line = (lineNo: number, accepted = '1') => ({ lineNo, accepted, rejected: '0' });
    expect(
      recordGoodsReceipt(
        sentOrder(),
        { id: 'gr_7', purchaseOrderId: 'po_1', lines: [line(9)] },
        context,
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'purchase_order_line_unknown', data: { lineNo: 9 } });
    expect(
      recordGoodsReceipt(
        sentOrder(),
        { id: 'gr_7', purchaseOrderId: 'po_2', lines: [line(1)] },
        context,
      )._unsafeUnwrapErr().code,
    ).toBe('document_mismatch');
    expect(
      recordGoodsReceipt(
        sentOrder(),
        { id: 'gr_7', purchaseOrderId: 'po_1', lines: [line(1, '0.5')] },
        context,
      )._unsafeUnwrapErr().code,
    ).toBe('quantity_invalid_for_unit');
    expect(
      recordGoodsReceipt(
        sentOrder(),
        { id: 'gr_7', purchaseOrderId: 'po_1', lines: [line(2, '0.5')] },
        context,
      ).isOk(),
    ).toBe(true);
    expect(
      recordGoodsReceipt(
        draftOrder(),
        { id: 'gr_7', purchaseOrderId: 'po_1', lines: [line(1)] },
        context,
      )._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
    expect(
      recordGoodsReceipt(
        sentOrder(),
        { id: 'gr_7', purchaseOrderId: 'po_1', lines: [line(1, '0')] },
        context,
      )._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    expect(
      recordGoodsReceipt(
        sentOrder(),
        { id: 'gr_7', purchaseOrderId: 'po_1', lines: [line(1), line(1)] },
        context,
      )._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });
});
