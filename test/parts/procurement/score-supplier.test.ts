import { describe, expect, it } from 'vitest';
import {
  createPurchaseOrder,
  defaultProcurementConfig,
  evaluateSupplier,
  parseProcurementConfig,
  SupplierEvaluationSchema,
  scoreSupplier,
} from '../../../src/parts/procurement/index';
import type { CalendarDate } from '../../../src/shared/index';
import {
  AT,
  catalogue,
  clerk,
  cny,
  contract,
  dayAt,
  filter,
  oil,
  receive,
  sentOrder,
  supervisor,
  supplier,
} from './fixtures';

const period = { start: '2026-01-01' as CalendarDate, end: '2026-03-31' as CalendarDate };

/** 20 filters (18 accepted, 2 rejected) on time; 8 litres of oil 2 days late. */
function history() {
  const first = receive(
    sentOrder(),
    'gr_1',
    [{ lineNo: 1, accepted: '18', rejected: '2', rejectionReason: '包装破损' }],
    dayAt(2),
  );
  const second = receive(
    first.order,
    'gr_2',
    [{ lineNo: 2, accepted: '8', rejected: '0' }],
    dayAt(6),
  );
  return { orders: [second.order], receipts: [first.receipt, second.receipt] };
}

describe('supplier scorecard', () => {
  it('§6.1.2 quality = accepted ÷ received, delivery = on-time line rate, price vs reference', () => {
    const { orders, receipts } = history();
    const card = scoreSupplier({
      supplierId: 'sup_faw',
      period,
      orders,
      receipts,
      referencePrices: { [filter.id]: cny('40.00'), [oil.id]: cny('42.00') },
    })._unsafeUnwrap();
    expect(card.quality).toEqual({ score: '0.9286', accepted: '26', received: '28' });
    expect(card.delivery).toEqual({ score: '0.5', onTimeLines: 1, promisedLines: 2 });
    // Paid 20 × 36 + 8 × 42 = 1056 against a reference of 20 × 40 + 8 × 42 = 1136: capped at 1.
    expect(card.price).toMatchObject({ score: '1', pricedLines: 2, paidValue: cny('1056.00') });
    // 0.4 × 0.9286 + 0.3 × 0.5 + 0.3 × 1 = 0.82144
    expect(card.score).toBe('0.8214');
    expect(card.grade).toBe('B');
  });

  it('§6.1.2 paying above the reference lowers the price score; weights are configurable', () => {
    const { orders, receipts } = history();
    const referencePrices = { [filter.id]: cny('30.00') };
    const card = scoreSupplier({
      supplierId: 'sup_faw',
      period,
      orders,
      receipts,
      referencePrices,
    })._unsafeUnwrap();
    expect(card.price.score).toBe('0.8333'); // 600 / 720
    const quality = parseProcurementConfig({
      scorecard: { weights: { quality: '1', delivery: '0', price: '0' } },
    })._unsafeUnwrap();
    const byQuality = scoreSupplier(
      { supplierId: 'sup_faw', period, orders, receipts, referencePrices },
      quality,
    );
    expect(byQuality._unsafeUnwrap()).toMatchObject({ score: '0.9286', grade: 'A' });
  });

  it('§6.1.2 components without data share out their weight; no data at all is an error', () => {
    const { orders, receipts } = history();
    const noPrices = scoreSupplier({
      supplierId: 'sup_faw',
      period,
      orders,
      receipts,
      referencePrices: {},
    });
    // (0.4 × 0.9286 + 0.3 × 0.5) / 0.7
    expect(noPrices._unsafeUnwrap()).toMatchObject({ score: '0.7449', grade: 'C' });
    const empty = scoreSupplier({
      supplierId: 'sup_other',
      period,
      orders,
      receipts,
      referencePrices: {},
    });
    expect(empty._unsafeUnwrapErr()).toMatchObject({
      code: 'supplier_evaluation_empty',
      clause: '§6.1.2',
    });
  });

  it('§6.1.2 grades follow the thresholds: below C is D', () => {
    const { orders, receipts } = history();
    const strict = parseProcurementConfig({
      scorecard: { grades: { a: '0.99', b: '0.95', c: '0.9' } },
    })._unsafeUnwrap();
    const card = scoreSupplier(
      { supplierId: 'sup_faw', period, orders, receipts, referencePrices: {} },
      strict,
    )._unsafeUnwrap();
    expect(card.grade).toBe('D');
    expect(defaultProcurementConfig.scorecard.grades.c).toBe('0.6');
  });

  it('§6.1.2 evaluating records the evaluation and grades the supplier; grade D blocks new orders', () => {
    const { orders, receipts } = history();
    const strict = parseProcurementConfig({
      scorecard: { grades: { a: '0.99', b: '0.95', c: '0.9' } },
    })._unsafeUnwrap();
    const change = evaluateSupplier(
      supplier(),
      { id: 'se_2026q1_faw', period, orders, receipts, referencePrices: {} },
      { at: dayAt(30), actor: supervisor, config: strict },
    )._unsafeUnwrap();
    expect(SupplierEvaluationSchema.safeParse(change.evaluation).success).toBe(true);
    expect(change.supplier.grade).toBe('D');
    expect(change.supplier.lastEvaluation).toMatchObject({
      periodEnd: '2026-03-31',
      score: '0.7449',
    });
    expect(change.events[0]).toMatchObject({
      type: 'parts.supplier-evaluated',
      payload: { grade: 'D', score: '0.7449' },
    });
    const refused = createPurchaseOrder(
      {
        id: 'po_9',
        supplierId: 'sup_faw',
        locationId: 'wh-main',
        lines: [
          { partId: filter.id, quantity: '1', unitPrice: cny('36.00'), promisedDate: '2026-04-10' },
        ],
      },
      { supplier: change.supplier, contract: contract(), catalogue },
      { at: dayAt(31), actor: clerk },
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 'supplier_disqualified',
      clause: '§6.1.2',
    });
    expect(
      evaluateSupplier(
        supplier(),
        { id: 'se_x', period, orders, receipts, referencePrices: {} },
        { at: AT, actor: clerk },
      )._unsafeUnwrapErr().code,
    ).toBe('forbidden');
  });
});
