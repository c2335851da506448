import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import type { RepairOrderCommandOf } from './commands';
import { checkStatementLines, compareWithEstimate } from './compare-with-estimate';
import { computeBalance, orderCurrency } from './compute-balance';
import type { TransitionContext, TransitionOutcome } from './context';
import type { RepairOrderError, RepairOrderErrorOf } from './errors';
import { repairOrderEvent } from './events';
import type { ExitPass, Payment } from './payment-schema';
import { reconcileStatement } from './reconcile-statement';
import type { RepairOrder } from './schema';
import {
  balanceOutstanding,
  creditNotNeeded,
  paymentCurrencyMismatch,
  paymentExceedsBalance,
  refundExceedsPaid,
  settlementRequired,
} from './settlement-errors';
import { authorizeAny, changeOrder } from './steps';
import { duplicateId, invalidTransition } from './work-errors';

const positive = (amount: string) => new Decimal(amount).greaterThan(0);

/** Settled orders only. */
function requireSettlement(
  order: RepairOrder,
): Result<RepairOrder, RepairOrderErrorOf<'settlement_required'>> {
  return order.settlement === null ? err(settlementRequired(order.id)) : ok(order);
}

/**
 * `settle` (结算, §3.5(2)): the statement must reconcile to the cent, price
 * exactly the final lines, and be in the currency of any money already
 * taken; differences from the approved estimate are itemised. Re-settling
 * is allowed until the exit pass is issued. Internal.
 */
export function settle(
  order: RepairOrder,
  command: RepairOrderCommandOf<'settle'>,
  context: TransitionContext,
): TransitionOutcome {
  const { statement } = command;
  return authorizeAny(command.actor, ['repair-order.settle'], context)
    .andThen((): Result<void, RepairOrderError> => {
      if (order.exitPass !== null) return err(invalidTransition(order.status, command.type));
      const other = order.payments.find((p) => p.amount.currency !== statement.currency);
      return other === undefined
        ? ok(undefined)
        : err(paymentCurrencyMismatch(statement.currency, other.amount.currency));
    })
    .andThen(() => reconcileStatement(statement))
    .andThen(() => checkStatementLines(order, statement))
    .andThen(() => compareWithEstimate(order, statement))
    .map(({ estimatedTotal, differences }) => {
      const settlement = {
        statement,
        settledAt: command.at,
        settledBy: command.actor.id,
        estimatedTotal,
        differences,
      };
      const state = changeOrder(order, command.at, { settlement });
      const event = repairOrderEvent('repair-order.settled', state, command.at, {
        statementId: statement.id,
        total: statement.total,
        estimatedTotal,
        differenceCount: differences.length,
      });
      return { state, events: [event] };
    });
}

/** Deposits are free before settlement; afterwards nobody pays more than is owed. */
function checkAmount(order: RepairOrder, payment: Omit<Payment, 'at' | 'recordedBy'>) {
  const { balance, paid } = computeBalance(order);
  const amount = new Decimal(payment.amount.amount);
  if (payment.kind === 'refund') {
    return amount.greaterThan(paid.amount)
      ? err(refundExceedsPaid(payment.amount, paid))
      : ok(undefined);
  }
  if (order.settlement === null) {
    return payment.kind === 'deposit' ? ok(undefined) : err(settlementRequired(order.id));
  }
  return amount.greaterThan(balance.amount)
    ? err(paymentExceedsBalance(payment.amount, balance))
    : ok(undefined);
}

/** `record-payment` (收款, §3.5(3)): deposit, payment or refund. Internal. */
export function recordPayment(
  order: RepairOrder,
  command: RepairOrderCommandOf<'record-payment'>,
  context: TransitionContext,
): TransitionOutcome {
  const { payment } = command;
  return authorizeAny(command.actor, ['payment.record'], context)
    .andThen((): Result<void, RepairOrderError> => {
      if (order.payments.some((p) => p.id === payment.id)) {
        return err(duplicateId('payment', payment.id));
      }
      const currency = orderCurrency(order);
      if (payment.amount.currency !== currency) {
        return err(paymentCurrencyMismatch(currency, payment.amount.currency));
      }
      return checkAmount(order, payment);
    })
    .map(() => {
      const recorded: Payment = { ...payment, at: command.at, recordedBy: command.actor.id };
      const state = changeOrder(order, command.at, { payments: [...order.payments, recorded] });
      const event = repairOrderEvent('repair-order.payment-recorded', state, command.at, {
        paymentId: payment.id,
        kind: payment.kind,
        method: payment.method,
        amount: payment.amount,
        balance: computeBalance(state).balance,
      });
      return { state, events: [event] };
    });
}

/** `approve-credit` (挂账, §3.5(3)): service manager only, for an outstanding balance. Internal. */
export function approveCredit(
  order: RepairOrder,
  command: RepairOrderCommandOf<'approve-credit'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['credit.approve'], context)
    .andThen(() => requireSettlement(order))
    .andThen((settled): TransitionOutcome => {
      const { balance, currency } = computeBalance(settled);
      if (!positive(balance.amount)) return err(creditNotNeeded(balance));
      if (command.amount.currency !== currency) {
        return err(paymentCurrencyMismatch(currency, command.amount.currency));
      }
      const credit = {
        amount: command.amount,
        approvedBy: command.actor.id,
        at: command.at,
        reason: command.reason,
      };
      const state = changeOrder(order, command.at, { credit });
      const event = repairOrderEvent('repair-order.credit-approved', state, command.at, {
        amount: command.amount,
      });
      return ok({ state, events: [event] });
    });
}

/**
 * `issue-exit-pass` (出门证, §3.5(3)): only at a zero balance, or when the
 * approved credit covers what is outstanding. Internal.
 */
export function issueExitPass(
  order: RepairOrder,
  command: RepairOrderCommandOf<'issue-exit-pass'>,
  context: TransitionContext,
): TransitionOutcome {
  return authorizeAny(command.actor, ['repair-order.deliver'], context)
    .andThen(() => requireSettlement(order))
    .andThen((settled): TransitionOutcome => {
      if (settled.exitPass !== null) return err(invalidTransition(order.status, command.type));
      const { balance, credit } = computeBalance(settled);
      const owed = new Decimal(balance.amount);
      const basis: ExitPass['basis'] | null = owed.isZero()
        ? 'paid'
        : owed.lessThanOrEqualTo(credit.amount)
          ? 'credit'
          : null;
      if (basis === null || owed.isNegative()) return err(balanceOutstanding(balance));
      const exitPass = {
        number: command.number,
        issuedAt: command.at,
        issuedBy: command.actor.id,
        basis,
      };
      const state = changeOrder(order, command.at, { exitPass });
      const event = repairOrderEvent('repair-order.exit-pass-issued', state, command.at, {
        number: command.number,
        basis,
      });
      return ok({ state, events: [event] });
    });
}
