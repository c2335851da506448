import { describe, expect, it } from 'vitest';
import { type DrillInput, recordDrill, retireEmergencyPlan } from '../../src/safety/index';
import type { ValidationError } from '../../src/shared/index';
import { plan, safetyOfficer, T0, technician } from './fixtures';

const input: DrillInput = {
  planIds: ['plan_fire'],
  kind: 'full-scale',
  scenario: '喷漆房起火疏散',
  conductedOn: '2026-03-01',
  participantCount: 24,
};

describe('recordDrill', () => {
  it('§9.3.3 records a drill of active plans, awaiting evaluation', () => {
    const { drill, events } = recordDrill(input, [plan()], {
      id: 'drl_1',
      at: T0,
      actor: safetyOfficer,
    })._unsafeUnwrap();
    expect(drill).toMatchObject({
      planIds: ['plan_fire'],
      status: 'conducted',
      evaluation: null,
      findings: [],
      recordedBy: 'emp_so',
    });
    expect(events[0]).toMatchObject({
      type: 'safety.drill-recorded',
      payload: { conductedOn: '2026-03-01' },
    });
  });

  it('§9.3.3 the plan must exist in the registry and be active', () => {
    const unknown = recordDrill(input, [], { id: 'drl_1', at: T0, actor: safetyOfficer });
    expect(unknown._unsafeUnwrapErr()).toMatchObject({
      code: 'drill_plan_unavailable',
      data: { reason: 'unknown' },
    });
    const retired = retireEmergencyPlan(plan(), { at: T0, actor: safetyOfficer })._unsafeUnwrap()
      .plan;
    const stale = recordDrill(input, [retired], { id: 'drl_1', at: T0, actor: safetyOfficer });
    expect(stale._unsafeUnwrapErr()).toMatchObject({
      data: { reason: 'retired', planId: 'plan_fire' },
    });
  });

  it('§9.3.3 a drill cannot be dated after today in the dealer zone, and needs drill.record', () => {
    const future = recordDrill({ ...input, conductedOn: '2026-03-03' }, [plan()], {
      id: 'drl_1',
      at: T0,
      actor: safetyOfficer,
    });
    expect((future._unsafeUnwrapErr() as ValidationError).data.issues[0]?.reason).toBe(
      'conducted_in_future',
    );
    expect(
      recordDrill({ ...input, conductedOn: '2026-03-02' }, [plan()], {
        id: 'drl_1',
        at: T0,
        actor: safetyOfficer,
      }).isOk(),
    ).toBe(true);
    expect(
      recordDrill(input, [plan()], { id: 'drl_1', at: T0, actor: technician })._unsafeUnwrapErr()
        .code,
    ).toBe('forbidden');
  });
});
