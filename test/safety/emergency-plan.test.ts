import { describe, expect, it } from 'vitest';
import {
  parseSafetyConfig,
  registerEmergencyPlan,
  retireEmergencyPlan,
  reviewEmergencyPlan,
} from '../../src/safety/index';
import type { ValidationError } from '../../src/shared/index';
import { at, plan, planInput, safetyOfficer, T0, workshopSupervisor } from './fixtures';

const reasons = (result: { _unsafeUnwrapErr(): unknown }) =>
  (result._unsafeUnwrapErr() as ValidationError).data.issues.map((i) => `${i.path}:${i.reason}`);

describe('emergency plan registry (应急预案)', () => {
  it('§9.3.2 registers a plan with type, duties, warning and reporting, response levels and review date', () => {
    const { plan: registered, events } = registerEmergencyPlan(planInput(), {
      at: T0,
      actor: safetyOfficer,
    })._unsafeUnwrap();
    expect(registered).toMatchObject({
      id: 'plan_fire',
      type: 'special',
      status: 'active',
      effectiveOn: '2026-01-01',
      reviewDueOn: '2029-01-01',
      lastReviewedOn: null,
      revision: 1,
    });
    expect(registered.responsibilities).toHaveLength(2);
    expect(registered.warningAndReporting.reportWithinMinutes).toBe(5);
    expect(registered.responseLevels.map((l) => l.level)).toEqual([1, 2]);
    expect(events[0]).toMatchObject({
      type: 'safety.plan-registered',
      payload: { type: 'special', reviewDueOn: '2029-01-01' },
    });
  });

  it('§9.3.2 comprehensive, special and on-site plans; only the latter two name a scenario', () => {
    const comprehensive = registerEmergencyPlan(
      planInput({ id: 'plan_all', type: 'comprehensive', title: '综合应急预案', scenario: null }),
      { at: T0, actor: safetyOfficer },
    );
    expect(comprehensive.isOk()).toBe(true);
    expect(
      reasons(
        registerEmergencyPlan(planInput({ type: 'comprehensive' }), {
          at: T0,
          actor: safetyOfficer,
        }),
      ),
    ).toEqual(['scenario:scenario_mismatch']);
    expect(
      reasons(
        registerEmergencyPlan(planInput({ type: 'on-site', scenario: null }), {
          at: T0,
          actor: safetyOfficer,
        }),
      ),
    ).toEqual(['scenario:scenario_mismatch']);
  });

  it('§9.3.2 needs at least one duty and one response level, levels not repeated', () => {
    const empty = registerEmergencyPlan(planInput({ responsibilities: [], responseLevels: [] }), {
      at: T0,
      actor: safetyOfficer,
    });
    expect(reasons(empty)).toEqual(
      expect.arrayContaining(['responsibilities:too_small', 'responseLevels:too_small']),
    );
    const repeated = planInput().responseLevels.map((l) => ({ ...l, level: 1 }));
    expect(
      reasons(
        registerEmergencyPlan(planInput({ responseLevels: repeated }), {
          at: T0,
          actor: safetyOfficer,
        }),
      ),
    ).toEqual(['responseLevels:duplicate']);
  });

  it('§9.3.2 the review interval is configurable and an explicit review date wins', () => {
    const config = parseSafetyConfig({ plan: { reviewIntervalMonths: 12 } })._unsafeUnwrap();
    expect(
      registerEmergencyPlan(planInput(), { at: T0, actor: safetyOfficer, config })._unsafeUnwrap()
        .plan.reviewDueOn,
    ).toBe('2027-01-01');
    expect(plan({ reviewDueOn: '2026-06-30' }).reviewDueOn).toBe('2026-06-30');
  });

  it('§9.3.2 managing plans needs emergency-plan.manage', () => {
    expect(
      registerEmergencyPlan(planInput(), { at: T0, actor: workshopSupervisor })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'forbidden',
      clause: '§9.3.2',
    });
  });

  it('§9.3.2 §9.3.3 a review dates the next one and revises the content after a drill', () => {
    const reviewedAt = at('2026-06-20T02:00:00.000Z');
    const unchanged = reviewEmergencyPlan(
      plan(),
      {},
      { at: reviewedAt, actor: safetyOfficer },
    )._unsafeUnwrap();
    expect(unchanged.plan).toMatchObject({
      lastReviewedOn: '2026-06-20',
      reviewDueOn: '2029-06-20',
      revision: 1,
    });
    expect(unchanged.events[0]?.payload).toMatchObject({ revised: false });
    const levels = [{ level: 1, trigger: '电池热失控', actions: '隔离车辆，报119' }];
    const revised = reviewEmergencyPlan(
      plan(),
      { responseLevels: levels },
      { at: reviewedAt, actor: safetyOfficer },
    )._unsafeUnwrap();
    expect(revised.plan).toMatchObject({ revision: 2, responseLevels: levels });
    expect(revised.plan.title).toBe('火灾专项应急预案');
  });

  it('§9.3.2 a retired plan can be neither reviewed nor retired again', () => {
    const retired = retireEmergencyPlan(plan(), { at: T0, actor: safetyOfficer })._unsafeUnwrap();
    expect(retired.plan).toMatchObject({ status: 'retired', retiredAt: T0 });
    expect(retired.events[0]?.type).toBe('safety.plan-retired');
    expect(
      reviewEmergencyPlan(retired.plan, {}, { at: T0, actor: safetyOfficer })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      data: { entity: 'emergency-plan', status: 'retired', command: 'review' },
    });
    expect(
      retireEmergencyPlan(retired.plan, { at: T0, actor: safetyOfficer })._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
  });
});
