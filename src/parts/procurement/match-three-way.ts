import { Decimal } from '../../_lib/decimal';
import {
  compareMoney,
  isNegativeMoney,
  type Money,
  negateMoney,
  percentageOf,
  subtractMoney,
} from '../../shared/index';
import { formatQuantity, toQuantityDecimal } from '../quantity';
import { defaultProcurementConfig, type ProcurementConfig } from './config';
import type { MatchMismatch } from './errors';
import type { GoodsReceipt } from './goods-receipt-schema';
import type { PurchaseOrder } from './purchase-order-schema';
import type { SupplierInvoice } from './supplier-invoice-schema';

/**
 * The documents of a three-way match (三单匹配): the order, its goods
 * receipts, the invoice to pay, and the order's other invoices (those with
 * payment approved count as already billed).
 *
 * @example
 * ```ts
 * const documents: MatchDocuments = { order, receipts, invoice, otherInvoices: [] };
 * ```
 * @category parts
 * @see §6.1.5
 */
export interface MatchDocuments {
  readonly order: PurchaseOrder;
  readonly receipts: readonly GoodsReceipt[];
  readonly invoice: SupplierInvoice;
  readonly otherInvoices?: readonly SupplierInvoice[];
}

/**
 * The outcome of a three-way match: `passed` when no invoiced line is
 * mismatched; `mismatches` in line order.
 *
 * @example
 * ```ts
 * const { passed, mismatches }: ThreeWayMatch = matchThreeWay(documents);
 * ```
 * @category parts
 * @see §6.1.5
 */
export interface ThreeWayMatch {
  readonly passed: boolean;
  readonly mismatches: readonly MatchMismatch[];
}

function sumByLine(
  entries: readonly { readonly lineNo: number; readonly quantity: string }[],
): Map<number, Decimal> {
  const totals = new Map<number, Decimal>();
  for (const entry of entries) {
    totals.set(entry.lineNo, (totals.get(entry.lineNo) ?? new Decimal(0)).plus(entry.quantity));
  }
  return totals;
}

function withinPercent(actual: Decimal, expected: Decimal, tolerancePercent: string): boolean {
  return actual.minus(expected).abs().lte(expected.abs().times(tolerancePercent).dividedBy(100));
}

function priceWithin(invoiced: Money, ordered: Money, tolerancePercent: string): boolean {
  const difference = subtractMoney(invoiced, ordered);
  const allowance = percentageOf(ordered, tolerancePercent);
  if (difference.isErr() || allowance.isErr()) return false;
  const gap = isNegativeMoney(difference.value) ? negateMoney(difference.value) : difference.value;
  return compareMoney(gap, allowance.value).unwrapOr(1) <= 0;
}

/**
 * Matches an invoice against its order and goods receipts, line by line
 * (三单匹配): each invoiced line must be on the order; its quantity must equal
 * the quantity accepted on the order's receipts less what approved invoices
 * already billed, within `match.quantityTolerancePercent`; its unit price
 * must equal the ordered one within `match.priceTolerancePercent`. Receipts
 * of other orders are ignored. The result depends only on the documents'
 * content, not on the order of their lines or of the receipts.
 *
 * @example
 * ```ts
 * const result = matchThreeWay({ order, receipts: [receipt], invoice });
 * result.passed; // false
 * result.mismatches; // [{ lineNo: 1, reason: 'quantity', ordered: '20', accepted: '18', invoiced: '20', … }]
 * ```
 * @category parts
 * @see §6.1.5
 */
export function matchThreeWay(
  documents: MatchDocuments,
  config: ProcurementConfig = defaultProcurementConfig,
): ThreeWayMatch {
  const { order, invoice } = documents;
  const accepted = sumByLine(
    documents.receipts
      .filter((receipt) => receipt.purchaseOrderId === order.id)
      .flatMap((receipt) => receipt.lines.map((l) => ({ lineNo: l.lineNo, quantity: l.accepted }))),
  );
  const billed = sumByLine(
    (documents.otherInvoices ?? [])
      .filter(
        (other) =>
          other.id !== invoice.id &&
          other.purchaseOrderId === order.id &&
          other.status === 'payment-approved',
      )
      .flatMap((other) => other.lines),
  );
  const ordered = new Map(order.lines.map((line) => [line.lineNo, line]));
  const mismatches: MatchMismatch[] = [];
  for (const line of invoice.lines) {
    const orderLine = ordered.get(line.lineNo);
    const base = {
      lineNo: line.lineNo,
      invoiced: line.quantity,
      invoicedPrice: line.unitPrice.amount,
    };
    if (orderLine === undefined) {
      mismatches.push({
        ...base,
        reason: 'not-ordered',
        ordered: null,
        accepted: null,
        orderedPrice: null,
      });
      continue;
    }
    const acceptedHere = accepted.get(line.lineNo) ?? new Decimal(0);
    const open = acceptedHere.minus(billed.get(line.lineNo) ?? 0);
    const detail = {
      ...base,
      ordered: orderLine.quantity,
      accepted: formatQuantity(acceptedHere),
      orderedPrice: orderLine.unitPrice.amount,
    };
    const quantity = toQuantityDecimal(line.quantity);
    if (!withinPercent(quantity, open, config.match.quantityTolerancePercent)) {
      mismatches.push({ ...detail, reason: 'quantity' });
    }
    if (!priceWithin(line.unitPrice, orderLine.unitPrice, config.match.priceTolerancePercent)) {
      mismatches.push({ ...detail, reason: 'price' });
    }
  }
  mismatches.sort((a, b) => a.lineNo - b.lineNo || (a.reason < b.reason ? -1 : 1));
  return { passed: mismatches.length === 0, mismatches };
}
