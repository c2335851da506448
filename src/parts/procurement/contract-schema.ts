import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import { CalendarDateSchema, CurrencyCodeSchema, entityBaseShape } from '../../shared/index';
import { SupplierIdSchema } from '../ids';
import { PartNumberSchema, UnitCostSchema } from '../schema';
import { PercentSchema } from './decimal-text';
import { ContractIdSchema } from './ids';

/**
 * When a supplier invoice falls due (付款条件): `dueDays` after the invoice
 * date, after the goods were received, or after the end of the invoice's
 * month (月结).
 *
 * @example
 * ```ts
 * PaymentTermsSchema.parse({ basis: 'month-end', dueDays: 30 });
 * ```
 * @category parts
 * @see §6.1.3
 */
export const PaymentTermsSchema = z.object({
  basis: z.enum(['invoice-date', 'receipt-date', 'month-end']),
  dueDays: z.int().check(z.gte(0), z.lte(365)),
});

/**
 * What the supplier takes back (退货条款): rejected or defective goods within
 * `returnWindowDays` of receipt, whether it replaces them free of charge, and
 * the restocking fee (percent of the line value) on returns of good stock.
 *
 * @example
 * ```ts
 * ReturnTermsSchema.parse({ returnWindowDays: 30, replacesDefective: true, restockingFeePercent: '10' });
 * ```
 * @category parts
 * @see §6.1.3
 */
export const ReturnTermsSchema = z.object({
  returnWindowDays: z.int().check(z.gte(0), z.lte(365)),
  replacesDefective: z.boolean(),
  restockingFeePercent: PercentSchema,
});

/**
 * One price agreement of a contract: the agreed unit price of a part number.
 *
 * @example
 * ```ts
 * PriceAgreementSchema.parse({ partNumber: '90915-YZZE1', unitPrice: { amount: '36.00', currency: 'CNY' } });
 * ```
 * @category parts
 * @see §6.1.3
 */
export const PriceAgreementSchema = z.object({
  partNumber: PartNumberSchema,
  unitPrice: UnitCostSchema,
});

/**
 * Schema of a purchase contract (采购合同) that sets out both parties' rights
 * and duties: supplier, contract number, validity (`validFrom`–`validTo`,
 * inclusive dealer dates; reason `validity_reversed`), currency, price
 * agreements per part number (each at most once, in the contract's currency:
 * reasons `duplicate_part_number`, `currency_mismatch`), payment terms and
 * return terms.
 *
 * @example
 * ```ts
 * PurchaseContractSchema.parse({
 *   id: 'pc_2026_faw', supplierId: 'sup_faw', contractNumber: 'HT-2026-001', currency: 'CNY',
 *   validFrom: '2026-01-01', validTo: '2026-12-31',
 *   priceAgreements: [{ partNumber: '90915-YZZE1', unitPrice: { amount: '36.00', currency: 'CNY' } }],
 *   paymentTerms: { basis: 'invoice-date', dueDays: 30 },
 *   returnTerms: { returnWindowDays: 30, replacesDefective: true, restockingFeePercent: '0' },
 *   signedBy: 'emp_whs', version: 0, createdAt: at, updatedAt: at,
 * });
 * ```
 * @category parts
 * @see §6.1.3
 */
export const PurchaseContractSchema = z
  .object({
    ...entityBaseShape,
    id: ContractIdSchema,
    supplierId: SupplierIdSchema,
    contractNumber: z.string().check(z.minLength(1), z.maxLength(60)),
    currency: CurrencyCodeSchema,
    validFrom: CalendarDateSchema,
    validTo: CalendarDateSchema,
    priceAgreements: z.array(PriceAgreementSchema).check(z.maxLength(10_000)),
    paymentTerms: PaymentTermsSchema,
    returnTerms: ReturnTermsSchema,
    signedBy: EmployeeIdSchema,
  })
  .check(
    z.refine((c) => c.validFrom <= c.validTo, {
      path: ['validTo'],
      message: 'must not be before validFrom',
      params: { reason: 'validity_reversed' },
    }),
    z.refine(
      (c) => new Set(c.priceAgreements.map((a) => a.partNumber)).size === c.priceAgreements.length,
      {
        path: ['priceAgreements'],
        message: 'each part number is agreed at most once',
        params: { reason: 'duplicate_part_number' },
      },
    ),
    z.refine((c) => c.priceAgreements.every((a) => a.unitPrice.currency === c.currency), {
      path: ['priceAgreements'],
      message: "agreed prices must be in the contract's currency",
      params: { reason: 'currency_mismatch' },
    }),
  );

/**
 * A parsed {@link PurchaseContractSchema}.
 *
 * @example
 * ```ts
 * const contract: PurchaseContract = signPurchaseContract(input, context)._unsafeUnwrap().contract;
 * ```
 * @category parts
 * @see §6.1.3
 */
export type PurchaseContract = z.infer<typeof PurchaseContractSchema>;

/**
 * Payment terms of a contract.
 *
 * @example
 * ```ts
 * const terms: PaymentTerms = contract.paymentTerms;
 * ```
 * @category parts
 * @see §6.1.3
 */
export type PaymentTerms = z.infer<typeof PaymentTermsSchema>;

/**
 * Return terms of a contract.
 *
 * @example
 * ```ts
 * const terms: ReturnTerms = contract.returnTerms;
 * ```
 * @category parts
 * @see §6.1.3
 */
export type ReturnTerms = z.infer<typeof ReturnTermsSchema>;
