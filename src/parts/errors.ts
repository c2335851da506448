import {
  type CurrencyMismatchError,
  type DomainError,
  domainError,
  type ForbiddenError,
  type Money,
  type MoneyOutOfRangeError,
  type ValidationError,
} from '../shared/index';
import type { Unit } from './quantity';

/**
 * The data each parts error code carries. Ids and part numbers only — never
 * customer data — so errors can be logged.
 *
 * @example
 * ```ts
 * const data: PartsErrorData['insufficient_stock'] = {
 *   partId: 'part_1', locationId: 'wh-main', requested: '3', available: '1',
 * };
 * ```
 * @category parts
 */
export interface PartsErrorData {
  readonly part_unknown: { readonly partId: string };
  readonly part_number_unknown: { readonly partNumber: string };
  readonly part_number_duplicate: { readonly partNumber: string };
  readonly supersession_cycle: { readonly partNumbers: readonly string[] };
  readonly unit_mismatch: {
    readonly partId: string;
    readonly expected: Unit;
    readonly actual: Unit;
  };
  readonly quantity_invalid_for_unit: {
    readonly partId: string;
    readonly unit: Unit;
    readonly quantity: string;
  };
  readonly insufficient_stock: {
    readonly partId: string;
    readonly locationId: string;
    readonly requested: string;
    readonly available: string;
  };
  readonly idempotency_key_reused: { readonly idempotencyKey: string };
  readonly reservation_unknown: { readonly reservationId: string };
  readonly reservation_not_open: { readonly reservationId: string; readonly status: string };
  readonly reservation_quantity_exceeded: {
    readonly reservationId: string;
    readonly reserved: string;
    readonly requested: string;
  };
  readonly invalid_transition: {
    readonly entity: 'stocktake';
    readonly status: string;
    readonly command: string;
  };
  readonly stocktake_empty: { readonly stocktakeId: string };
  readonly stocktake_line_unknown: { readonly partId: string; readonly locationId: string };
  readonly stocktake_incomplete: { readonly uncountedLines: number };
  readonly stocktake_approval_required: {
    readonly linesOverThreshold: number;
    readonly threshold: Money;
  };
  readonly stocktake_not_posted: { readonly stocktakeId: string; readonly status: string };
  readonly demand_value_invalid: { readonly day: number };
  readonly replenishment_input_invalid: {
    readonly index: number | null;
    readonly partId: string | null;
    readonly field: string;
  };
}

/**
 * Every code of the parts module's own errors.
 *
 * @example
 * ```ts
 * const code: PartsErrorCode = 'insufficient_stock';
 * ```
 * @category parts
 */
export type PartsErrorCode = keyof PartsErrorData;

/**
 * The parts module's own errors, one `DomainError` per {@link PartsErrorCode}.
 *
 * @example
 * ```ts
 * if (error.code === 'insufficient_stock') error.data.available; // '1'
 * ```
 * @category parts
 * @see §6.2.2
 */
export type PartsRuleError = {
  [C in PartsErrorCode]: DomainError<C, PartsErrorData[C]>;
}[PartsErrorCode];

/**
 * Every error a parts function returns: its own rule errors plus the shared
 * `validation_failed` (malformed input, e.g. a negative receipt), `forbidden`
 * (a step the manual ties to another role), `currency_mismatch` (a cost in
 * another currency than the part's) and `money_out_of_range` (a total beyond ±10^22). `partsMessages` renders all of them.
 *
 * @example
 * ```ts
 * const result = postMovements(ledger, [receipt], { catalogue });
 * if (result.isErr()) formatError(result.error, 'zh-CN', partsMessages);
 * ```
 * @category parts
 * @see §6.2.2
 * @see §6.2.3
 */
export type PartsError =
  | PartsRuleError
  | ValidationError
  | ForbiddenError
  | CurrencyMismatchError
  | MoneyOutOfRangeError;

/** The requirement each code enforces; `null` for plain consistency guards. */
const CLAUSES: Readonly<Record<PartsErrorCode, string | null>> = {
  part_unknown: '§6.2.2',
  part_number_unknown: null,
  part_number_duplicate: null,
  supersession_cycle: null,
  unit_mismatch: '§6.2.2',
  quantity_invalid_for_unit: '§6.2.2',
  insufficient_stock: '§6.2.2',
  idempotency_key_reused: '§6.2.2',
  reservation_unknown: '§6.2.2',
  reservation_not_open: '§6.2.2',
  reservation_quantity_exceeded: '§6.2.2',
  invalid_transition: '§6.2.3',
  stocktake_empty: '§6.2.3',
  stocktake_line_unknown: '§6.2.3',
  stocktake_incomplete: '§6.2.3',
  stocktake_approval_required: '§6.2.3',
  stocktake_not_posted: '§6.2.3',
  demand_value_invalid: '§6.2.1',
  replenishment_input_invalid: '§6.1.1',
};

/**
 * Builds a parts error with the clause its code enforces: the one
 * constructor behind every parts rule, so all share one shape.
 *
 * @example
 * ```ts
 * partsError('part_unknown', { partId: 'part_9' }).clause; // '§6.2.2'
 * ```
 * @category parts
 */
export function partsError<C extends PartsErrorCode>(
  code: C,
  data: PartsErrorData[C],
): DomainError<C, PartsErrorData[C]> {
  return domainError(code, data, CLAUSES[code] ?? undefined);
}
