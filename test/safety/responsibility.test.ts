import { describe, expect, it } from 'vitest';
import { type EmployeeId, ROLES } from '../../src/org/index';
import {
  defaultResponsibilityMatrix,
  findResponsibleEmployees,
  parseResponsibilityMatrix,
  parseSafetyConfig,
  responsibleRoles,
  SAFETY_DUTIES,
  safetyDutiesOf,
  safetyDutyLabel,
} from '../../src/safety/index';
import type { ValidationError } from '../../src/shared/index';

const staff = [
  { id: 'emp_sm' as EmployeeId, roles: ['service-manager' as const] },
  { id: 'emp_so' as EmployeeId, roles: ['safety-officer' as const] },
  { id: 'emp_ws' as EmployeeId, roles: ['workshop-supervisor' as const, 'team-leader' as const] },
  { id: 'emp_tl' as EmployeeId, roles: ['team-leader' as const] },
  { id: 'emp_t' as EmployeeId, roles: ['technician' as const] },
];

describe('safety responsibility matrix (安全生产责任制)', () => {
  it('§9.1.1 the default assigns every duty and names the service manager as principal', () => {
    expect(parseResponsibilityMatrix(defaultResponsibilityMatrix).isOk()).toBe(true);
    expect(defaultResponsibilityMatrix['service-manager']?.level).toBe('principal');
    for (const duty of SAFETY_DUTIES) expect(responsibleRoles(duty).length).toBeGreaterThan(0);
    // Every post reports incidents and keeps its own work safe (§2.2.6(1)).
    for (const role of ROLES) expect(safetyDutiesOf(role)).toContain('incident-reporting');
  });

  it('§9.1.1 answers who is responsible for a duty, highest level first', () => {
    expect(responsibleRoles('hazard-rectification')).toEqual([
      'workshop-supervisor',
      'warehouse-supervisor',
      'cs-supervisor',
      'team-leader',
    ]);
    expect(responsibleRoles('hazard-verification')).toEqual(['safety-officer']);
    expect(responsibleRoles('safety-rules')).toEqual(['service-manager', 'safety-officer']);
  });

  it('§9.1.1 finds the responsible employees, each once at their highest level', () => {
    const found = findResponsibleEmployees('hazard-rectification', staff);
    expect(found).toEqual([
      { employeeId: 'emp_ws', role: 'workshop-supervisor', level: 'department' },
      { employeeId: 'emp_tl', role: 'team-leader', level: 'team' },
    ]);
    expect(
      findResponsibleEmployees('incident-investigation', staff).map((e) => e.employeeId),
    ).toEqual(['emp_so']);
  });

  it('§9.1.1 a dealer matrix is configurable and must leave no duty unassigned', () => {
    const custom = {
      'service-manager': { level: 'principal', duties: [...SAFETY_DUTIES] },
      technician: { level: 'post', duties: ['post-safety', 'incident-reporting'] },
    };
    const matrix = parseResponsibilityMatrix(custom)._unsafeUnwrap();
    expect(responsibleRoles('hazard-verification', matrix)).toEqual(['service-manager']);
    expect(safetyDutiesOf('safety-officer', matrix)).toEqual([]);

    const gap = parseResponsibilityMatrix({
      technician: { level: 'post', duties: ['post-safety'] },
    });
    const reasons = (gap._unsafeUnwrapErr() as ValidationError).data.issues.map((i) => i.reason);
    expect(reasons).toContain('duty_unassigned');
    expect(reasons).toContain('principal_missing');
    expect(parseSafetyConfig({ responsibilities: custom }).isOk()).toBe(true);
  });

  it('§9.1.1 labels duties in both locales', () => {
    expect(safetyDutyLabel('hazard-rectification', 'zh-CN')).toBe('隐患整改');
    expect(safetyDutyLabel('emergency-drills', 'en')).toBe('Emergency drills');
  });
});
