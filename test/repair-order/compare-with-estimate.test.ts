import { describe, expect, it } from 'vitest';
import {
  checkStatementLines,
  compareWithEstimate,
} from '../../src/repair-order/compare-with-estimate';
import { finalLines } from '../../src/repair-order/final-lines';
import type { RepairOrder } from '../../src/repair-order/schema';
import { cny, quoteOf, ready } from './fixtures';

/** The order with its approved estimate replaced. */
function withEstimate(order: RepairOrder, estimate: ReturnType<typeof quoteOf>): RepairOrder {
  const planApproval = order.planApproval;
  if (planApproval === null) throw new Error('fixture');
  return { ...order, planApproval: { ...planApproval, estimate } };
}

describe('differences from the approved estimate', () => {
  it('§3.5(2) no difference when the work matches the approved estimate', () => {
    const order = ready();
    const statement = quoteOf(finalLines(order), 'q_final');
    expect(compareWithEstimate(order, statement)._unsafeUnwrap()).toEqual({
      estimatedTotal: cny('620.00'),
      differences: [],
    });
  });

  it('§3.5(2) itemises lines added, removed and changed, and they add up to the statement', () => {
    const estimate = quoteOf([
      { kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' },
      { kind: 'part', partNumber: 'P-PAD-F', quantity: '2' },
      { kind: 'fee', feeCode: 'F-DISPOSAL', quantity: '1' },
    ]);
    const order = withEstimate(ready(), estimate);
    const statement = quoteOf(
      [...finalLines(order), { kind: 'labour', opCode: 'OP-OIL', quantity: '1' }],
      'q_final',
    );
    const { estimatedTotal, differences } = compareWithEstimate(order, statement)._unsafeUnwrap();
    expect(estimatedTotal).toEqual(cny('1010.00'));
    expect(differences).toEqual([
      {
        kind: 'fee',
        code: 'F-DISPOSAL',
        change: 'removed',
        estimated: cny('10.00'),
        final: null,
        difference: cny('-10.00'),
      },
      {
        kind: 'labour',
        code: 'OP-OIL',
        change: 'added',
        estimated: null,
        final: cny('90.00'),
        difference: cny('90.00'),
      },
      {
        kind: 'part',
        code: 'P-PAD-F',
        change: 'changed',
        estimated: cny('760.00'),
        final: cny('380.00'),
        difference: cny('-380.00'),
      },
    ]);
    const sum = differences.reduce(
      (total, d) => total + Number(d.difference.amount) * 100,
      Number(estimatedTotal.amount) * 100,
    );
    expect(sum).toBe(Number(statement.total.amount) * 100);
  });

  it('§3.5(2) the statement must price exactly the final quantities', () => {
    const order = ready();
    const statement = quoteOf([
      { kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' },
      { kind: 'part', partNumber: 'P-PAD-F', quantity: '2' },
    ]);
    expect(checkStatementLines(order, statement)._unsafeUnwrapErr().data).toEqual({
      missing: ['part:P-PAD-F×1'],
      unexpected: ['part:P-PAD-F×2'],
    });
  });
});
