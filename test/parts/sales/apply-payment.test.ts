import { describe, expect, it } from 'vitest';
import { applyPayment } from '../../../src/parts/sales/index';
import { AT, advisor, clerk, cny, receivable } from './fixtures';

const pay = (paymentId: string, amount: string) => ({
  paymentId,
  amount: cny(amount),
  method: 'bank-transfer' as const,
});

describe('applyPayment (回款)', () => {
  it('§6.3.5 payments reduce the outstanding amount until the receivable is settled', () => {
    const first = applyPayment(receivable(), pay('pay_1', '200.00'), {
      at: AT,
      actor: clerk,
    })._unsafeUnwrap();
    expect(first.receivable).toMatchObject({
      paid: cny('200.00'),
      outstanding: cny('275.20'),
      status: 'open',
    });
    expect(first.events.map((e) => e.type)).toEqual(['parts.payment-applied']);
    const second = applyPayment(first.receivable, pay('pay_2', '275.20'), {
      at: AT,
      actor: clerk,
    })._unsafeUnwrap();
    expect(second.receivable).toMatchObject({ outstanding: cny('0.00'), status: 'settled' });
    expect(second.events.map((e) => e.type)).toEqual([
      'parts.payment-applied',
      'parts.receivable-settled',
    ]);
    expect(second.receivable.payments.map((p) => p.paymentId)).toEqual(['pay_1', 'pay_2']);
  });

  it('§6.3.5 a payment is never more than is outstanding; a retry changes nothing', () => {
    const r = receivable();
    expect(
      applyPayment(r, pay('pay_1', '475.21'), { at: AT, actor: clerk })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'payment_exceeds_outstanding',
      clause: '§6.3.5',
      data: { outstanding: cny('475.20') },
    });
    const once = applyPayment(r, pay('pay_1', '100.00'), { at: AT, actor: clerk })._unsafeUnwrap()
      .receivable;
    const again = applyPayment(once, pay('pay_1', '100.00'), {
      at: AT,
      actor: clerk,
    })._unsafeUnwrap();
    expect(again.receivable).toBe(once);
    expect(again.events).toEqual([]);
    expect(
      applyPayment(once, pay('pay_1', '50.00'), { at: AT, actor: clerk })._unsafeUnwrapErr().code,
    ).toBe('payment_id_reused');
    expect(
      applyPayment(r, pay('pay_9', '0.00'), { at: AT, actor: clerk })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    expect(
      applyPayment(r, pay('pay_9', '-1.00'), { at: AT, actor: clerk })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    expect(
      applyPayment(r, pay('pay_9', '1.00'), { at: AT, actor: advisor })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
  });
});
