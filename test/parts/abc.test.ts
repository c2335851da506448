import { describe, expect, it } from 'vitest';
import {
  classifyAbc,
  computeUsageValues,
  defaultPartsConfig,
  type InstantRange,
  type UsageValue,
} from '../../src/parts/index';
import { dayAt, filter, issue, oil, pads, post, receipt } from './fixtures';

const cny = (amount: string) => ({ amount, currency: 'CNY' as const });
const usage = (partId: string, amount: string): UsageValue => ({ partId, usageValue: cny(amount) });

describe('ABC classification', () => {
  it('§6.2.4 classifies by cumulative share of usage value, default 80 / 15 / 5 %', () => {
    const entries = classifyAbc([
      usage('p_c1', '30'),
      usage('p_a1', '700'),
      usage('p_b1', '100'),
      usage('p_a2', '100'),
      usage('p_c2', '20'),
      usage('p_b2', '50'),
    ])._unsafeUnwrap();
    expect(entries.map((e) => `${e.partId}:${e.abcClass}:${e.cumulativePercent}`)).toEqual([
      'p_a1:A:70.00',
      'p_a2:A:80.00',
      'p_b1:B:90.00',
      'p_b2:B:95.00',
      'p_c1:C:98.00',
      'p_c2:C:100.00',
    ]);
    expect(entries[0]?.sharePercent).toBe('70.00');
  });

  it('§6.2.4 thresholds are configurable; the most valuable part is always A', () => {
    const config = { ...defaultPartsConfig, abcClassAPercent: 50, abcClassBPercent: 30 };
    const entries = classifyAbc(
      [usage('p1', '40'), usage('p2', '35'), usage('p3', '20'), usage('p4', '5')],
      config,
    )._unsafeUnwrap();
    expect(entries.map((e) => e.abcClass)).toEqual(['A', 'A', 'B', 'C']);
    const dominant = classifyAbc([
      usage('p1', '90'),
      usage('p2', '6'),
      usage('p3', '4'),
    ])._unsafeUnwrap();
    expect(dominant.map((e) => e.abcClass)).toEqual(['A', 'B', 'C']);
    expect(
      classifyAbc([usage('p1', '0'), usage('p2', '0')])
        ._unsafeUnwrap()
        .map((e) => e.abcClass),
    ).toEqual(['C', 'C']);
  });

  it('§6.2.4 values in another currency are refused', () => {
    const foreign: UsageValue = { partId: 'p1', usageValue: { amount: '1.00', currency: 'USD' } };
    expect(classifyAbc([foreign])._unsafeUnwrapErr().code).toBe('currency_mismatch');
  });

  it('§6.2.4 usage value is the cost of issues and sales less returns over the period', () => {
    const ledger = post([
      receipt({ quantity: '10', at: dayAt(0) }),
      receipt({ partId: pads.id, quantity: '4', unitCost: cny('260.00'), at: dayAt(0) }),
      receipt({
        partId: oil.id,
        unit: 'litre',
        quantity: '10',
        unitCost: cny('45.50'),
        at: dayAt(0),
      }),
      issue({ quantity: '3', at: dayAt(1) }),
      issue({ type: 'return', quantity: '1', at: dayAt(2) }),
      issue({ partId: pads.id, quantity: '2', at: dayAt(3) }),
      issue({ partId: oil.id, unit: 'litre', quantity: '4.5', at: dayAt(4) }),
      issue({ quantity: '1', at: dayAt(400) }),
    ]);
    const year: InstantRange = { from: dayAt(0), to: dayAt(365) };
    const values = computeUsageValues(ledger, year)._unsafeUnwrap();
    expect(values).toEqual([
      usage(filter.id, '76.00'),
      usage(pads.id, '520.00'),
      usage(oil.id, '204.75'),
    ]);
    const classes = classifyAbc(values)
      ._unsafeUnwrap()
      .map((e) => [e.partId, e.abcClass]);
    expect(classes).toEqual([
      [pads.id, 'A'],
      [oil.id, 'A'],
      [filter.id, 'B'],
    ]);
  });
});
