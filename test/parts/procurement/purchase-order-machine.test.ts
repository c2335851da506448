import { describe, expect, it } from 'vitest';
import {
  createPurchaseOrder,
  deriveReceivingStatus,
  parseProcurementConfig,
  transitionPurchaseOrder,
} from '../../../src/parts/procurement/index';
import {
  AT,
  catalogue,
  clerk,
  cny,
  contract,
  dayAt,
  draftOrder,
  filter,
  orderInput,
  receive,
  sentOrder,
  supervisor,
  supplier,
} from './fixtures';

const options = () => ({ supplier: supplier() });

describe('purchase-order lifecycle', () => {
  it('§6.1.4 draft → approved → sent → partially-received → received → closed', () => {
    const draft = draftOrder();
    const approved = transitionPurchaseOrder(
      draft,
      { type: 'approve', at: AT, actor: supervisor },
      options(),
    )._unsafeUnwrap();
    expect(approved.order).toMatchObject({ status: 'approved', approvedBy: 'emp_whs' });
    expect(approved.events[0]?.type).toBe('parts.purchase-order-approved');
    const sent = transitionPurchaseOrder(
      approved.order,
      { type: 'send', at: dayAt(1), actor: clerk },
      options(),
    )._unsafeUnwrap();
    expect(sent.order).toMatchObject({ status: 'sent', sentAt: dayAt(1) });
    const partial = receive(sent.order, 'gr_1', [{ lineNo: 1, accepted: '20', rejected: '0' }]);
    expect(partial.order.status).toBe('partially-received');
    const full = receive(partial.order, 'gr_2', [{ lineNo: 2, accepted: '8', rejected: '0' }]);
    expect(full.order.status).toBe('received');
    const closed = transitionPurchaseOrder(full.order, {
      type: 'close',
      at: dayAt(4),
      actor: clerk,
    })._unsafeUnwrap();
    expect(closed.order).toMatchObject({ status: 'closed', shortClosed: false });
    expect(closed.events[0]?.type).toBe('parts.purchase-order-closed');
    expect(draft.status).toBe('draft');
  });

  it('§6.1.4 approving needs purchase-order.approve; the orderer alone cannot release it by default', () => {
    const refused = transitionPurchaseOrder(
      draftOrder(),
      { type: 'approve', at: AT, actor: clerk },
      options(),
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'forbidden', clause: '§6.1.4' });
    const relaxed = parseProcurementConfig({ approvalForEveryOrder: false })._unsafeUnwrap();
    const released = transitionPurchaseOrder(
      draftOrder(),
      { type: 'approve', at: AT, actor: clerk },
      { ...options(), config: relaxed },
    );
    expect(released._unsafeUnwrap().order.status).toBe('approved');
  });

  it("§6.1.3 a line priced outside the contract needs 'purchase-order.approve' to go through", () => {
    const relaxed = parseProcurementConfig({ approvalForEveryOrder: false })._unsafeUnwrap();
    const flagged = createPurchaseOrder(
      orderInput({
        lines: [
          {
            partId: filter.id,
            quantity: '20',
            unitPrice: cny('39.00'),
            promisedDate: '2026-03-05',
          },
        ],
      }),
      { supplier: supplier(), contract: contract(), catalogue },
      { at: AT, actor: clerk },
    )._unsafeUnwrap().order;
    const byClerk = transitionPurchaseOrder(
      flagged,
      { type: 'approve', at: AT, actor: clerk },
      { ...options(), config: relaxed },
    );
    expect(byClerk._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      clause: '§6.1.3',
      data: { capability: 'purchase-order.approve' },
    });
    const bySupervisor = transitionPurchaseOrder(
      flagged,
      { type: 'approve', at: AT, actor: supervisor },
      { ...options(), config: relaxed },
    )._unsafeUnwrap();
    expect(bySupervisor.events[0]?.payload).toMatchObject({ flaggedLines: [1] });
    // Sending an unapproved order is not a shortcut around approval.
    expect(
      transitionPurchaseOrder(
        flagged,
        { type: 'send', at: AT, actor: supervisor },
        options(),
      )._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
  });

  it('§6.1.2 a supplier disqualified after drafting cannot have the order approved or sent', () => {
    const graded = { supplier: supplier({ grade: 'D' }) };
    const approve = transitionPurchaseOrder(
      draftOrder(),
      { type: 'approve', at: AT, actor: supervisor },
      graded,
    );
    expect(approve._unsafeUnwrapErr()).toMatchObject({
      code: 'supplier_disqualified',
      clause: '§6.1.2',
    });
    const approved = transitionPurchaseOrder(
      draftOrder(),
      { type: 'approve', at: AT, actor: supervisor },
      options(),
    )._unsafeUnwrap().order;
    const send = transitionPurchaseOrder(
      approved,
      { type: 'send', at: AT, actor: clerk },
      { supplier: supplier({ status: 'suspended', suspendReason: 'x' }) },
    );
    expect(send._unsafeUnwrapErr().code).toBe('supplier_disqualified');
    expect(
      transitionPurchaseOrder(approved, { type: 'send', at: AT, actor: clerk })._unsafeUnwrapErr()
        .code,
    ).toBe('validation_failed');
    expect(
      transitionPurchaseOrder(
        approved,
        { type: 'send', at: AT, actor: clerk },
        {
          supplier: supplier({ id: 'sup_x' as never }),
        },
      )._unsafeUnwrapErr().code,
    ).toBe('document_mismatch');
  });

  it('§6.1.4 cancelling is possible only before anything is received', () => {
    const draft = transitionPurchaseOrder(draftOrder(), {
      type: 'cancel',
      reason: '重复下单',
      at: AT,
      actor: clerk,
    });
    expect(draft._unsafeUnwrap().order).toMatchObject({
      status: 'cancelled',
      statusReason: '重复下单',
    });
    expect(JSON.stringify(draft._unsafeUnwrap().events)).not.toContain('重复下单');
    const sent = sentOrder();
    expect(
      transitionPurchaseOrder(sent, {
        type: 'cancel',
        reason: 'x',
        at: AT,
        actor: clerk,
      })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(
      transitionPurchaseOrder(sent, {
        type: 'cancel',
        reason: '供应商停产',
        at: AT,
        actor: supervisor,
      })._unsafeUnwrap().order.status,
    ).toBe('cancelled');
    const partial = receive(sent, 'gr_1', [{ lineNo: 1, accepted: '1', rejected: '0' }]).order;
    expect(
      transitionPurchaseOrder(partial, {
        type: 'cancel',
        reason: 'x',
        at: AT,
        actor: supervisor,
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      clause: '§6.1.4',
      data: { entity: 'purchase-order', status: 'partially-received', command: 'cancel' },
    });
  });

  it('§6.1.4 a partially received order closes short only with a reason and purchase-order.approve', () => {
    const partial = receive(sentOrder(), 'gr_1', [
      { lineNo: 1, accepted: '20', rejected: '0' },
    ]).order;
    expect(
      transitionPurchaseOrder(partial, {
        type: 'close',
        at: AT,
        actor: supervisor,
      })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    expect(
      transitionPurchaseOrder(partial, {
        type: 'close',
        reason: '停产',
        at: AT,
        actor: clerk,
      })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    const closed = transitionPurchaseOrder(partial, {
      type: 'close',
      reason: '停产',
      at: AT,
      actor: supervisor,
    });
    expect(closed._unsafeUnwrap().order).toMatchObject({ status: 'closed', shortClosed: true });
  });

  it('§6.1.4 every other status and command pair is an invalid transition', () => {
    const draft = draftOrder();
    const cases = [
      [draft, { type: 'send', at: AT, actor: supervisor }],
      [draft, { type: 'close', at: AT, actor: supervisor }],
      [
        draft,
        {
          type: 'receive',
          goodsReceiptId: 'gr_1',
          lines: [{ lineNo: 1, accepted: '1', rejected: '0' }],
          at: AT,
          actor: supervisor,
        },
      ],
      [sentOrder(), { type: 'approve', at: AT, actor: supervisor }],
    ] as const;
    for (const [order, command] of cases) {
      expect(
        transitionPurchaseOrder(order, command as never, options())._unsafeUnwrapErr().code,
      ).toBe('invalid_transition');
    }
    expect(
      transitionPurchaseOrder(draft, { type: 'teleport' } as never)._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    expect(transitionPurchaseOrder(draft, null as never)._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
  });

  it('§6.1.4 the receiving status follows the delivered quantities', () => {
    const line = (quantity: string, accepted: string, rejected: string) =>
      ({ quantity, accepted, rejected }) as never;
    expect(deriveReceivingStatus([line('2', '0', '0'), line('3', '0', '0')])).toBe('sent');
    expect(deriveReceivingStatus([line('2', '1', '1'), line('3', '0', '0')])).toBe(
      'partially-received',
    );
    expect(deriveReceivingStatus([line('2', '1', '1'), line('3', '2', '1')])).toBe('received');
  });
});
