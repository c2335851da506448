import { describe, expect, it } from 'vitest';
import { parseInspectionCommand, transitionInspection } from '../../src/quality/index';
import { hostileInputs, open, T0 } from './fixtures';

describe('parseInspectionCommand', () => {
  it('§3.4(3) parses each command type from unknown input', () => {
    const actor = { id: 'emp_tech1', roles: ['technician'] };
    const command = parseInspectionCommand({
      type: 'self-check',
      passed: true,
      at: T0,
      actor,
    })._unsafeUnwrap();
    expect(transitionInspection(open(), command).isOk()).toBe(true);
    expect(
      parseInspectionCommand({
        type: 'final-check',
        passed: true,
        at: T0,
        actor,
        reportId: 'qcr_1',
      }).isOk(),
    ).toBe(true);
    expect(
      parseInspectionCommand({ type: 'team-check', passed: true, at: T0, actor, teams: [] }).isOk(),
    ).toBe(true);
  });

  it('§3.4(3) rejects unknown types, missing report ids and empty findings', () => {
    const actor = { id: 'emp_qc', roles: ['qc-inspector'] };
    expect(parseInspectionCommand({ type: 'skip', at: T0, actor }).isErr()).toBe(true);
    expect(
      parseInspectionCommand({ type: 'final-check', passed: true, at: T0, actor }).isErr(),
    ).toBe(true);
    const emptyFinding = { type: 'self-check', passed: false, findings: [''], at: T0, actor };
    expect(parseInspectionCommand(emptyFinding)._unsafeUnwrapErr().clause).toBe('§3.4(3)');
  });

  it('never throws on hostile input', () => {
    for (const input of hostileInputs) {
      expect(parseInspectionCommand(input)._unsafeUnwrapErr().code).toBe('validation_failed');
    }
  });
});
