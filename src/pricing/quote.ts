import { err, ok, type Result } from 'neverthrow';
import {
  type Actor,
  type AuditEntry,
  type AuditEntryInput,
  authorize,
  type CapabilityMap,
  createAuditEntry,
} from '../org/index';
import { currencyMismatch, forbidden, minorUnits, splitVat, toDealerDate } from '../shared/index';
import { applyDiscounts } from './apply-discounts';
import { defaultPricingConfig, type PricingConfig } from './config';
import { sortDiscountRules } from './discount-rules';
import type { DiscountRule } from './discount-schema';
import type { PricingError } from './errors';
import type { PriceListIndex } from './index-price-list';
import { applyRateDown, fromMinorUnits, rateToMicros } from './minor-units';
import { marginFactorOf } from './price-item';
import { type LinePricingContext, type PricedLine, priceRequestLine } from './price-line';
import type { PriceListVersion } from './price-list-schema';
import type { QuoteRequest } from './quote-request-schema';
import type { Quote } from './schema';
import { findPriceListInForceOn } from './select-price-list';

/**
 * What a quote is priced against: the price-list versions (plain, or indexed
 * once with {@link indexPriceList} and reused), the discount rules, the
 * acting employee (needed only for overrides), an optional capability map
 * and the pricing configuration.
 *
 * @example
 * ```ts
 * const context: QuoteContext = { priceLists: [indexPriceList(version)], rules, actor };
 * ```
 * @category pricing
 */
export interface QuoteContext {
  /** Candidate versions; the published one in force at `request.at` is used. */
  readonly priceLists: readonly (PriceListVersion | PriceListIndex)[];
  /** Discount rules, in any order (they are sorted by priority desc, id asc). */
  readonly rules?: readonly DiscountRule[];
  /** Who asks; needed only for price and discount-cap overrides. */
  readonly actor?: Actor;
  /** The host's role → capability map; the manual's by default. */
  readonly capabilityMap?: CapabilityMap;
  /** Pricing configuration; {@link defaultPricingConfig} by default. */
  readonly config?: PricingConfig;
}

/**
 * Prices a request (报价): deterministic, explainable data.
 *
 * 1. The published price-list version in force on the request's dealer date
 *    is used (§5.1(5)); each line's item is looked up by key (O(1)).
 * 2. An item that is not in it cannot be charged (§5.2(3)) unless the line
 *    carries a manager override: the actor needs `price-override.approve`
 *    and the quote returns an `override` audit entry (id from the request).
 * 3. Each line is priced at list and rounded half-up to the minor unit:
 *    quota hours × hourly rate × quantity for labour (§4.1(2), REG-2),
 *    quantity × unit price otherwise, with its fee components (§5.2(3)) and
 *    parts grade (REG-3).
 * 4. Discount rules are evaluated in the order priority desc, id asc
 *    (§5.3), each clipped at every line's margin floor (§5.1(3)) and at the
 *    cap on the total discount; a manager may raise the cap
 *    (`discount-override.approve`, audited, §2.2.1(2)(3)).
 * 5. `subtotal − discountTotal = total`, all sums of rounded lines; the VAT
 *    split of the total (REG-7, tax-inclusive by default) reconciles to the cent.
 *
 * Errors: `price_not_disclosed`, `price_list_not_in_force`,
 * `price_list_overlap`, `quantity_invalid`, `currency_mismatch`, `forbidden`,
 * `validation_failed` (override on a listed item, or an audit reason with
 * personal data), `duplicate_discount_rule`, `vat_config_invalid`,
 * `money_out_of_range`.
 *
 * @param request - a parsed {@link QuoteRequest}
 * @param context - price lists, rules, actor and configuration
 * @returns the {@link Quote}; render it with {@link explainQuote}
 * @example
 * ```ts
 * import { quote, explainQuote } from 'aftersales/pricing';
 * const result = quote(
 *   { id: 'q_1', at: '2026-03-01T02:00:00.000Z', currency: 'CNY', vehicleClass: 'B',
 *     lines: [{ kind: 'labour', opCode: 'OP-OIL', quantity: '1' }] },
 *   { priceLists: [version], rules: [] },
 * );
 * if (result.isOk()) explainQuote(result.value, 'zh-CN');
 * ```
 * @category pricing
 * @see §5.1(2)
 * @see §5.1(3)
 * @see §5.1(5)
 * @see §5.2(3)
 * @see §5.2(4)
 * @see §5.3(1)
 * @see §4.1(2)
 * @see §2.2.1(2)(3)
 * @see REG-2
 * @see REG-3
 * @see REG-7
 */
