import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPurchaseOrder,
  deriveReceivingStatus,
  matchThreeWay,
  type PurchaseOrder,
  parseProcurementConfig,
  recordGoodsReceipt,
  scoreSupplier,
  transitionPurchaseOrder,
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
  pads,
  supervisor,
  supplier,
} from './fixtures';
import { invoiceFor } from './invoice';

function sent(quantities: readonly number[]): PurchaseOrder {
  const lines = quantities.map((quantity, i) => ({
    partId: i % 2 === 0 ? filter.id : pads.id,
    quantity: String(quantity),
    unitPrice: cny(i % 2 === 0 ? '36.00' : '250.00'),
    promisedDate: '2026-03-05',
  }));
  const options = { supplier: supplier() };
  const draft = createPurchaseOrder(
    { id: 'po_p', supplierId: 'sup_faw', locationId: 'wh-main', lines },
    { supplier: supplier(), contract: contract(), catalogue },
    { at: AT, actor: clerk },
  )._unsafeUnwrap().order;
  const approved = transitionPurchaseOrder(
    draft,
    { type: 'approve', at: AT, actor: supervisor },
    options,
  )._unsafeUnwrap().order;
  return transitionPurchaseOrder(
    approved,
    { type: 'send', at: AT, actor: clerk },
    options,
  )._unsafeUnwrap().order;
}

const attemptArb = fc.record({
  line: fc.nat(4),
  accepted: fc.nat(30),
  rejected: fc.nat(5),
});

const scenarioArb = fc.record({
  quantities: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
  tolerance: fc.constantFrom('0', '5', '10', '50'),
  attempts: fc.array(attemptArb, { maxLength: 12 }),
});

function delivered(line: PurchaseOrder['lines'][number]): Decimal {
  return new Decimal(line.accepted).plus(line.rejected);
}

/** The invariants of an order after any accepted receipt. */
function expectConsistent(order: PurchaseOrder, tolerance: string): void {
  for (const line of order.lines) {
    const cap = new Decimal(line.quantity).times(new Decimal(tolerance).dividedBy(100).plus(1));
    expect(delivered(line).lte(cap)).toBe(true);
    expect((line.completedOn !== null) === delivered(line).gte(line.quantity)).toBe(true);
  }
  const anything = order.lines.some((line) => delivered(line).gt(0));
  const everything = order.lines.every((line) => delivered(line).gte(line.quantity));
  expect(order.status).toBe(everything ? 'received' : anything ? 'partially-received' : 'sent');
  expect(order.status).toBe(deriveReceivingStatus(order.lines));
}

describe('procurement properties', () => {
  it('§6.1.5 accepted + rejected never exceeds ordered beyond the over-receipt tolerance; §6.1.4 status always matches the quantities', () => {
    fc.assert(
      fc.property(scenarioArb, ({ quantities, tolerance, attempts }) => {
        const config = parseProcurementConfig({
          overReceiptTolerancePercent: tolerance,
        })._unsafeUnwrap();
        let order = sent(quantities);
        for (const [index, attempt] of attempts.entries()) {
          if (attempt.accepted + attempt.rejected === 0) continue;
          const result = recordGoodsReceipt(
            order,
            {
              id: `gr_${index}`,
              purchaseOrderId: order.id,
              lines: [
                {
                  lineNo: (attempt.line % quantities.length) + 1,
                  accepted: String(attempt.accepted),
                  rejected: String(attempt.rejected),
                  rejectionReason: '破损',
                },
              ],
            },
            { at: dayAt(index), actor: clerk, config },
          );
          if (result.isErr()) {
            expect(['over_receipt', 'invalid_transition']).toContain(result.error.code);
            continue;
          }
          order = result.value.order;
          expectConsistent(order, tolerance);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('§6.1.5 the three-way match is symmetric in the order of invoice lines and receipts', () => {
    const invoiceLineArb = fc.record({
      lineNo: fc.integer({ min: 1, max: 4 }),
      quantity: fc.integer({ min: 1, max: 25 }),
      cents: fc.integer({ min: -200, max: 200 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(invoiceLineArb, {
          selector: (line) => line.lineNo,
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(),
        (invoiceLines, seed) => {
          const first = recordGoodsReceipt(
            sent([20, 3, 10]),
            {
              id: 'gr_a',
              purchaseOrderId: 'po_p',
              lines: [{ lineNo: 1, accepted: '12', rejected: '0' }],
            },
            { at: dayAt(1), actor: clerk },
          )._unsafeUnwrap();
          const second = recordGoodsReceipt(
            first.order,
            {
              id: 'gr_b',
              purchaseOrderId: 'po_p',
              lines: [
                { lineNo: 1, accepted: '6', rejected: '2', rejectionReason: '破损' },
                { lineNo: 2, accepted: '3', rejected: '0' },
              ],
            },
            { at: dayAt(2), actor: clerk },
          )._unsafeUnwrap();
          const order = second.order;
          const price = (line: { lineNo: number; cents: number }) =>
            new Decimal(line.lineNo % 2 === 1 ? '36.00' : '250.00')
              .plus(new Decimal(line.cents).dividedBy(100))
              .toFixed(2);
          const lines = invoiceLines.map((line) => ({
            lineNo: line.lineNo,
            quantity: String(line.quantity),
            price: price(line),
          }));
          const rotated = [
            ...lines.slice(seed % lines.length),
            ...lines.slice(0, seed % lines.length),
          ].reverse();
          const a = matchThreeWay({
            order,
            receipts: [first.receipt, second.receipt],
            invoice: invoiceFor(order, lines),
          });
          const b = matchThreeWay({
            order,
            receipts: [second.receipt, first.receipt],
            invoice: invoiceFor(order, rotated),
          });
          expect(b).toEqual(a);
          expect(a.passed).toBe(a.mismatches.length === 0);
          const sorted = a.mismatches.map((m) => m.lineNo);
          expect(sorted).toEqual([...sorted].sort((x, y) => x - y));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('§6.1.2 every scorecard ratio lies in [0, 1] and the score between its components', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ accepted: fc.nat(20), rejected: fc.nat(20) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.integer({ min: 1, max: 9999 }),
        (receipts, reference) => {
          let order = sent(receipts.map((r) => Math.max(1, r.accepted + r.rejected)));
          const stored = [];
          for (const [index, r] of receipts.entries()) {
            if (r.accepted + r.rejected === 0) continue;
            const change = recordGoodsReceipt(
              order,
              {
                id: `gr_${index}`,
                purchaseOrderId: order.id,
                lines: [
                  {
                    lineNo: index + 1,
                    accepted: String(r.accepted),
                    rejected: String(r.rejected),
                    rejectionReason: 'x',
                  },
                ],
              },
              { at: dayAt(index * 2), actor: clerk },
            )._unsafeUnwrap();
            order = change.order;
            stored.push(change.receipt);
          }
          const card = scoreSupplier({
            supplierId: 'sup_faw',
            period: { start: '2026-01-01' as CalendarDate, end: '2026-03-31' as CalendarDate },
            orders: [order],
            receipts: stored,
            referencePrices: { [filter.id]: cny(new Decimal(reference).dividedBy(100).toFixed(2)) },
          })._unsafeUnwrap();
          const components = [card.quality.score, card.delivery.score, card.price.score].flatMap(
            (s) => (s === null ? [] : [new Decimal(s)]),
          );
          for (const value of components) expect(value.gte(0) && value.lte(1)).toBe(true);
          const score = new Decimal(card.score);
          expect(score.gte(Decimal.min(...components).minus('0.0001'))).toBe(true);
          expect(score.lte(Decimal.max(...components).plus('0.0001'))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
