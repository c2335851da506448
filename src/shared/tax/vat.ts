import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { DECIMAL_ROUNDING, Decimal } from '../../_lib/decimal';
import { decimalFromMoney, roundDivision } from '../../_lib/money-decimal';
import { minorUnits } from '../money/currency';
import type { MoneyOutOfRangeError } from '../money/errors';
import { type Money, MoneySchema } from '../money/money';
import { isRoundedMoney } from '../money/rounding';
import { toMoney, toMoneyInRange } from '../money/to-money';
import { type VatError, vatAmountNotRounded, vatConfigInvalid } from './errors';
import {
  defaultVatConfig,
  findVatConfigProblem,
  type VatConfig,
  VatRateSchema,
} from './vat-config';

/**
 * Whether a split started from a tax-inclusive price (含税, the amount was the
 * gross) or a tax-exclusive one (不含税, the amount was the net).
 *
 * @example
 * ```ts
 * import type { VatBasis } from 'aftersales/shared';
 * const basis: VatBasis = 'inclusive';
 * ```
 * @category shared
 * @see REG-7
 */
export type VatBasis = 'inclusive' | 'exclusive';

// A stored split where net + VAT ≠ gross is corrupt, however well-formed its fields.
// zod runs this only after every field parsed, so the amounts are canonical Money.
function isReconciled({ net, vat, gross }: { net: Money; vat: Money; gross: Money }): boolean {
  if (net.currency !== gross.currency || vat.currency !== gross.currency) return false;
  return decimalFromMoney(net).plus(decimalFromMoney(vat)).eq(decimalFromMoney(gross));
}

/**
 * Zod schema for a {@link VatSplit}; besides the field shapes it checks that
 * the three amounts share a currency and that `net + vat = gross` exactly.
 *
 * @example
 * ```ts
 * import { parseWith, VatSplitSchema } from 'aftersales/shared';
 * const cny = (amount: string) => ({ amount, currency: 'CNY' });
 * parseWith(VatSplitSchema, {
 *   net: cny('100.00'),
 *   vat: cny('13.00'),
 *   gross: cny('113.01'),
 *   rate: '0.13',
 *   basis: 'inclusive',
 * }).isErr(); // true: 100.00 + 13.00 ≠ 113.01
 * ```
 * @category shared
 * @see REG-7
 * @see §3.5(2)
 */
export const VatSplitSchema = z
  .object({
    net: MoneySchema,
    vat: MoneySchema,
    gross: MoneySchema,
    rate: VatRateSchema,
    basis: z.enum(['inclusive', 'exclusive']),
  })
  .check(
    z.refine(isReconciled, {
      error: 'net + vat must equal gross',
      params: { reason: 'not_reconciled' },
    }),
  );

/**
 * A price split into net (不含税金额), VAT (税额) and gross (含税金额) at a
 * rate, all in whole minor units, with `net + vat = gross` exactly.
 *
 * @example
 * ```ts
 * import type { VatSplit } from 'aftersales/shared';
 * const split: VatSplit = {
 *   net: { amount: '100.00', currency: 'CNY' },
 *   vat: { amount: '13.00', currency: 'CNY' },
 *   gross: { amount: '113.00', currency: 'CNY' },
 *   rate: '0.13',
 *   basis: 'inclusive',
 * };
 * ```
 * @category shared
 * @see REG-7
 */
export type VatSplit = z.infer<typeof VatSplitSchema>;

/**
 * Splits one line amount into net, VAT and gross (REG-7: 13 % by default,
 * prices tax-inclusive by default; both configurable).
 *
 * The rounding point is explicit and single: **the VAT of the line** is
 * computed exactly and rounded once, to the currency's minor units in
 * `config.rounding`; the third amount is then derived by exact addition or
 * subtraction, so `net + vat = gross` always holds and a statement's totals,
 * being sums of its lines' rounded amounts, reconcile to the cent.
 * - Tax-inclusive (`pricesIncludeVat: true`): gross = amount,
 *   vat = round(gross × rate ÷ (1 + rate)), net = gross − vat.
 * - Tax-exclusive: net = amount, vat = round(net × rate), gross = net + vat.
 *
 * The tax-inclusive division is rounded from its exact remainder, never from
 * a 40-digit approximation of a repeating quotient (× 13/113), so ties and
 * near-ties are decided exactly. Negative amounts (refund lines) split
 * symmetrically.
 *
 * Errors: `vat_amount_not_rounded` (round the line first, see `roundMoney`),
 * `vat_config_invalid` (a hand-built config with a bad field), and
 * `money_out_of_range` (a tax-exclusive gross beyond ±10^22).
 *
 * @param amount - the line amount, already rounded to minor units
 * @param config - defaults to {@link defaultVatConfig}
 * @example
 * ```ts
 * import { splitVat } from 'aftersales/shared';
 * splitVat({ amount: '113.00', currency: 'CNY' }).map(({ net, vat }) => [net.amount, vat.amount]);
 * // ok(['100.00', '13.00'])  — tax-inclusive 13 % (REG-7 default)
 * splitVat(
 *   { amount: '100.00', currency: 'CNY' },
 *   { rate: '0.06', pricesIncludeVat: false, rounding: 'half-up' },
 * ).map(({ vat, gross }) => [vat.amount, gross.amount]);
 * // ok(['6.00', '106.00'])  — tax-exclusive 6 %
 * ```
 * @category shared
 * @see REG-7
 * @see §3.5(2)
 */
export function splitVat(
  amount: Money,
  config: VatConfig = defaultVatConfig,
): Result<VatSplit, VatError | MoneyOutOfRangeError> {
  const problem = findVatConfigProblem(config);
  if (problem !== undefined) return err(vatConfigInvalid(problem));
  if (!isRoundedMoney(amount)) return err(vatAmountNotRounded(amount.currency));
  const { currency } = amount;
  const rate = new Decimal(config.rate);
  const digits = minorUnits(currency);
  const value = decimalFromMoney(amount);
  const taxed = value.times(rate);
  const money = (decimal: Decimal) => toMoneyInRange(decimal, currency);
  if (config.pricesIncludeVat) {
    const vat = roundDivision(taxed, rate.plus(1), digits, config.rounding);
    // |vat| ≤ |gross|, so net lies between zero and the gross: always in range.
    return ok(freezeSplit(money(value.minus(vat)), money(vat), money(value), rate, 'inclusive'));
  }
  const vat = taxed.toDecimalPlaces(digits, DECIMAL_ROUNDING[config.rounding]);
  return toMoney(value.plus(vat), currency).map((gross) =>
    freezeSplit(money(value), money(vat), gross, rate, 'exclusive'),
  );
}

function freezeSplit(
  net: Money,
  vat: Money,
  gross: Money,
  rate: Decimal,
  basis: VatBasis,
): VatSplit {
  return Object.freeze({ net, vat, gross, rate: rate.toFixed(), basis });
}
