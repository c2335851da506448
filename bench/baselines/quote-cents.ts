import type { DiscountRule, PriceItem, QuoteRequest } from 'aftersales/pricing';

/**
 * The quote baseline: a minimal hand-written implementation of the same
 * arithmetic as `quote` on bigint cents — list price per line rounded
 * half-up, margin floor rounded up, fee components split by largest
 * remainder, rules in priority order with the same conditions, scopes,
 * coupon and exclusivity gates, floor and 30 % cap clipping, and the
 * tax-inclusive 13 % VAT split — but none of the API around it (no
 * validation, no errors, no explanations, no Money objects).
 */
export interface CentsQuote {
  readonly nets: readonly bigint[];
  readonly subtotal: bigint;
  readonly discount: bigint;
  readonly vat: bigint;
  readonly total: bigint;
  readonly applied: number;
}

interface Fixed {
  readonly v: bigint;
  readonly s: number;
}

interface Line {
  readonly kind: string;
  readonly key: string;
  readonly category: string | undefined;
  readonly quantity: Fixed;
  readonly list: bigint;
  readonly floor: bigint;
  readonly components: readonly bigint[] | undefined;
}

/** Items by key, built once per price list (as `indexPriceList` does). */
export type ItemsByKey = ReadonlyMap<string, PriceItem>;

export function indexItems(items: readonly PriceItem[]): ItemsByKey {
  const map = new Map<string, PriceItem>();
  for (const item of items) {
    const key =
      item.kind === 'labour'
        ? `labour:${item.opCode}:${item.vehicleClass}`
        : item.kind === 'part'
          ? `part:${item.partNumber}`
          : `fee:${item.feeCode}`;
    if (!map.has(key)) map.set(key, item);
  }
  return map;
}

function fixed(text: string): Fixed {
  const dot = text.indexOf('.');
  if (dot === -1) return { v: BigInt(text), s: 0 };
  return { v: BigInt(text.slice(0, dot) + text.slice(dot + 1)), s: text.length - dot - 1 };
}

const mul = (a: Fixed, b: Fixed): Fixed => ({ v: a.v * b.v, s: a.s + b.s });

/** `Math.min` for bigints. */
function smaller(a: bigint, b: bigint): bigint {
  if (a < b) return a;
  return b;
}

function toCents(x: Fixed, up: boolean): bigint {
  if (x.s <= 2) return x.v * 10n ** BigInt(2 - x.s);
  const d = 10n ** BigInt(x.s - 2);
  const q = x.v / d;
  const r = x.v % d;
  return r !== 0n && (up || r * 2n >= d) ? q + 1n : q;
}

const micros = (rate: string) => {
  const f = fixed(rate);
  return f.v * 10n ** BigInt(6 - f.s);
};
const applyRate = (cents: bigint, rate: bigint) => (cents * rate + 500_000n) / 1_000_000n;

function split(total: bigint, weights: readonly bigint[]): bigint[] {
  let sum = 0n;
  for (const w of weights) sum += w;
  const shares = weights.map((w) => (total * w) / sum);
  let left = total;
  for (const share of shares) left -= share;
  if (left > 0n) {
    const rest = weights.map((w, i) => total * w - (shares[i] as bigint) * sum);
    const order = weights.map((_, i) => i);
    order.sort((a, b) => {
      const x = rest[a] as bigint;
      const y = rest[b] as bigint;
      return x === y ? a - b : x > y ? -1 : 1;
    });
    for (let k = 0; k < Number(left); k += 1) {
      const i = order[k] as number;
      shares[i] = (shares[i] as bigint) + 1n;
    }
  }
  return shares;
}

function priceLine(item: PriceItem, quantityText: string, key: string, margin: Fixed): Line {
  const quantity = fixed(quantityText);
  const unit =
    item.kind === 'labour'
      ? mul(fixed(item.quotaHours), fixed(item.hourlyRate.amount))
      : fixed(item.unitPrice.amount);
  const list = toCents(mul(unit, quantity), false);
  const floor = toCents(mul(mul(fixed(item.cost.amount), quantity), margin), true);
  const parts = item.components;
  let components: bigint[] | undefined;
  if (parts !== undefined) {
    const weights = [parts.labour.amount, parts.material.amount, parts.transport.amount].map(
      (amount) => toCents(fixed(amount), false),
    );
    if (weights.filter((w) => w !== 0n).length > 1) components = split(list, weights);
  }
  return {
    kind: item.kind,
    key,
    category: item.category,
    quantity,
    list,
    floor: smaller(floor, list),
    components,
  };
}

function inScope(rule: DiscountRule, line: Line): boolean {
  const { scope } = rule;
  if (scope.kind === 'order') return true;
  return (
    (scope.itemKeys?.includes(line.key) ?? false) ||
    (scope.itemKinds?.includes(line.kind as 'part') ?? false) ||
    (line.category !== undefined && (scope.categories?.includes(line.category) ?? false))
  );
}

interface Facts {
  readonly request: QuoteRequest;
  readonly date: string;
  readonly subtotal: bigint;
}

