import { describe, expect, it } from 'vitest';
import { type DrillCommand, transitionDrill } from '../../src/safety/index';
import { action, at, drill, plan, safetyOfficer, technician } from './fixtures';

const later = at('2026-03-05T02:00:00.000Z');

type Findings = Extract<DrillCommand, { type: 'evaluate' }>['findings'];

const evaluate = (
  findings: Findings = [
    { id: 'f1', area: 'communication', description: '广播在钣金区听不清', action: action('ca_1') },
    { id: 'f2', area: 'response', description: '灭火器取用超过1分钟', action: action('ca_2') },
  ],
): DrillCommand => ({
  type: 'evaluate',
  at: later,
  actor: safetyOfficer,
  rating: 'partly-effective',
  planFeasible: true,
  summary: '疏散用时4分钟，基本达到预案要求',
  findings,
});

describe('transitionDrill', () => {
  it('§9.3.3 evaluates a drill: rating, feasibility, findings each with a corrective action', () => {
    const { drill: evaluated, events } = transitionDrill(
      drill([plan()]),
      evaluate(),
    )._unsafeUnwrap();
    expect(evaluated.status).toBe('evaluated');
    expect(evaluated.evaluation).toMatchObject({
      rating: 'partly-effective',
      planFeasible: true,
      evaluatedBy: 'emp_so',
    });
    expect(evaluated.findings.map((f) => f.correctiveAction.id)).toEqual(['ca_1', 'ca_2']);
    expect(evaluated.findings.every((f) => f.correctiveAction.completedAt === null)).toBe(true);
    expect(events[0]).toMatchObject({
      type: 'safety.drill-evaluated',
      payload: { findingCount: 2 },
    });
  });

  it('§9.3.3 findings are fixed before the drill closes', () => {
    const evaluated = transitionDrill(drill([plan()]), evaluate())._unsafeUnwrap().drill;
    expect(
      transitionDrill(evaluated, {
        type: 'close',
        at: later,
        actor: safetyOfficer,
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'corrective_actions_open',
      clause: '§9.3.3',
      data: { entity: 'drill', actionIds: ['ca_1', 'ca_2'] },
    });
    const fixed = ['ca_1', 'ca_2'].reduce(
      (d, actionId) =>
        transitionDrill(d, {
          type: 'complete-corrective-action',
          at: later,
          actor: safetyOfficer,
          actionId,
        })._unsafeUnwrap().drill,
      evaluated,
    );
    const closed = transitionDrill(fixed, {
      type: 'close',
      at: later,
      actor: safetyOfficer,
    })._unsafeUnwrap();
    expect(closed.drill).toMatchObject({ status: 'closed', closedAt: later });
    expect(closed.events[0]?.type).toBe('safety.drill-closed');
  });

  it('§9.3.3 a drill without findings closes right after its evaluation', () => {
    const evaluated = transitionDrill(drill([plan()]), evaluate([]))._unsafeUnwrap().drill;
    expect(
      transitionDrill(evaluated, { type: 'close', at: later, actor: safetyOfficer }).isOk(),
    ).toBe(true);
  });

  it('§9.3.3 finding and action ids are unique; unknown actions are refused', () => {
    const twice = evaluate([
      { id: 'f1', area: 'other', description: 'a', action: action('ca_1') },
      { id: 'f2', area: 'other', description: 'b', action: action('ca_1') },
    ]);
    expect(transitionDrill(drill([plan()]), twice)._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
    const evaluated = transitionDrill(drill([plan()]), evaluate())._unsafeUnwrap().drill;
    const unknown = transitionDrill(evaluated, {
      type: 'complete-corrective-action',
      at: later,
      actor: safetyOfficer,
      actionId: 'ca_9',
    });
    expect(unknown._unsafeUnwrapErr()).toMatchObject({
      code: 'corrective_action_invalid',
      data: { entity: 'drill', reason: 'unknown' },
    });
  });

  it('§9.3.3 needs drill.record, and other status/command pairs are invalid_transition', () => {
    expect(
      transitionDrill(drill([plan()]), {
        ...evaluate(),
        actor: technician,
      } as DrillCommand)._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(
      transitionDrill(drill([plan()]), {
        type: 'close',
        at: later,
        actor: safetyOfficer,
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      data: { entity: 'drill', status: 'conducted', command: 'close' },
    });
    const evaluated = transitionDrill(drill([plan()]), evaluate())._unsafeUnwrap().drill;
    expect(transitionDrill(evaluated, evaluate())._unsafeUnwrapErr().code).toBe(
      'invalid_transition',
    );
  });
});
