import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/org/index';
import { actor } from './fixtures';

const customer = {
  id: 'cus_1',
  name: '张三',
  mobilePhone: '13812345678',
  idCardNumber: '11010519491231002X',
  vin: '1M8GDM9AXKP042788',
  licencePlate: '粤B12345',
  email: 'zhang.san@example.com',
  visits: 7,
} as const;

describe('masking personal data for an actor', () => {
  it('§11.3.1–§11.3.4 a technician sees the car but not the person', () => {
    const seen = maskPersonalData(actor('emp_t', ['technician']), customer);
    expect(seen).toEqual({
      id: 'cus_1',
      name: '张*',
      mobilePhone: '138****5678',
      idCardNumber: '110***********002X',
      vin: '1M8GDM9AXKP042788',
      licencePlate: '粤B12345',
      email: 'z***@example.com',
      visits: 7,
    });
  });

  it('§1.2(7) an advisor sees contact details but not the ID-card number', () => {
    const seen = maskPersonalData(actor('emp_sa', ['service-advisor']), customer);
    expect(seen.mobilePhone).toBe('13812345678');
    expect(seen.idCardNumber).not.toContain('19491231');
  });

  it('§11.3.1–§11.3.4 the service manager sees everything; the input is not changed', () => {
    const input = { ...customer };
    expect(maskPersonalData(actor('emp_sm', ['service-manager']), input)).toEqual(customer);
    maskPersonalData(actor('emp_p', ['parts-clerk']), input);
    expect(input).toEqual(customer);
  });

  it('§11.3.1–§11.3.4 a host policy replaces the default, and absent fields stay absent', () => {
    const seen = maskPersonalData(
      actor('emp_p', ['parts-clerk']),
      { name: '李四' },
      { 'parts-clerk': ['name'] },
    );
    expect(seen).toEqual({ name: '李四' });
  });
});