function applies(rule: DiscountRule, facts: Facts, lines: readonly Line[], scope: number[]) {
  const { condition } = rule;
  const customer = facts.request.customer;
  switch (condition.type) {
    case 'membership':
      return (
        customer?.membershipTier !== undefined && condition.tiers.includes(customer.membershipTier)
      );
    case 'loyalty':
      return (
        customer !== undefined &&
        customer.tenureMonths >= (condition.minTenureMonths ?? 0) &&
        customer.visitCount >= (condition.minVisitCount ?? 0) &&
        (condition.minSpend === undefined ||
          toCents(fixed(customer.totalSpend.amount), false) >=
            toCents(fixed(condition.minSpend.amount), false))
      );
    case 'seasonal':
      return facts.date >= condition.from && facts.date <= condition.to;
    case 'bulk': {
      const fleet = customer?.fleetAccountId;
      if (fleet !== undefined && condition.fleetAccountIds?.includes(fleet)) return true;
      if (condition.minQuantity === undefined) return false;
      // Quantities have at most six decimals: compare them in millionths.
      let units = 0n;
      for (const i of scope) {
        const q = (lines[i] as Line).quantity;
        units += q.v * 10n ** BigInt(6 - q.s);
      }
      return units >= micros(condition.minQuantity);
    }
    case 'coupon': {
      const coupon = facts.request.coupons?.find((c) => c.code === condition.code);
      return (
        coupon !== undefined &&
        facts.request.at >= condition.validFrom &&
        facts.request.at <= condition.validTo &&
        coupon.usedByCustomer < condition.perCustomerLimit &&
        coupon.usedOverall < condition.overallLimit &&
        (condition.minSpend === undefined ||
          facts.subtotal >= toCents(fixed(condition.minSpend.amount), false))
      );
    }
  }
}

function requested(
  rule: DiscountRule,
  scope: readonly number[],
  nets: readonly bigint[],
): bigint[] {
  const weights = scope.map((i) => nets[i] as bigint);
  const { benefit } = rule;
  if (benefit.kind === 'percentage' && rule.scope.kind === 'lines') {
    const rate = micros(benefit.rate);
    return weights.map((w) => applyRate(w, rate));
  }
  let base = 0n;
  for (const w of weights) base += w;
  if (base === 0n) return weights;
  const total =
    benefit.kind === 'percentage'
      ? applyRate(base, micros(benefit.rate))
      : toCents(fixed(benefit.amount.amount), false);
  return total === 0n ? weights.map(() => 0n) : split(total, weights);
}

const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

/** Shanghai has no DST: the dealer date is UTC + 8 h. */
const dealerDate = (at: string) =>
  new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);

export function quoteCents(
  request: QuoteRequest,
  items: ItemsByKey,
  rules: readonly DiscountRule[],
  settings: { readonly maxDiscountRate: string; readonly minimumMarginRate: string },
): CentsQuote {
  const margin = fixed(settings.minimumMarginRate);
  const factor = { v: 10n ** BigInt(margin.s) + margin.v, s: margin.s };
  const lines = request.lines.map((line) => {
    const key =
      line.kind === 'labour'
        ? `labour:${line.opCode}:${request.vehicleClass}`
        : line.kind === 'part'
          ? `part:${line.partNumber}`
          : `fee:${line.feeCode}`;
    const item = items.get(key);
    if (item === undefined) throw new Error(`baseline: ${key} is not listed`);
    return priceLine(item, line.quantity, key, factor);
  });
  const subtotal = sum(lines.map((line) => line.list));
  const cap = (subtotal * micros(settings.maxDiscountRate)) / 1_000_000n;
  const nets = lines.map((line) => line.list);
  const facts: Facts = { request, date: dealerDate(request.at), subtotal };
  const sorted = [...rules].sort((a, b) =>
    a.priority !== b.priority ? b.priority - a.priority : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  let discount = 0n;
  let applied = 0;
  let couponUsed = false;
  let exclusiveUsed = false;
  for (const rule of sorted) {
    const scope: number[] = [];
    lines.forEach((line, i) => {
      if (inScope(rule, line)) scope.push(i);
    });
    if (!applies(rule, facts, lines, scope)) continue;
    const isCoupon = rule.condition.type === 'coupon';
    if ((isCoupon && couponUsed) || scope.length === 0) continue;
    if (exclusiveUsed || (rule.stacking === 'exclusive' && applied > 0)) continue;
    const wanted = requested(rule, scope, nets);
    const floored = scope.map((i, k) => {
      const room = (nets[i] as bigint) - (lines[i] as Line).floor;
      return smaller(wanted[k] as bigint, room);
    });
    const budget = cap - discount;
    const flooredTotal = sum(floored);
    const amounts =
      flooredTotal <= budget
        ? floored
        : budget > 0n
          ? split(budget, floored)
          : floored.map(() => 0n);
    const total = sum(amounts);
    if (total === 0n && sum(wanted) > 0n) continue;
    scope.forEach((i, k) => {
      nets[i] = (nets[i] as bigint) - (amounts[k] as bigint);
    });
    discount += total;
    applied += 1;
    couponUsed ||= isCoupon;
    exclusiveUsed ||= rule.stacking === 'exclusive';
  }
  const total = subtotal - discount;
  const vat = (total * 26n + 113n) / 226n;
  return { nets, subtotal, discount, vat, total, applied };
}
