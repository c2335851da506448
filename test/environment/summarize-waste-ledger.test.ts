import { describe, expect, it } from 'vitest';
import { type Period, summarizeWasteLedger } from '../../src/environment/index';
import { at, generate, store, transfer } from './fixtures';

const march = { from: '2026-03-01', to: '2026-03-31' } as Period;

function lots() {
  return [
    store(generate({ weightKg: '20' }, 'wl_feb', at('2026-02-10T02:00:00.000Z'))),
    store(generate({ weightKg: '16.5' }, 'wl_mar', at('2026-03-05T02:00:00.000Z'))),
    transfer(
      generate({ weightKg: '40' }, 'wl_gone', at('2026-01-05T02:00:00.000Z')),
      at('2026-03-20T02:00:00.000Z'),
      {
        weightKg: '38.2',
      },
    ),
    // Transferred in April: still on site at the end of March.
    transfer(
      generate({ category: 'tyre', weightKg: '80' }, 'wl_tyre', at('2026-03-25T02:00:00.000Z')),
      at('2026-04-02T02:00:00.000Z'),
    ),
    generate({ category: 'paper', weightKg: '5' }, 'wl_apr', at('2026-04-03T02:00:00.000Z')),
  ];
}

describe('summarizeWasteLedger', () => {
  it('§10.3(5) reports generated, transferred and on-site weight per category for a period', () => {
    const report = summarizeWasteLedger(lots(), march)._unsafeUnwrap();
    expect(report.lines).toEqual([
      {
        category: 'used-oil',
        hazardous: true,
        generatedKg: '16.5',
        transferredKg: '38.2',
        onSiteKg: '36.5',
        onSiteLots: 2,
      },
      {
        category: 'tyre',
        hazardous: false,
        generatedKg: '80',
        transferredKg: '0',
        onSiteKg: '80',
        onSiteLots: 1,
      },
    ]);
  });

  it('§10.3(5) a later period sees the tyres gone and the paper arrive', () => {
    const april = { from: '2026-04-01', to: '2026-04-30' } as Period;
    const lines = summarizeWasteLedger(lots(), april)._unsafeUnwrap().lines;
    expect(lines.map((l) => [l.category, l.generatedKg, l.transferredKg, l.onSiteKg])).toEqual([
      ['used-oil', '0', '0', '36.5'],
      ['tyre', '0', '80', '0'],
      ['paper', '5', '0', '5'],
    ]);
    expect(
      summarizeWasteLedger([], { from: '2026-05-01', to: '2026-04-01' } as Period).isErr(),
    ).toBe(true);
  });
});
