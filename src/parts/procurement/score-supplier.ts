import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../../_lib/decimal';
import { type Money, multiplyMoney, sumMoney } from '../../shared/index';
import { formatQuantity, type Quantity } from '../quantity';
import { defaultProcurementConfig, type ProcurementConfig } from './config';
import { formatRatio } from './decimal-text';
import { type ProcurementError, procurementError } from './errors';
import type { EvaluationPeriod } from './evaluation-period';
import type { GoodsReceipt } from './goods-receipt-schema';
import type { PurchaseOrder } from './purchase-order-schema';
import type { SupplierEvaluation, SupplierGrade } from './supplier-schema';

/**
 * What a scorecard reads: the supplier, the period, its orders and goods
 * receipts (others are ignored), and reference unit prices by part id (a
 * market or list price the dealer trusts) for the price component.
 *
 * @example
 * ```ts
 * const input: ScorecardInput = { supplierId: 'sup_faw', period, orders, receipts, referencePrices: { part_filter: { amount: '40.00', currency: 'CNY' } } };
 * ```
 * @category parts
 * @see §6.1.2
 */
export interface ScorecardInput {
  readonly supplierId: string;
  readonly period: EvaluationPeriod;
  readonly orders: readonly PurchaseOrder[];
  readonly receipts: readonly GoodsReceipt[];
  readonly referencePrices: Readonly<Record<string, Money>>;
}

/**
 * A supplier scorecard (供应商评分卡): the components and the figures behind
 * them, the weighted score and the grade, as {@link SupplierEvaluation} holds them.
 *
 * @example
 * ```ts
 * const { score, grade }: Scorecard = scoreSupplier(input)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.2
 */
export type Scorecard = Pick<
  SupplierEvaluation,
  'quality' | 'delivery' | 'price' | 'score' | 'grade'
>;

const DISPATCHED: ReadonlySet<PurchaseOrder['status']> = new Set([
  'sent',
  'partially-received',
  'received',
  'closed',
]);

function inPeriod(date: string, period: EvaluationPeriod): boolean {
  return date >= period.start && date <= period.end;
}

function qualityOf(input: ScorecardInput): Scorecard['quality'] {
  let accepted = new Decimal(0);
  let received = new Decimal(0);
  for (const receipt of input.receipts) {
    if (receipt.supplierId !== input.supplierId || !inPeriod(receipt.receivedOn, input.period))
      continue;
    for (const line of receipt.lines) {
      accepted = accepted.plus(line.accepted);
      received = received.plus(line.accepted).plus(line.rejected);
    }
  }
  return {
    score: received.isZero() ? null : formatRatio(accepted.dividedBy(received)),
    accepted: formatQuantity(accepted),
    received: formatQuantity(received) as Quantity,
  };
}

function deliveryOf(
  orders: readonly PurchaseOrder[],
  period: EvaluationPeriod,
): Scorecard['delivery'] {
  let onTimeLines = 0;
  let promisedLines = 0;
  for (const order of orders) {
    for (const line of order.lines) {
      if (!inPeriod(line.promisedDate, period)) continue;
      promisedLines += 1;
      if (line.completedOn !== null && line.completedOn <= line.promisedDate) onTimeLines += 1;
    }
  }
  return {
    score:
      promisedLines === 0 ? null : formatRatio(new Decimal(onTimeLines).dividedBy(promisedLines)),
    onTimeLines,
    promisedLines,
  };
}

function priceOf(
  orders: readonly PurchaseOrder[],
  input: ScorecardInput,
  currency: ProcurementConfig['currency'],
): Result<Scorecard['price'], ProcurementError> {
  const reference: Money[] = [];
  const paid: Money[] = [];
  for (const order of orders) {
    if (!inPeriod(order.orderDate, input.period)) continue;
    for (const line of order.lines) {
      const price = Object.hasOwn(input.referencePrices, line.partId)
        ? input.referencePrices[line.partId]
        : undefined;
      if (
        price === undefined ||
        price.currency !== currency ||
        line.unitPrice.currency !== currency
      )
        continue;
      const ref = multiplyMoney(price, line.quantity);
      const cost = multiplyMoney(line.unitPrice, line.quantity);
      if (ref.isErr()) return err(ref.error);
      if (cost.isErr()) return err(cost.error);
      reference.push(ref.value);
      paid.push(cost.value);
    }
  }
  return sumMoney(reference, currency).andThen((referenceValue) =>
    sumMoney(paid, currency).map((paidValue) => {
      const paidAmount = new Decimal(paidValue.amount);
      // Paying at or below the reference earns the full mark; above it, proportionally less.
      const score = paidAmount.isZero()
        ? null
        : formatRatio(Decimal.min(1, new Decimal(referenceValue.amount).dividedBy(paidAmount)));
      return { score, referenceValue, paidValue, pricedLines: paid.length };
    }),
  );
}

function gradeOf(score: Decimal, config: ProcurementConfig): SupplierGrade {
  const { a, b, c } = config.scorecard.grades;
  if (score.gte(a)) return 'A';
  if (score.gte(b)) return 'B';
  return score.gte(c) ? 'C' : 'D';
}

/**
 * Scores a supplier over a period (供应商评估): quality = accepted ÷
 * received quantity of its goods receipts in the period; delivery = share
 * of its order lines promised in the period that arrived in full by the
 * promised date; price = reference value ÷ paid value of the lines it was
 * ordered in the period (at most 1). The score is the weighted mean of the
 * components with data (weights of components without data are shared out),
 * rounded half-up to four decimals; the grade is A/B/C/D by the thresholds.
 * Only orders sent to the supplier count. All ratios are decimal strings.
 * Score complete periods (`previousEvaluationPeriod`): a line promised in
 * the period and not yet delivered in full counts as late.
 *
 * Errors: `supplier_evaluation_empty` (no component has data),
 * `money_out_of_range`, `money_invalid_factor`, `currency_mismatch`.
 *
 * @example
 * ```ts
 * scoreSupplier({ supplierId: 'sup_faw', period, orders, receipts, referencePrices })._unsafeUnwrap();
 * // { quality: { score: '0.95', … }, delivery: { score: '0.8', … }, price: { score: '1', … }, score: '0.92', grade: 'A' }
 * ```
 * @category parts
 * @see §6.1.2
 */
export function scoreSupplier(
  input: ScorecardInput,
  config: ProcurementConfig = defaultProcurementConfig,
): Result<Scorecard, ProcurementError> {
  const orders = input.orders.filter(
    (order) => order.supplierId === input.supplierId && DISPATCHED.has(order.status),
  );
  const quality = qualityOf(input);
  const delivery = deliveryOf(orders, input.period);
  return priceOf(orders, input, config.currency).andThen((price) => {
    const weights = config.scorecard.weights;
    const parts = [
      [quality.score, weights.quality],
      [delivery.score, weights.delivery],
      [price.score, weights.price],
    ] as const;
    let weighted = new Decimal(0);
    let weight = new Decimal(0);
    for (const [score, w] of parts) {
      if (score === null) continue;
      weighted = weighted.plus(new Decimal(score).times(w));
      weight = weight.plus(w);
    }
    if (weight.isZero()) {
      return err(
        procurementError('supplier_evaluation_empty', {
          supplierId: input.supplierId,
          periodStart: input.period.start,
          periodEnd: input.period.end,
        }),
      );
    }
    const score = formatRatio(weighted.dividedBy(weight));
    return ok({ quality, delivery, price, score, grade: gradeOf(new Decimal(score), config) });
  });
}
