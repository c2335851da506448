import { describe, expect, it } from 'vitest';
import {
  findOverdueDrills,
  parseSafetyConfig,
  planDrillSchedule,
  retireEmergencyPlan,
} from '../../src/safety/index';
import { at, drill, plan, safetyOfficer, T0 } from './fixtures';

const onSite = () =>
  plan({
    id: 'plan_booth',
    type: 'on-site',
    title: '喷漆房现场处置方案',
    scenario: 'paint-booth-fire',
    effectiveOn: '2025-06-01',
  });
const special = () => plan({ id: 'plan_fire', effectiveOn: '2025-06-01' });
const comprehensive = () =>
  plan({
    id: 'plan_all',
    type: 'comprehensive',
    title: '综合应急预案',
    scenario: null,
    effectiveOn: '2025-06-01',
  });

describe('drill schedule (REG-5)', () => {
  it('§9.3.3 an on-site plan without a drill for six months is overdue (REG-5)', () => {
    const plans = [onSite(), special()];
    const drills = [drill(plans, '2025-12-10')]; // both plans exercised on 2025-12-10
    const entries = planDrillSchedule(plans, drills, at('2026-06-10T02:00:00.000Z'));
    expect(entries).toEqual([
      {
        planId: 'plan_booth',
        type: 'on-site',
        intervalMonths: 6,
        lastDrilledOn: '2025-12-10',
        nextDueOn: '2026-06-10',
        status: 'due-soon',
        daysUntilDue: 0,
      },
      {
        planId: 'plan_fire',
        type: 'special',
        intervalMonths: 12,
        lastDrilledOn: '2025-12-10',
        nextDueOn: '2026-12-10',
        status: 'ok',
        daysUntilDue: 183,
      },
    ]);
    // The next day in Shanghai (already at 16:00Z on 10 June) the on-site drill is overdue.
    const overdue = findOverdueDrills(plans, drills, at('2026-06-10T16:00:00.000Z'));
    expect(overdue.map((e) => [e.planId, e.daysUntilDue])).toEqual([['plan_booth', -1]]);
  });

  it('§9.3.3 comprehensive and special plans need a drill at least once a year (REG-5)', () => {
    const plans = [comprehensive(), special()];
    const drills = [drill([plans[0]!], '2025-07-15', 'drl_a')];
    const overdue = findOverdueDrills(plans, drills, at('2026-06-02T02:00:00.000Z'));
    // Never drilled: due one interval after it took effect (2026-06-01).
    expect(overdue.map((e) => [e.planId, e.lastDrilledOn, e.nextDueOn])).toEqual([
      ['plan_fire', null, '2026-06-01'],
    ]);
    expect(
      findOverdueDrills(plans, drills, at('2026-07-16T02:00:00.000Z')).map((e) => e.planId),
    ).toEqual(['plan_fire', 'plan_all']);
  });

  it('§9.3.3 the latest drill counts, future-dated drills do not, retired plans leave the schedule', () => {
    const plans = [onSite()];
    const drills = [drill(plans, '2025-09-01', 'drl_1'), drill(plans, '2026-02-20', 'drl_2')];
    const [entry] = planDrillSchedule(plans, drills, T0);
    expect(entry).toMatchObject({
      lastDrilledOn: '2026-02-20',
      nextDueOn: '2026-08-20',
      status: 'ok',
    });
    const [asOfJanuary] = planDrillSchedule(plans, drills, at('2026-01-10T02:00:00.000Z'));
    expect(asOfJanuary?.lastDrilledOn).toBe('2025-09-01');
    const retired = retireEmergencyPlan(plans[0]!, { at: T0, actor: safetyOfficer })._unsafeUnwrap()
      .plan;
    expect(planDrillSchedule([retired], drills, T0)).toEqual([]);
  });

  it('REG-5 the intervals are configurable and month ends clamp', () => {
    const config = parseSafetyConfig({
      drill: { intervalMonths: { 'on-site': 3 }, dueSoonDays: 0 },
    })._unsafeUnwrap();
    const plans = [onSite()];
    const [entry] = planDrillSchedule(plans, [drill(plans, '2025-11-30')], T0, config);
    expect(entry).toMatchObject({ intervalMonths: 3, nextDueOn: '2026-02-28', status: 'overdue' });
  });
});
