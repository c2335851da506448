import { describe, expect, it } from 'vitest';
import { computeBalance } from '../../src/repair-order/compute-balance';
import { priceSettlement } from '../../src/repair-order/final-lines';
import {
  advisor,
  at,
  cny,
  manager,
  priceList,
  quoteOf,
  ready,
  run,
  settled,
  settlementOptions,
  step,
} from './fixtures';

const pay = (id: string, amount: string, kind = 'payment', method = 'cash') => ({
  type: 'record-payment',
  at: at(135),
  actor: advisor,
  payment: { id, kind, method, amount: cny(amount) },
});

describe('settlement, payment and exit (§3.5(2)(3))', () => {
  it('§3.5(2) REG-2 REG-3 the statement is pricing.quote of the final lines: labour by quota hours × rate, parts with grade', () => {
    const order = settled();
    const statement = order.settlement?.statement;
    expect(
      statement?.lines.map((line) => [
        line.kind,
        line.code,
        line.grade ?? null,
        line.amount.amount,
      ]),
    ).toEqual([
      ['labour', 'OP-BRAKE-F', null, '240.00'],
      ['part', 'P-PAD-F', 'oem', '380.00'],
    ]);
    expect(statement?.lines[0]?.basis).toMatchObject({
      kind: 'labour',
      quotaHours: '1.2',
      hourlyRate: cny('200.00'),
    });
    expect(statement?.total).toEqual(cny('620.00'));
    expect(order.settlement?.differences).toEqual([]);
    expect(order.settlement?.estimatedTotal).toEqual(cny('620.00'));
  });

  it('§3.5(2) a statement that does not price the final lines is rejected', () => {
    const order = ready();
    const wrong = quoteOf(
      [{ kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' }],
      'q_final',
      at(130),
    );
    expect(
      run(order, {
        type: 'settle',
        at: at(130),
        actor: advisor,
        statement: wrong,
      })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'settlement_mismatch',
      clause: '§3.5(2)',
      data: { missing: ['part:P-PAD-F×1'], unexpected: [] },
    });
  });

  it('§3.5(2) a statement that does not add up to the cent is rejected', () => {
    const order = ready();
    const statement = priceSettlement(order, settlementOptions(at(130)), {
      priceLists: [priceList],
    })._unsafeUnwrap();
    const tampered = { ...statement, total: cny('600.00'), vat: { ...statement.vat } };
    const error = run(order, {
      type: 'settle',
      at: at(130),
      actor: advisor,
      statement: tampered,
    })._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'settlement_not_reconciled',
      clause: '§3.5(2)',
      data: { check: 'total' },
    });
  });

  it('§3.5(2) only a role that settles may settle', () => {
    const order = ready();
    const statement = priceSettlement(order, settlementOptions(at(130)), {
      priceLists: [priceList],
    })._unsafeUnwrap();
    expect(
      run(order, { type: 'settle', at: at(130), actor: manager, statement })._unsafeUnwrapErr()
        .code,
    ).toBe('forbidden');
  });

  it('§3.5(3) partial payments and deposits reduce the balance; over-payment is refused', () => {
    let order = step(ready(), pay('dep_1', '200.00', 'deposit'));
    const statement = priceSettlement(order, settlementOptions(at(130)), {
      priceLists: [priceList],
    })._unsafeUnwrap();
    order = step(order, { type: 'settle', at: at(130), actor: advisor, statement });
    expect(computeBalance(order)).toMatchObject({
      due: cny('620.00'),
      paid: cny('200.00'),
      balance: cny('420.00'),
    });
    order = step(order, pay('pay_1', '300.00', 'payment', 'bank-card'));
    expect(computeBalance(order).balance).toEqual(cny('120.00'));
    expect(run(order, pay('pay_2', '120.01'))._unsafeUnwrapErr()).toEqual({
      code: 'payment_exceeds_balance',
      clause: '§3.5(3)',
      data: { amount: cny('120.01'), balance: cny('120.00') },
    });
    const result = run(order, pay('pay_2', '120.00', 'payment', 'mobile-payment'))._unsafeUnwrap();
    expect(result.events[0]?.payload).toMatchObject({
      kind: 'payment',
      method: 'mobile-payment',
      balance: cny('0.00'),
    });
    expect(run(order, pay('pay_1', '1.00'))._unsafeUnwrapErr().code).toBe('duplicate_id');
  });

  it('§3.5(3) refunds never exceed what was paid; payments before settlement must be deposits', () => {
    let order = step(ready(), pay('dep_1', '100.00', 'deposit', 'transfer'));
    expect(run(order, pay('ref_1', '100.01', 'refund'))._unsafeUnwrapErr().code).toBe(
      'refund_exceeds_paid',
    );
    order = step(order, pay('ref_1', '40.00', 'refund'));
    expect(computeBalance(order).paid).toEqual(cny('60.00'));
    expect(run(order, pay('pay_1', '10.00'))._unsafeUnwrapErr().code).toBe('settlement_required');
    const usd = {
      ...pay('pay_9', '1.00', 'deposit'),
      payment: {
        id: 'pay_9',
        kind: 'deposit',
        method: 'cash',
        amount: { amount: '1.00', currency: 'USD' },
      },
    };
    expect(run(order, usd)._unsafeUnwrapErr().code).toBe('payment_currency_mismatch');
    const fractional = { ...pay('pay_8', '1.005', 'deposit') };
    expect(run(order, fractional)._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it('§3.5(3) the exit pass is issued only at a zero balance', () => {
    const order = step(settled(), pay('pay_1', '600.00'));
    expect(
      run(order, {
        type: 'issue-exit-pass',
        at: at(136),
        actor: advisor,
        number: 'EP-1',
      })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'balance_outstanding',
      clause: '§3.5(3)',
      data: { balance: cny('20.00') },
    });
    const paid = step(order, pay('pay_2', '20.00'));
    const passed = step(paid, {
      type: 'issue-exit-pass',
      at: at(137),
      actor: advisor,
      number: 'EP-1',
    });
    expect(passed.exitPass).toEqual({
      number: 'EP-1',
      issuedAt: at(137),
      issuedBy: advisor.id,
      basis: 'paid',
    });
    expect(
      run(passed, {
        type: 'issue-exit-pass',
        at: at(138),
        actor: advisor,
        number: 'EP-2',
      })._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
  });

  it('§3.5(3) or when the service manager approved credit covering the balance', () => {
    const order = step(settled(), pay('pay_1', '20.00'));
    const credit = {
      type: 'approve-credit',
      at: at(136),
      reason: '车队月结',
      amount: cny('600.00'),
    };
    expect(run(order, { ...credit, actor: advisor })._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      clause: '§3.5(3)',
    });
    const approved = step(order, { ...credit, actor: manager });
    expect(approved.credit).toEqual({
      amount: cny('600.00'),
      approvedBy: manager.id,
      at: at(136),
      reason: '车队月结',
    });
    const passed = step(approved, {
      type: 'issue-exit-pass',
      at: at(137),
      actor: advisor,
      number: 'EP-1',
    });
    expect(passed.exitPass?.basis).toBe('credit');

    const short = step(order, { ...credit, actor: manager, amount: cny('599.99') });
    expect(
      run(short, {
        type: 'issue-exit-pass',
        at: at(137),
        actor: advisor,
        number: 'EP-1',
      })._unsafeUnwrapErr().code,
    ).toBe('balance_outstanding');
    const paidUp = step(order, pay('pay_2', '600.00'));
    expect(run(paidUp, { ...credit, actor: manager })._unsafeUnwrapErr().code).toBe(
      'credit_not_needed',
    );
  });

  it('§3.5(3) the car is not delivered without an exit pass', () => {
    const order = step(settled(), pay('pay_1', '620.00'));
    expect(run(order, { type: 'deliver', at: at(140), actor: advisor })._unsafeUnwrapErr()).toEqual(
      {
        code: 'exit_pass_required',
        clause: '§3.5(3)',
        data: { repairOrderId: 'ro_1' },
      },
    );
  });
});
