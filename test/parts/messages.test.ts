import { describe, expect, it } from 'vitest';
import {
  type PartsErrorCode,
  partsError,
  partsMessages,
  partsSalesMessages,
  procurementMessages,
  salesOrderInvalidTransition,
} from '../../src/parts/index';
import { domainError, formatError, LOCALES } from '../../src/shared/index';

const samples: { [C in PartsErrorCode]: Parameters<typeof partsError<C>>[1] } = {
  part_unknown: { partId: 'part_9' },
  part_number_unknown: { partNumber: 'P-9' },
  part_number_duplicate: { partNumber: 'P-9' },
  supersession_cycle: { partNumbers: ['P-1', 'P-2'] },
  unit_mismatch: { partId: 'part_1', expected: 'piece', actual: 'litre' },
  quantity_invalid_for_unit: { partId: 'part_1', unit: 'piece', quantity: '1.5' },
  insufficient_stock: { partId: 'part_1', locationId: 'wh-main', requested: '3', available: '1' },
  idempotency_key_reused: { idempotencyKey: 'gr_1:1' },
  reservation_unknown: { reservationId: 'res_1' },
  reservation_not_open: { reservationId: 'res_1', status: 'consumed' },
  reservation_quantity_exceeded: { reservationId: 'res_1', reserved: '1', requested: '2' },
  invalid_transition: { entity: 'stocktake', status: 'counting', command: 'approve' },
  stocktake_empty: { stocktakeId: 'st_1' },
  stocktake_line_unknown: { partId: 'part_1', locationId: 'wh-x' },
  stocktake_incomplete: { uncountedLines: 3 },
  stocktake_approval_required: {
    linesOverThreshold: 1,
    threshold: { amount: '500.00', currency: 'CNY' },
  },
  stocktake_not_posted: { stocktakeId: 'st_1', status: 'counting' },
  demand_value_invalid: { day: 4 },
  replenishment_input_invalid: { index: 2, partId: 'part_1', field: 'onOrder' },
};

describe('partsMessages', () => {
  it('§6.2.2 every parts error renders in zh-CN and en with its clause', () => {
    for (const code of Object.keys(samples) as PartsErrorCode[]) {
      const error = partsError(code, samples[code] as never);
      for (const locale of LOCALES) {
        const text = formatError(error, locale, partsMessages);
        expect(text).not.toMatch(/Operation failed|操作失败|undefined/);
        if (error.clause !== undefined) expect(text).toContain(error.clause);
      }
    }
    expect(
      formatError(
        partsError('insufficient_stock', samples.insufficient_stock),
        'zh-CN',
        partsMessages,
      ),
    ).toBe('配件 part_1 在 wh-main 的可用库存不足：需要 3，可用 1（§6.2.2）');
  });

  it('§6.2.3 the shared codes a parts function returns render too', () => {
    for (const code of [
      'validation_failed',
      'forbidden',
      'currency_mismatch',
      'money_out_of_range',
    ]) {
      expect(Object.hasOwn(partsMessages, code)).toBe(true);
    }
  });
});

describe('one parts catalog for every parts transition', () => {
  it('§6.1.4 §6.3.3 an invalid transition of a purchase or sales order names that order, not a stocktake', () => {
    const purchase = domainError('invalid_transition', {
      entity: 'purchase-order',
      id: 'po_1',
      status: 'received',
      command: 'cancel',
    });
    const sales = salesOrderInvalidTransition('so_1', 'shipped', 'confirm');
    const catalogs = [partsMessages, procurementMessages, partsSalesMessages] as const;
    expect(formatError(purchase, 'zh-CN', ...catalogs)).toContain('采购订单');
    expect(formatError(purchase, 'en', ...catalogs)).toContain('purchase-order is received');
    expect(formatError(sales, 'zh-CN', ...catalogs)).toContain('销售订单');
    expect(formatError(sales, 'zh-CN', ...catalogs)).not.toContain('盘点单');
  });
});
