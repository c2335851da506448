import { describe, expect, it } from 'vitest';
import { renderCustomerProfile } from '../../src/crm/index';
import {
  advisor,
  csAgent,
  customer,
  manager,
  PLATE,
  T0,
  technician,
  VIN,
  vehicle,
} from './fixtures';

describe('renderCustomerProfile', () => {
  const c = customer({ email: 'zhang@example.com' });
  const own = vehicle();
  const someoneElses = vehicle({ customerId: 'cus_2' }, 'veh_2');

  it('§1.2(7) a technician sees 138****5678 and 张*, but the car in full', () => {
    const view = renderCustomerProfile(technician, { customer: c, vehicles: [own], at: T0 });
    expect(view.mobilePhone).toBe('138****5678');
    expect(view.name).toBe('张*');
    expect(view.email).toBe('z***@example.com');
    expect(view.birthday).toBeNull();
    expect(view.vehicles[0]).toMatchObject({ vin: VIN, licencePlate: PLATE });
    expect(view.maskedFields).toEqual(['name', 'mobilePhone', 'idCardNumber', 'email']);
    expect(JSON.stringify(view)).not.toContain('13812345678');
  });

  it('§1.2(7) the service advisor sees name and phone; a CS agent sees the car masked', () => {
    const seenByAdvisor = renderCustomerProfile(advisor, { customer: c, vehicles: [own], at: T0 });
    expect(seenByAdvisor).toMatchObject({ name: '张三', mobilePhone: '13812345678' });
    expect(seenByAdvisor.birthday).toBe('1990-03-10');
    const seenByAgent = renderCustomerProfile(csAgent, { customer: c, vehicles: [own], at: T0 });
    expect(seenByAgent.vehicles[0]?.vin).toBe('***********042788');
    expect(seenByAgent.vehicles[0]?.licencePlate).toBe('粤B***45');
  });

  it('§1.2(7) masks a company contact name; shows consent, own vehicles only and the summary', () => {
    const fleet = customer({ kind: 'company', name: '顺达物流', contactName: '李四' });
    const view = renderCustomerProfile(technician, {
      customer: fleet,
      vehicles: [own, someoneElses],
      at: T0,
    });
    expect(view.contactName).toBe('李*');
    expect(view.vehicles.map((v) => v.id)).toEqual(['veh_1']);
    expect(view.consent).toEqual({ 'service-contact': true, marketing: true });
    expect(view.summary).toBeNull();
  });

  it('§1.2(7) the service manager sees everything and the input is not changed', () => {
    const copy = structuredClone(c);
    const view = renderCustomerProfile(manager, { customer: c, vehicles: [own], at: T0 });
    expect(view.maskedFields).toEqual([]);
    expect(view.email).toBe('zhang@example.com');
    expect(c).toEqual(copy);
  });

  it('§1.2(7) a host visibility table overrides the default', () => {
    const view = renderCustomerProfile(
      technician,
      { customer: c, vehicles: [own], at: T0 },
      {
        technician: ['name', 'mobilePhone'],
      },
    );
    expect(view.name).toBe('张三');
    expect(view.vehicles[0]?.vin).toBe('***********042788');
  });
});
