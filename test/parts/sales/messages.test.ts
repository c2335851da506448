import { describe, expect, it } from 'vitest';
import { partsError } from '../../../src/parts/index';
import {
  creditLimitExceeded,
  customerClassInactive,
  customerClassMismatch,
  type PartsSalesErrorCode,
  type PartsSalesRuleError,
  partsCustomerBlocked,
  partsSalesMessages,
  paymentExceedsOutstanding,
  paymentIdReused,
  priceListPriceMissing,
  salesLineUnknown,
  salesOrderCustomerMismatch,
  salesOrderInvalidTransition,
  shipmentLineDuplicate,
  shipmentQuantityExceeded,
  stockUnavailable,
} from '../../../src/parts/sales/index';
import { formatError, LOCALES } from '../../../src/shared/index';
import { cny } from './fixtures';

const samples: { [C in PartsSalesErrorCode]: Extract<PartsSalesRuleError, { code: C }> } = {
  invalid_transition: salesOrderInvalidTransition('so_1', 'shipped', 'confirm'),
  parts_customer_blocked: partsCustomerBlocked('pcu_1'),
  customer_class_inactive: customerClassInactive('pcc_old'),
  customer_class_mismatch: customerClassMismatch('pcu_1', 'pcc_fleet'),
  sales_order_customer_mismatch: salesOrderCustomerMismatch('so_1', 'pcu_2'),
  price_list_price_missing: priceListPriceMissing('pl_ins', 2, 'part_1'),
  credit_limit_exceeded: creditLimitExceeded({
    orderId: 'so_1',
    customerId: 'pcu_1',
    creditLimit: cny('1000.00'),
    openReceivables: cny('600.00'),
    orderTotal: cny('475.20'),
  }),
  stock_unavailable: stockUnavailable('so_1', [
    { lineNo: 2, partId: 'part_1', locationId: 'wh-main', requested: '4', available: '3' },
  ]),
  sales_line_unknown: salesLineUnknown('so_1', 9),
  shipment_line_duplicate: shipmentLineDuplicate('so_1', 1),
  shipment_quantity_exceeded: shipmentQuantityExceeded('so_1', 1, '2', '3'),
  payment_exceeds_outstanding: paymentExceedsOutstanding('ar_1', cny('10.00'), cny('11.00')),
  payment_id_reused: paymentIdReused('ar_1', 'pay_1'),
};

describe('partsSalesMessages', () => {
  it('§6.3.3 §6.3.5 every parts sales error renders in zh-CN and en with its clause', () => {
    for (const error of Object.values(samples)) {
      expect(error.clause).toMatch(/^§6\.3\.[1-5]$/);
      for (const locale of LOCALES) {
        const text = formatError(error, locale, partsSalesMessages);
        expect(text).not.toMatch(/Operation failed|操作失败|undefined|\[object/);
        expect(text).toContain(error.clause as string);
      }
    }
    expect(formatError(samples.credit_limit_exceeded, 'zh-CN', partsSalesMessages)).toBe(
      '销售订单 so_1 超出信用额度：未收款 600.00 CNY 加本单 475.20 CNY 超过额度 1000.00 CNY，须经审批或拒绝订单（§6.3.3）',
    );
    expect(formatError(samples.invalid_transition, 'zh-CN', partsSalesMessages)).toContain(
      '已发货',
    );
  });

  it('§6.3.3 the stock ledger and shared codes a sales function passes through render too', () => {
    for (const code of [
      'validation_failed',
      'forbidden',
      'currency_mismatch',
      'money_out_of_range',
      'money_invalid_factor',
      'insufficient_stock',
      'part_unknown',
      'reservation_not_open',
    ]) {
      expect(Object.hasOwn(partsSalesMessages, code)).toBe(true);
    }
    const stocktake = partsError('invalid_transition', {
      entity: 'stocktake',
      status: 'counting',
      command: 'approve',
    });
    expect(formatError(stocktake, 'en', partsSalesMessages)).toContain('Stocktake is counting');
  });

  it('§6.3.2 errors carry ids and codes, never customer names or phones', () => {
    for (const error of Object.values(samples)) {
      expect(JSON.stringify(error.data)).not.toMatch(/1[3-9]\d{9}|name|phone/i);
    }
  });
});
