import { describe, expect, it } from 'vitest';
import {
  INCIDENT_STATUSES,
  type IncidentCommand,
  transitionIncident,
} from '../../src/safety/index';
import {
  action,
  at,
  incident,
  incidentInActions,
  manager,
  safetyOfficer,
  technician,
  workshopSupervisor,
} from './fixtures';

const later = at('2026-03-10T02:00:00.000Z');

describe('transitionIncident', () => {
  it('§9.3.1 runs reported → investigating → actions → closed, with root cause and actions', () => {
    const inActions = incidentInActions();
    expect(inActions).toMatchObject({
      status: 'actions',
      investigatorId: 'emp_so',
      rootCause: '拆装机缺少防护罩',
      rootCauseCategory: 'unsafe-condition',
    });
    const completed = transitionIncident(inActions, {
      type: 'complete-corrective-action',
      at: later,
      actor: safetyOfficer,
      actionId: 'ca_1',
    })._unsafeUnwrap().incident;
    expect(completed.correctiveActions[0]).toMatchObject({
      completedAt: later,
      completedBy: 'emp_so',
    });
    const closed = transitionIncident(completed, {
      type: 'close',
      at: later,
      actor: safetyOfficer,
    })._unsafeUnwrap();
    expect(closed.incident).toMatchObject({
      status: 'closed',
      closedAt: later,
      closedBy: 'emp_so',
    });
    expect(closed.events[0]).toMatchObject({
      type: 'safety.incident-closed',
      payload: { severity: 'minor', rootCauseCategory: 'unsafe-condition', actionCount: 1 },
    });
  });

  it('§9.3.1 investigation may correct the severity class and name the investigator', () => {
    const started = transitionIncident(incident(), {
      type: 'start-investigation',
      at: later,
      actor: safetyOfficer,
      severity: 'ordinary',
      investigatorId: 'emp_so2',
    })._unsafeUnwrap();
    expect(started.incident).toMatchObject({
      status: 'investigating',
      severity: 'ordinary',
      investigatorId: 'emp_so2',
    });
    expect(started.events[0]?.type).toBe('safety.incident-investigation-started');
  });

  it('§9.3.1 the root cause is required before actions and before closing', () => {
    const investigating = transitionIncident(incident(), {
      type: 'start-investigation',
      at: later,
      actor: safetyOfficer,
    })._unsafeUnwrap().incident;
    expect(
      transitionIncident(investigating, {
        type: 'start-actions',
        at: later,
        actor: safetyOfficer,
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'incident_root_cause_required', clause: '§9.3.1' });
    // A record loaded from storage in actions without a root cause still cannot close.
    const broken = { ...incidentInActions(), rootCause: null };
    expect(
      transitionIncident(broken, {
        type: 'close',
        at: later,
        actor: safetyOfficer,
      })._unsafeUnwrapErr().code,
    ).toBe('incident_root_cause_required');
  });

  it('§9.3.1 closing needs at least one corrective action, all completed', () => {
    const noActions = { ...incidentInActions(), correctiveActions: [] };
    expect(
      transitionIncident(noActions, {
        type: 'close',
        at: later,
        actor: safetyOfficer,
      })._unsafeUnwrapErr().code,
    ).toBe('incident_corrective_action_required');
    expect(
      transitionIncident(incidentInActions(), {
        type: 'close',
        at: later,
        actor: safetyOfficer,
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'corrective_actions_open', data: { actionIds: ['ca_1'] } });
  });

  it('§9.3.1 corrective actions: added in investigating or actions, ids unique, completed once', () => {
    const inActions = incidentInActions();
    const added = transitionIncident(inActions, {
      type: 'add-corrective-action',
      at: later,
      actor: safetyOfficer,
      action: action('ca_2'),
    })._unsafeUnwrap();
    expect(added.incident.correctiveActions.map((a) => a.id)).toEqual(['ca_1', 'ca_2']);
    expect(added.events[0]?.payload).toMatchObject({
      actionId: 'ca_2',
      ownerId: 'emp_ws',
      dueOn: '2026-03-31',
    });
    const duplicate = transitionIncident(inActions, {
      type: 'add-corrective-action',
      at: later,
      actor: safetyOfficer,
      action: action('ca_1'),
    });
    expect(duplicate._unsafeUnwrapErr()).toMatchObject({
      code: 'corrective_action_invalid',
      data: { reason: 'duplicate' },
    });
    const unknown = transitionIncident(inActions, {
      type: 'complete-corrective-action',
      at: later,
      actor: safetyOfficer,
      actionId: 'ca_9',
    });
    expect(unknown._unsafeUnwrapErr()).toMatchObject({ data: { reason: 'unknown' } });
    const once = transitionIncident(inActions, {
      type: 'complete-corrective-action',
      at: later,
      actor: safetyOfficer,
      actionId: 'ca_1',
    })._unsafeUnwrap().incident;
    const twice = transitionIncident(once, {
      type: 'complete-corrective-action',
      at: later,
      actor: safetyOfficer,
      actionId: 'ca_1',
    });
    expect(twice._unsafeUnwrapErr()).toMatchObject({ data: { reason: 'completed' } });
  });

  it('§9.3.1 managing an incident needs incident.manage', () => {
    for (const who of [technician, workshopSupervisor, manager]) {
      const result = transitionIncident(incident(), {
        type: 'start-investigation',
        at: later,
        actor: who,
      });
      expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'forbidden', clause: '§9.3.1' });
    }
    const delegated = { ...manager, grants: ['incident.manage' as const] };
    expect(
      transitionIncident(incident(), {
        type: 'start-investigation',
        at: later,
        actor: delegated,
      }).isOk(),
    ).toBe(true);
  });

  it('§9.3.1 every other status and command is an explicit invalid_transition', () => {
    const commands: IncidentCommand[] = [
      { type: 'close', at: later, actor: safetyOfficer },
      { type: 'start-actions', at: later, actor: safetyOfficer },
      {
        type: 'record-root-cause',
        at: later,
        actor: safetyOfficer,
        rootCause: 'x',
        category: 'other',
      },
      { type: 'complete-corrective-action', at: later, actor: safetyOfficer, actionId: 'ca_1' },
      { type: 'add-corrective-action', at: later, actor: safetyOfficer, action: action() },
    ];
    for (const command of commands) {
      expect(transitionIncident(incident(), command)._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid_transition',
        data: { entity: 'incident', status: 'reported', command: command.type },
      });
    }
    expect(INCIDENT_STATUSES).toEqual(['reported', 'investigating', 'actions', 'closed']);
  });
});
