import { err, ok, type Result } from 'neverthrow';
import { type Actor, authorize, type CapabilityMap } from '../org/index';
import {
  type CalendarDate,
  type CurrencyCode,
  currencyMismatch,
  forbidden,
  type Money,
  validationError,
} from '../shared/index';
import {
  type PricingError,
  priceListNotInForce,
  priceNotDisclosed,
  quantityInvalid,
} from './errors';
import { type PriceListIndex, priceItemKey } from './index-price-list';
import {
  fromMinorUnits,
  multiplyScaled,
  readScaled,
  type Scaled,
  smallerOf,
  splitUnits,
  toUnits,
} from './minor-units';
import {
  COMPONENT_NAMES,
  type ComponentName,
  defaultComponent,
  exactMarginFloor,
  itemCurrency,
  unitListPrice,
} from './price-item';
import type { PriceItem } from './price-item-schema';
import type { PriceOverride, QuoteRequest, QuoteRequestLine } from './quote-request-schema';
import type { LineBasis, QuoteLine } from './schema';
import type { FeeComponents } from './value-schemas';

const NON_ZERO = /[1-9]/;
const QUANTITY_PATTERN = /^\d{1,9}(\.\d{1,6})?$/;

/**
 * One line priced at list, before discounts, in minor units for the
 * discount engine. Overridden lines are not discountable: the manager's
 * price is the agreed price.
 *
 * @internal
 */
export interface PricedLine {
  readonly line: QuoteLine;
  readonly listUnits: bigint;
  readonly floorUnits: bigint;
  readonly quantity: Scaled;
  readonly discountable: boolean;
}

/**
 * What pricing a line needs besides the line: the indexed version (if one is
 * in force), the dealer date, money digits, margin rate, and who overrides.
 *
 * @internal
 */
export interface LinePricingContext {
  readonly index: PriceListIndex | undefined;
  readonly date: CalendarDate;
  readonly currency: CurrencyCode;
  readonly digits: number;
  /** 1 + the minimum margin rate, read once per quote. */
  readonly marginFactor: Scaled;
  /** Zero in the quote currency, shared by every line (money is immutable). */
  readonly zero: Money;
  readonly actor: Actor | undefined;
  readonly capabilityMap: CapabilityMap | undefined;
}

/**
 * Prices one requested line at list: looks its item up by key (O(1)), or
 * takes a manager's override for an undisclosed item (§5.2(3)).
 *
 * @internal
 */
export function priceRequestLine(
  request: QuoteRequest,
  requestLine: QuoteRequestLine,
  lineNo: number,
  context: LinePricingContext,
): Result<PricedLine, PricingError> {
  if (!isPositiveQuantity(requestLine.quantity)) return err(quantityInvalid(lineNo));
  const key = keyOf(requestLine, request.vehicleClass);
  const item = context.index?.items.get(key);
  const { override } = requestLine;
  if (item !== undefined) {
    if (override !== undefined) return err(overrideOnDisclosedItem(lineNo));
    for (const currency of [itemCurrency(item), item.cost.currency]) {
      if (currency !== context.currency) return err(currencyMismatch(context.currency, currency));
    }
    return ok(priceListedLine(item, key, requestLine.quantity, lineNo, context));
  }
  if (override === undefined) {
    return err(
      context.index === undefined
        ? priceListNotInForce(context.date)
        : priceNotDisclosed(lineNo, key),
    );
  }
  return priceOverriddenLine(requestLine, override, key, lineNo, context);
}

function isPositiveQuantity(quantity: unknown): quantity is string {
  return typeof quantity === 'string' && QUANTITY_PATTERN.test(quantity) && /[1-9]/.test(quantity);
}

function keyOf(line: QuoteRequestLine, vehicleClass: string): string {
  switch (line.kind) {
    case 'labour':
      return priceItemKey({ kind: 'labour', opCode: line.opCode, vehicleClass });
    case 'part':
      return priceItemKey({ kind: 'part', partNumber: line.partNumber });
    case 'fee':
      return priceItemKey({ kind: 'fee', feeCode: line.feeCode });
  }
}

function codeOf(line: QuoteRequestLine): string {
  return line.kind === 'labour'
    ? line.opCode
    : line.kind === 'part'
      ? line.partNumber
      : line.feeCode;
}

function overrideOnDisclosedItem(lineNo: number) {
  return validationError(
    [
      {
        path: `lines.${lineNo - 1}.override`,
        reason: 'item_disclosed',
        detail: 'the item is in the price list in force; its listed price applies',
      },
    ],
    '§5.2(3)',
  );
}

