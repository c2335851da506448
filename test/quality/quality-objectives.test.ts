import { describe, expect, it } from 'vitest';
import {
  computeQualityRates,
  evaluateQualityObjectives,
  measurementsFromRates,
} from '../../src/quality/index';
import { hostileInputs } from './fixtures';

const period = { from: '2026-01-01', to: '2026-03-31' };
const objectives = [
  { id: 'qo_ftf', metric: 'first-time-fix-rate', target: 0.95, direction: 'at-least', period },
  { id: 'qo_cb', metric: 'comeback-rate', target: 0.02, direction: 'at-most', period },
  { id: 'qo_csi', metric: 'satisfaction-index', target: 90, direction: 'at-least', period },
];

describe('evaluateQualityObjectives (§4.2(2))', () => {
  it('§4.2(2) judges measured values against targets in either direction', () => {
    const measurements = [
      { metric: 'first-time-fix-rate', period, value: 0.97 },
      { metric: 'comeback-rate', period, value: 0.03 },
    ];
    const rows = evaluateQualityObjectives(objectives, measurements)._unsafeUnwrap();
    expect(rows.map((r) => [r.objectiveId, r.status, r.measured, r.gap])).toEqual([
      ['qo_ftf', 'met', 0.97, 0.02],
      ['qo_cb', 'missed', 0.03, 0.01],
      ['qo_csi', 'not-measured', null, null],
    ]);
  });

  it('§4.2(2) only a measurement of the same period counts', () => {
    const other = [
      { metric: 'first-time-fix-rate', period: { from: '2026-01-01', to: '2026-01-31' }, value: 1 },
    ];
    expect(
      evaluateQualityObjectives(objectives.slice(0, 1), other)._unsafeUnwrap()[0]?.status,
    ).toBe('not-measured');
  });

  it('§4.2(2) §2.2.3(2) feeds the computed rates into the objectives', () => {
    const orders = [
      {
        repairOrderId: 'ro_1',
        deliveredAt: '2026-02-10T08:00:00.000Z',
        odometerKm: 1000,
        repairCategories: ['minor-repair'],
        teamIds: [],
        technicianIds: [],
        inspectionPassed: true,
        reworkCount: 0,
        comebacks: [],
      },
    ];
    const [point] = computeQualityRates(orders, { period: 'all', ...period })._unsafeUnwrap();
    const rows = evaluateQualityObjectives(
      objectives,
      measurementsFromRates(point, period as never),
    )._unsafeUnwrap();
    expect(rows.map((r) => r.status)).toEqual(['met', 'met', 'not-measured']);
    expect(measurementsFromRates(undefined, period as never).every((m) => m.value === null)).toBe(
      true,
    );
  });

  it('§4.2(2) rejects reversed periods, bad metrics and hostile input', () => {
    const reversed = [{ ...objectives[0], period: { from: '2026-03-31', to: '2026-01-01' } }];
    expect(evaluateQualityObjectives(reversed, [])._unsafeUnwrapErr()).toMatchObject({
      code: 'validation_failed',
      clause: '§4.2(2)',
    });
    expect(
      evaluateQualityObjectives([{ ...objectives[0], metric: 'First Time' }], []).isErr(),
    ).toBe(true);
    expect(evaluateQualityObjectives([{ ...objectives[0], target: Number.NaN }], []).isErr()).toBe(
      true,
    );
    // An empty array is a valid (empty) list; every other hostile value must be refused.
    for (const input of hostileInputs.filter((i) => !Array.isArray(i))) {
      expect(evaluateQualityObjectives(input, []).isErr()).toBe(true);
      expect(evaluateQualityObjectives([], input).isErr()).toBe(true);
    }
  });
});
