import type { CurrencyCode } from '../shared/index';
import { addScaled, multiplyScaled, readScaled, type Scaled } from './minor-units';
import type { PriceItem } from './price-item-schema';
import type { FeeComponents } from './value-schemas';

/**
 * Internal helpers on one price item, shared by publication checks and quotes
 * so that both read an item's price, components and floor the same way.
 *
 * @internal
 */

/** The name of one fee component. @internal */
export type ComponentName = keyof FeeComponents;

/** The components in their fixed order. @internal */
export const COMPONENT_NAMES: readonly ComponentName[] = ['labour', 'material', 'transport'];

/**
 * The exact (unrounded) list price of one unit: quota hours × hourly rate for
 * labour (§4.1(2)), the unit price otherwise.
 *
 * @internal
 */
export function unitListPrice(item: PriceItem): Scaled {
  return item.kind === 'labour'
    ? multiplyScaled(readScaled(item.quotaHours), readScaled(item.hourlyRate.amount))
    : readScaled(item.unitPrice.amount);
}

/**
 * The currency an item is priced in.
 *
 * @internal
 */
export function itemCurrency(item: PriceItem): CurrencyCode {
  return item.kind === 'labour' ? item.hourlyRate.currency : item.unitPrice.currency;
}

/**
 * The component an item's price belongs to when it has no breakdown (and the
 * component of a manager's override price): labour operations are labour,
 * transport fees are transport, everything else is material.
 *
 * @internal
 */
export function defaultComponent(
  kind: PriceItem['kind'],
  feeType?: 'transport' | 'materials' | 'disposal',
): ComponentName {
  if (kind === 'labour') return 'labour';
  return kind === 'fee' && feeType === 'transport' ? 'transport' : 'material';
}

/**
 * The minimum price of `quantity` units: cost × quantity × (1 + minimum
 * margin rate) (§5.1(3)), exact; `marginFactor` comes from {@link marginFactorOf}.
 *
 * @internal
 */
export function exactMarginFloor(item: PriceItem, quantity: Scaled, marginFactor: Scaled): Scaled {
  return multiplyScaled(multiplyScaled(readScaled(item.cost.amount), quantity), marginFactor);
}

/**
 * 1 + a minimum margin rate (`"0.1"` → 1.1), exact.
 *
 * @internal
 */
export function marginFactorOf(marginRate: string): Scaled {
  return addScaled({ value: 1n, scale: 0 }, readScaled(marginRate));
}

/**
 * The exact sum of a breakdown's components.
 *
 * @internal
 */
export function sumComponents(components: FeeComponents): Scaled {
  return COMPONENT_NAMES.reduce<Scaled>(
    (sum, name) => addScaled(sum, readScaled(components[name].amount)),
    { value: 0n, scale: 0 },
  );
}
