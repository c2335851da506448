import * as z from 'zod/mini';
import { Decimal } from '../_lib/decimal';
import type { Brand } from '../shared/index';

/**
 * Every stock-keeping unit (计量单位). Countable units (`piece` 件, `set` 套,
 * `pair` 副, `bottle` 瓶, `box` 盒) hold whole quantities only; measured units
 * (`litre` 升, `kilogram` 千克, `metre` 米) hold up to three decimals
 * (oil by the litre, hose by the metre).
 *
 * @example
 * ```ts
 * UNITS.includes('litre'); // true
 * ```
 * @category parts
 * @see §6.2.2
 */
export const UNITS = Object.freeze([
  'piece',
  'set',
  'pair',
  'bottle',
  'box',
  'litre',
  'kilogram',
  'metre',
] as const);

/**
 * Schema of a {@link Unit}.
 *
 * @example
 * ```ts
 * UnitSchema.safeParse('litre').success; // true
 * ```
 * @category parts
 */
export const UnitSchema = z.enum(UNITS);

/**
 * A stock-keeping unit; see {@link UNITS} for which hold fractions.
 *
 * @example
 * ```ts
 * const unit: Unit = 'piece';
 * ```
 * @category parts
 */
export type Unit = z.infer<typeof UnitSchema>;

const MEASURED_UNITS: ReadonlySet<Unit> = new Set(['litre', 'kilogram', 'metre']);

/** Decimals a measured unit keeps; countable units keep none. */
const MEASURED_DECIMALS = 3;

/**
 * How many decimals a quantity in `unit` may carry: 0 for countable units,
 * 3 for measured ones.
 *
 * @example
 * ```ts
 * unitDecimals('piece'); // 0
 * unitDecimals('litre'); // 3
 * ```
 * @category parts
 */
export function unitDecimals(unit: Unit): number {
  return MEASURED_UNITS.has(unit) ? MEASURED_DECIMALS : 0;
}

/**
 * A stock quantity as a canonical decimal string (`"2"`, `"1.5"`, `"-3"`):
 * at most 12 integer digits and 3 decimals, no trailing zeros, never `-0`.
 * Quantities are always strings in data, whatever the unit, so arithmetic is
 * exact decimal arithmetic; whether fractions are allowed depends on the
 * part's {@link Unit}. Balances may be negative only where the configuration
 * allows negative stock; quantities given in commands are positive.
 *
 * @example
 * ```ts
 * const litres = QuantitySchema.parse('4.50'); // '4.5'
 * ```
 * @category parts
 */
export type Quantity = Brand<string, 'Quantity'>;

const QUANTITY_PATTERN = /^-?\d{1,12}(\.\d{1,3})?$/;

/**
 * Schema of a {@link Quantity}; canonicalises the text (`"007.50"` → `"7.5"`).
 *
 * @example
 * ```ts
 * QuantitySchema.safeParse('1.5').success; // true
 * QuantitySchema.safeParse('1e3').success; // false
 * ```
 * @category parts
 */
export const QuantitySchema = z.pipe(
  z.string().check(z.maxLength(20), z.regex(QUANTITY_PATTERN)),
  z.transform((text: string) => formatQuantity(new Decimal(text))),
);

/**
 * Schema of a strictly positive {@link Quantity}, as every command takes
 * (a receipt, an issue, a reservation); zero and negative amounts are
 * rejected with reason `not_positive`.
 *
 * @example
 * ```ts
 * PositiveQuantitySchema.safeParse('-2').success; // false
 * ```
 * @category parts
 */
export const PositiveQuantitySchema = QuantitySchema.check(
  z.refine((quantity: string) => new Decimal(quantity).gt(0), {
    message: 'must be greater than zero',
    params: { reason: 'not_positive' },
  }),
);

/**
 * The canonical {@link Quantity} text of a decimal: plain notation, no
 * trailing zeros, never `-0`.
 *
 * @example
 * ```ts
 * formatQuantity(new Decimal('2.500')); // '2.5'
 * ```
 * @category parts
 * @internal
 */
export function formatQuantity(value: Decimal): Quantity {
  return (value.isZero() ? '0' : value.toFixed()) as Quantity;
}

/**
 * A quantity as a decimal, for exact arithmetic.
 *
 * @example
 * ```ts
 * toQuantityDecimal('1.5' as Quantity).plus(1); // 2.5
 * ```
 * @category parts
 * @internal
 */
export function toQuantityDecimal(quantity: Quantity): Decimal {
  return new Decimal(quantity);
}

/**
 * Whether a quantity suits a unit: whole for countable units, at most three
 * decimals for measured ones.
 *
 * @example
 * ```ts
 * fitsUnit('1.5' as Quantity, 'piece'); // false
 * fitsUnit('1.5' as Quantity, 'litre'); // true
 * ```
 * @category parts
 * @see §6.2.2
 */
export function fitsUnit(quantity: Quantity, unit: Unit): boolean {
  return new Decimal(quantity).decimalPlaces() <= unitDecimals(unit);
}

/**
 * `a + b` of two quantities.
 *
 * @example
 * ```ts
 * addQuantities('1.5' as Quantity, '2' as Quantity); // '3.5'
 * ```
 * @category parts
 * @internal
 */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return formatQuantity(new Decimal(a).plus(b));
}

/**
 * `a − b` of two quantities.
 *
 * @example
 * ```ts
 * subtractQuantities('1' as Quantity, '2' as Quantity); // '-1'
 * ```
 * @category parts
 * @internal
 */
export function subtractQuantities(a: Quantity, b: Quantity): Quantity {
  return formatQuantity(new Decimal(a).minus(b));
}

/** Zero as a {@link Quantity}. @category parts @internal */
export const ZERO_QUANTITY = '0' as Quantity;
