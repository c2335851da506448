import { describe, expect, it } from 'vitest';
import {
  approveSupplierPayment,
  matchThreeWay,
  parseProcurementConfig,
  recordSupplierInvoice,
  SupplierInvoiceSchema,
} from '../../../src/parts/procurement/index';
import {
  advisor,
  clerk,
  cny,
  dayAt,
  draftOrder,
  manager,
  receive,
  sentOrder,
  supervisor,
} from './fixtures';
import { invoiceFor } from './invoice';

/** Line 1: 18 accepted of 20 (2 rejected); line 2: 8 litres accepted. */
function received() {
  const first = receive(sentOrder(), 'gr_1', [
    { lineNo: 1, accepted: '18', rejected: '2', rejectionReason: '包装破损' },
  ]);
  const second = receive(first.order, 'gr_2', [{ lineNo: 2, accepted: '8', rejected: '0' }]);
  return { order: second.order, receipts: [first.receipt, second.receipt] };
}

const context = { at: dayAt(5), actor: manager };

describe('supplier invoices', () => {
  it('§6.1.5 supplier-invoice.record records an invoice against the order with its rounded total', () => {
    const { order } = received();
    const change = recordSupplierInvoice(
      order,
      {
        id: 'si_1',
        purchaseOrderId: order.id,
        invoiceNumber: 'FP-0001',
        invoiceDate: '2026-03-06',
        lines: [
          { lineNo: 1, quantity: '18', unitPrice: cny('36.00') },
          { lineNo: 2, quantity: '8', unitPrice: cny('42.00') },
        ],
      },
      { at: dayAt(4), actor: clerk },
    )._unsafeUnwrap();
    expect(SupplierInvoiceSchema.safeParse(change.invoice).success).toBe(true);
    expect(change.invoice).toMatchObject({
      status: 'recorded',
      total: cny('984.00'),
      supplierId: 'sup_faw',
    });
    expect(change.events[0]?.type).toBe('parts.supplier-invoice-recorded');
    const input = {
      id: 'si_2',
      purchaseOrderId: order.id,
      invoiceNumber: 'X',
      invoiceDate: '2026-03-06',
      lines: [{ lineNo: 1, quantity: '1', unitPrice: cny('1.00') }],
    };
    expect(
      recordSupplierInvoice(order, input, { at: dayAt(4), actor: advisor })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(
      recordSupplierInvoice(draftOrder(), input, { at: dayAt(4), actor: clerk })._unsafeUnwrapErr()
        .code,
    ).toBe('invalid_transition');
    expect(
      recordSupplierInvoice(
        order,
        {
          ...input,
          lines: [{ lineNo: 1, quantity: '1', unitPrice: { amount: '1.00', currency: 'USD' } }],
        },
        { at: dayAt(4), actor: clerk },
      )._unsafeUnwrapErr().code,
    ).toBe('currency_mismatch');
  });
});

describe('three-way match and payment approval', () => {
  it('§6.1.5 an invoice matching order prices and accepted quantities is approved for payment', () => {
    const { order, receipts } = received();
    const invoice = invoiceFor(order, [
      { lineNo: 1, quantity: '18', price: '36.00' },
      { lineNo: 2, quantity: '8', price: '42.00' },
    ]);
    expect(matchThreeWay({ order, receipts, invoice })).toEqual({ passed: true, mismatches: [] });
    const approved = approveSupplierPayment(invoice, { order, receipts }, context)._unsafeUnwrap();
    expect(approved.invoice).toMatchObject({
      status: 'payment-approved',
      paymentApprovedBy: 'emp_mgr',
    });
    expect(approved.events[0]).toMatchObject({
      type: 'parts.supplier-payment-approved',
      payload: { total: cny('984.00') },
    });
    const twice = approveSupplierPayment(approved.invoice, { order, receipts }, context);
    expect(twice._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_transition',
      clause: '§6.1.5',
    });
  });

  it('§6.1.5 payment is refused until the match passes, listing every mismatching line', () => {
    const { order, receipts } = received();
    // Bills the 2 rejected filters, overcharges the oil, and bills a line the order does not have.
    const invoice = invoiceFor(order, [
      { lineNo: 3, quantity: '1', price: '5.00' },
      { lineNo: 2, quantity: '8', price: '42.50' },
      { lineNo: 1, quantity: '20', price: '36.00' },
    ]);
    const refused = approveSupplierPayment(invoice, { order, receipts }, context);
    const error = refused._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'three_way_match_failed', clause: '§6.1.5' });
    expect(error.code === 'three_way_match_failed' && error.data.mismatches).toEqual([
      {
        lineNo: 1,
        reason: 'quantity',
        ordered: '20',
        accepted: '18',
        invoiced: '20',
        orderedPrice: '36.00',
        invoicedPrice: '36.00',
      },
      {
        lineNo: 2,
        reason: 'price',
        ordered: '8',
        accepted: '8',
        invoiced: '8',
        orderedPrice: '42.00',
        invoicedPrice: '42.50',
      },
      {
        lineNo: 3,
        reason: 'not-ordered',
        ordered: null,
        accepted: null,
        invoiced: '1',
        orderedPrice: null,
        invoicedPrice: '5.00',
      },
    ]);
  });

  it('§6.1.5 quantity and price tolerances are configurable', () => {
    const { order, receipts } = received();
    const invoice = invoiceFor(order, [
      { lineNo: 1, quantity: '18', price: '36.30' },
      { lineNo: 2, quantity: '8', price: '42.00' },
    ]);
    expect(matchThreeWay({ order, receipts, invoice }).passed).toBe(false);
    const tolerant = parseProcurementConfig({
      match: { priceTolerancePercent: '1' },
    })._unsafeUnwrap();
    expect(matchThreeWay({ order, receipts, invoice }, tolerant).passed).toBe(true); // 0.30 ≤ 0.36
    expect(
      approveSupplierPayment(invoice, { order, receipts }, { ...context, config: tolerant }).isOk(),
    ).toBe(true);
    const short = invoiceFor(order, [{ lineNo: 1, quantity: '17', price: '36.00' }]);
    expect(matchThreeWay({ order, receipts, invoice: short }).passed).toBe(false);
    const loose = parseProcurementConfig({
      match: { quantityTolerancePercent: '10' },
    })._unsafeUnwrap();
    expect(matchThreeWay({ order, receipts, invoice: short }, loose).passed).toBe(true);
  });

  it('§6.1.5 quantities already billed on approved invoices are not paid twice', () => {
    const { order, receipts } = received();
    const first = invoiceFor(order, [{ lineNo: 1, quantity: '18', price: '36.00' }], 'si_1');
    const paid = approveSupplierPayment(first, { order, receipts }, context)._unsafeUnwrap()
      .invoice;
    const second = invoiceFor(order, [{ lineNo: 1, quantity: '18', price: '36.00' }], 'si_2');
    const refused = approveSupplierPayment(
      second,
      { order, receipts, otherInvoices: [paid] },
      context,
    );
    expect(refused._unsafeUnwrapErr().code).toBe('three_way_match_failed');
    const oil = invoiceFor(order, [{ lineNo: 2, quantity: '8', price: '42.00' }], 'si_3');
    expect(
      approveSupplierPayment(
        oil,
        { order, receipts, otherInvoices: [paid, first] },
        context,
      ).isOk(),
    ).toBe(true);
  });

  it('§6.1.5 payment approval needs supplier-payment.approve and the invoice of this order', () => {
    const { order, receipts } = received();
    const invoice = invoiceFor(order, [{ lineNo: 1, quantity: '18', price: '36.00' }]);
    expect(
      approveSupplierPayment(
        invoice,
        { order, receipts },
        { at: dayAt(5), actor: supervisor },
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'forbidden', clause: '§6.1.5' });
    const other = { ...order, id: 'po_2' as never };
    expect(
      approveSupplierPayment(invoice, { order: other, receipts }, context)._unsafeUnwrapErr().code,
    ).toBe('document_mismatch');
  });
});
