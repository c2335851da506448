import type { Result } from 'neverthrow';
import {
  type Actor,
  type Capability,
  parseActor,
  parseEmployee,
  parseTeam,
  type Role,
  type Team,
} from '../../src/org/index';
import type { ValidationError } from '../../src/shared/index';

const AT = '2024-01-01T00:00:00Z';

/** `path:reason` of every issue of a failed parse, for compact assertions. */
export function reasons(result: Result<unknown, ValidationError>): string[] {
  return result._unsafeUnwrapErr().data.issues.map((issue) => `${issue.path}:${issue.reason}`);
}

/** A parsed actor; throws only if the fixture itself is wrong. */
export function actor(id: string, roles: readonly Role[], grants?: readonly Capability[]): Actor {
  return parseActor(grants === undefined ? { id, roles } : { id, roles, grants })._unsafeUnwrap();
}

/** A raw team record (unparsed) with sensible defaults. */
export function rawTeam(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'team_m1',
    name: '机修一组',
    kind: 'mechanical',
    departmentId: 'dept_ws',
    leaderId: 'emp_lead',
    memberIds: ['emp_lead', 'emp_tech1', 'emp_tech2'],
    version: 0,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function team(overrides: Record<string, unknown> = {}): Team {
  return parseTeam(rawTeam(overrides))._unsafeUnwrap();
}

/** A raw employee record (unparsed) with sensible defaults. */
export function rawEmployee(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'emp_tech1',
    name: '李工',
    roles: ['technician'],
    teamIds: ['team_m1'],
    departmentId: 'dept_ws',
    version: 0,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function employee(overrides: Record<string, unknown> = {}) {
  return parseEmployee(rawEmployee(overrides))._unsafeUnwrap();
}

/** Inputs no parse function may throw on. */
export const hostileInputs: readonly unknown[] = [
  null,
  undefined,
  0,
  Number.NaN,
  'x'.repeat(1_000_000),
  Symbol('s'),
  [],
  () => 1,
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"__proto__": ["job.dispatch"], "constructor": ["job.dispatch"]}'),
  { ['x'.repeat(100_000)]: ['job.dispatch'] },
  Object.assign(Object.create(null), { bogus: ['x'] }),
  new Proxy(
    {},
    {
      get() {
        throw new Error('hostile getter');
      },
      ownKeys() {
        throw new Error('hostile keys');
      },
    },
  ),
];
