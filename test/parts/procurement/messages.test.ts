import { describe, expect, it } from 'vitest';
import { partsError } from '../../../src/parts/index';
import {
  type ProcurementErrorCode,
  procurementError,
  procurementMessages,
} from '../../../src/parts/procurement/index';
import { formatError, LOCALES } from '../../../src/shared/index';

const samples: { [C in ProcurementErrorCode]: Parameters<typeof procurementError<C>>[1] } = {
  supplier_disqualified: { supplierId: 'sup_x', status: 'active', grade: 'D' },
  supplier_evaluation_empty: {
    supplierId: 'sup_x',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
  },
  document_mismatch: { document: 'purchase-order', field: 'id', expected: 'po_1', actual: 'po_2' },
  no_suggested_lines: { supplierId: 'sup_x' },
  invalid_transition: { entity: 'purchase-order', status: 'received', command: 'cancel' },
  purchase_order_line_unknown: { purchaseOrderId: 'po_1', lineNo: 9 },
  over_receipt: {
    purchaseOrderId: 'po_1',
    lineNo: 1,
    ordered: '20',
    alreadyReceived: '18',
    receiving: '3',
    allowed: '20',
  },
  three_way_match_failed: {
    supplierInvoiceId: 'si_1',
    mismatches: [
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
    ],
  },
};

describe('procurementMessages', () => {
  it('§6.1.2 §6.1.5 every procurement error renders in zh-CN and en with its clause', () => {
    for (const code of Object.keys(samples) as ProcurementErrorCode[]) {
      const error = procurementError(code, samples[code] as never);
      for (const locale of LOCALES) {
        const text = formatError(error, locale, procurementMessages);
        expect(text).not.toMatch(/Operation failed|操作失败|undefined|\[object/);
        expect(text).toContain(error.clause ?? '');
      }
    }
    expect(
      formatError(
        procurementError('supplier_disqualified', samples.supplier_disqualified),
        'zh-CN',
        procurementMessages,
      ),
    ).toBe('供应商 sup_x 不合格（等级 D），不能下新的采购订单（§6.1.2）');
    expect(
      formatError(
        procurementError('three_way_match_failed', samples.three_way_match_failed),
        'en',
        procurementMessages,
      ),
    ).toBe(
      'Invoice si_1 fails the three-way match, so payment cannot be approved; mismatching line(s): 1, 2 (quantity, price) (§6.1.5)',
    );
  });

  it('§6.1.4 the shared and catalogue codes procurement returns render too', () => {
    for (const code of [
      'validation_failed',
      'forbidden',
      'currency_mismatch',
      'money_invalid_factor',
      'money_out_of_range',
      'part_unknown',
      'unit_mismatch',
      'quantity_invalid_for_unit',
    ]) {
      expect(Object.hasOwn(procurementMessages, code)).toBe(true);
    }
    const text = formatError(
      partsError('part_unknown', { partId: 'part_9' }),
      'zh-CN',
      procurementMessages,
    );
    expect(text).toContain('part_9');
  });

  it('§6.1.4 invalid transitions name the entity, stocktakes included', () => {
    const stocktake = partsError('invalid_transition', {
      entity: 'stocktake',
      status: 'counting',
      command: 'post',
    });
    expect(formatError(stocktake, 'zh-CN', procurementMessages)).toContain('盘点单');
    const order = procurementError('invalid_transition', samples.invalid_transition);
    expect(formatError(order, 'zh-CN', procurementMessages)).toBe(
      '采购订单已到货，不能执行「cancel」（§6.1.4）',
    );
  });
});
