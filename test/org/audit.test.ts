import { describe, expect, it } from 'vitest';
import { type AuditEntryInput, createAuditEntry } from '../../src/org/index';
import { hostileInputs, reasons } from './fixtures';

const read: AuditEntryInput = {
  id: 'audit_1',
  at: '2024-05-01T08:30:00.000Z',
  actorId: 'emp_sa',
  action: 'unmasked-read',
  subject: { type: 'customer', id: 'cus_42' },
  fields: ['mobilePhone', 'name'],
  clause: '§11.3.4',
};

const override: AuditEntryInput = {
  id: 'audit_2',
  at: '2024-05-01T09:00:00.123Z',
  actorId: 'emp_sm',
  action: 'override',
  subject: { type: 'repair-order', id: 'ro_2024_0001' },
  reason: '老客户，经理同意按上月价格收取',
  clause: '§5.2(3)',
};

describe('audit entries', () => {
  it('§11.3.1–§11.3.4 a read of unmasked personal data is recorded with field names and ids only', () => {
    const entry = createAuditEntry(read)._unsafeUnwrap();
    expect(entry).toEqual(read);
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry.subject)).toBe(true);
    expect(Object.isFrozen(entry.fields)).toBe(true);
    expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
  });

  it('§11.3.1–§11.3.4 an unmasked read must name the fields read', () => {
    const { fields: _omitted, ...withoutFields } = read;
    expect(reasons(createAuditEntry(withoutFields))).toEqual(['fields:fields_required']);
    expect(reasons(createAuditEntry({ ...read, fields: [] }))).toEqual(['fields:too_small']);
    expect(reasons(createAuditEntry({ ...read, fields: ['vin', 'vin'] }))).toEqual([
      'fields:duplicate',
    ]);
  });

  it('§11.3.1–§11.3.4 an override needs a reason of 1–500 characters, trimmed', () => {
    expect(createAuditEntry(override)._unsafeUnwrap().reason).toBe(override.reason);
    const { reason: _omitted, ...withoutReason } = override;
    expect(reasons(createAuditEntry(withoutReason))).toEqual(['reason:reason_required']);
    expect(reasons(createAuditEntry({ ...override, reason: '   ' }))).toEqual(['reason:too_small']);
    expect(reasons(createAuditEntry({ ...override, reason: '价'.repeat(501) }))).toContain(
      'reason:too_big',
    );
    expect(createAuditEntry({ ...override, reason: '  经理批准  ' })._unsafeUnwrap().reason).toBe(
      '经理批准',
    );
  });

  it('§11.3.1–§11.3.4 policy changes and personal-data changes need no reason', () => {
    const change = {
      id: 'audit_3',
      at: '2024-05-02T00:00:00Z',
      actorId: 'emp_sm',
      action: 'policy-change',
      subject: { type: 'capability-map', id: 'dealer_1' },
    } as const;
    expect(createAuditEntry(change).isOk()).toBe(true);
    expect(
      createAuditEntry({ ...change, action: 'personal-data-change', fields: ['email'] }).isOk(),
    ).toBe(true);
  });

  it.each([
    ['a mobile number', '客户电话 13812345678 要求改价'],
    ['a spaced mobile number', 'call back on +86 138 1234 5678'],
    ['an ID-card number', '身份证 11010519491231002X 核对'],
    ['an e-mail address', 'sent to wang.li@example.com'],
    ['a licence plate', '车牌京A·12345客户'],
    ['a VIN', 'VIN LSVAU2180N2183294 recall'],
  ])('§1.2(7) a reason holding %s is rejected', (_what, reason) => {
    const result = createAuditEntry({ ...override, reason });
    expect(reasons(result)).toEqual(['reason:personal_data']);
    expect(JSON.stringify(result._unsafeUnwrapErr())).not.toContain(reason);
  });

  it('§1.2(7) ordinary reasons with order numbers, amounts and model names are accepted', () => {
    for (const reason of [
      '工单 RO20240501000123 返工，经理批准免收工时费 350.00 元',
      '更换新Model 3 电池，按保修处理',
      'goodwill for order 2024-0501-17 after complaint CMP-88',
    ]) {
      expect(createAuditEntry({ ...override, reason }).isOk(), reason).toBe(true);
    }
  });

  it('§1.2(7) a value cannot ride along in an extra property', () => {
    const withPhone = { ...read, mobilePhone: '13812345678' } as AuditEntryInput;
    expect(reasons(createAuditEntry(withPhone))).toEqual([':unrecognized_keys']);
    const nested = { ...read, subject: { type: 'customer', id: 'cus_1', name: '王五' } };
    expect(reasons(createAuditEntry(nested as AuditEntryInput))).toEqual([
      'subject:unrecognized_keys',
    ]);
  });

  it('§11.3.1–§11.3.4 the instant must be UTC and the subject type kebab-case', () => {
    expect(reasons(createAuditEntry({ ...read, at: '2024-05-01 08:30' }))).toEqual([
      'at:instant_format',
    ]);
    expect(
      reasons(createAuditEntry({ ...read, subject: { type: 'Customer Record', id: 'cus_1' } })),
    ).toEqual(['subject.type:invalid_format']);
  });

  it('§11.3.1–§11.3.4 hostile input returns validation_failed and never throws', () => {
    for (const input of hostileInputs) {
      const result = createAuditEntry(input as AuditEntryInput);
      expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    }
  });
});
