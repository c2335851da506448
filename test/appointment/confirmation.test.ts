import { describe, expect, it } from 'vitest';
import { buildEstimateRequest, describeItems, partsForServices } from '../../src/appointment/index';
import { quote } from '../../src/pricing/index';
import { capacity, NOW, priceList, slotAt } from './fixtures';

const services = capacity().services;

describe('confirmation helpers', () => {
  it('§3.1(3) describes the confirmed items from the catalogue', () => {
    expect(describeItems(['OP-BRAKE', 'OP-INSPECT'], services)._unsafeUnwrap()).toEqual([
      { code: 'OP-BRAKE', name: '更换刹车片', durationMinutes: 90 },
      { code: 'OP-INSPECT', name: '四轮定位检查', durationMinutes: 60 },
    ]);
    expect(describeItems(['GONE'], services)._unsafeUnwrapErr()).toEqual({
      code: 'service_unknown',
      clause: '§3.1(3)',
      data: { serviceCode: 'GONE' },
    });
  });

  it('§3.1(3) builds the pricing.quote request: a labour line per service and the catalogue parts', () => {
    const request = buildEstimateRequest(slotAt('09:00'), services, NOW, {
      quoteId: 'q_9',
      currency: 'CNY',
      vehicleClass: 'B',
    })._unsafeUnwrap();
    expect(request).toEqual({
      id: 'q_9',
      at: NOW,
      currency: 'CNY',
      vehicleClass: 'B',
      lines: [
        { kind: 'labour', opCode: 'OP-OIL', quantity: '1' },
        { kind: 'part', partNumber: 'P-FILTER', quantity: '1' },
        { kind: 'part', partNumber: 'P-OIL', quantity: '4.5' },
      ],
    });
    const estimate = quote(request, { priceLists: [priceList] })._unsafeUnwrap();
    expect(estimate.total).toEqual({ amount: '474.75', currency: 'CNY' }); // 100 + 80 + 4.5 × 65.50
    expect(
      buildEstimateRequest({ serviceCodes: ['GONE'] }, services, NOW, {
        quoteId: 'q_9',
        currency: 'CNY',
        vehicleClass: 'B',
      }).isErr(),
    ).toBe(true);
  });

  it('§3.1(4) adds part quantities exactly', () => {
    const withParts = (quantities: string[]) =>
      quantities.map((quantity, i) => ({
        ...services[0]!,
        code: `S${i}`,
        parts: [{ partNumber: 'P-OIL', quantity }],
      }));
    expect(partsForServices(withParts(['0.1', '0.2']))).toEqual([
      { partNumber: 'P-OIL', quantity: '0.3' },
    ]);
    expect(partsForServices([])).toEqual([]);
  });
});
