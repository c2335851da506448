import { type Money, minorUnits } from '../shared/index';
import { defaultPricingConfig, type PricingConfig } from './config';
import type { ItemProblem } from './errors';
import { priceItemKey } from './index-price-list';
import { compareScaled, fromMinorUnits, readScaled, toUnits } from './minor-units';
import {
  exactMarginFloor,
  itemCurrency,
  marginFactorOf,
  sumComponents,
  unitListPrice,
} from './price-item';
import type { PriceItem } from './price-item-schema';
import type { PriceListVersion } from './price-list-schema';
import type { MarketBand } from './value-schemas';

/**
 * An item priced outside its market reference band (§5.1(4)): reported, never blocking.
 *
 * @example
 * ```ts
 * const warning: MarketBandWarning = { itemKey: 'part:P-1', position: 'above', unitPrice, band };
 * ```
 * @category pricing
 * @see §5.1(4)
 */
export interface MarketBandWarning {
  /** The item's key. */
  readonly itemKey: string;
  /** Below the band's low end or above its high end. */
  readonly position: 'below' | 'above';
  /** One unit's list price, rounded to the minor unit. */
  readonly unitPrice: Money;
  /** The band it is outside of. */
  readonly band: MarketBand;
}

/**
 * What a price-list check finds: blocking problems and market-band warnings.
 *
 * @example
 * ```ts
 * const { problems, warnings }: PriceListCheck = checkPriceList(version);
 * ```
 * @category pricing
 * @see §5.1(3)
 * @see §5.1(4)
 */
export interface PriceListCheck {
  /** Items that block publication, every one of them. */
  readonly problems: readonly ItemProblem[];
  /** Items outside their market band. */
  readonly warnings: readonly MarketBandWarning[];
}

/**
 * Checks every item of a version (a pure report, nothing is rejected here):
 * fee components present (§5.2(3)) and adding up to one unit's price, a
 * price explanation present (§5.2(4)), the price not below cost × (1 +
 * minimum margin rate) (§5.1(3)), one currency throughout, no duplicate
 * keys; items outside their market band are warnings (§5.1(4)).
 *
 * @example
 * ```ts
 * checkPriceList(version, { ...defaultPricingConfig, minimumMarginRate: '0.1' }).problems;
 * // [{ itemKey: 'part:P-1', problem: 'below_margin_floor' }]
 * ```
 * @category pricing
 * @see §5.1(3)
 * @see §5.1(4)
 * @see §5.2(3)
 * @see §5.2(4)
 */
export function checkPriceList(
  version: PriceListVersion,
  config: PricingConfig = defaultPricingConfig,
): PriceListCheck {
  const problems: ItemProblem[] = [];
  const warnings: MarketBandWarning[] = [];
  const seen = new Set<string>();
  for (const item of version.items) {
    const itemKey = priceItemKey(item);
    if (seen.has(itemKey)) problems.push({ itemKey, problem: 'duplicate_item' });
    seen.add(itemKey);
    for (const problem of findItemProblems(item, version, config)) {
      problems.push({ itemKey, problem });
    }
    const warning = checkMarketBand(item, itemKey, version);
    if (warning !== undefined) warnings.push(warning);
  }
  return { problems, warnings };
}

function findItemProblems(
  item: PriceItem,
  version: PriceListVersion,
  config: PricingConfig,
): ItemProblem['problem'][] {
  if (moneyOf(item).some((money) => money.currency !== version.currency)) {
    return ['currency_mismatch'];
  }
  const problems: ItemProblem['problem'][] = [];
  const digits = minorUnits(version.currency);
  const unitPrice = unitListPrice(item);
  const { components } = item;
  if (components === undefined) problems.push('components_missing');
  else if (
    toUnits(sumComponents(components), digits, 'half-up') !== toUnits(unitPrice, digits, 'half-up')
  ) {
    problems.push('components_mismatch');
  }
  if (item.explanation === undefined) problems.push('explanation_missing');
  const floor = exactMarginFloor(
    item,
    { value: 1n, scale: 0 },
    marginFactorOf(config.minimumMarginRate),
  );
  if (compareScaled(unitPrice, floor) < 0) {
    problems.push('below_margin_floor');
  }
  return problems;
}

function checkMarketBand(
  item: PriceItem,
  itemKey: string,
  version: PriceListVersion,
): MarketBandWarning | undefined {
  const band = item.marketBand;
  if (band === undefined || band.low.currency !== version.currency) return undefined;
  const unitPrice = unitListPrice(item);
  const position =
    compareScaled(unitPrice, readScaled(band.low.amount)) < 0
      ? 'below'
      : compareScaled(unitPrice, readScaled(band.high.amount)) > 0
        ? 'above'
        : undefined;
  if (position === undefined) return undefined;
  const digits = minorUnits(version.currency);
  const rounded = fromMinorUnits(toUnits(unitPrice, digits, 'half-up'), version.currency, digits);
  return { itemKey, position, unitPrice: rounded, band };
}

function moneyOf(item: PriceItem): { readonly currency: string }[] {
  const { components, marketBand } = item;
  return [
    { currency: itemCurrency(item) },
    item.cost,
    ...(components === undefined
      ? []
      : [components.labour, components.material, components.transport]),
    ...(marketBand === undefined ? [] : [marketBand.low, marketBand.high]),
  ];
}
