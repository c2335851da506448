import { describe, expect, it } from 'vitest';
import {
  computeRecyclingRate,
  defaultEnvironmentConfig,
  type Period,
} from '../../src/environment/index';
import { at, generate, transfer } from './fixtures';

const year = { from: '2026-01-01', to: '2026-12-31' } as Period;
const June = at('2026-06-15T02:00:00.000Z');

function ledger() {
  return [
    transfer(generate({ weightKg: '100' }, 'wl_1'), June, { route: 'recycle' }),
    transfer(generate({ category: 'paper', weightKg: '50.5' }, 'wl_2'), June, { route: 'recycle' }),
    transfer(generate({ category: 'used-parts', weightKg: '30' }, 'wl_3'), June, {
      route: 'remanufacture',
    }),
    transfer(generate({ category: 'paint-waste', weightKg: '19.5' }, 'wl_4'), June, {
      route: 'harmless-disposal',
    }),
    // Transferred on 2027-01-01 in Shanghai, though still 2026 in UTC: next year's.
    transfer(generate({ weightKg: '999' }, 'wl_5'), at('2026-12-31T16:30:00.000Z')),
    generate({ weightKg: '500' }, 'wl_6'), // still on site
  ];
}

describe('computeRecyclingRate', () => {
  it('§10.3(2) §10.3(3) §10.3(4) sums the transferred weight by route and rates recovery by weight', () => {
    const summary = computeRecyclingRate(ledger(), year)._unsafeUnwrap();
    expect(summary).toEqual({
      lotCount: 4,
      totalKg: '200',
      hazardousKg: '119.5',
      byRoute: { recycle: '150.5', 'harmless-disposal': '19.5', remanufacture: '30' },
      recoveredKg: '180.5',
      rate: '0.9025',
    });
  });

  it('§10.3(2) counts the weight handed over, not the estimate at generation', () => {
    const lots = [
      transfer(generate({ weightKg: '100' }, 'wl_a'), June, { route: 'recycle', weightKg: '90' }),
      transfer(generate({ weightKg: '10' }, 'wl_b'), June, { route: 'harmless-disposal' }),
    ];
    expect(computeRecyclingRate(lots, year)._unsafeUnwrap()).toMatchObject({
      totalKg: '100',
      rate: '0.9',
    });
  });

  it('§10.3(2) the rate is rounded half-up to the configured decimals', () => {
    const lots = [
      transfer(generate({ weightKg: '1' }, 'wl_a'), June, { route: 'recycle' }),
      transfer(generate({ weightKg: '2' }, 'wl_b'), June, { route: 'harmless-disposal' }),
    ];
    expect(computeRecyclingRate(lots, year)._unsafeUnwrap().rate).toBe('0.3333');
    const twoPlaces = { ...defaultEnvironmentConfig, rateDecimals: 2 };
    expect(computeRecyclingRate(lots, year, twoPlaces)._unsafeUnwrap().rate).toBe('0.33');
  });

  it('§10.3(2) nothing transferred gives no rate rather than a division by zero', () => {
    const summary = computeRecyclingRate([generate()], year)._unsafeUnwrap();
    expect(summary).toMatchObject({ lotCount: 0, totalKg: '0', recoveredKg: '0', rate: null });
  });

  it('§10.3(2) rejects a reversed period', () => {
    const error = computeRecyclingRate([], { from: '2026-12-31', to: '2026-01-01' } as Period);
    expect(error._unsafeUnwrapErr().data.issues[0]?.reason).toBe('period_reversed');
  });
});
