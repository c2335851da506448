import { describe, expect, it } from 'vitest';
import {
  createSalesOrder,
  SalesOrderSchema,
  setPartsCustomerTerms,
} from '../../../src/parts/sales/index';
import {
  AT,
  advisor,
  clerk,
  cny,
  customer,
  draftOrder,
  fleet,
  insurance,
  orderInput,
  supervisor,
} from './fixtures';

describe('createSalesOrder (接收订单)', () => {
  it('§6.3.3 receives a priced draft whose total is the sum of the rounded lines', () => {
    const order = draftOrder();
    expect(order.status).toBe('draft');
    expect(order.lines.map((line) => line.amount.amount)).toEqual(['105.60', '369.60']);
    expect(order.total).toEqual(cny('475.20'));
    expect(order).toMatchObject({
      classId: 'pcc_fleet',
      paymentTermsDays: 30,
      createdBy: clerk.id,
    });
    expect(SalesOrderSchema.safeParse(JSON.parse(JSON.stringify(order))).success).toBe(true);
  });

  it('§6.3.3 needs parts-sale.create and a well-formed order', () => {
    const terms = { customer, customerClass: fleet };
    expect(
      createSalesOrder(orderInput(), terms, { at: AT, actor: advisor })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(
      createSalesOrder(orderInput({ lines: [] }), terms, {
        at: AT,
        actor: clerk,
      })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    const zero = orderInput();
    const lines = zero.lines.map((line) => ({ ...line, quantity: '0' }));
    expect(
      createSalesOrder({ ...zero, lines }, terms, { at: AT, actor: clerk })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });

  it('§6.3.2 a blocked customer or a customer of another class cannot order', () => {
    const blocked = setPartsCustomerTerms(
      customer,
      { status: 'blocked' },
      { at: AT, actor: supervisor },
    )._unsafeUnwrap().value;
    expect(
      createSalesOrder(
        orderInput(),
        { customer: blocked, customerClass: fleet },
        { at: AT, actor: clerk },
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'parts_customer_blocked', data: { customerId: 'pcu_1' } });
    expect(
      createSalesOrder(
        orderInput(),
        { customer, customerClass: insurance },
        { at: AT, actor: clerk },
      )._unsafeUnwrapErr().code,
    ).toBe('customer_class_mismatch');
    expect(
      createSalesOrder(
        orderInput({ customerId: 'pcu_other' }),
        { customer, customerClass: fleet },
        { at: AT, actor: clerk },
      )._unsafeUnwrapErr().code,
    ).toBe('sales_order_customer_mismatch');
  });
});
