import { describe, expect, it } from 'vitest';
import type { PartNumber } from '../../../src/parts/index';
import {
  agreedUnitPrice,
  checkContractPrice,
  computePaymentDueDate,
  computeReturnDeadline,
  PurchaseContractSchema,
  signPurchaseContract,
} from '../../../src/parts/procurement/index';
import type { CalendarDate } from '../../../src/shared/index';
import { AT, clerk, cny, contract, filter, pads } from './fixtures';

const on = (text: string) => text as CalendarDate;

describe('purchase contracts', () => {
  it('§6.1.3 a contract holds supplier, price agreements, validity, payment and return terms', () => {
    const signed = contract();
    expect(PurchaseContractSchema.safeParse(signed).success).toBe(true);
    expect(signed).toMatchObject({
      supplierId: 'sup_faw',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      paymentTerms: { basis: 'invoice-date', dueDays: 30 },
      returnTerms: { returnWindowDays: 30, replacesDefective: true },
      signedBy: 'emp_whs',
    });
    expect(signed.priceAgreements).toHaveLength(2);
  });

  it('§6.1.3 signing needs contract.manage; validity and agreements are checked', () => {
    const input = { ...contract(), id: 'pc_2' } as Record<string, unknown>;
    expect(
      signPurchaseContract(input as never, { at: AT, actor: clerk })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    const reasons = (overrides: Record<string, unknown>) => {
      const result = signPurchaseContract({ ...input, ...overrides } as never, {
        at: AT,
        actor: { id: 'emp_whs', roles: ['warehouse-supervisor'] } as never,
      });
      return result.isErr() && result.error.code === 'validation_failed'
        ? result.error.data.issues.map((issue) => issue.reason)
        : [];
    };
    expect(reasons({ validTo: '2025-12-31' })).toContain('validity_reversed');
    expect(
      reasons({
        priceAgreements: [
          { partNumber: filter.partNumber, unitPrice: cny('1.00') },
          { partNumber: filter.partNumber.toLowerCase(), unitPrice: cny('2.00') },
        ],
      }),
    ).toContain('duplicate_part_number');
    expect(
      reasons({
        priceAgreements: [
          { partNumber: filter.partNumber, unitPrice: { amount: '1.00', currency: 'USD' } },
        ],
      }),
    ).toContain('currency_mismatch');
  });

  it('§6.1.3 a price above the agreement, without agreement or outside validity is outside the contract', () => {
    const c = contract();
    const date = on('2026-03-02');
    expect(checkContractPrice(c, filter.partNumber, cny('36.00'), date)).toEqual({
      status: 'within-contract',
      agreedPrice: cny('36.00'),
    });
    expect(checkContractPrice(c, filter.partNumber, cny('35.00'), date).status).toBe(
      'within-contract',
    );
    expect(checkContractPrice(c, filter.partNumber, cny('36.01'), date).status).toBe(
      'above-contract',
    );
    expect(checkContractPrice(c, pads.partNumber, cny('1.00'), date)).toEqual({
      status: 'no-agreement',
      agreedPrice: null,
    });
    expect(checkContractPrice(c, filter.partNumber, cny('36.00'), on('2027-01-01')).status).toBe(
      'contract-expired',
    );
    expect(checkContractPrice(c, filter.partNumber, cny('36.00'), on('2026-12-31')).status).toBe(
      'within-contract',
    );
    expect(checkContractPrice(null, filter.partNumber, cny('36.00'), date).status).toBe(
      'no-contract',
    );
    expect(
      checkContractPrice(c, filter.partNumber, { amount: '1.00', currency: 'USD' } as never, date)
        .status,
    ).toBe('above-contract');
    expect(agreedUnitPrice(c, filter.partNumber, on('2027-01-01'))).toBeNull();
    expect(agreedUnitPrice(c, 'NOPE' as PartNumber, date)).toBeNull();
  });

  it('§6.1.3 payment terms give the due date; return terms the return deadline', () => {
    const dates = { invoiceDate: '2026-03-10', receivedOn: '2026-03-08' };
    expect(
      computePaymentDueDate({ basis: 'invoice-date', dueDays: 30 }, dates)._unsafeUnwrap(),
    ).toBe('2026-04-09');
    expect(
      computePaymentDueDate({ basis: 'receipt-date', dueDays: 0 }, dates)._unsafeUnwrap(),
    ).toBe('2026-03-08');
    expect(computePaymentDueDate({ basis: 'month-end', dueDays: 30 }, dates)._unsafeUnwrap()).toBe(
      '2026-04-30',
    );
    expect(
      computePaymentDueDate(
        { basis: 'month-end', dueDays: 0 },
        { ...dates, invoiceDate: '2026-12-05' },
      )._unsafeUnwrap(),
    ).toBe('2026-12-31');
    expect(
      computePaymentDueDate(
        { basis: 'invoice-date', dueDays: 1 },
        { ...dates, invoiceDate: 'x' },
      ).isErr(),
    ).toBe(true);
    expect(
      computeReturnDeadline(
        { returnWindowDays: 30, replacesDefective: true, restockingFeePercent: '0' },
        on('2026-03-02'),
      ),
    ).toBe('2026-04-01');
  });
});
