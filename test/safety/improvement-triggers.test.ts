import { describe, expect, it } from 'vitest';
import {
  improvementFromIncident,
  improvementsFromDrill,
  transitionDrill,
  transitionIncident,
} from '../../src/safety/index';
import { action, at, drill, incident, incidentInActions, plan, safetyOfficer } from './fixtures';

const later = at('2026-03-10T02:00:00.000Z');

describe('improvement triggers', () => {
  it('§9.3.1 a closed incident feeds improvement with its root-cause category', () => {
    expect(improvementFromIncident(incident())).toBeNull();
    const done = transitionIncident(incidentInActions(), {
      type: 'complete-corrective-action',
      at: later,
      actor: safetyOfficer,
      actionId: 'ca_1',
    })._unsafeUnwrap().incident;
    const closed = transitionIncident(done, {
      type: 'close',
      at: later,
      actor: safetyOfficer,
    })._unsafeUnwrap().incident;
    expect(improvementFromIncident(closed)).toEqual({
      source: 'incident',
      sourceId: 'inc_1',
      reason: 'incident_closed',
      subject: 'unsafe-condition',
      score: null,
      threshold: null,
      customerId: null,
      clause: '§9.3.1',
    });
  });

  it('§9.3.3 each drill finding becomes an improvement trigger; an infeasible plan one more', () => {
    const conducted = drill([plan()]);
    expect(improvementsFromDrill(conducted)).toEqual([]);
    const evaluated = transitionDrill(conducted, {
      type: 'evaluate',
      at: later,
      actor: safetyOfficer,
      rating: 'ineffective',
      planFeasible: false,
      summary: '疏散路线被车辆阻挡',
      findings: [{ id: 'f1', area: 'response', description: '疏散路线被占用', action: action() }],
    })._unsafeUnwrap().drill;
    expect(improvementsFromDrill(evaluated)).toEqual([
      {
        source: 'drill',
        sourceId: 'drl_1#f1',
        reason: 'drill_finding',
        subject: 'response',
        score: null,
        threshold: null,
        customerId: null,
        clause: '§9.3.3',
      },
      {
        source: 'drill',
        sourceId: 'drl_1',
        reason: 'plan_not_feasible',
        subject: 'plan',
        score: null,
        threshold: null,
        customerId: null,
        clause: '§9.3.3',
      },
    ]);
  });
});
