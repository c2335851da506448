import { describe, expect, it } from 'vitest';
import { actorFromEmployee, can, parseActor } from '../../src/org/index';
import { employee, hostileInputs, reasons } from './fixtures';

describe('actors', () => {
  it('§2.2.3(1) an actor carries id, roles and optional delegated grants', () => {
    const parsed = parseActor({ id: 'emp_1', roles: ['team-leader'], grants: ['job.dispatch'] });
    expect(parsed._unsafeUnwrap()).toEqual({
      id: 'emp_1',
      roles: ['team-leader'],
      grants: ['job.dispatch'],
    });
  });

  it('§2.2.3(1) unknown roles or capabilities and repeated items are rejected', () => {
    expect(reasons(parseActor({ id: 'emp_1', roles: ['chef'] }))).toEqual([
      'roles.0:invalid_value',
    ]);
    expect(reasons(parseActor({ id: 'emp_1', roles: [], grants: ['job.steal'] }))).toEqual([
      'grants.0:invalid_value',
    ]);
    expect(reasons(parseActor({ id: 'emp_1', roles: ['technician', 'technician'] }))).toEqual([
      'roles:duplicate',
    ]);
  });

  it('§2.2.3(1) parseActor never throws on hostile input', () => {
    for (const input of hostileInputs) expect(parseActor(input).isErr()).toBe(true);
  });

  it('§2.2.3(1) actorFromEmployee copies roles and adds de-duplicated grants', () => {
    const lead = employee({ id: 'emp_lead', roles: ['team-leader', 'technician'] });
    const standIn = actorFromEmployee(lead, ['job.dispatch', 'job.dispatch']);
    expect(standIn).toEqual({
      id: 'emp_lead',
      roles: ['team-leader', 'technician'],
      grants: ['job.dispatch'],
    });
    expect(standIn.roles).not.toBe(lead.roles);
    expect(can(standIn, 'job.dispatch')).toBe(true);
    expect(actorFromEmployee(lead)).toEqual({
      id: 'emp_lead',
      roles: ['team-leader', 'technician'],
    });
  });
});
