import type { Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import {
  type PricingError,
  type Quote,
  type QuoteContext,
  type QuoteRequest,
  type QuoteRequestLine,
  quote,
} from '../pricing/index';
import type { Job } from './job-schema';
import type { RepairOrder } from './schema';
import { isActiveJob } from './steps';

type LineKind = QuoteRequestLine['kind'];

/** `kind:code`, the key statement, estimate and final lines are matched by. Internal. */
export function lineKey(kind: LineKind, code: string): string {
  return `${kind}:${code}`;
}

function add(totals: Map<string, Decimal>, key: string, quantity: string): void {
  totals.set(key, (totals.get(key) ?? new Decimal(0)).plus(quantity));
}

function collectJob(job: Job, totals: Map<string, Decimal>): void {
  const work = job.completion?.work;
  if (work === undefined) return;
  const opCodes = new Set(work.opCodes);
  const feeCodes = new Set(work.feeCodes);
  for (const line of job.lines) {
    if (line.approval !== 'approved') continue;
    if (line.kind === 'labour' && opCodes.has(line.opCode)) {
      add(totals, lineKey('labour', line.opCode), line.quantity);
    } else if (line.kind === 'fee' && feeCodes.has(line.feeCode)) {
      add(totals, lineKey('fee', line.feeCode), line.quantity);
    }
  }
  for (const part of work.parts) add(totals, lineKey('part', part.partNumber), part.quantity);
}

/**
 * The quantities to charge, by `kind:code`, from the work actually done:
 * approved operations and fees reported as performed, and parts as fitted.
 * Internal: shared by {@link finalLines} and the settlement check.
 */
export function finalQuantities(order: RepairOrder): Map<string, Decimal> {
  const totals = new Map<string, Decimal>();
  for (const job of order.jobs)
    if (isActiveJob(job) && job.status === 'done') collectJob(job, totals);
  return totals;
}

/**
 * The order's final lines (实际维修项目) as pricing request lines: every
 * approved operation and fee the technicians reported as performed and every
 * part fitted, summed per op code, part number or fee code, in a stable
 * order. This is what the settlement statement must price (§3.5(2)).
 *
 * @param order - the order, its jobs done
 * @returns the lines to quote; empty when nothing was done
 * @example
 * ```ts
 * finalLines(order); // [{ kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' }, { kind: 'part', partNumber: 'P-PAD-F', quantity: '1' }]
 * ```
 * @category repair-order
 * @see §3.5(2)
 * @see §3.3(3)
 */
export function finalLines(order: RepairOrder): QuoteRequestLine[] {
  return [...finalQuantities(order)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, quantity]): QuoteRequestLine => {
      const separator = key.indexOf(':');
      const kind = key.slice(0, separator) as LineKind;
      const code = key.slice(separator + 1);
      const amount = quantity.toFixed();
      if (kind === 'labour') return { kind, opCode: code, quantity: amount };
      return kind === 'part'
        ? { kind, partNumber: code, quantity: amount }
        : { kind, feeCode: code, quantity: amount };
    });
}

/**
 * What a settlement request adds to the final lines: the statement's id
 * and instant, the vehicle class the labour is priced for, and optionally
 * the customer facts and coupons discount rules read.
 *
 * @example
 * ```ts
 * const options: SettlementRequestOptions = { id: 'q_settle_1', at, currency: 'CNY', vehicleClass: 'B' };
 * ```
 * @category repair-order
 * @see §3.5(2)
 */
export type SettlementRequestOptions = Omit<QuoteRequest, 'lines'>;

/**
 * The pricing request of the settlement statement: {@link finalLines} with
 * the given options. Pass it to `pricing.quote`, or use {@link priceSettlement}.
 *
 * @example
 * ```ts
 * const request = buildSettlementRequest(order, { id: 'q_2', at, currency: 'CNY', vehicleClass: 'B' });
 * ```
 * @category repair-order
 * @see §3.5(2)
 * @see REG-2
 */
export function buildSettlementRequest(
  order: RepairOrder,
  options: SettlementRequestOptions,
): QuoteRequest {
  return { ...options, lines: finalLines(order) };
}

/**
 * Prices the settlement statement (结算清单) with `pricing.quote` from the
 * order's final lines: labour as quota hours × rate, parts with grade,
 * other fees, discounts, VAT and total (§3.5(2), REG-2, REG-3). The result
 * goes into the `settle` command, which checks it again.
 *
 * Errors: the pricing module's (`price_not_disclosed`,
 * `price_list_not_in_force`, …), and `validation_failed` when nothing was done.
 *
 * @param order - the order, ready for delivery
 * @param options - statement id, instant, currency, vehicle class, customer facts
 * @param context - the pricing context (price lists, rules, actor)
 * @example
 * ```ts
 * const statement = priceSettlement(order, { id: 'q_2', at, currency: 'CNY', vehicleClass: 'B' }, { priceLists });
 * if (statement.isOk()) transition(order, { type: 'settle', at, actor, statement: statement.value });
 * ```
 * @category repair-order
 * @see §3.5(2)
 * @see REG-2
 */
export function priceSettlement(
  order: RepairOrder,
  options: SettlementRequestOptions,
  context: QuoteContext,
): Result<Quote, PricingError> {
  return quote(buildSettlementRequest(order, options), context);
}
