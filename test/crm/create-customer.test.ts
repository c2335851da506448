import { describe, expect, it } from 'vitest';
import {
  type CustomerInput,
  createCustomer,
  crmMessages,
  updateCustomer,
} from '../../src/crm/index';
import { formatError, sharedMessages } from '../../src/shared/index';
import {
  advisor,
  at,
  csAgent,
  csSupervisor,
  customer,
  customerInput,
  hostileInputs,
  NAME,
  PHONE,
  partsClerk,
  reasons,
  T0,
  technician,
} from './fixtures';

describe('createCustomer', () => {
  it('§7.1.1 records kind, normalised phone, source channel and the consents given at creation', () => {
    const { customer: created, events } = createCustomer(customerInput(), {
      id: 'cus_1',
      at: T0,
      actor: advisor,
    })._unsafeUnwrap();
    expect(created).toMatchObject({
      id: 'cus_1',
      version: 0,
      createdAt: T0,
      updatedAt: T0,
      kind: 'person',
      name: NAME,
      mobilePhone: PHONE,
      sourceChannel: 'walk-in',
      email: null,
    });
    expect(created.consents).toEqual([
      {
        purpose: 'service-contact',
        granted: true,
        channel: 'walk-in',
        at: T0,
        recordedBy: 'emp_sa',
      },
      { purpose: 'marketing', granted: true, channel: 'walk-in', at: T0, recordedBy: 'emp_sa' },
    ]);
    expect(events.map((e) => e.type)).toEqual(['crm.customer-created']);
    expect(events[0]?.payload).toEqual({
      customerId: 'cus_1',
      sourceChannel: 'walk-in',
      actorId: 'emp_sa',
    });
  });

  it('§7.1.1 a company / fleet account keeps a contact person', () => {
    const fleet = customer({ kind: 'company', name: '顺达物流有限公司', contactName: '李四' });
    expect(fleet.kind).toBe('company');
    expect(fleet.contactName).toBe('李四');
  });

  it('§2.2.2(3) reception may create customers; the workshop and the warehouse may not', () => {
    expect(createCustomer(customerInput(), { id: 'cus_1', at: T0, actor: advisor }).isOk()).toBe(
      true,
    );
    for (const who of [technician, partsClerk]) {
      const error = createCustomer(customerInput(), {
        id: 'cus_1',
        at: T0,
        actor: who,
      })._unsafeUnwrapErr();
      expect(error).toMatchObject({
        code: 'forbidden',
        clause: '§2.2.2(3)',
        data: { capability: 'customer.create' },
      });
    }
  });

  it('§7.1.1 bad input returns validation_failed naming the field, never the value', () => {
    const result = createCustomer(customerInput({ mobilePhone: '12812345678' }), {
      id: 'cus_1',
      at: T0,
      actor: advisor,
    });
    expect(reasons(result)).toEqual(['mobilePhone:prefix']);
    const error = result._unsafeUnwrapErr();
    expect(error.clause).toBe('§7.1.1');
    expect(JSON.stringify(error)).not.toContain('12812345678');
    expect(formatError(error, 'zh-CN', sharedMessages, crmMessages)).not.toContain('12812345678');
  });

  it('§7.1.1 refuses unknown fields and a bad id', () => {
    const extra = { ...customerInput(), vip: true } as unknown as CustomerInput;
    expect(reasons(createCustomer(extra, { id: 'cus_1', at: T0, actor: advisor }))).toEqual([
      ':unrecognized_keys',
    ]);
    expect(
      createCustomer(customerInput(), { id: '', at: T0, actor: advisor })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });

  it('§7.1.1 never throws on hostile input', () => {
    for (const input of hostileInputs) {
      const result = createCustomer(input as CustomerInput, {
        id: 'cus_1',
        at: T0,
        actor: advisor,
      });
      expect(result.isErr()).toBe(true);
    }
  });
});

describe('updateCustomer', () => {
  const later = at('2026-04-01T03:00:00.000Z');

  it('§7.1.3 keeps a history entry with each changed field before and after', () => {
    const original = customer();
    const {
      customer: updated,
      revision,
      events,
    } = updateCustomer(
      original,
      { mobilePhone: '139 0000 1111', email: 'zhang@example.com', name: NAME },
      { revisionId: 'rev_1', at: later, actor: csAgent },
    )._unsafeUnwrap();
    expect(updated.mobilePhone).toBe('13900001111');
    expect(updated.updatedAt).toBe(later);
    expect(updated.createdAt).toBe(T0);
    expect(revision).toEqual({
      id: 'rev_1',
      version: 0,
      createdAt: later,
      updatedAt: later,
      subjectType: 'customer',
      subjectId: 'cus_1',
      subjectVersion: 1,
      at: later,
      actorId: 'emp_cs1',
      changes: [
        { field: 'mobilePhone', before: PHONE, after: '13900001111' },
        { field: 'email', before: null, after: 'zhang@example.com' },
      ],
    });
    expect(events[0]?.payload).toEqual({
      customerId: 'cus_1',
      changedFields: ['mobilePhone', 'email'],
      actorId: 'emp_cs1',
    });
    // The event names fields, never values (§1.2(7)).
    expect(JSON.stringify(events)).not.toContain('13900001111');
    expect(original.mobilePhone).toBe(PHONE);
  });

  it('§7.1.3 a change set that changes nothing writes no history and no event', () => {
    const original = customer();
    const result = updateCustomer(
      original,
      { name: NAME, mobilePhone: '+86 13812345678' },
      { revisionId: 'rev_1', at: later, actor: csAgent },
    )._unsafeUnwrap();
    expect(result).toEqual({ customer: original, revision: null, events: [] });
  });

  it('§7.1.3 null clears an optional field', () => {
    const { customer: updated } = updateCustomer(
      customer(),
      { birthday: null },
      { revisionId: 'rev_1', at: later, actor: csSupervisor },
    )._unsafeUnwrap();
    expect(updated.birthday).toBeNull();
  });

  it('§2.2.2(3) reception and customer service may update; a technician may not', () => {
    const ctx = (actor: typeof advisor) => ({ revisionId: 'rev_1', at: later, actor });
    for (const who of [advisor, csAgent, csSupervisor]) {
      expect(updateCustomer(customer(), { email: null }, ctx(who)).isOk()).toBe(true);
    }
    expect(
      updateCustomer(customer(), { email: null }, ctx(technician))._unsafeUnwrapErr().code,
    ).toBe('forbidden');
  });

  it('§7.1.3 consents and ids cannot be changed through an update', () => {
    const result = updateCustomer(customer(), { consents: [] } as never, {
      revisionId: 'rev_1',
      at: later,
      actor: csAgent,
    });
    expect(reasons(result)).toEqual([':unrecognized_keys']);
  });
});
