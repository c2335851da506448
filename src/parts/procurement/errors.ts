import {
  type CurrencyMismatchError,
  type DomainError,
  domainError,
  type ForbiddenError,
  type MoneyInvalidFactorError,
  type MoneyOutOfRangeError,
  type ValidationError,
} from '../../shared/index';
import type { PartsRuleError } from '../errors';

/**
 * One line that failed the three-way match (三单匹配) and why: `not-ordered`
 * (the invoice bills a line the order does not have), `quantity` (invoiced
 * ≠ accepted and not yet invoiced, beyond the quantity tolerance), `price`
 * (invoiced unit price off the ordered one beyond the price tolerance).
 * Quantities are decimal strings; prices are amounts in the order's currency.
 *
 * @example
 * ```ts
 * const line: MatchMismatch = {
 *   lineNo: 2, reason: 'quantity', ordered: '10', accepted: '8', invoiced: '10',
 *   orderedPrice: '38.00', invoicedPrice: '38.00',
 * };
 * ```
 * @category parts
 * @see §6.1.5
 */
export interface MatchMismatch {
  readonly lineNo: number;
  readonly reason: 'not-ordered' | 'quantity' | 'price';
  readonly ordered: string | null;
  readonly accepted: string | null;
  readonly invoiced: string;
  readonly orderedPrice: string | null;
  readonly invoicedPrice: string;
}

/**
 * The data each procurement error code carries: ids, codes, quantities and
 * amounts only, never personal data, so errors can be logged.
 *
 * @example
 * ```ts
 * const data: ProcurementErrorData['supplier_disqualified'] = {
 *   supplierId: 'sup_x', status: 'active', grade: 'D',
 * };
 * ```
 * @category parts
 */
export interface ProcurementErrorData {
  readonly supplier_disqualified: {
    readonly supplierId: string;
    readonly status: string;
    readonly grade: string | null;
  };
  readonly supplier_evaluation_empty: {
    readonly supplierId: string;
    readonly periodStart: string;
    readonly periodEnd: string;
  };
  readonly document_mismatch: {
    readonly document: string;
    readonly field: string;
    readonly expected: string;
    readonly actual: string;
  };
  readonly no_suggested_lines: { readonly supplierId: string };
  readonly invalid_transition: {
    readonly entity: string;
    readonly status: string;
    readonly command: string;
  };
  readonly purchase_order_line_unknown: {
    readonly purchaseOrderId: string;
    readonly lineNo: number;
  };
  readonly over_receipt: {
    readonly purchaseOrderId: string;
    readonly lineNo: number;
    readonly ordered: string;
    readonly alreadyReceived: string;
    readonly receiving: string;
    readonly allowed: string;
  };
  readonly three_way_match_failed: {
    readonly supplierInvoiceId: string;
    readonly mismatches: readonly MatchMismatch[];
  };
}

/**
 * Every code of procurement's own errors.
 *
 * @example
 * ```ts
 * const code: ProcurementErrorCode = 'three_way_match_failed';
 * ```
 * @category parts
 */
export type ProcurementErrorCode = keyof ProcurementErrorData;

/**
 * Procurement's own errors, one `DomainError` per {@link ProcurementErrorCode}.
 *
 * @example
 * ```ts
 * if (error.code === 'three_way_match_failed') error.data.mismatches.map((m) => m.lineNo);
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.5
 */
export type ProcurementRuleError = {
  [C in ProcurementErrorCode]: DomainError<C, ProcurementErrorData[C]>;
}[ProcurementErrorCode];

/**
 * Every error a procurement function returns: its own rule errors, the
 * catalogue checks it shares with the ledger (`part_unknown`,
 * `unit_mismatch`, `quantity_invalid_for_unit`), and the shared
 * `validation_failed`, `forbidden`, `currency_mismatch`,
 * `money_invalid_factor` and `money_out_of_range`. `procurementMessages`
 * renders all of them.
 *
 * @example
 * ```ts
 * const result = approveSupplierPayment(invoice, { order, receipts }, context);
 * if (result.isErr()) formatError(result.error, 'zh-CN', procurementMessages);
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.3
 * @see §6.1.4
 * @see §6.1.5
 */
export type ProcurementError =
  | ProcurementRuleError
  | Extract<
      PartsRuleError,
      { code: 'part_unknown' | 'unit_mismatch' | 'quantity_invalid_for_unit' }
    >
  | ValidationError
  | ForbiddenError
  | CurrencyMismatchError
  | MoneyInvalidFactorError
  | MoneyOutOfRangeError;

const CLAUSES: Readonly<Record<ProcurementErrorCode, string>> = {
  supplier_disqualified: '§6.1.2',
  supplier_evaluation_empty: '§6.1.2',
  document_mismatch: '§6.1.5',
  no_suggested_lines: '§6.1.4',
  invalid_transition: '§6.1.4',
  purchase_order_line_unknown: '§6.1.5',
  over_receipt: '§6.1.5',
  three_way_match_failed: '§6.1.5',
};

/**
 * Builds a procurement error with the clause its code enforces (the one
 * constructor behind every procurement rule, so all share one shape).
 *
 * @example
 * ```ts
 * procurementError('no_suggested_lines', { supplierId: 'sup_x' }).clause; // '§6.1.4'
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.5
 */
export function procurementError<C extends ProcurementErrorCode>(
  code: C,
  data: ProcurementErrorData[C],
  clause: string = CLAUSES[code],
): DomainError<C, ProcurementErrorData[C]> {
  return domainError(code, data, clause);
}
