import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  entityBaseShape,
  type Id,
  idSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { uniqueItems } from './checks';
import { DepartmentKindSchema, TeamKindSchema } from './kinds';
import { ROLES, RoleSchema } from './roles';

/** Longest employee, team or department name accepted. */
const MAX_NAME_LENGTH = 100;
/** A workshop team is a handful of people; the bound only keeps hostile input out. */
const MAX_TEAM_SIZE = 100;
/** Teams one employee may belong to (bound against hostile input). */
const MAX_TEAMS_PER_EMPLOYEE = 20;

/**
 * Identifier of an employee (员工); also the id an {@link Actor} carries.
 *
 * @example
 * ```ts
 * const id: EmployeeId = EmployeeIdSchema.parse('emp_7');
 * ```
 * @category org
 */
export type EmployeeId = Id<'Employee'>;
/**
 * Identifier of a team (班组).
 *
 * @example
 * ```ts
 * const id: TeamId = TeamIdSchema.parse('team_m1');
 * ```
 * @category org
 */
export type TeamId = Id<'Team'>;
/**
 * Identifier of a department (部门).
 *
 * @example
 * ```ts
 * const id: DepartmentId = DepartmentIdSchema.parse('dept_ws');
 * ```
 * @category org
 */
export type DepartmentId = Id<'Department'>;

/**
 * Schema of an {@link EmployeeId}.
 *
 * @example
 * ```ts
 * EmployeeIdSchema.safeParse('emp_7').success; // true
 * ```
 * @category org
 */
export const EmployeeIdSchema = idSchema<'Employee'>();
/**
 * Schema of a {@link TeamId}.
 *
 * @example
 * ```ts
 * TeamIdSchema.parse('team_1');
 * ```
 * @category org
 */
export const TeamIdSchema = idSchema<'Team'>();
/**
 * Schema of a {@link DepartmentId}.
 *
 * @example
 * ```ts
 * DepartmentIdSchema.parse('dept_ws');
 * ```
 * @category org
 */
export const DepartmentIdSchema = idSchema<'Department'>();

const NameSchema = z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH));

/** Fields every entity carries (DESIGN: id, version, creation/update instants). */
const { version, createdAt, updatedAt } = entityBaseShape;
const entityFields = { version, createdAt, updatedAt };

/**
 * A department (部门) of the after-sales organisation. A dealer group with
 * several sites has one department of each kind per site, hence the id.
 *
 * @example
 * ```ts
 * DepartmentSchema.safeParse({
 *   id: 'dept_ws', kind: 'workshop', name: '车间', version: 0,
 *   createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
 * }).success; // true
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export const DepartmentSchema = z.object({
  id: DepartmentIdSchema,
  kind: DepartmentKindSchema,
  name: NameSchema,
  ...entityFields,
});

/**
 * A parsed {@link DepartmentSchema}.
 *
 * @example
 * ```ts
 * const d: Department = parseDepartment(input)._unsafeUnwrap();
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export type Department = z.infer<typeof DepartmentSchema>;

/**
 * A team (班组) with a leader and members. The leader must also be listed in
 * `memberIds` (reason `leader_not_member`), so `memberIds` alone answers
 * "who is in this team" for KPIs by team; no member may be listed twice
 * (reason `duplicate`).
 *
 * @example
 * ```ts
 * TeamSchema.safeParse({
 *   id: 'team_m1', name: '机修一组', kind: 'mechanical', departmentId: 'dept_ws',
 *   leaderId: 'emp_2', memberIds: ['emp_2', 'emp_3'], version: 0,
 *   createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
 * }).success; // true
 * ```
 * @category org
 * @see §2.1.3
 * @see §3.4(2)
 */
export const TeamSchema = z
  .object({
    id: TeamIdSchema,
    name: NameSchema,
    kind: TeamKindSchema,
    departmentId: DepartmentIdSchema,
    leaderId: EmployeeIdSchema,
    memberIds: z
      .array(EmployeeIdSchema)
      .check(z.minLength(1), z.maxLength(MAX_TEAM_SIZE), uniqueItems()),
    ...entityFields,
  })
  .check(
    z.refine((team) => team.memberIds.includes(team.leaderId), {
      path: ['leaderId'],
      message: 'the team leader must be listed in memberIds',
      params: { reason: 'leader_not_member' },
    }),
  );

/**
 * A parsed {@link TeamSchema}.
 *
 * @example
 * ```ts
 * const t: Team = parseTeam(input)._unsafeUnwrap();
 * ```
 * @category org
 * @see §2.1.3
 */
export type Team = z.infer<typeof TeamSchema>;

/**
 * An employee (员工) with one or more roles. `teamIds` is the employee's own
 * view for HR screens; the checks in this module ({@link teamOf},
 * {@link leadsTeamOf}) read `Team.memberIds`, which is authoritative.
 *
 * @example
 * ```ts
 * EmployeeSchema.safeParse({
 *   id: 'emp_3', name: '李工', roles: ['technician'], teamIds: ['team_m1'],
 *   departmentId: 'dept_ws', hiredOn: '2023-03-01', version: 0,
 *   createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
 * }).success; // true
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export const EmployeeSchema = z.object({
  id: EmployeeIdSchema,
  name: NameSchema,
  roles: z.array(RoleSchema).check(z.minLength(1), z.maxLength(ROLES.length), uniqueItems()),
  teamIds: z.array(TeamIdSchema).check(z.maxLength(MAX_TEAMS_PER_EMPLOYEE), uniqueItems()),
  departmentId: DepartmentIdSchema,
  hiredOn: z.optional(CalendarDateSchema),
  ...entityFields,
});

/**
 * A parsed {@link EmployeeSchema}.
 *
 * @example
 * ```ts
 * const e: Employee = parseEmployee(input)._unsafeUnwrap();
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export type Employee = z.infer<typeof EmployeeSchema>;

/**
 * Parses a department at the boundary. Never throws.
 *
 * @example
 * ```ts
 * parseDepartment(JSON.parse(body)).isOk();
 * ```
 * @returns the department, or `validation_failed` listing every issue
 * @category org
 * @see §2.1.1–§2.1.5
 */
export function parseDepartment(input: unknown): Result<Department, ValidationError> {
  return parseWith(DepartmentSchema, input, '§2.1.1–§2.1.5');
}

/**
 * Parses a team at the boundary. Never throws. Errors: `validation_failed`
 * with reasons such as `leader_not_member` or `duplicate`.
 *
 * @example
 * ```ts
 * parseTeam({ ...team, leaderId: 'emp_9' }).isErr(); // true when emp_9 is not a member
 * ```
 * @returns the team, or `validation_failed` listing every issue
 * @category org
 * @see §2.1.3
 */
export function parseTeam(input: unknown): Result<Team, ValidationError> {
  return parseWith(TeamSchema, input, '§2.1.3');
}

/**
 * Parses an employee at the boundary. Never throws. Errors: `validation_failed`
 * (e.g. no role, a repeated role, an unknown role).
 *
 * @example
 * ```ts
 * parseEmployee({ ...employee, roles: [] }).isErr(); // true
 * ```
 * @returns the employee, or `validation_failed` listing every issue
 * @category org
 * @see §2.1.1–§2.1.5
 */
export function parseEmployee(input: unknown): Result<Employee, ValidationError> {
  return parseWith(EmployeeSchema, input, '§2.1.1–§2.1.5');
}
