import { describe, expect, it } from 'vitest';
import { stockLevel } from '../../../src/parts/index';
import { reviewSalesOrder, transitionSalesOrder } from '../../../src/parts/sales/index';
import {
  AT,
  clerk,
  cny,
  confirmedOrder,
  context,
  customer,
  draftOrder,
  filter,
  fleet,
  pads,
  stocked,
  supervisor,
} from './fixtures';

function underReview(overrides: Parameters<typeof draftOrder>[0] = {}) {
  return transitionSalesOrder(
    draftOrder(overrides),
    { type: 'submit', at: AT, actor: clerk },
    context(),
  )._unsafeUnwrap().order;
}

describe('sales order review (订单评审)', () => {
  it('§6.3.3 draft → under review → confirmed reserves every line in the stock ledger', () => {
    const submitted = transitionSalesOrder(
      draftOrder(),
      { type: 'submit', at: AT, actor: clerk },
      context(),
    )._unsafeUnwrap();
    expect(submitted.order.status).toBe('under-review');
    expect(submitted.events.map((e) => e.type)).toEqual(['parts.sales-order-submitted']);
    const confirmed = transitionSalesOrder(
      submitted.order,
      { type: 'confirm', at: AT, actor: clerk },
      context(),
    )._unsafeUnwrap();
    expect(confirmed.order.status).toBe('confirmed');
    expect(confirmed.order.review).toMatchObject({ withinCreditLimit: true, override: null });
    expect(confirmed.order.lines.map((l) => l.reservationId)).toEqual(['so_1:1:0', 'so_1:2:0']);
    expect(stockLevel(confirmed.ledger, filter.id, 'wh-main')).toMatchObject({
      reserved: '2',
      available: '8',
    });
    expect(stockLevel(confirmed.ledger, pads.id, 'wh-main').available).toBe('3');
    expect(confirmed.events.map((e) => e.type)).toEqual([
      'parts.stock-reserved',
      'parts.stock-reserved',
      'parts.sales-order-confirmed',
    ]);
    expect(stockLevel(stocked, filter.id, 'wh-main').reserved).toBe('0');
  });

  it('§6.3.3 review rejects lines the available stock cannot serve, listing each shortage', () => {
    const order = underReview({
      lines: [
        {
          partId: filter.id,
          locationId: 'wh-main',
          unit: 'piece',
          quantity: '7',
          listUnitPrice: cny('60.00'),
          promisedDate: '2026-11-30',
        },
        {
          partId: filter.id,
          locationId: 'wh-main',
          unit: 'piece',
          quantity: '4',
          listUnitPrice: cny('60.00'),
          promisedDate: '2026-11-30',
        },
      ],
    });
    const review = reviewSalesOrder(order, {
      ledger: stocked,
      customer,
      customerClass: fleet,
      openReceivables: cny('0'),
    })._unsafeUnwrap();
    expect(review.shortages).toEqual([
      { lineNo: 2, partId: filter.id, locationId: 'wh-main', requested: '4', available: '3' },
    ]);
    const refused = transitionSalesOrder(
      order,
      { type: 'confirm', at: AT, actor: clerk },
      context(),
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 'stock_unavailable',
      clause: '§6.3.3',
    });
  });

  it('§6.3.3 open receivables plus the order over the credit limit are refused without an override', () => {
    const order = underReview();
    const ctx = context({
      review: { customer, customerClass: fleet, openReceivables: cny('600.00') },
    });
    const review = reviewSalesOrder(order, { ...ctx.review!, ledger: stocked })._unsafeUnwrap();
    expect(review).toMatchObject({
      exposure: cny('1075.20'),
      withinCreditLimit: false,
      creditLimit: cny('1000.00'),
    });
    expect(
      transitionSalesOrder(
        order,
        { type: 'confirm', at: AT, actor: clerk },
        ctx,
      )._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'credit_limit_exceeded',
      data: { openReceivables: cny('600.00'), orderTotal: cny('475.20') },
    });
    // Exactly at the limit is within it.
    const atLimit = context({
      review: { customer, customerClass: fleet, openReceivables: cny('524.80') },
    });
    expect(
      transitionSalesOrder(order, { type: 'confirm', at: AT, actor: clerk }, atLimit).isOk(),
    ).toBe(true);
  });

  it('§6.3.3 an over-limit order needs parts-sale.approve and a reason to override', () => {
    const order = underReview();
    const ctx = context({
      review: { customer, customerClass: fleet, openReceivables: cny('900.00') },
    });
    const command = { type: 'confirm', at: AT, override: { reason: '月底结清' } } as const;
    expect(
      transitionSalesOrder(order, { ...command, actor: clerk }, ctx)._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    const approved = transitionSalesOrder(
      order,
      { ...command, actor: supervisor },
      ctx,
    )._unsafeUnwrap();
    expect(approved.order.review).toMatchObject({
      withinCreditLimit: false,
      override: { approverId: supervisor.id, reason: '月底结清' },
    });
    expect(approved.events.at(-1)?.payload).toMatchObject({ creditOverride: true });
    const empty = transitionSalesOrder(
      order,
      { type: 'confirm', at: AT, actor: supervisor, override: { reason: '' } },
      ctx,
    );
    expect(empty._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it('§6.3.3 a reviewer may reject with a reason; a blocked customer cannot be confirmed', () => {
    const rejected = transitionSalesOrder(
      underReview(),
      { type: 'reject', at: AT, actor: clerk, reason: '超信用额度' },
      context(),
    )._unsafeUnwrap();
    expect(rejected.order).toMatchObject({
      status: 'rejected',
      rejection: { reason: '超信用额度', by: clerk.id },
    });
    const blocked = { ...customer, status: 'blocked' as const };
    const ctx = context({
      review: { customer: blocked, customerClass: fleet, openReceivables: cny('0') },
    });
    expect(
      transitionSalesOrder(
        underReview(),
        { type: 'confirm', at: AT, actor: clerk },
        ctx,
      )._unsafeUnwrapErr().code,
    ).toBe('parts_customer_blocked');
    const noReview = context({ review: undefined });
    expect(
      transitionSalesOrder(
        underReview(),
        { type: 'confirm', at: AT, actor: clerk },
        noReview,
      )._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });

  it('§6.3.3 cancelling a confirmed order releases its reservations', () => {
    const { order, ledger } = confirmedOrder();
    const cancelled = transitionSalesOrder(
      order,
      { type: 'cancel', at: AT, actor: clerk, reason: '客户取消' },
      context({ ledger }),
    )._unsafeUnwrap();
    expect(cancelled.order.status).toBe('cancelled');
    expect(cancelled.order.lines.every((l) => l.reservationId === null)).toBe(true);
    expect(stockLevel(cancelled.ledger, filter.id, 'wh-main').reserved).toBe('0');
    expect(cancelled.events.map((e) => e.type)).toContain('parts.reservation-released');
  });

  it('§6.3.3 any other status and command is invalid_transition, never ignored', () => {
    const draft = draftOrder();
    expect(
      transitionSalesOrder(
        draft,
        { type: 'confirm', at: AT, actor: clerk },
        context(),
      )._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      data: { entity: 'sales-order', id: 'so_1', status: 'draft', command: 'confirm' },
    });
    expect(
      transitionSalesOrder(
        draft,
        { type: 'close', at: AT, actor: clerk },
        context(),
      )._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
    expect(
      transitionSalesOrder(draft, { type: 'bogus' } as never, context())._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });
});
