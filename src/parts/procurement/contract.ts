import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  addCalendarDays,
  type CalendarDate,
  CalendarDateSchema,
  compareMoney,
  type Money,
  parseWith,
} from '../../shared/index';
import type { PartNumber } from '../schema';
import { checkContext, type ProcurementContext, permit } from './context';
import {
  type PaymentTerms,
  type PurchaseContract,
  PurchaseContractSchema,
  type ReturnTerms,
} from './contract-schema';
import type { ProcurementError } from './errors';
import { type ProcurementEvent, procurementEvent } from './events';

/**
 * What {@link signPurchaseContract} takes: the contract without the fields
 * it fills in (`signedBy`, `version`, `createdAt`, `updatedAt`).
 *
 * @example
 * ```ts
 * const input: PurchaseContractInput = {
 *   id: 'pc_1', supplierId: 'sup_faw', contractNumber: 'HT-2026-001', currency: 'CNY',
 *   validFrom: '2026-01-01', validTo: '2026-12-31', priceAgreements: [],
 *   paymentTerms: { basis: 'invoice-date', dueDays: 30 },
 *   returnTerms: { returnWindowDays: 30, replacesDefective: true, restockingFeePercent: '0' },
 * };
 * ```
 * @category parts
 * @see §6.1.3
 */
export type PurchaseContractInput = Omit<
  z.input<typeof PurchaseContractSchema>,
  'signedBy' | 'version' | 'createdAt' | 'updatedAt'
>;

/**
 * A signed contract and its `parts.contract-signed` event.
 *
 * @example
 * ```ts
 * const { contract, events }: ContractChange = signPurchaseContract(input, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.3
 */
export interface ContractChange {
  readonly contract: PurchaseContract;
  readonly events: readonly ProcurementEvent[];
}

/**
 * Records a signed purchase contract (签订采购合同). Needs `contract.manage`.
 *
 * Errors: `validation_failed` (reasons include `validity_reversed`,
 * `duplicate_part_number`, `currency_mismatch`), `forbidden`.
 *
 * @example
 * ```ts
 * const { contract } = signPurchaseContract(input, { at, actor: supervisor })._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.3
 */
export function signPurchaseContract(
  input: PurchaseContractInput,
  context: ProcurementContext,
): Result<ContractChange, ProcurementError> {
  return checkContext(context).andThen(({ at, actor }) =>
    permit(context, 'contract.manage').andThen(() =>
      parseWith(
        PurchaseContractSchema,
        { ...input, signedBy: actor.id, version: 0, createdAt: at, updatedAt: at },
        '§6.1.3',
      ).map((contract) => ({
        contract,
        events: [
          procurementEvent('parts.contract-signed', contract.id, at, {
            contractId: contract.id,
            supplierId: contract.supplierId,
            validFrom: contract.validFrom,
            validTo: contract.validTo,
            agreements: contract.priceAgreements.length,
            actorId: actor.id,
          }),
        ],
      })),
    ),
  );
}

/**
 * How an order line's price stands against the contract: `within-contract`
 * (at or below the agreed price), `above-contract`, `no-agreement` (the
 * contract does not price this part number), `contract-expired` (the order
 * date is outside the contract's validity) or `no-contract`. Anything but
 * `within-contract` flags the line (合同外价格) and the order then needs
 * `purchase-order.approve`.
 *
 * @example
 * ```ts
 * const check: PriceCheck = { status: 'above-contract', agreedPrice: { amount: '36.00', currency: 'CNY' } };
 * ```
 * @category parts
 * @see §6.1.3
 */
export interface PriceCheck {
  readonly status:
    | 'within-contract'
    | 'above-contract'
    | 'no-agreement'
    | 'contract-expired'
    | 'no-contract';
  readonly agreedPrice: Money | null;
}

