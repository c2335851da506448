import { describe, expect, it } from 'vitest';
import { rectificationDeadline, reportHazard } from '../../src/safety/index';
import { at, day, safetyOfficer, T0, technician, workshopSupervisor } from './fixtures';

const input = {
  id: 'hz_1',
  area: 'workshop',
  description: '消防通道堆放旧轮胎',
  riskLevel: 'general',
  ownerId: workshopSupervisor.id,
} as const;

describe('reportHazard', () => {
  it('§9.1.2 registers a hazard with risk level, owner and a deadline from the risk level', () => {
    const { hazard, events } = reportHazard(input, {
      at: T0,
      actor: safetyOfficer,
    })._unsafeUnwrap();
    expect(hazard).toMatchObject({
      status: 'reported',
      riskLevel: 'general',
      ownerId: 'emp_ws',
      reportedBy: 'emp_so',
      rectificationDueOn: '2026-03-17',
      inspectionId: null,
      version: 0,
    });
    expect(events.map((e) => e.type)).toEqual(['safety.hazard-reported']);
    expect(JSON.stringify(events[0]?.payload)).not.toContain('轮胎');
  });

  it('§9.1.2 the deadline counts from the dealer date, not the UTC date', () => {
    // 2026-03-02T17:00Z is already 3 March in Shanghai.
    const late = reportHazard(
      { ...input, riskLevel: 'major' },
      { at: at('2026-03-02T17:00:00.000Z'), actor: safetyOfficer },
    );
    expect(late._unsafeUnwrap().hazard.rectificationDueOn).toBe('2026-03-06');
    expect(rectificationDeadline('low', day('2026-03-02'))).toBe('2026-04-01');
  });

  it('§9.1.2 an explicit deadline is kept, but never before the report day', () => {
    const ok = reportHazard(
      { ...input, rectificationDueOn: '2026-03-02' },
      { at: T0, actor: safetyOfficer },
    );
    expect(ok._unsafeUnwrap().hazard.rectificationDueOn).toBe('2026-03-02');
    const early = reportHazard(
      { ...input, rectificationDueOn: '2026-03-01' },
      { at: T0, actor: safetyOfficer },
    );
    expect(early._unsafeUnwrapErr().code).toBe('hazard_due_before_report');
  });

  it('§9.1.2 needs safety-inspection.record and valid input', () => {
    const denied = reportHazard(input, { at: T0, actor: technician });
    expect(denied._unsafeUnwrapErr()).toMatchObject({ code: 'forbidden', clause: '§9.1.2' });
    const bad = reportHazard(
      { ...input, riskLevel: 'extreme' as never },
      { at: T0, actor: safetyOfficer },
    );
    expect(bad._unsafeUnwrapErr().code).toBe('validation_failed');
  });
});
