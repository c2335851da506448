import { describe, expect, it } from 'vitest';
import {
  recommendationsFromDeclined,
  recommendationsFromMultipoint,
} from '../../src/repair-order/deferred-recommendations';
import { approved, at } from './fixtures';

describe('deferred recommendations', () => {
  it('X-3 yellow and red multipoint items become recommendations, green ones do not', () => {
    const recommendations = recommendationsFromMultipoint(
      [
        { code: 'a', label: 'A', result: 'green' },
        { code: 'b', label: 'B', result: 'yellow', note: '3mm' },
        { code: 'c', label: 'C', result: 'red' },
      ],
      at(1),
    );
    expect(recommendations).toEqual([
      {
        source: 'multipoint',
        severity: 'yellow',
        description: 'B',
        code: 'b',
        lineId: null,
        recordedAt: at(1),
      },
      {
        source: 'multipoint',
        severity: 'red',
        description: 'C',
        code: 'c',
        lineId: null,
        recordedAt: at(1),
      },
    ]);
  });

  it('§3.3(2) X-3 declined lines become recommendations carrying their code and line', () => {
    const lines = approved().jobs[0]?.lines ?? [];
    expect(
      recommendationsFromDeclined(lines, 'yellow', at(2)).map((r) => [
        r.code,
        r.lineId,
        r.severity,
      ]),
    ).toEqual([
      ['OP-BRAKE-F', 'ln_1', 'yellow'],
      ['P-PAD-F', 'ln_2', 'yellow'],
    ]);
  });
});
