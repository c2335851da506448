import { describe, expect, it } from 'vitest';
import {
  DEPARTMENT_KINDS,
  parseDepartment,
  parseEmployee,
  parseTeam,
  ROLES,
  TEAM_KINDS,
} from '../../src/org/index';
import { hostileInputs, rawEmployee, rawTeam, reasons } from './fixtures';

const AT = '2024-01-01T00:00:00Z';

describe('roles and departments', () => {
  it('§2.1.1–§2.1.5 there are twelve distinct roles covering every post the manual names', () => {
    expect(ROLES).toHaveLength(12);
    expect(new Set(ROLES).size).toBe(12);
    for (const role of [
      'service-manager',
      'service-advisor',
      'workshop-supervisor',
      'team-leader',
      'technician',
      'qc-inspector',
      'warehouse-supervisor',
      'parts-clerk',
      'cs-supervisor',
      'cs-agent',
      'safety-officer',
      'trainer',
    ]) {
      expect(ROLES).toContain(role);
    }
  });

  it('§2.1.1–§2.1.5 the five departments are service management, reception, workshop, warehouse, customer service', () => {
    expect([...DEPARTMENT_KINDS]).toEqual([
      'service-management',
      'reception',
      'workshop',
      'warehouse',
      'customer-service',
    ]);
  });

  it('§2.1.1–§2.1.5 parseDepartment accepts a workshop and rejects an unknown kind', () => {
    const department = {
      id: 'dept_ws',
      kind: 'workshop',
      name: '车间',
      version: 0,
      createdAt: AT,
      updatedAt: AT,
    };
    expect(parseDepartment(department)._unsafeUnwrap().kind).toBe('workshop');
    const bad = parseDepartment({ ...department, kind: 'canteen' });
    expect(reasons(bad)).toEqual(['kind:invalid_value']);
    expect(bad._unsafeUnwrapErr().clause).toBe('§2.1.1–§2.1.5');
  });
});

describe('teams', () => {
  it('§2.1.3 team kinds include the mechanical and body-shop groups of the manual', () => {
    expect(TEAM_KINDS).toContain('mechanical');
    expect(TEAM_KINDS).toContain('body');
  });

  it('§2.1.3 a team with a leader among its members is valid', () => {
    const team = parseTeam(rawTeam())._unsafeUnwrap();
    expect(team.leaderId).toBe('emp_lead');
    expect(team.memberIds).toEqual(['emp_lead', 'emp_tech1', 'emp_tech2']);
  });

  it('§2.1.3 the team leader must be listed as a member', () => {
    const result = parseTeam(rawTeam({ leaderId: 'emp_outsider' }));
    expect(reasons(result)).toEqual(['leaderId:leader_not_member']);
    expect(result._unsafeUnwrapErr().clause).toBe('§2.1.3');
  });

  it('§2.1.3 a team may not list a member twice', () => {
    const result = parseTeam(rawTeam({ memberIds: ['emp_lead', 'emp_tech1', 'emp_tech1'] }));
    expect(reasons(result)).toEqual(['memberIds:duplicate']);
  });

  it('§2.1.3 a team needs at least one member and a known kind', () => {
    expect(reasons(parseTeam(rawTeam({ memberIds: [] })))).toContain('memberIds:too_small');
    expect(reasons(parseTeam(rawTeam({ kind: 'catering' })))).toContain('kind:invalid_value');
  });

  it('§2.1.3 instants must be UTC ISO strings ending in Z', () => {
    expect(reasons(parseTeam(rawTeam({ createdAt: '2024-01-01T08:00:00+08:00' })))).toContain(
      'createdAt:instant_format',
    );
  });
});

describe('employees', () => {
  it('§2.1.1–§2.1.5 an employee holds one or more distinct, known roles', () => {
    expect(parseEmployee(rawEmployee({ roles: ['technician', 'team-leader'] })).isOk()).toBe(true);
    expect(reasons(parseEmployee(rawEmployee({ roles: [] })))).toEqual(['roles:too_small']);
    expect(reasons(parseEmployee(rawEmployee({ roles: ['technician', 'technician'] })))).toEqual([
      'roles:duplicate',
    ]);
    expect(reasons(parseEmployee(rawEmployee({ roles: ['chef'] })))).toEqual([
      'roles.0:invalid_value',
    ]);
  });

  it('§2.1.1–§2.1.5 hiredOn is an optional real calendar date', () => {
    expect(parseEmployee(rawEmployee({ hiredOn: '2023-03-01' }))._unsafeUnwrap().hiredOn).toBe(
      '2023-03-01',
    );
    expect(reasons(parseEmployee(rawEmployee({ hiredOn: '2023-02-30' })))).toEqual([
      'hiredOn:calendar_date_format',
    ]);
  });

  it('§2.1.1–§2.1.5 names longer than 100 characters and malformed ids are rejected', () => {
    expect(reasons(parseEmployee(rawEmployee({ name: '张'.repeat(101) })))).toEqual([
      'name:too_big',
    ]);
    expect(reasons(parseEmployee(rawEmployee({ id: 'emp 1; drop table' })))).toEqual([
      'id:invalid_format',
    ]);
  });

  it('§2.1.1–§2.1.5 parse functions return errors for hostile input and never throw', () => {
    for (const input of hostileInputs) {
      expect(parseEmployee(input).isErr()).toBe(true);
      expect(parseTeam(input).isErr()).toBe(true);
      expect(parseDepartment(input).isErr()).toBe(true);
    }
  });
});