function priceListedLine(
  item: PriceItem,
  itemKey: string,
  quantityText: string,
  lineNo: number,
  context: LinePricingContext,
): PricedLine {
  const quantity = readScaled(quantityText);
  const listUnits = toUnits(
    multiplyScaled(unitListPrice(item), quantity),
    context.digits,
    'half-up',
  );
  const floor = toUnits(
    exactMarginFloor(item, quantity, context.marginFactor),
    context.digits,
    'up',
  );
  const listAmount = fromMinorUnits(listUnits, context.currency, context.digits);
  const line: QuoteLine = {
    lineNo,
    itemKey,
    kind: item.kind,
    code:
      item.kind === 'labour' ? item.opCode : item.kind === 'part' ? item.partNumber : item.feeCode,
    name: item.name,
    basis: basisOf(item, quantityText),
    components: splitComponents(
      listUnits,
      listAmount,
      item.components,
      defaultComponent(item.kind, feeTypeOf(item)),
      context,
    ),
    listAmount,
    discount: context.zero,
    amount: listAmount,
  };
  // Optional fields are set only when present, so the line stays free of `undefined` keys.
  if (item.category !== undefined) line.category = item.category;
  if (item.kind === 'part') line.grade = item.grade;
  if (item.explanation !== undefined) line.explanation = item.explanation;
  // A line listed below its floor (the margin changed after publication) cannot be discounted at all.
  return {
    line,
    listUnits,
    floorUnits: smallerOf(floor, listUnits),
    quantity,
    discountable: true,
  };
}

function feeTypeOf(item: PriceItem) {
  return item.kind === 'fee' ? item.feeType : undefined;
}

function basisOf(item: PriceItem, quantity: string): LineBasis {
  switch (item.kind) {
    case 'labour':
      return { kind: 'labour', quotaHours: item.quotaHours, hourlyRate: item.hourlyRate, quantity };
    case 'part':
      return { kind: 'part', quantity, unit: item.unit, unitPrice: item.unitPrice };
    case 'fee':
      return {
        kind: 'fee',
        feeType: item.feeType,
        quantity,
        unit: item.unit,
        unitPrice: item.unitPrice,
      };
  }
}

function priceOverriddenLine(
  requestLine: QuoteRequestLine,
  override: PriceOverride,
  itemKey: string,
  lineNo: number,
  context: LinePricingContext,
): Result<PricedLine, PricingError> {
  const { actor } = context;
  if (actor === undefined)
    return err(forbidden('price-override.approve', 'anonymous', [], '§5.2(3)'));
  const allowed = authorize(actor, 'price-override.approve', {
    clause: '§5.2(3)',
    map: context.capabilityMap,
  });
  if (allowed.isErr()) return err(allowed.error);
  if (override.unitPrice.currency !== context.currency) {
    return err(currencyMismatch(context.currency, override.unitPrice.currency));
  }
  const quantity = readScaled(requestLine.quantity);
  const unitPrice = readScaled(override.unitPrice.amount);
  const listUnits = toUnits(multiplyScaled(quantity, unitPrice), context.digits, 'half-up');
  const listAmount = fromMinorUnits(listUnits, context.currency, context.digits);
  const line: QuoteLine = {
    lineNo,
    itemKey,
    kind: requestLine.kind,
    code: codeOf(requestLine),
    name: override.name,
    basis: { kind: 'override', quantity: requestLine.quantity, unitPrice: override.unitPrice },
    components: splitComponents(
      listUnits,
      listAmount,
      undefined,
      defaultComponent(requestLine.kind),
      context,
    ),
    listAmount,
    discount: context.zero,
    amount: listAmount,
    override: { reason: override.reason, auditEntryId: override.auditEntryId },
  };
  return ok({ line, listUnits, floorUnits: listUnits, quantity, discountable: false });
}

/**
 * Splits a line amount over the unit's fee components in proportion, to the
 * cent (largest remainder, as shared `allocateMoney`); an item with one
 * non-zero component (the usual case) or none puts the whole amount there.
 */
function splitComponents(
  listUnits: bigint,
  listAmount: Money,
  unit: FeeComponents | undefined,
  fallback: ComponentName,
  context: LinePricingContext,
): FeeComponents {
  const nonZero =
    unit === undefined ? [] : COMPONENT_NAMES.filter((name) => NON_ZERO.test(unit[name].amount));
  if (unit === undefined || nonZero.length <= 1) {
    const only = nonZero[0] ?? fallback;
    const { zero } = context;
    return {
      labour: only === 'labour' ? listAmount : zero,
      material: only === 'material' ? listAmount : zero,
      transport: only === 'transport' ? listAmount : zero,
    };
  }
  const weights = COMPONENT_NAMES.map((name) => readScaled(unit[name].amount));
  const scale = Math.max(...weights.map((weight) => weight.scale));
  const shares = splitUnits(
    listUnits,
    weights.map((weight) => weight.value * 10n ** BigInt(scale - weight.scale)),
  );
  const money = (units: bigint) => fromMinorUnits(units, context.currency, context.digits);
  const [labour = 0n, material = 0n, transport = 0n] = shares;
  return { labour: money(labour), material: money(material), transport: money(transport) };
}
