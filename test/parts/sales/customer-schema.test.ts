import { describe, expect, it } from 'vitest';
import { parsePartsCustomerClass } from '../../../src/parts/sales/index';
import { customer } from './fixtures';

describe('parsing customer records', () => {
  it('§6.3.2 parse functions never throw, whatever they are given', async () => {
    const { hostileInputs } = await import('../fixtures');
    const { parsePartsCustomer, parsePartsSalesConfig } = await import(
      '../../../src/parts/sales/index'
    );
    for (const input of hostileInputs) {
      expect(parsePartsCustomerClass(input).isErr()).toBe(true);
      expect(parsePartsCustomer(input).isErr()).toBe(true);
      expect(() => parsePartsSalesConfig(input)).not.toThrow();
    }
    expect(parsePartsCustomer(JSON.parse(JSON.stringify(customer))).isOk()).toBe(true);
    expect(parsePartsSalesConfig({})._unsafeUnwrap()).toEqual({
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    });
    expect(parsePartsSalesConfig({ timeZone: 'Mars/Olympus' }).isErr()).toBe(true);
  });
});
