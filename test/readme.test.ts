import { describe, expect, it } from 'vitest';
import { can } from '../src/org/index';
import {
  createMoney,
  formatError,
  sharedMessages,
  splitVat,
  validateVin,
} from '../src/shared/index';

describe('the README usage example holds', () => {
  it('REG-7 a tax-inclusive 113.00 splits into 100.00 net and 13.00 VAT', () => {
    const split = createMoney('113.00').andThen((price) => splitVat(price));
    expect(split._unsafeUnwrap()).toMatchObject({
      net: { amount: '100.00', currency: 'CNY' },
      vat: { amount: '13.00', currency: 'CNY' },
      gross: { amount: '113.00', currency: 'CNY' },
    });
  });

  it('X-1 a VIN with a wrong check digit is explained in English', () => {
    const message = validateVin('1M8GDM9AXKP042789').mapErr((e) =>
      formatError(e, 'en', sharedMessages),
    );
    expect(message._unsafeUnwrapErr()).toMatch(/check digit/i);
  });

  it('§2.2.1(3) a service advisor may not publish a price list', () => {
    expect(can({ id: 'emp_1', roles: ['service-advisor'] }, 'price-list.publish')).toBe(false);
    expect(can({ id: 'emp_2', roles: ['service-manager'] }, 'price-list.publish')).toBe(true);
  });
});
