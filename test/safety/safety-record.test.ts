import { describe, expect, it } from 'vitest';
import {
  parseSafetyConfig,
  registerSafetyRecord,
  type SafetyRecord,
  type SafetyRecordInput,
  summarizeSafetyRecords,
} from '../../src/safety/index';
import type { ValidationError } from '../../src/shared/index';
import { at, day, safetyOfficer, T0, technician } from './fixtures';

const fine: SafetyRecordInput = {
  kind: 'penalty',
  form: 'fine',
  recipientType: 'employee',
  recipientId: 'emp_t',
  linkType: 'inspection',
  linkId: 'sin_1',
  amount: { amount: '200.00', currency: 'CNY' },
  reason: '未按规程使用举升机',
};

const bonus: SafetyRecordInput = {
  kind: 'reward',
  form: 'bonus',
  recipientType: 'team',
  recipientId: 'team_m1',
  linkType: 'incident',
  linkId: 'inc_1',
  amount: { amount: '500', currency: 'CNY' },
  reason: '及时扑灭初起火灾',
};

function register(input: SafetyRecordInput, id: string, when = T0): SafetyRecord {
  return registerSafetyRecord(input, { id, at: when, actor: safetyOfficer })._unsafeUnwrap().record;
}

describe('registerSafetyRecord', () => {
  it('§9.1.3 records a penalty linked to an inspection, money as a decimal string', () => {
    const { record, events } = registerSafetyRecord(fine, {
      id: 'srd_1',
      at: T0,
      actor: safetyOfficer,
    })._unsafeUnwrap();
    expect(record).toMatchObject({
      kind: 'penalty',
      linkType: 'inspection',
      linkId: 'sin_1',
      amount: { amount: '200.00', currency: 'CNY' },
      decidedOn: '2026-03-02',
      decidedBy: 'emp_so',
    });
    expect(events[0]).toMatchObject({
      type: 'safety.record-registered',
      payload: { linkId: 'sin_1', kind: 'penalty' },
    });
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('§9.1.3 a reward for a team is linked to an incident; amounts are canonical', () => {
    expect(register(bonus, 'srd_2').amount).toEqual({ amount: '500.00', currency: 'CNY' });
    const commendation = register({ ...bonus, form: 'commendation', amount: null }, 'srd_3');
    expect(commendation.amount).toBeNull();
  });

  it('§9.1.3 the form must match the kind, and only bonuses and fines carry money', () => {
    for (const wrong of [
      { ...fine, form: 'bonus' },
      { ...fine, form: 'warning' },
      { ...bonus, amount: null },
    ] as SafetyRecordInput[]) {
      const error = registerSafetyRecord(wrong, { id: 'srd_9', at: T0, actor: safetyOfficer });
      expect((error._unsafeUnwrapErr() as ValidationError).data.issues[0]?.reason).toBe(
        'form_mismatch',
      );
    }
  });

  it('§9.1.3 the amount is positive and in the configured currency', () => {
    const zero = registerSafetyRecord(
      { ...fine, amount: { amount: '0', currency: 'CNY' } },
      { id: 'srd_9', at: T0, actor: safetyOfficer },
    );
    expect(zero._unsafeUnwrapErr()).toMatchObject({
      code: 'safety_record_amount_invalid',
      data: { reason: 'not_positive' },
    });
    const usd = registerSafetyRecord(
      { ...fine, amount: { amount: '20', currency: 'USD' } },
      { id: 'srd_9', at: T0, actor: safetyOfficer },
    );
    expect(usd._unsafeUnwrapErr()).toMatchObject({ data: { reason: 'currency' } });
    const config = parseSafetyConfig({ currency: 'USD' })._unsafeUnwrap();
    expect(
      registerSafetyRecord(
        { ...fine, amount: { amount: '20', currency: 'USD' } },
        { id: 'srd_9', at: T0, actor: safetyOfficer, config },
      ).isOk(),
    ).toBe(true);
  });

  it('§9.1.3 the capability follows the link', () => {
    expect(
      registerSafetyRecord(fine, { id: 'srd_1', at: T0, actor: technician })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'forbidden',
      data: { capability: 'safety-inspection.record' },
    });
    expect(
      registerSafetyRecord(bonus, { id: 'srd_1', at: T0, actor: technician })._unsafeUnwrapErr(),
    ).toMatchObject({
      data: { capability: 'incident.manage' },
    });
  });
});

describe('summarizeSafetyRecords', () => {
  it('§9.1.3 sums rewards and penalties of a period exactly', () => {
    const records = [
      register(fine, 'srd_1'),
      register({ ...fine, amount: { amount: '0.10', currency: 'CNY' } }, 'srd_2'),
      register({ ...fine, form: 'warning', amount: null }, 'srd_3'),
      register(bonus, 'srd_4'),
      register(fine, 'srd_5', at('2026-04-02T02:00:00.000Z')),
    ];
    const march = summarizeSafetyRecords(records, {
      from: day('2026-03-01'),
      to: day('2026-03-31'),
    })._unsafeUnwrap();
    expect(march.penalties).toEqual({ count: 3, total: { amount: '200.10', currency: 'CNY' } });
    expect(march.rewards).toEqual({ count: 1, total: { amount: '500.00', currency: 'CNY' } });
    expect(summarizeSafetyRecords(records)._unsafeUnwrap().penalties.count).toBe(4);
    expect(summarizeSafetyRecords(records, {}, 'USD')._unsafeUnwrapErr().code).toBe(
      'currency_mismatch',
    );
  });
});
