import { describe, expect, it } from 'vitest';
import {
  buildSettlementRequest,
  finalLines,
  priceSettlement,
} from '../../src/repair-order/final-lines';
import { approved, at, cny, priceList, ready, settlementOptions } from './fixtures';

describe('final lines of the settlement', () => {
  it('§3.5(2) the final lines are the approved work reported done, summed per code, in a stable order', () => {
    expect(finalLines(ready())).toEqual([
      { kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' },
      { kind: 'part', partNumber: 'P-PAD-F', quantity: '1' },
    ]);
    expect(finalLines(approved())).toEqual([]);
  });

  it('§3.5(2) REG-2 the settlement request carries the options and is priced by pricing.quote', () => {
    const request = buildSettlementRequest(ready(), settlementOptions(at(130)));
    expect(request).toMatchObject({
      id: 'q_final',
      currency: 'CNY',
      vehicleClass: 'B',
      lines: finalLines(ready()),
    });
    const statement = priceSettlement(ready(), settlementOptions(at(130)), {
      priceLists: [priceList],
    })._unsafeUnwrap();
    expect(statement.total).toEqual(cny('620.00'));
    expect(statement.vat).toMatchObject({
      net: cny('548.67'),
      vat: cny('71.33'),
      gross: cny('620.00'),
      basis: 'inclusive',
    });
  });

  it('§3.5(2) an item missing from the published price list cannot be charged (pricing error passes through)', () => {
    const empty = { ...priceList, items: [] };
    const result = priceSettlement(ready(), settlementOptions(at(130)), { priceLists: [empty] });
    expect(result._unsafeUnwrapErr().code).toBe('price_not_disclosed');
  });
});
