import type { CurrencyCode } from '../../../src/shared/money/currency';
import { createMoney, type Money } from '../../../src/shared/money/money';

/** Money from a literal the test knows to be valid. */
export function money(amount: string, currency: CurrencyCode = 'CNY'): Money {
  return createMoney(amount, currency)._unsafeUnwrap();
}

/** Decimal text of `units / 10^scale`, e.g. (-1234n, 2) → "-12.34". */
export function fromUnits(units: bigint, scale: number): string {
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  if (scale === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** The amount of money in minor units (or any scale) as a bigint, for exact reference checks. */
export function toUnits(value: Money, scale: number): bigint {
  const [whole = '0', fraction = ''] = value.amount.replace('-', '').split('.');
  const units = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
  return value.amount.startsWith('-') ? -units : units;
}
