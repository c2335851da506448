import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGING_BUCKETS,
  ageReceivables,
  applyPayment,
  createSalesOrder,
  type Receivable,
  shipSalesOrder,
  transitionSalesOrder,
  updateCustomerClass,
} from '../../../src/parts/sales/index';
import { addCalendarDays, type CalendarDate } from '../../../src/shared/index';
import { post, receipt } from '../fixtures';
import {
  AT,
  clerk,
  cny,
  context,
  customer,
  filter,
  fleet,
  receivable,
  supervisor,
} from './fixtures';

// An independent oracle: decimal.js itself, with enough precision for every product here.
const Decimal = DecimalJs.clone({ precision: 40 });

const cents = fc
  .integer({ min: 1, max: 10_000_000 })
  .map((n) => new Decimal(n).dividedBy(100).toFixed(2));
const rate = fc
  .integer({ min: 0, max: 9999 })
  .map((n) => new Decimal(n).dividedBy(10_000).toFixed());
const line = fc.record({ price: cents, quantity: fc.integer({ min: 1, max: 60 }) });

const sum = (amounts: readonly string[]) =>
  amounts.reduce((total, amount) => total.plus(amount), new Decimal(0)).toFixed(2);

describe('parts sales properties', () => {
  it('§6.3.3 order totals reconcile to the cent: each line is list × (1 − rate) × quantity rounded half-up, the total their sum', () => {
    fc.assert(
      fc.property(rate, fc.array(line, { minLength: 1, maxLength: 12 }), (discount, lines) => {
        const customerClass = updateCustomerClass(
          fleet,
          { priceLevel: { kind: 'discount', rate: discount } },
          { at: AT, actor: supervisor },
        )._unsafeUnwrap().value;
        const { order } = createSalesOrder(
          {
            id: 'so_p',
            customerId: 'pcu_1',
            lines: lines.map(({ price, quantity }) => ({
              partId: filter.id,
              locationId: 'wh-main',
              unit: 'piece',
              quantity: String(quantity),
              listUnitPrice: cny(price),
              promisedDate: '2026-12-01',
            })),
          },
          { customer, customerClass },
          { at: AT, actor: clerk },
        )._unsafeUnwrap();
        const expected = lines.map(({ price, quantity }) =>
          new Decimal(price)
            .times(new Decimal(1).minus(discount))
            .times(quantity)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
            .toFixed(2),
        );
        expect(order.lines.map((l) => l.amount.amount)).toEqual(expected);
        expect(order.total.amount).toBe(sum(expected));
      }),
      { numRuns: 200 },
    );
  });

  it('§6.3.4 however a line is split into shipments, the shipments add up to the order total exactly', () => {
    const ledger = post([receipt({ quantity: '500' })]);
    fc.assert(
      fc.property(
        cents,
        rate,
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }),
        (price, discount, parts) => {
          const customerClass = updateCustomerClass(
            fleet,
            {
              priceLevel: { kind: 'discount', rate: discount },
              creditLimit: cny('99999999999.00'),
            },
            { at: AT, actor: supervisor },
          )._unsafeUnwrap().value;
          const quantity = parts.reduce((a, b) => a + b, 0);
          const { order } = createSalesOrder(
            {
              id: 'so_p',
              customerId: 'pcu_1',
              lines: [
                {
                  partId: filter.id,
                  locationId: 'wh-main',
                  unit: 'piece',
                  quantity: String(quantity),
                  listUnitPrice: cny(price),
                  promisedDate: '2026-12-01',
                },
              ],
            },
            { customer, customerClass },
            { at: AT, actor: clerk },
          )._unsafeUnwrap();
          const ctx = context({
            ledger,
            review: { customer, customerClass, openReceivables: cny('0') },
          });
          let current = transitionSalesOrder(
            order,
            { type: 'submit', at: AT, actor: clerk },
            ctx,
          )._unsafeUnwrap();
          current = transitionSalesOrder(
            current.order,
            { type: 'confirm', at: AT, actor: clerk },
            ctx,
          )._unsafeUnwrap();
          let state = { order: current.order, ledger: current.ledger };
          const amounts: string[] = [];
          for (const [index, part] of parts.entries()) {
            const shipped = shipSalesOrder(
              state.order,
              {
                shipmentId: `shp_${index}`,
                receivableId: `ar_${index}`,
                lines: [{ lineNo: 1, quantity: String(part) }],
                at: AT,
                actor: clerk,
              },
              context({ ledger: state.ledger }),
            )._unsafeUnwrap();
            expect(new Decimal(shipped.shipment.amount.amount).gte(0)).toBe(true);
            amounts.push(shipped.receivable.amount.amount);
            state = { order: shipped.order, ledger: shipped.ledger };
          }
          expect(state.order.status).toBe('shipped');
          expect(sum(amounts)).toBe(order.total.amount);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('§6.3.5 aging buckets partition the outstanding amount exactly', () => {
    const item = fc.record({
      dueOffset: fc.integer({ min: -200, max: 400 }),
      outstanding: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const receivables = items.map(({ dueOffset, outstanding }, index) => {
          const amount = new Decimal(outstanding).dividedBy(100).toFixed(2);
          return receivable({
            id: `ar_${index}` as Receivable['id'],
            dueDate: addCalendarDays('2026-11-27' as CalendarDate, -dueOffset),
            outstanding: cny(amount),
            status: outstanding === 0 ? 'settled' : 'open',
          });
        });
        const report = ageReceivables(receivables, AT)._unsafeUnwrap();
        const total = sum(receivables.map((r) => r.outstanding.amount));
        expect(report.total.amount).toBe(total);
        expect(sum(AGING_BUCKETS.map((b) => report.buckets[b].amount))).toBe(total);
        expect(new Decimal(report.notYetDue.amount).lte(report.buckets['0-30'].amount)).toBe(true);
        expect(sum([report.overdue.amount, report.notYetDue.amount])).toBe(total);
      }),
      { numRuns: 300 },
    );
  });

  it('§6.3.5 outstanding is never negative and paid + outstanding is always the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 600_000 }), { maxLength: 15 }),
        (total, payments) => {
          let current = receivable({
            amount: cny(new Decimal(total).dividedBy(100).toFixed(2)),
            outstanding: cny(new Decimal(total).dividedBy(100).toFixed(2)),
          });
          for (const [index, payment] of payments.entries()) {
            const amount = new Decimal(payment).dividedBy(100).toFixed(2);
            const result = applyPayment(
              current,
              { paymentId: `pay_${index}`, amount: cny(amount), method: 'cash' },
              { at: AT, actor: clerk },
            );
            if (result.isOk()) current = result.value.receivable;
            else expect(result.error.code).toBe('payment_exceeds_outstanding');
            expect(new Decimal(current.outstanding.amount).gte(0)).toBe(true);
            expect(sum([current.paid.amount, current.outstanding.amount])).toBe(
              current.amount.amount,
            );
            expect(current.status === 'settled').toBe(
              new Decimal(current.outstanding.amount).isZero(),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
