import { describe, expect, it } from 'vitest';
import {
  creditLimitOf,
  reclassifyPartsCustomer,
  registerPartsCustomer,
  setPartsCustomerTerms,
  updateCustomerClass,
} from '../../../src/parts/sales/index';
import { AT, advisor, cny, customer, fleet, insurance, supervisor } from './fixtures';

const ctx = { at: AT, actor: supervisor };

describe('parts customers', () => {
  it('§6.3.2 a customer joins an active class and its events hold ids only', () => {
    expect(customer).toMatchObject({ code: 'C0001', classId: 'pcc_fleet', status: 'active' });
    const registered = registerPartsCustomer(
      { id: 'pcu_2', code: 'C2', classId: 'pcc_fleet', crmCustomerId: 'cus_9' },
      fleet,
      ctx,
    )._unsafeUnwrap();
    expect(Object.keys(registered.events[0]?.payload ?? {}).sort()).toEqual([
      'actorId',
      'classId',
      'customerId',
    ]);
    const retired = updateCustomerClass(fleet, { active: false }, ctx)._unsafeUnwrap().value;
    const refused = registerPartsCustomer(
      { id: 'pcu_3', code: 'C3', classId: 'pcc_fleet' },
      retired,
      ctx,
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 'customer_class_inactive',
      clause: '§6.3.2',
    });
    const mismatch = registerPartsCustomer(
      { id: 'pcu_3', code: 'C3', classId: 'pcc_fleet' },
      insurance,
      ctx,
    );
    expect(mismatch._unsafeUnwrapErr().code).toBe('customer_class_mismatch');
    expect(
      registerPartsCustomer({ id: 'pcu_3', code: 'C3', classId: 'pcc_fleet' }, fleet, {
        at: AT,
        actor: advisor,
      })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
  });

  it('§6.3.2 reclassifying moves a customer to another class', () => {
    const moved = reclassifyPartsCustomer(customer, insurance, ctx)._unsafeUnwrap();
    expect(moved.value.classId).toBe('pcc_insurance');
    expect(moved.events[0]).toMatchObject({
      type: 'parts.customer-reclassified',
      payload: { fromClassId: 'pcc_fleet', toClassId: 'pcc_insurance' },
    });
    expect(reclassifyPartsCustomer(customer, fleet, ctx)._unsafeUnwrap().events).toEqual([]);
  });

  it('§6.3.2 a customer limit overrides the class limit; blocking is recorded', () => {
    expect(creditLimitOf(customer, fleet)).toEqual(cny('1000.00'));
    const raised = setPartsCustomerTerms(
      customer,
      { creditLimit: cny('3000') },
      ctx,
    )._unsafeUnwrap();
    expect(creditLimitOf(raised.value, fleet)).toEqual(cny('3000.00'));
    expect(raised.events[0]?.payload).toMatchObject({ changedFields: ['creditLimit'] });
    const blocked = setPartsCustomerTerms(customer, { status: 'blocked' }, ctx)._unsafeUnwrap();
    expect(blocked.value.status).toBe('blocked');
    expect(blocked.events[0]?.type).toBe('parts.customer-terms-changed');
    expect(
      setPartsCustomerTerms(customer, { creditLimit: cny('-5.00') }, ctx)._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });
});
