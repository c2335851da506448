import { describe, expect, it } from 'vitest';
import { indexPriceList, priceItemKey } from '../../src/pricing/index';
import { version } from './fixtures';

describe('indexPriceList', () => {
  it('§5.2(3) keys labour by op code and vehicle class, parts by number, fees by code', () => {
    expect(priceItemKey({ kind: 'labour', opCode: 'OP-1', vehicleClass: 'B' })).toBe(
      'labour:OP-1:B',
    );
    expect(priceItemKey({ kind: 'part', partNumber: 'P-1' })).toBe('part:P-1');
    expect(priceItemKey({ kind: 'fee', feeCode: 'F-1' })).toBe('fee:F-1');
  });

  it('§5.2(3) indexes every item once, keeping the version', () => {
    const v = version();
    const indexed = indexPriceList(v);
    expect(indexed.version).toBe(v);
    expect([...indexed.items.keys()]).toEqual([
      'labour:OP-OIL:B',
      'labour:OP-BRAKE:B',
      'part:P-FILTER',
      'part:P-OIL',
      'fee:F-DISPOSAL',
    ]);
  });
});
