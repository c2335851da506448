import { describe, expect, it } from 'vitest';
import { computeQualityRates } from '../../src/quality/index';
import { hostileInputs } from './fixtures';

const order = (id: string, overrides: Record<string, unknown> = {}) => ({
  repairOrderId: id,
  deliveredAt: '2026-03-10T08:00:00.000Z',
  odometerKm: 40000,
  repairCategories: ['minor-repair'],
  teamIds: ['team_m1'],
  technicianIds: ['emp_tech1'],
  inspectionPassed: true,
  reworkCount: 0,
  comebacks: [],
  ...overrides,
});

const orders = [
  order('ro_1'),
  order('ro_2', { reworkCount: 1 }),
  // Came back on day 5 of a 10-day guarantee: a comeback.
  order('ro_3', { comebacks: [{ at: '2026-03-15T02:00:00.000Z', odometerKm: 40500 }] }),
  // Came back after its 10 days: not a comeback, still fixed first time.
  order('ro_4', {
    comebacks: [{ at: '2026-03-25T02:00:00.000Z', odometerKm: 40500 }],
    technicianIds: ['emp_tech2'],
  }),
  // Came back within 10 days but beyond 2,000 km: not a comeback.
  order('ro_5', {
    comebacks: [{ at: '2026-03-12T02:00:00.000Z', odometerKm: 42500 }],
    technicianIds: ['emp_tech2'],
  }),
  order('ro_6', {
    deliveredAt: '2026-04-02T08:00:00.000Z',
    teamIds: ['team_m2'],
    technicianIds: ['emp_tech3'],
  }),
];

describe('computeQualityRates (§2.2.3(2))', () => {
  it('§2.2.3(2) first-time fix = passed every level, no rework, no comeback within the guarantee ÷ delivered', () => {
    const [all] = computeQualityRates(orders, { period: 'all' })._unsafeUnwrap();
    expect(all).toEqual({
      period: 'all',
      key: null,
      delivered: 6,
      firstTimeFixed: 4,
      reworked: 1,
      comebacks: 1,
      firstTimeFixRate: 0.6667,
      reworkRate: 0.1667,
      comebackRate: 0.1667,
    });
  });

  it('§2.2.3(2) REG-1 a longer guarantee turns a late return into a comeback', () => {
    const late = order('ro_7', {
      repairCategories: ['minor-repair', 'assembly-overhaul'],
      comebacks: [{ at: '2026-05-01T02:00:00.000Z', odometerKm: 50000 }],
    });
    const [point] = computeQualityRates([late], { period: 'all' })._unsafeUnwrap();
    expect(point).toMatchObject({ comebacks: 1, firstTimeFixed: 0 });
  });

  it('§2.2.3(3) an order that did not pass every level is not fixed first time', () => {
    const [point] = computeQualityRates([order('ro_8', { inspectionPassed: false })], {
      period: 'all',
    })._unsafeUnwrap();
    expect(point).toMatchObject({ delivered: 1, firstTimeFixed: 0, firstTimeFixRate: 0 });
  });

  it('§2.2.3(2) groups by month, quarter and year in the dealer time zone', () => {
    const byMonth = computeQualityRates(orders, { period: 'month' })._unsafeUnwrap();
    expect(byMonth.map((p) => [p.period, p.delivered])).toEqual([
      ['2026-03', 5],
      ['2026-04', 1],
    ]);
    // 2026-03-31T17:00Z is 1 April in Shanghai.
    const edge = [order('ro_9', { deliveredAt: '2026-03-31T17:00:00.000Z' })];
    expect(computeQualityRates(edge, { period: 'quarter' })._unsafeUnwrap()[0]?.period).toBe(
      '2026-Q2',
    );
    expect(computeQualityRates(edge, { period: 'year' })._unsafeUnwrap()[0]?.period).toBe('2026');
  });

  it('§2.2.3(2) splits by team and technician, as plain chart-ready data', () => {
    const byTechnician = computeQualityRates(orders, {
      period: 'month',
      by: 'technician',
    })._unsafeUnwrap();
    expect(byTechnician.map((p) => [p.period, p.key, p.delivered, p.firstTimeFixRate])).toEqual([
      ['2026-03', 'emp_tech1', 3, 0.3333],
      ['2026-03', 'emp_tech2', 2, 1],
      ['2026-04', 'emp_tech3', 1, 1],
    ]);
    const byTeam = computeQualityRates(orders, { period: 'all', by: 'team' })._unsafeUnwrap();
    expect(byTeam.map((p) => [p.key, p.delivered])).toEqual([
      ['team_m1', 5],
      ['team_m2', 1],
    ]);
    expect(JSON.parse(JSON.stringify(byTeam))).toEqual(byTeam);
  });

  it('§2.2.3(2) filters deliveries by date range and gives null rates for empty input', () => {
    const april = computeQualityRates(orders, {
      period: 'all',
      from: '2026-04-01',
      to: '2026-04-30',
    })._unsafeUnwrap();
    expect(april.map((p) => p.delivered)).toEqual([1]);
    expect(computeQualityRates([], { period: 'all' })._unsafeUnwrap()).toEqual([]);
  });

  it('§2.2.3(2) bad rows are reported, never skipped', () => {
    const result = computeQualityRates([order('ro_1'), { repairOrderId: 'ro_2' }], {
      period: 'all',
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'validation_failed',
      clause: '§2.2.3(2)',
    });
    expect(computeQualityRates(orders, { period: 'week' }).isErr()).toBe(true);
    // An empty array is a valid (empty) list; every other hostile value must be refused.
    for (const input of hostileInputs.filter((i) => !Array.isArray(i))) {
      expect(computeQualityRates(input, { period: 'all' }).isErr()).toBe(true);
      expect(computeQualityRates([], input).isErr()).toBe(true);
    }
  });
});
