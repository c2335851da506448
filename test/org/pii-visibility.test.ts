import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_FIELDS,
  defaultFieldVisibility,
  isFieldVisible,
  maskedCustomerFields,
  parseFieldVisibility,
  ROLES,
  visibleCustomerFields,
} from '../../src/org/index';
import { actor, hostileInputs, reasons } from './fixtures';

describe('customer field visibility', () => {
  it('§11.3.1–§11.3.4 the service manager sees every field unmasked', () => {
    expect(visibleCustomerFields(actor('emp_sm', ['service-manager']))).toEqual([
      ...CUSTOMER_FIELDS,
    ]);
  });

  it('§11.3.1–§11.3.4 advisors see name, phone, VIN and plate; CS roles name and phone', () => {
    expect(visibleCustomerFields(actor('emp_sa', ['service-advisor']))).toEqual([
      'name',
      'mobilePhone',
      'vin',
      'licencePlate',
    ]);
    for (const role of ['cs-agent', 'cs-supervisor'] as const) {
      expect(visibleCustomerFields(actor('emp_cs', [role]))).toEqual(['name', 'mobilePhone']);
    }
  });

  it('§11.3.1–§11.3.4 workshop roles see only the vehicle identifiers', () => {
    for (const role of [
      'workshop-supervisor',
      'team-leader',
      'technician',
      'qc-inspector',
    ] as const) {
      expect(visibleCustomerFields(actor('emp_w', [role]))).toEqual(['vin', 'licencePlate']);
    }
  });

  it('§1.2(7) warehouse, parts, safety and training roles see every field masked', () => {
    for (const role of [
      'warehouse-supervisor',
      'parts-clerk',
      'safety-officer',
      'trainer',
    ] as const) {
      const someone = actor('emp_x', [role]);
      expect(visibleCustomerFields(someone)).toEqual([]);
      expect(maskedCustomerFields(someone)).toEqual([...CUSTOMER_FIELDS]);
    }
  });

  it('§1.2(7) nobody but the service manager sees the ID-card number by default', () => {
    const seers = ROLES.filter((role) => isFieldVisible(actor('emp_x', [role]), 'idCardNumber'));
    expect(seers).toEqual(['service-manager']);
  });

  it('§11.3.1–§11.3.4 several roles see the union; grants do not widen visibility', () => {
    const both = actor('emp_x', ['technician', 'cs-agent'], ['price-list.publish']);
    expect(visibleCustomerFields(both)).toEqual(['name', 'mobilePhone', 'vin', 'licencePlate']);
    expect(maskedCustomerFields(both)).toEqual(['idCardNumber', 'email']);
  });

  it('§11.3.1–§11.3.4 a host policy replaces the default; left-out roles see nothing', () => {
    const policy = parseFieldVisibility({ 'parts-clerk': ['vin'] })._unsafeUnwrap();
    expect(isFieldVisible(actor('emp_p', ['parts-clerk']), 'vin', policy)).toBe(true);
    expect(isFieldVisible(actor('emp_p', ['parts-clerk']), 'vin')).toBe(false);
    expect(visibleCustomerFields(actor('emp_sm', ['service-manager']), policy)).toEqual([]);
  });

  it('§11.3.1–§11.3.4 a host policy with unknown roles or fields is rejected, never thrown', () => {
    expect(reasons(parseFieldVisibility({ 'parts-clerk': ['bloodType'] }))).toEqual([
      'parts-clerk.0:invalid_value',
    ]);
    expect(reasons(parseFieldVisibility({ janitor: ['vin'] }))).toEqual(['janitor:unknown_role']);
    expect(reasons(parseFieldVisibility({ technician: ['vin', 'vin'] }))).toEqual([
      'technician:duplicate',
    ]);
    for (const input of hostileInputs) {
      expect(parseFieldVisibility(input).isErr()).toBe(true);
    }
  });

  it('§1.2(7) the default policy is frozen', () => {
    expect(Object.isFrozen(defaultFieldVisibility)).toBe(true);
    expect(Object.isFrozen(defaultFieldVisibility.technician)).toBe(true);
  });
});
