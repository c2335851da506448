import { describe, expect, it } from 'vitest';
import {
  computePurchaseOrderTotal,
  GoodsReceiptSchema,
  PurchaseContractSchema,
  parseProcurementConfig,
  parsePurchaseOrder,
  parseSupplier,
  recordGoodsReceipt,
  SupplierInvoiceSchema,
  transitionPurchaseOrder,
} from '../../../src/parts/procurement/index';
import { parseWith } from '../../../src/shared/index';
import { hostileInputs } from '../fixtures';
import { AT, clerk, cny, draftOrder, sentOrder, supplier } from './fixtures';

describe('procurement schemas', () => {
  it('§6.1.4 parse functions never throw, whatever they are given', () => {
    for (const input of hostileInputs) {
      expect(parsePurchaseOrder(input).isErr()).toBe(true);
      expect(parseSupplier(input).isErr()).toBe(true);
      for (const schema of [GoodsReceiptSchema, SupplierInvoiceSchema, PurchaseContractSchema]) {
        expect(parseWith(schema as never, input).isErr()).toBe(true);
      }
    }
    expect(parseProcurementConfig(hostileInputs.at(-1)).isErr()).toBe(true);
    const order = draftOrder();
    for (const input of hostileInputs) {
      expect(
        recordGoodsReceipt(sentOrder(), input as never, { at: AT, actor: clerk }).isErr(),
      ).toBe(true);
      expect(transitionPurchaseOrder(order, input as never).isErr()).toBe(true);
    }
  });

  it('§6.1.4 orders and suppliers survive JSON and are re-parsed unchanged', () => {
    const order = draftOrder();
    expect(parsePurchaseOrder(JSON.parse(JSON.stringify(order)))._unsafeUnwrap()).toEqual(order);
    expect(parseSupplier(JSON.parse(JSON.stringify(supplier())))._unsafeUnwrap()).toEqual(
      supplier(),
    );
    expect(parsePurchaseOrder({ ...order, status: 'shipped' }).isErr()).toBe(true);
  });

  it('§6.1.4 the order total is the sum of lines each rounded half-up to the cent', () => {
    const total = computePurchaseOrderTotal(
      [
        { quantity: '1.5', unitPrice: cny('33.33') } as never, // 49.995 → 50.00
        { quantity: '3', unitPrice: cny('0.3333') } as never, // 0.9999 → 1.00
      ],
      'CNY',
    );
    expect(total._unsafeUnwrap()).toEqual(cny('51.00'));
    expect(
      computePurchaseOrderTotal(
        [{ quantity: '1', unitPrice: { amount: '1.00', currency: 'USD' } } as never],
        'CNY',
      ).isErr(),
    ).toBe(true);
  });
});
