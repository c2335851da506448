import { describe, expect, it } from 'vitest';
import {
  defineCustomerClass,
  PartsCustomerClassSchema,
  parsePartsCustomerClass,
  updateCustomerClass,
} from '../../../src/parts/sales/index';
import { AT, clerk, cny, fleet, supervisor } from './fixtures';

const ctx = { at: AT, actor: supervisor };

describe('customer classes (配件客户分类)', () => {
  it('§6.3.2 a class has a price level, a credit limit and payment terms; defining needs parts-customer.manage', () => {
    expect(fleet).toMatchObject({
      code: 'FLEET',
      kind: 'fleet',
      priceLevel: { kind: 'discount', rate: '0.12' },
      creditLimit: cny('1000.00'),
      paymentTermsDays: 30,
      active: true,
      version: 0,
    });
    expect(PartsCustomerClassSchema.safeParse(JSON.parse(JSON.stringify(fleet))).success).toBe(
      true,
    );
    const input = {
      id: 'pcc_retail',
      code: 'RETAIL',
      kind: 'retail' as const,
      priceLevel: { kind: 'discount' as const, rate: '0' },
      creditLimit: cny('0.00'),
      paymentTermsDays: 0,
    };
    const defined = defineCustomerClass(input, ctx)._unsafeUnwrap();
    expect(defined.events.map((e) => e.type)).toEqual(['parts.customer-class-defined']);
    expect(defineCustomerClass(input, { at: AT, actor: clerk })._unsafeUnwrapErr().code).toBe(
      'forbidden',
    );
  });

  it('§6.3.2 a discount rate is a decimal in [0, 1) and a credit limit is never negative', () => {
    const base = {
      id: 'pcc_x',
      code: 'X',
      kind: 'other' as const,
      creditLimit: cny('10.00'),
      paymentTermsDays: 10,
    };
    for (const rate of ['1', '1.5', '-0.1', '0.12345', '12%']) {
      const result = defineCustomerClass({ ...base, priceLevel: { kind: 'discount', rate } }, ctx);
      expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    }
    const negative = defineCustomerClass(
      { ...base, priceLevel: { kind: 'discount', rate: '0.1' }, creditLimit: cny('-1.00') },
      ctx,
    );
    expect(negative._unsafeUnwrapErr().code).toBe('validation_failed');
    expect(parsePartsCustomerClass({ nonsense: true }).isErr()).toBe(true);
  });

  it('§6.3.2 updating a class records only the fields that changed', () => {
    const changed = updateCustomerClass(
      fleet,
      { paymentTermsDays: 45, kind: 'fleet' },
      ctx,
    )._unsafeUnwrap();
    expect(changed.value.paymentTermsDays).toBe(45);
    expect(changed.events[0]?.payload).toMatchObject({ changedFields: ['paymentTermsDays'] });
    const same = updateCustomerClass(fleet, { paymentTermsDays: 30 }, ctx)._unsafeUnwrap();
    expect(same.value).toBe(fleet);
    expect(same.events).toEqual([]);
  });
});