export function quote(request: QuoteRequest, context: QuoteContext): Result<Quote, PricingError> {
  const config = context.config ?? defaultPricingConfig;
  const { currency } = request;
  const digits = minorUnits(currency);
  const date = toDealerDate(request.at, config.timeZone);
  const found = findPriceListInForceOn(context.priceLists, date);
  if (found.isErr()) return err(found.error);
  const index = found.value;
  if (index !== undefined && index.version.currency !== currency) {
    return err(currencyMismatch(currency, index.version.currency));
  }
  const lineContext: LinePricingContext = {
    index,
    date,
    currency,
    digits,
    marginFactor: marginFactorOf(config.minimumMarginRate),
    zero: fromMinorUnits(0n, currency, digits),
    actor: context.actor,
    capabilityMap: context.capabilityMap,
  };
  const lines: PricedLine[] = [];
  for (const [position, requestLine] of request.lines.entries()) {
    const priced = priceRequestLine(request, requestLine, position + 1, lineContext);
    if (priced.isErr()) return err(priced.error);
    lines.push(priced.value);
  }
  const cap = checkCapOverride(request, context, config);
  if (cap.isErr()) return err(cap.error);
  const audits = collectAudits(request, context.actor, lines);
  if (audits.isErr()) return err(audits.error);
  const sorted = sortDiscountRules(context.rules ?? []);
  if (sorted.isErr()) return err(sorted.error);

  const subtotalUnits = lines.reduce((total, line) => total + line.listUnits, 0n);
  const outcome = applyDiscounts(
    sorted.value,
    lines,
    {
      at: request.at,
      date: lineContext.date,
      currency,
      digits,
      subtotalUnits,
      customer: request.customer,
      coupons: new Map((request.coupons ?? []).map((coupon) => [coupon.code, coupon])),
    },
    applyRateDown(subtotalUnits, rateToMicros(cap.value)),
  );
  const money = (units: bigint) => fromMinorUnits(units, currency, digits);
  const totalUnits = subtotalUnits - outcome.discountUnits;
  const vat = splitVat(money(totalUnits), config.vat);
  if (vat.isErr()) return err(vat.error);
  return ok({
    id: request.id,
    at: request.at,
    currency,
    vehicleClass: request.vehicleClass,
    priceListVersionId: index?.version.id ?? null,
    lines: lines.map(({ line, listUnits }, position) => {
      const net = outcome.netUnits[position] ?? listUnits;
      return { ...line, discount: money(listUnits - net), amount: money(net) };
    }),
    adjustments: outcome.adjustments,
    rejectedRules: outcome.rejected,
    maxDiscountRate: cap.value,
    subtotal: money(subtotalUnits),
    discountTotal: money(outcome.discountUnits),
    vat: vat.value,
    total: vat.value.gross,
    auditEntries: audits.value,
  });
}

/** The cap rate in force: the configured one, or a manager's override. */
function checkCapOverride(
  request: QuoteRequest,
  context: QuoteContext,
  config: PricingConfig,
): Result<string, PricingError> {
  const { discountOverride } = request;
  if (discountOverride === undefined) return ok(config.maxDiscountRate);
  const allowed = authorizeOverride(context, 'discount-override.approve', '§2.2.1(2)(3)');
  return allowed.map(() => discountOverride.maxDiscountRate);
}

function authorizeOverride(
  context: QuoteContext,
  capability: 'discount-override.approve',
  clause: string,
): Result<Actor, PricingError> {
  const { actor } = context;
  if (actor === undefined) return err(forbidden(capability, 'anonymous', [], clause));
  return authorize(actor, capability, {
    clause,
    map: context.capabilityMap,
  });
}

/** One `override` audit entry per overridden line and for a raised cap. */
function collectAudits(
  request: QuoteRequest,
  actor: Actor | undefined,
  lines: readonly PricedLine[],
): Result<AuditEntry[], PricingError> {
  if (actor === undefined) return ok([]);
  const base = {
    at: request.at,
    actorId: actor.id,
    action: 'override',
    subject: { type: 'quote', id: request.id },
  } as const;
  const inputs: AuditEntryInput[] = [];
  for (const { line } of lines) {
    if (line.override === undefined) continue;
    const { auditEntryId, reason } = line.override;
    inputs.push({ ...base, id: auditEntryId, reason, clause: '§5.2(3)' });
  }
  const { discountOverride } = request;
  if (discountOverride !== undefined) {
    const { auditEntryId, reason } = discountOverride;
    inputs.push({ ...base, id: auditEntryId, reason, clause: '§2.2.1(2)(3)' });
  }
  const entries: AuditEntry[] = [];
  for (const input of inputs) {
    const entry = createAuditEntry(input);
    if (entry.isErr()) return err(entry.error);
    entries.push(entry.value);
  }
  return ok(entries);
}
