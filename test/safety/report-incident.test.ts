import { describe, expect, it } from 'vitest';
import { type CapabilityMap, ROLES } from '../../src/org/index';
import { reportIncident } from '../../src/safety/index';
import type { ValidationError } from '../../src/shared/index';
import { actor, at, T0 } from './fixtures';

const input = {
  occurredAt: at('2026-03-02T01:30:00.000Z'),
  area: 'customer-area',
  description: '客户在休息区滑倒',
  severity: 'minor',
  injuredCount: 1,
} as const;

describe('reportIncident', () => {
  it('§9.3.1 every employee may report an incident (incident.report)', () => {
    for (const role of ROLES) {
      const result = reportIncident(input, {
        id: `inc_${role}`,
        at: T0,
        actor: actor('emp_x', role),
      });
      expect(result.isOk(), role).toBe(true);
    }
  });

  it('§9.3.1 a reported incident starts the lifecycle with an event free of free text', () => {
    const { incident, events } = reportIncident(input, {
      id: 'inc_1',
      at: T0,
      actor: actor('emp_cs', 'cs-agent'),
    })._unsafeUnwrap();
    expect(incident).toMatchObject({
      status: 'reported',
      severity: 'minor',
      reportedBy: 'emp_cs',
      rootCause: null,
      correctiveActions: [],
      hazardId: null,
    });
    expect(events[0]).toMatchObject({
      type: 'safety.incident-reported',
      aggregateId: 'inc_1',
      payload: { severity: 'minor', injuredCount: 1, area: 'customer-area' },
    });
    expect(JSON.stringify(events)).not.toContain('滑倒');
  });

  it('§9.3.1 an incident cannot be reported before it happens', () => {
    const future = reportIncident(
      { ...input, occurredAt: at('2026-03-02T05:00:00.000Z') },
      {
        id: 'inc_1',
        at: T0,
        actor: actor('emp_t', 'technician'),
      },
    );
    const error = future._unsafeUnwrapErr() as ValidationError;
    expect(error.data.issues[0]).toMatchObject({
      path: 'occurredAt',
      reason: 'occurred_after_report',
    });
  });

  it('§9.3.1 a host map without incident.report refuses the report', () => {
    const map: CapabilityMap = { technician: ['job.perform'] };
    const refused = reportIncident(input, {
      id: 'inc_1',
      at: T0,
      actor: actor('emp_t', 'technician'),
      capabilities: map,
    });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'forbidden' });
  });
});
