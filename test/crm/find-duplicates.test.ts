import { describe, expect, it } from 'vitest';
import { findExistingCustomers, findMergeSuggestions } from '../../src/crm/index';
import { at, customer, NAME, PHONE, VIN, vehicle } from './fixtures';

describe('duplicate detection', () => {
  const first = customer({}, 'cus_1', at('2025-01-01T00:00:00.000Z'));
  const again = customer({ mobilePhone: '0086-138-1234-5678', name: '张 三' }, 'cus_9');
  const other = customer({ mobilePhone: '13900001111', name: '李四' }, 'cus_5');

  it('§7.1.3 the same normalised mobile number suggests merging customers, oldest first', () => {
    expect(findMergeSuggestions([again, other, first])).toEqual([
      {
        kind: 'customers',
        ids: ['cus_1', 'cus_9'],
        survivorId: 'cus_1',
        reasons: ['same-mobile-phone'],
      },
    ]);
  });

  it('§7.1.3 the same VIN suggests merging vehicles and their owners', () => {
    const a = vehicle({ customerId: 'cus_1' }, 'veh_1', at('2025-01-01T00:00:00.000Z'));
    const b = vehicle({ customerId: 'cus_5', vin: VIN.toLowerCase() }, 'veh_7');
    const suggestions = findMergeSuggestions([first, other], [b, a]);
    expect(suggestions).toEqual([
      { kind: 'customers', ids: ['cus_1', 'cus_5'], survivorId: 'cus_1', reasons: ['same-vin'] },
      { kind: 'vehicles', ids: ['veh_1', 'veh_7'], survivorId: 'veh_1', reasons: ['same-vin'] },
    ]);
  });

  it('§7.1.3 overlapping groups are joined and suggestions carry ids only', () => {
    const a = vehicle({ customerId: 'cus_9' }, 'veh_1');
    const b = vehicle({ customerId: 'cus_5' }, 'veh_2');
    const suggestions = findMergeSuggestions([first, again, other], [a, b]);
    expect(suggestions[0]).toEqual({
      kind: 'customers',
      ids: ['cus_1', 'cus_5', 'cus_9'],
      survivorId: 'cus_1',
      reasons: ['same-mobile-phone', 'same-vin'],
    });
    const text = JSON.stringify(suggestions);
    for (const secret of [PHONE, VIN, NAME]) expect(text).not.toContain(secret);
  });

  it('§7.1.3 no duplicates, no suggestions', () => {
    expect(findMergeSuggestions([first, other], [vehicle()])).toEqual([]);
  });

  it('§7.1.3 reception can check a new phone or VIN against existing records', () => {
    const owned = vehicle({ customerId: 'cus_5' }, 'veh_3');
    expect(findExistingCustomers({ mobilePhone: '+86 138-1234-5678' }, [first, other])).toEqual([
      'cus_1',
    ]);
    expect(findExistingCustomers({ vin: VIN }, [first, other], [owned])).toEqual(['cus_5']);
    expect(findExistingCustomers({ mobilePhone: 'garbage' }, [first, other])).toEqual([]);
  });
});
