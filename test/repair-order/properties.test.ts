import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInspectionReport } from '../../src/repair-order/check-inspection-report';
import { checkPerformedWork } from '../../src/repair-order/check-performed-work';
import { checkStatementLines } from '../../src/repair-order/compare-with-estimate';
import { computeBalance } from '../../src/repair-order/compute-balance';
import { repairOrderMessages } from '../../src/repair-order/messages';
import { reconcileStatement } from '../../src/repair-order/reconcile-statement';
import type { RepairOrder } from '../../src/repair-order/schema';
import { compareMoney, isZeroMoney, type Money } from '../../src/shared/index';
import { opened, reportFor, run } from './fixtures';
import { ACTIONS, type Action, commandFor } from './model';

const KNOWN_CODES = new Set([
  ...Object.keys(repairOrderMessages),
  'forbidden',
  'validation_failed',
]);

/** REG-4: added work is never clocked or completed before the customer approved it. */
function checkConsentBeforeWork(order: RepairOrder): void {
  for (const job of order.jobs) {
    if (job.supplementaryId === null) continue;
    const supplementary = order.supplementaries.find((s) => s.id === job.supplementaryId);
    const decision = supplementary?.decision ?? null;
    if (job.clockings.length > 0 || job.completion !== null) {
      expect(decision).not.toBeNull();
      expect(job.lines.some((line) => line.approval === 'approved')).toBe(true);
      for (const clocking of job.clockings)
        expect(clocking.onAt >= (decision?.at ?? '')).toBe(true);
    }
  }
}

/** What must hold whenever the car has left the workshop. */
function checkDeliveredOrder(order: RepairOrder, balanceAtDelivery: Money): void {
  expect(order.planApproval).not.toBeNull();
  expect(order.supplementaries.every((s) => s.decision !== null)).toBe(true);
  for (const job of order.jobs) {
    if (job.status === 'declined') continue;
    expect(job.status).toBe('done');
    const completion = job.completion;
    if (completion === null) throw new Error('done job without completion');
    expect(checkPerformedWork(job, completion.work).isOk()).toBe(true);
  }
  expect(order.inspection).not.toBeNull();
  expect(checkInspectionReport(order, reportFor(order)).isOk()).toBe(true);
  const settlement = order.settlement;
  if (settlement === null) throw new Error('delivered without settlement');
  expect(reconcileStatement(settlement.statement).isOk()).toBe(true);
  expect(order.exitPass).not.toBeNull();
  const credit = computeBalance(order).credit;
  const covered = compareMoney(balanceAtDelivery, credit)._unsafeUnwrap() <= 0;
  expect(isZeroMoney(balanceAtDelivery) || covered).toBe(true);
  expect(order.custody?.returnedAt).not.toBeNull();
}

// The happy path's next step is drawn about half the time, noise the rest.
const actionArbitrary: fc.Arbitrary<Action> = fc.record({
  kind: fc.oneof(
    { arbitrary: fc.constant('next' as const), weight: ACTIONS.length },
    { arbitrary: fc.constantFrom(...ACTIONS), weight: ACTIONS.length },
  ),
  n: fc.nat({ max: 1000 }),
});

const counters = { deliveries: 0, settlements: 0 };

/** Applies one action and checks every invariant; returns the order to continue with. */
function applyAndCheck(order: RepairOrder, action: Action, step: number): RepairOrder {
  const command = commandFor(order, action, step);
  const before = structuredClone(order);
  const result = run(order, command);
  // Bad commands return typed errors and leave the order unchanged.
  expect(order).toEqual(before);
  if (result.isErr()) {
    expect(KNOWN_CODES.has(result.error.code)).toBe(true);
    return order;
  }
  const { state, events } = result.value;
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(event.aggregateId).toBe(order.id);
    expect(event.at).toBe(command.at);
    expect(event.payload.status).toBe(state.status);
  }
  if (state.settlement !== null && state.settlement !== order.settlement) {
    counters.settlements += 1;
    expect(reconcileStatement(state.settlement.statement).isOk()).toBe(true);
    expect(checkStatementLines(state, state.settlement.statement).isOk()).toBe(true);
  }
  if (state.status === 'delivered' && order.status !== 'delivered') {
    counters.deliveries += 1;
    checkDeliveredOrder(state, computeBalance(order).balance);
  }
  checkConsentBeforeWork(state);
  return state;
}

describe('repair-order model-based properties', () => {
  it('§4.3(1)–(6) REG-4 §3.4(5) §3.5(3) random command sequences never deliver without approval, inspection and payment; every settlement reconciles (§3.5(2))', () => {
    fc.assert(
      fc.property(
        fc.array(actionArbitrary, { minLength: 30, maxLength: 90, size: 'max' }),
        (actions) => {
          actions.reduce(
            (order, action, index) => applyAndCheck(order, action, index + 1),
            opened(),
          );
        },
      ),
      { numRuns: 60 },
    );
    // The model must actually reach the end of the lifecycle, or the property proves little.
    expect(counters.deliveries).toBeGreaterThan(5);
    expect(counters.settlements).toBeGreaterThan(5);
  }, 60_000);
});