/**
 * Checks a unit price against a contract on the order date. A price in
 * another currency than the agreed one cannot be shown to be within the
 * contract, so it counts as `above-contract`.
 *
 * @param contract - the supplier's contract, or `null` when there is none
 * @param orderDate - the order's dealer date
 * @example
 * ```ts
 * checkContractPrice(contract, '90915-YZZE1' as PartNumber, { amount: '38.00', currency: 'CNY' }, '2026-03-02' as CalendarDate);
 * // { status: 'above-contract', agreedPrice: { amount: '36.00', currency: 'CNY' } }
 * ```
 * @category parts
 * @see §6.1.3
 */
export function checkContractPrice(
  contract: PurchaseContract | null,
  partNumber: PartNumber,
  unitPrice: Money,
  orderDate: CalendarDate,
): PriceCheck {
  if (contract === null) return { status: 'no-contract', agreedPrice: null };
  const agreement = contract.priceAgreements.find((a) => a.partNumber === partNumber);
  const agreedPrice = agreement?.unitPrice ?? null;
  if (orderDate < contract.validFrom || orderDate > contract.validTo) {
    return { status: 'contract-expired', agreedPrice };
  }
  if (agreedPrice === null) return { status: 'no-agreement', agreedPrice };
  const within = compareMoney(unitPrice, agreedPrice).unwrapOr(1) <= 0;
  return { status: within ? 'within-contract' : 'above-contract', agreedPrice };
}

/**
 * The agreed unit price of a part number on a date, or `null` when the
 * contract is not valid then or does not price the part.
 *
 * @example
 * ```ts
 * agreedUnitPrice(contract, '90915-YZZE1' as PartNumber, '2026-03-02' as CalendarDate); // { amount: '36.00', currency: 'CNY' }
 * ```
 * @category parts
 * @see §6.1.3
 */
export function agreedUnitPrice(
  contract: PurchaseContract | null,
  partNumber: PartNumber,
  date: CalendarDate,
): Money | null {
  if (contract === null || date < contract.validFrom || date > contract.validTo) return null;
  return contract.priceAgreements.find((a) => a.partNumber === partNumber)?.unitPrice ?? null;
}

const DueInputSchema = z.object({
  invoiceDate: CalendarDateSchema,
  receivedOn: CalendarDateSchema,
});

function endOfMonth(date: CalendarDate): CalendarDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const next =
    month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addCalendarDays(next as CalendarDate, -1);
}

/**
 * The date a supplier invoice falls due under a contract's payment terms.
 *
 * Errors: `validation_failed` (a malformed date).
 *
 * @example
 * ```ts
 * computePaymentDueDate({ basis: 'month-end', dueDays: 30 }, { invoiceDate: '2026-03-10', receivedOn: '2026-03-08' });
 * // ok('2026-04-30')
 * ```
 * @category parts
 * @see §6.1.3
 */
export function computePaymentDueDate(
  terms: PaymentTerms,
  dates: { readonly invoiceDate: string; readonly receivedOn: string },
): Result<CalendarDate, ProcurementError> {
  return parseWith(DueInputSchema, dates, '§6.1.3').map(({ invoiceDate, receivedOn }) => {
    const start =
      terms.basis === 'receipt-date'
        ? receivedOn
        : terms.basis === 'month-end'
          ? endOfMonth(invoiceDate)
          : invoiceDate;
    return addCalendarDays(start, terms.dueDays);
  });
}

/**
 * The last day goods received on `receivedOn` may be returned under a
 * contract's return terms.
 *
 * @example
 * ```ts
 * computeReturnDeadline({ returnWindowDays: 30, replacesDefective: true, restockingFeePercent: '0' }, '2026-03-02' as CalendarDate); // '2026-04-01'
 * ```
 * @category parts
 * @see §6.1.3
 */
export function computeReturnDeadline(terms: ReturnTerms, receivedOn: CalendarDate): CalendarDate {
  return addCalendarDays(receivedOn, terms.returnWindowDays);
}
